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
    static ChainKey chainKey(String reference, Path config) {
        Warden.Builder builder = Warden.builder();
        if (config != null) {
            builder.configuration(config);
        }
        try (Warden warden = builder.build(); Secret secret = warden.secrets().resolve(SecretRef.parse(reference))) {
            byte[] bytes = secret.bytes();
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
