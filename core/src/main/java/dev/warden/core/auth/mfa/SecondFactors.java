package dev.warden.core.auth.mfa;

import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import dev.warden.audit.Actor;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.audit.AuditLog;
import dev.warden.audit.Outcome;
import dev.warden.auth.PrincipalIds;
import dev.warden.config.ConfigNode;
import dev.warden.core.auth.EventIds;
import dev.warden.core.auth.local.LocalAccounts;
import dev.warden.core.auth.totp.Totp;
import dev.warden.core.auth.totp.TotpAlgorithm;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;

/**
 * TOTP second factors (RFC 6238) for principals Warden keeps no account for — directory (LDAP, Active Directory) and
 * single sign-on (OIDC, SAML) users — stored by Warden against their qualified principal id
 * ({@link PrincipalIds}), so that an administrator or owner who signs in through them can complete MFA. Local
 * accounts keep their TOTP in the user store ({@link LocalAccounts#enrollTotp}).
 *
 * <p>Secrets are sealed at rest with AES-256-GCM under a 32-byte key given to the builder (in configuration, a
 * secret reference resolved from the keystore or another secret store), bound to the principal id; the store holds
 * no secret in clear. Each code works once (the last used step is advanced with an atomic compare-and-set in the
 * store); ten one-use recovery codes are issued at enrolment (stored as SHA-256).
 *
 * <p>The authentication chain ({@link dev.warden.core.auth.Authenticator}) asks it after a provider succeeded for a
 * non-local person whose identity provider did not assert a second factor: an enrolled principal must present a
 * code (in {@code Credentials.Password}'s one-time code, or {@code AuthenticationRequest.oneTimeCode} with any other
 * credentials). Thread-safe.
 */
public final class SecondFactors implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] READABLE = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private static final int RECOVERY_CODES = 10;

    /** The outcome of checking a presented code. */
    public enum Verification {
        /** The principal has no second factor enrolled here. */
        NOT_ENROLLED,
        /** The code (or an unused recovery code) was right and is now used up. */
        VERIFIED,
        /** The code was wrong, reused, or missing. */
        REFUSED
    }

    private final SecondFactorStore store;
    private final TotpSecretSeal seal;
    private final Totp totp;
    private final String issuer;
    private final Clock clock;
    private final boolean ownsStore;
    private final AuditLog auditLog;
    private final Actor actor;

    private SecondFactors(SecondFactorStore store, TotpSecretSeal seal, Totp totp, String issuer, Clock clock,
                          boolean ownsStore, AuditLog auditLog, Actor actor) {
        this.store = store;
        this.seal = seal;
        this.totp = totp;
        this.issuer = issuer;
        this.clock = clock;
        this.ownsStore = ownsStore;
        this.auditLog = auditLog;
        this.actor = actor;
    }

    /**
     * @param store where enrolments are kept (closed by {@link #close()} only with {@link Builder#ownsStore})
     * @param key the 32-byte sealing key (copied; the caller wipes its array)
     * @return a builder: TOTP SHA-1, 6 digits, issuer {@code Warden}, the system clock
     */
    public static Builder builder(SecondFactorStore store, byte[] key) {
        return new Builder(store, key);
    }

    /**
     * Reads {@code auth.secondFactors}:
     * <pre>{@code
     * "secondFactors": {"store": {"type": "json", "file": "/var/lib/warden/second-factors.json"},  // or "jdbc" (warden-jdbc)
     *                   "key": "${secret:keystore:warden-mfa-key}",
     *                   "totp": {"algorithm": "SHA1", "digits": 6, "issuer": "Warden"}}
     * }</pre>
     * {@code key} is the base64 of 32 random bytes, normally a {@code ${secret:...}} reference so that it lives in the
     * keystore or a secret manager, never in the file.
     *
     * @param node the section
     * @return the second factors; closing them closes the store
     * @throws ConfigurationException naming the setting that is missing or wrong
     */
    public static SecondFactors fromConfig(ConfigNode node) {
        node.requireOnlyKeys(Set.of("store", "key", "totp"));
        ConfigNode storeNode = node.child("store").orElseThrow(() -> new ConfigurationException("configuration "
                + node.qualified("store") + ": required; e.g. {\"type\": \"json\", \"file\": \"second-factors.json\"}"));
        byte[] key;
        try {
            key = Base64.getDecoder().decode(node.requireString("key").strip());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("configuration " + node.qualified("key") + ": not base64; give the base64 of "
                    + "32 random bytes, e.g. ${secret:keystore:warden-mfa-key}");
        }
        if (key.length != 32) {
            Arrays.fill(key, (byte) 0);
            throw new ConfigurationException("configuration " + node.qualified("key") + ": must be 32 bytes (AES-256), "
                    + "base64-encoded");
        }
        Builder builder = builder(openStore(storeNode), key).ownsStore();
        Arrays.fill(key, (byte) 0);
        node.child("totp").ifPresent(t -> {
            t.requireOnlyKeys(Set.of("algorithm", "digits", "issuer"));
            String algorithm = t.string("algorithm").orElse("SHA1").toUpperCase(Locale.ROOT).replace("-", "");
            try {
                builder.totp(new Totp(TotpAlgorithm.valueOf(algorithm), t.intValue("digits", 6)));
            } catch (IllegalArgumentException | ConfigurationException e) {
                throw new ConfigurationException("configuration " + t.path() + ": algorithm must be SHA1, SHA256 or "
                        + "SHA512 and digits 6 to 8");
            }
            t.string("issuer").ifPresent(builder::issuer);
        });
        return builder.build();
    }

    private static SecondFactorStore openStore(ConfigNode storeNode) {
        String type = storeNode.requireString("type");
        if (type.equals("json")) {
            storeNode.requireOnlyKeys(Set.of("type", "file"));
            return new JsonFileSecondFactorStore(Path.of(storeNode.requireString("file")));
        }
        for (SecondFactorStoreFactory factory : java.util.ServiceLoader.load(SecondFactorStoreFactory.class,
                SecondFactors.class.getClassLoader())) {
            if (factory.type().equals(type)) {
                return factory.open(storeNode);
            }
        }
        if (type.equals("jdbc")) {
            throw dev.warden.core.plugin.MissingExtensionException.of("configuration " + storeNode.qualified("type")
                    + ": 'jdbc'", "warden-jdbc");
        }
        throw new ConfigurationException("configuration " + storeNode.qualified("type") + ": '"
                + dev.warden.core.auth.Printable.of(type) + "' is not a second-factor store type; use json or jdbc");
    }

    /**
     * @param log where enrolments and removals are recorded, fail-closed
     * @param who the operator making them
     * @return a view of the same store that audits every change
     */
    public SecondFactors audited(AuditLog log, Actor who) {
        return new SecondFactors(store, seal, totp, issuer, clock, false, Objects.requireNonNull(log, "log"),
                Objects.requireNonNull(who, "who"));
    }

    /**
     * Enrols (or re-enrols, replacing the old secret) a TOTP second factor for a directory or single sign-on principal.
     *
     * @param principalId the qualified principal id, e.g. {@code ldap:uid=alice,ou=people,dc=example,dc=com}
     * @return the {@code otpauth://} URI for the authenticator app and 10 recovery codes; both shown once
     * @throws InvalidInputException if the id is not qualified, or names a local account (enrol those with
     *     {@link LocalAccounts#enrollTotp})
     */
    public LocalAccounts.TotpEnrollment enroll(String principalId) {
        Objects.requireNonNull(principalId, "principalId");
        if (!PrincipalIds.isQualified(principalId)) {
            throw new InvalidInputException("second factor: '" + dev.warden.core.auth.Printable.of(principalId)
                    + "' is not a qualified principal id; use ldap:<DN>, oidc:<issuer>#<sub> or saml:<idp>#<nameid>");
        }
        if (principalId.startsWith(PrincipalIds.LOCAL + ":")) {
            throw new InvalidInputException("second factor: local accounts keep their TOTP in the user store; "
                    + "use 'warden mfa enroll NAME'");
        }
        byte[] key = totp.newKey();
        try {
            List<String> codes = new ArrayList<>();
            List<String> hashes = new ArrayList<>();
            for (int i = 0; i < RECOVERY_CODES; i++) {
                String code = recoveryCode();
                codes.add(code);
                hashes.add(LocalAccounts.recoveryCodeHash(code));
            }
            SecondFactorEnrollment enrollment = new SecondFactorEnrollment(principalId, totp.algorithm(), totp.digits(),
                    seal.seal(principalId, key), Long.MIN_VALUE, hashes, clock.instant());
            audit(AuditEventType.MFA_ENROLLED, principalId, Map.of("algorithm", totp.algorithm().name()));
            store.put(enrollment);
            return new LocalAccounts.TotpEnrollment(totp.otpauthUri(issuer, principalId, key), List.copyOf(codes));
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** @return whether the principal has a second factor enrolled here */
    public boolean isEnrolled(String principalId) {
        return store.find(principalId).isPresent();
    }

    /**
     * Removes a principal's second factor (lost device); it must enrol again before it can sign in with a privileged
     * role.
     *
     * @return whether there was one
     */
    public boolean remove(String principalId) {
        audit(AuditEventType.CONFIGURATION_CHANGED, principalId, Map.of("change", "second factor removed"));
        return store.remove(principalId);
    }

    /** @return every enrolment (no secret in clear), by principal id */
    public List<SecondFactorEnrollment> list() {
        return store.list();
    }

    /**
     * Checks a presented code: a TOTP code of the enrolment's digits (accepted once, within one 30-second step of
     * drift), or an unused recovery code (then used up).
     *
     * @param principalId the qualified principal id
     * @param code the code as presented; not wiped here
     * @param now the time of the attempt
     * @return {@link Verification#NOT_ENROLLED} when there is no enrolment, else whether the code was accepted
     * @throws dev.warden.IntegrityException if the stored secret does not open with the configured key
     */
    public Verification verify(String principalId, char[] code, Instant now) {
        java.util.Optional<SecondFactorEnrollment> found = store.find(principalId);
        if (found.isEmpty()) {
            return Verification.NOT_ENROLLED;
        }
        SecondFactorEnrollment enrollment = found.get();
        if (code.length == 0 || code.length > 64) {
            return Verification.REFUSED;
        }
        if (code.length == enrollment.digits() && allDigits(code)) {
            byte[] key = seal.open(principalId, enrollment.sealedSecret());
            try {
                OptionalLong step = enrollment.totp().verify(key, code, now, enrollment.lastUsedStep());
                return step.isPresent() && store.advanceStep(principalId, step.getAsLong())
                        ? Verification.VERIFIED : Verification.REFUSED;
            } finally {
                Arrays.fill(key, (byte) 0);
            }
        }
        return store.consumeRecoveryCode(principalId, LocalAccounts.recoveryCodeHash(new String(code)))
                ? Verification.VERIFIED : Verification.REFUSED;
    }

    private static boolean allDigits(char[] code) {
        for (char c : code) {
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String recoveryCode() {
        StringBuilder out = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                out.append('-');
            }
            out.append(READABLE[RANDOM.nextInt(READABLE.length)]);
        }
        return out.toString();
    }

    private void audit(AuditEventType type, String principalId, Map<String, String> more) {
        if (auditLog == null) {
            return;
        }
        Instant now = clock.instant();
        Map<String, String> details = new LinkedHashMap<>(more);
        details.put("principal", principalId);
        auditLog.record(new AuditEvent(EventIds.next(now), now, type, Outcome.SUCCESS, actor, "", "", "", "", details,
                Set.of()));
    }

    /** Wipes the key; closes the store if it was opened from configuration. */
    @Override
    public void close() {
        if (auditLog == null) { // an audited view shares the key with the instance it was made from
            seal.close();
        }
        if (ownsStore) {
            store.close();
        }
    }

    @Override
    public String toString() {
        return "SecondFactors[" + store + ", " + totp + "]";
    }

    /** Builds {@link SecondFactors}. */
    public static final class Builder {
        private final SecondFactorStore store;
        private final byte[] key;
        private Totp totp = Totp.defaults();
        private String issuer = "Warden";
        private Clock clock = Clock.systemUTC();
        private boolean ownsStore;

        private Builder(SecondFactorStore store, byte[] key) {
            this.store = Objects.requireNonNull(store, "store");
            this.key = Objects.requireNonNull(key, "key").clone();
        }

        /** @param value algorithm and digits of new enrolments; default SHA-1, 6 digits */
        public Builder totp(Totp value) {
            this.totp = Objects.requireNonNull(value, "totp");
            return this;
        }

        /** @param value the service name authenticator apps show; default {@code Warden} */
        public Builder issuer(String value) {
            this.issuer = Objects.requireNonNull(value, "issuer");
            return this;
        }

        /** @param value the time of enrolments; default the system UTC clock */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** Closing the built instance closes the store too. */
        public Builder ownsStore() {
            this.ownsStore = true;
            return this;
        }

        /** @return the second factors */
        public SecondFactors build() {
            TotpSecretSeal seal = new TotpSecretSeal(key);
            Arrays.fill(key, (byte) 0);
            return new SecondFactors(store, seal, totp, issuer, clock, ownsStore, null, null);
        }
    }
}
