package dev.warden.core.auth.local;

import dev.warden.ConfigurationException;
import dev.warden.config.ConfigNode;
import dev.warden.core.auth.totp.Totp;
import dev.warden.core.auth.totp.TotpAlgorithm;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How local accounts behave.
 *
 * @param argon2id the cost of new password hashes (older hashes are replaced at the next successful login)
 * @param passwordPolicy what new passwords must satisfy
 * @param inactivityLimit an account not used for this long is disabled at its next login attempt (and by
 *     {@link LocalAccounts#disableInactive()}); {@link Duration#ZERO} turns this off
 * @param apiKeyMaxLifetime the longest lifetime an API key may be given; 1 day to 366 days
 * @param totp the TOTP algorithm and digits for new enrolments
 * @param issuer the service name shown in authenticator apps
 */
public record LocalSettings(Argon2idParameters argon2id, PasswordPolicy passwordPolicy, Duration inactivityLimit,
                            Duration apiKeyMaxLifetime, Totp totp, String issuer) {

    /** Active API keys an account may hold at once: two, so one can replace the other without downtime. */
    public static final int MAX_ACTIVE_KEYS = 2;
    /** The default (and the default maximum) API key lifetime. */
    public static final Duration DEFAULT_KEY_LIFETIME = Duration.ofDays(90);

    public LocalSettings {
        Objects.requireNonNull(argon2id, "argon2id");
        Objects.requireNonNull(passwordPolicy, "passwordPolicy");
        Objects.requireNonNull(inactivityLimit, "inactivityLimit");
        Objects.requireNonNull(apiKeyMaxLifetime, "apiKeyMaxLifetime");
        Objects.requireNonNull(totp, "totp");
        Objects.requireNonNull(issuer, "issuer");
        if (inactivityLimit.isNegative()) {
            throw new ConfigurationException("inactivityLimit must not be negative");
        }
        if (apiKeyMaxLifetime.compareTo(Duration.ofDays(1)) < 0 || apiKeyMaxLifetime.compareTo(Duration.ofDays(366)) > 0) {
            throw new ConfigurationException("apiKeyMaxLifetime must be 1 day to 366 days, was " + apiKeyMaxLifetime);
        }
    }

    /** @return OWASP Argon2id, the default password policy, 90 days inactivity, 90-day keys, TOTP SHA-1 6 digits */
    public static LocalSettings defaults() {
        return new LocalSettings(Argon2idParameters.OWASP, PasswordPolicy.defaults(), Duration.ofDays(90),
                DEFAULT_KEY_LIFETIME, Totp.defaults(), "Warden");
    }

    /**
     * Reads a {@code local} provider's settings: {@code argon2id}, {@code passwordPolicy}, {@code inactivityLimit},
     * {@code apiKeyMaxLifetime}, {@code totp} ({@code algorithm}, {@code digits}, {@code issuer}); all optional.
     *
     * @param node the provider's object in {@code auth.providers}
     * @return the settings
     * @throws ConfigurationException naming the setting that is wrong
     */
    public static LocalSettings from(ConfigNode node) {
        node.requireOnlyKeys(java.util.Set.of("type", "name", "store", "argon2id", "passwordPolicy", "inactivityLimit",
                "apiKeyMaxLifetime", "totp"));
        node.child("totp").ifPresent(t -> t.requireOnlyKeys(java.util.Set.of("algorithm", "digits", "issuer")));
        LocalSettings d = defaults();
        Argon2idParameters argon = node.child("argon2id").map(Argon2idParameters::from).orElse(d.argon2id);
        PasswordPolicy policy = node.child("passwordPolicy").map(PasswordPolicy::from).orElse(d.passwordPolicy);
        Totp totp = d.totp;
        String issuer = d.issuer;
        var totpNode = node.child("totp");
        if (totpNode.isPresent()) {
            ConfigNode t = totpNode.get();
            String algorithm = t.string("algorithm").orElse("SHA1").toUpperCase(Locale.ROOT).replace("-", "");
            try {
                totp = new Totp(TotpAlgorithm.valueOf(algorithm), t.intValue("digits", 6));
            } catch (IllegalArgumentException | ConfigurationException e) {
                throw new ConfigurationException("configuration " + t.path() + ": algorithm must be SHA1, SHA256 or "
                        + "SHA512 and digits 6 to 8");
            }
            issuer = t.string("issuer").orElse(issuer);
        }
        try {
            return new LocalSettings(argon, policy, node.duration("inactivityLimit", d.inactivityLimit),
                    node.duration("apiKeyMaxLifetime", d.apiKeyMaxLifetime), totp, issuer);
        } catch (ConfigurationException e) {
            throw new ConfigurationException("configuration " + node.path() + ": " + e.getMessage(), e);
        }
    }
}
