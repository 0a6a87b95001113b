package dev.warden.core.plugin;

import dev.warden.config.ConfigNode;
import dev.warden.spi.audit.AuditSink;
import dev.warden.spi.audit.AuditSinkFactory;

/** A test plug-in whose constructor throws, as a plug-in with a missing dependency would. */
public class BrokenSinkFactory implements AuditSinkFactory {

    public BrokenSinkFactory() {
        throw new IllegalStateException("broken on purpose");
    }

    @Override
    public String type() {
        return "broken";
    }

    @Override
    public AuditSink create(ConfigNode config) {
        throw new UnsupportedOperationException();
    }
}
