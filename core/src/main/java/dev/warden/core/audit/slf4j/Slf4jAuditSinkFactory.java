package dev.warden.core.audit.slf4j;

import dev.warden.config.ConfigNode;
import dev.warden.spi.audit.AuditSink;
import dev.warden.spi.audit.AuditSinkFactory;

/** Type {@code slf4j}: a {@link Slf4jAuditSink}. Settings: {@code name} (default {@code slf4j}), {@code logger} (default {@code dev.warden.audit}). */
public final class Slf4jAuditSinkFactory implements AuditSinkFactory {

    @Override
    public String type() {
        return "slf4j";
    }

    @Override
    public void validate(ConfigNode config) {
        config.requireOnlyKeys(java.util.Set.of("type", "name", "logger"));
    }

    @Override
    public AuditSink create(ConfigNode config) {
        validate(config);
        return new Slf4jAuditSink(config.string("name").orElse("slf4j"), config.string("logger").orElse("dev.warden.audit"));
    }
}
