package dev.warden.spi.audit;

import dev.warden.ConfigurationException;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretRef;
import java.util.Objects;
import java.util.function.Function;

/**
 * What the audit pipeline hands a sink factory besides the sink's own configuration.
 *
 * @param chainKey the key of the hash chain, derived from the secret named by {@code audit.key}; sinks that keep a
 *     tamper-evident chain MAC each record with it
 * @param secrets resolves a secret reference from the sink's configuration (a database password, a TLS key
 *     password) through the installed secret stores; the caller closes the {@link Secret}
 */
public record AuditSinkContext(ChainKey chainKey, Function<SecretRef, Secret> secrets) {

    public AuditSinkContext {
        Objects.requireNonNull(chainKey, "chainKey");
        Objects.requireNonNull(secrets, "secrets");
    }

    /**
     * @param chainKey the chain key
     * @return a context in which no secret reference can be resolved (resolving one fails with a
     *     {@link ConfigurationException})
     */
    public static AuditSinkContext of(ChainKey chainKey) {
        return new AuditSinkContext(chainKey, ref -> {
            throw new ConfigurationException("secret reference with scheme '" + ref.scheme()
                    + "': no secret store is available to the audit sink");
        });
    }
}
