package dev.warden.core.plugin;

import dev.warden.config.ConfigNode;
import dev.warden.spi.audit.AuditSink;
import dev.warden.spi.audit.AuditSinkFactory;

/** A well-behaved test plug-in, registered in this test source set's META-INF/services. */
public class TestSinkFactory implements AuditSinkFactory {

    @Override
    public String type() {
        return "test-sink";
    }

    @Override
    public AuditSink create(ConfigNode config) {
        throw new UnsupportedOperationException("discovery tests never build one");
    }
}
