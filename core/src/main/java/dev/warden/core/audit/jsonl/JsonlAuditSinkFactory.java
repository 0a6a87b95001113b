package dev.warden.core.audit.jsonl;

import dev.warden.ConfigurationException;
import dev.warden.config.ConfigNode;
import dev.warden.spi.audit.AuditSink;
import dev.warden.spi.audit.AuditSinkContext;
import dev.warden.spi.audit.AuditSinkFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * Type {@code jsonl}: a {@link JsonlAuditSink}. Settings: {@code directory} (required), {@code name} (default
 * {@code jsonl}), {@code prefix} (default {@code audit}), {@code maxFileBytes} (default 67108864),
 * {@code rotateDaily} (default true), {@code retention} (a duration such as {@code 400d}; default keep forever).
 */
public final class JsonlAuditSinkFactory implements AuditSinkFactory {

    @Override
    public String type() {
        return "jsonl";
    }

    @Override
    public AuditSink create(ConfigNode config) {
        throw new ConfigurationException("configuration " + config.path() + ": the jsonl audit sink needs the audit key; "
                + "build it through the audit pipeline (audit.key)");
    }

    /** Every setting a {@code jsonl} sink accepts. */
    static final Set<String> SETTINGS = Set.of("type", "name", "directory", "prefix", "maxFileBytes", "rotateDaily",
            "retention");

    @Override
    public void validate(ConfigNode config) {
        config.requireOnlyKeys(SETTINGS);
        config.requireString("directory");
        String name = config.string("name").orElse("jsonl");
        JsonlAuditSink.Builder builder = JsonlAuditSink.builder().name(name);
        try {
            builder.prefix(config.string("prefix").orElse("audit"))
                    .maxFileBytes(config.longValue("maxFileBytes", 64L << 20));
            Duration retention = config.duration("retention", Duration.ZERO);
            if (!retention.isZero()) {
                builder.retention(retention);
            }
        } catch (ConfigurationException e) {
            throw e.getMessage().startsWith("configuration ") ? e
                    : new ConfigurationException("configuration " + config.path() + ": " + e.getMessage());
        }
        config.booleanValue("rotateDaily", true);
    }

    @Override
    public AuditSink create(ConfigNode config, AuditSinkContext context) {
        validate(config);
        JsonlAuditSink.Builder builder = JsonlAuditSink.builder()
                .name(config.string("name").orElse("jsonl"))
                .directory(Path.of(config.requireString("directory")))
                .prefix(config.string("prefix").orElse("audit"))
                .maxFileBytes(config.longValue("maxFileBytes", 64L << 20))
                .rotateDaily(config.booleanValue("rotateDaily", true))
                .chainKey(context.chainKey());
        Duration retention = config.duration("retention", Duration.ZERO);
        if (!retention.isZero()) {
            builder.retention(retention);
        }
        try {
            return builder.open();
        } catch (IOException e) {
            throw new ConfigurationException("configuration " + config.qualified("directory") + ": the audit log cannot be "
                    + "opened (" + e.getClass().getSimpleName() + " " + e.getMessage() + ")", e);
        }
    }
}
