package dev.warden.spi.audit;

import java.util.Objects;

/**
 * What the audit pipeline hands a sink factory besides the sink's own configuration.
 *
 * @param chainKey the key of the hash chain, derived from the secret named by {@code audit.key}; sinks that keep a
 *     tamper-evident chain MAC each record with it
 */
public record AuditSinkContext(ChainKey chainKey) {

    public AuditSinkContext {
        Objects.requireNonNull(chainKey, "chainKey");
    }
}
