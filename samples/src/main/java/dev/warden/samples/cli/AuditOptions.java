package dev.warden.samples.cli;

import dev.warden.InvalidInputException;
import dev.warden.core.Warden;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretRef;
import dev.warden.core.audit.HmacChainKey;
import dev.warden.spi.audit.ChainKey;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;

/** Helpers shared by the {@code warden audit} sub-commands. */
final class AuditOptions {

    private AuditOptions() {
    }

    /**
     * @param text an ISO-8601 instant ({@code 2026-11-30T08:00:00Z}) or a date ({@code 2026-11-30}, midnight UTC)
     * @param option the option name, for the message
     * @return the instant
     * @throws InvalidInputException when neither
     */
    static Optional<Instant> time(String text, String option) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(option + ": '" + text + "' is not a time; use 2026-11-30 or 2026-11-30T08:00:00Z");
        }
    }

    /**
     * Resolves the audit secret through the secret stores and derives the chain key.
     *
     * @param reference a secret reference such as {@code env:WARDEN_AUDIT_KEY}
     * @param config a warden.json for the secret stores' settings, or null
     * @return the chain key
     */
    private static Secret resolve(Warden warden, String reference) {
        try {
            return warden.secrets().resolve(SecretRef.parse(reference));
        } catch (dev.warden.secrets.SecretNotFoundException | dev.warden.secrets.SecretUnavailableException e) {
            // The audit key is configuration the operator gives: a missing or unreachable one is bad input (exit 2).
            throw new dev.warden.ConfigurationException("--key: " + e.getMessage(), e);
        }
    }

    /**
     * A Warden for reading an audit log: built from {@code config} (or the defaults) with an audit log of its own that
     * records nothing in the configured sinks, so a command that reads, verifies, exports or reports a log never opens
     * a sink on it (a sink would cut a torn tail and append its own records to the very log being read). The secret
     * reads the command makes are logged on SLF4J logger {@code dev.warden.audit.cli} instead.
     *
     * @param config a warden.json, or null
     * @return the builder
     */
    static Warden.Builder readOnlyWarden(Path config) {
        Warden.Builder builder = Warden.builder().auditLog(event -> READ_LOG.info("{} {} {} (not written to the audit "
                + "log: a read-only command opens no audit sink)", event.type(), event.outcome(), event.resource()));
        if (config != null) {
            builder.configuration(config);
        }
        return builder;
    }

    private static final org.slf4j.Logger READ_LOG = org.slf4j.LoggerFactory.getLogger("dev.warden.audit.cli");

    static ChainKey chainKey(String reference, Path config) {
        Warden.Builder builder = readOnlyWarden(config);
        try (Warden warden = builder.build(); Secret secret = resolve(warden, reference)) {
            byte[] bytes = dev.warden.core.secrets.KeyMaterial.decode(SecretRef.parse(reference), secret, "--key");
            try {
                return HmacChainKey.derive(bytes);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("--key: " + e.getMessage());
            } finally {
                Arrays.fill(bytes, (byte) 0);
            }
        }
    }
}
