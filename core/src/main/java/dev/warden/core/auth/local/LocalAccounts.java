package dev.warden.core.auth.local;

import dev.warden.InvalidInputException;
import dev.warden.audit.Actor;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.audit.AuditLog;
import dev.warden.audit.Outcome;
import dev.warden.core.auth.EventIds;
import dev.warden.auth.PrincipalKind;
import dev.warden.core.auth.totp.Base32;
import dev.warden.core.auth.totp.Totp;
import dev.warden.policy.GlobalRole;
import dev.warden.policy.ProjectRole;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Administration of local accounts and API keys: what the {@code warden users}, {@code warden apikey} and
 * {@code warden mfa} commands do, for host applications too. Thread-safe. Passwords are taken as {@code char[]} and
 * not kept; generated secrets (one-time passwords, API keys, TOTP secrets, recovery codes) are returned once and
 * only their hashes are stored (the TOTP secret itself must be stored: the server computes codes from it).
 *
 * <p>With {@link #audited(AuditLog, Actor)}, each change is recorded before it is made ({@code USER_CREATED},
 * {@code USER_DISABLED}, {@code API_KEY_CREATED}, {@code API_KEY_REVOKED}, {@code MFA_ENROLLED}, and
 * {@code CONFIGURATION_CHANGED} for a password set by an operator), fail-closed: if the event cannot be recorded the
 * change is not made. Events name accounts and key ids, never a password, key, secret or code.
 *
 * <p>{@link #changePassword} checks the current password without the authentication chain's lockout: expose it only
 * to a caller that just received {@code PasswordChangeRequired} for that account, or throttle it yourself.
 */
public final class LocalAccounts implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] READABLE = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private static final int RECOVERY_CODES = 10;

    private final UserStore store;
    private final LocalSettings settings;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final boolean ownsStore;
    private final AuditLog auditLog;
    private final Actor actor;

    /**
     * @param store where accounts live (not closed by {@link #close()})
     * @param settings policies and costs
     * @param clock the time source
     */
    public LocalAccounts(UserStore store, LocalSettings settings, Clock clock) {
        this(store, settings, clock, false);
    }

    LocalAccounts(UserStore store, LocalSettings settings, Clock clock, boolean ownsStore) {
        this(store, settings, clock, ownsStore, null, null);
    }

    private LocalAccounts(UserStore store, LocalSettings settings, Clock clock, boolean ownsStore, AuditLog auditLog,
                          Actor actor) {
        this.store = Objects.requireNonNull(store, "store");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.hasher = new PasswordHasher(settings.argon2id());
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ownsStore = ownsStore;
        this.auditLog = auditLog;
        this.actor = actor;
    }

    /**
     * @param auditLog where changes are recorded, fail-closed
     * @param actor who makes them (the operator or administrator)
     * @return a view of the same store that audits every change; closing it closes the store if this one owns it
     */
    public LocalAccounts audited(AuditLog auditLog, Actor actor) {
        return new LocalAccounts(store, settings, clock, ownsStore, Objects.requireNonNull(auditLog, "auditLog"),
                Objects.requireNonNull(actor, "actor"));
    }

    private void audit(AuditEventType type, String account, Map<String, String> more) {
        if (auditLog == null) {
            return;
        }
        Instant now = clock.instant();
        Map<String, String> details = new java.util.LinkedHashMap<>(more);
        details.put("account", account);
        auditLog.record(new AuditEvent(EventIds.next(now), now, type, Outcome.SUCCESS, actor, "", "", "", "",
                details, Set.of()));
    }

    /** @return the store */
    public UserStore store() {
        return store;
    }

    /** @return the settings */
    public LocalSettings settings() {
        return settings;
    }

    /**
     * Adds a person with a password the user chose.
     *
     * @param username the account name (see {@link LocalUser#checkUsername})
     * @param role its global role
     * @param password checked against the password policy; not wiped here
     * @throws InvalidInputException if the name is malformed or taken, or the password breaks the policy
     */
    public void addUser(String username, GlobalRole role, char[] password) {
        LocalUser.checkUsername(username);
        settings.passwordPolicy().check(username, password);
        LocalUser user = LocalUser.person(username, role, hasher.hash(password), false, clock.instant());
        requireAbsent(username);
        audit(AuditEventType.USER_CREATED, username, Map.of("globalRole", role.name()));
        store.create(user);
    }

    /**
     * Adds a person with a generated one-time password that must be changed at the first login: how the first
     * administrator is created (there is no default password).
     *
     * @param username the account name
     * @param role its global role
     * @return the one-time password (20 characters, about 100 bits); show it once, then wipe it
     * @throws InvalidInputException if the name is malformed or taken
     */
    public char[] addUserWithOneTimePassword(String username, GlobalRole role) {
        LocalUser.checkUsername(username);
        requireAbsent(username);
        char[] password = generatePassword();
        LocalUser user = LocalUser.person(username, role, hasher.hash(password), true, clock.instant());
        audit(AuditEventType.USER_CREATED, username, Map.of("globalRole", role.name(), "oneTimePassword", "true"));
        store.create(user);
        return password;
    }

    /**
     * Adds a service account, which authenticates with API keys only.
     *
     * @param name the account name
     * @param projectRoles its project roles, which also cap what its keys can do
     */
    public void addServiceAccount(String name, Map<String, ProjectRole> projectRoles) {
        LocalUser.checkUsername(name);
        requireAbsent(name);
        Instant now = clock.instant();
        audit(AuditEventType.USER_CREATED, name, Map.of("kind", PrincipalKind.SERVICE_ACCOUNT.name()));
        store.create(new LocalUser(name, PrincipalKind.SERVICE_ACCOUNT, GlobalRole.MEMBER, Set.of(), projectRoles, "",
                false, false, "", now, now, Optional.empty(), Optional.empty()));
    }

    /**
     * An operator sets a password (e.g. after the user forgot it).
     *
     * @param username the account
     * @param password the new password, checked against the policy
     * @param mustChange whether the user must change it at the next login
     * @throws InvalidInputException if there is no such person or the password breaks the policy
     */
    public void setPassword(String username, char[] password, boolean mustChange) {
        LocalUser user = person(username);
        settings.passwordPolicy().check(username, password);
        String hash = hasher.hash(password);
        audit(AuditEventType.CONFIGURATION_CHANGED, username, Map.of("change", "password set by operator"));
        store.modify(user.username(), u -> u.withPassword(hash, mustChange, clock.instant()));
    }

    /**
     * The user changes the password, proving the current one (also how a one-time password is replaced).
     *
     * @param username the account
     * @param current the current password
     * @param next the new password, checked against the policy; must differ from the current one
     * @throws dev.warden.auth.AuthenticationException if the current password is wrong (the same message whatever the
     *     cause)
     * @throws InvalidInputException if the new password breaks the policy
     */
    public void changePassword(String username, char[] current, char[] next) {
        Optional<LocalUser> found = store.find(username);
        boolean ok = found.isPresent() && !found.get().passwordHash().isEmpty() && !found.get().disabled()
                && hasher.verify(found.get().passwordHash(), current);
        if (!ok) {
            throw new dev.warden.auth.AuthenticationException();
        }
        if (Arrays.equals(current, next)) {
            throw new InvalidInputException("password: the new password must differ from the current one");
        }
        settings.passwordPolicy().check(username, next);
        String verified = found.get().passwordHash();
        String hash = hasher.hash(next);
        store.modify(username, u -> {
            if (!u.passwordHash().equals(verified) || u.disabled()) {
                throw new dev.warden.auth.AuthenticationException(); // reset or disabled meanwhile
            }
            return u.withPassword(hash, false, clock.instant());
        });
    }

    /**
     * @param username the account to disable; its API keys stop working too
     * @throws InvalidInputException if there is no such account
     */
    public void disable(String username) {
        LocalUser user = existing(username);
        audit(AuditEventType.USER_DISABLED, user.username(), Map.of("reason", "operator"));
        store.modify(username, u -> u.withDisabled("operator"));
    }

    /**
     * @param username the account to enable again (its inactivity clock restarts)
     * @throws InvalidInputException if there is no such account
     */
    public void enable(String username) {
        existing(username);
        Instant now = clock.instant();
        store.modify(username, u -> u.withDisabled("").withLastLogin(now));
    }

    /** @return every account, by name */
    public List<LocalUser> list() {
        return store.list();
    }

    /**
     * Disables every enabled account not used for longer than the inactivity limit, judged by
     * {@link #lastActivity(LocalUser, Collection)}: a service account whose API key is in use stays enabled.
     *
     * @return the names of the accounts disabled
     */
    public List<String> disableInactive() {
        List<String> disabled = new ArrayList<>();
        if (settings.inactivityLimit().isZero()) {
            return disabled;
        }
        Instant cutoff = clock.instant().minus(settings.inactivityLimit());
        List<LocalApiKey> keys = store.keys("");
        for (LocalUser user : store.list()) {
            if (!user.disabled() && lastActivity(user, keys).isBefore(cutoff)) {
                audit(AuditEventType.USER_DISABLED, user.username(), Map.of("reason", "inactive"));
                store.modify(user.username(), u -> u.disabled() || !lastActivity(u, store.keys(u.username())).isBefore(cutoff)
                        ? u : u.withDisabled("inactive"));
                disabled.add(user.username());
            }
        }
        return disabled;
    }

    /**
     * When an account was last used: the latest of its creation, its last password change, its last successful
     * log-in and the last use of any of its API keys (recorded to the minute). The inactivity sweep and the posture
     * check's {@code accounts.inactive} item both judge by this.
     *
     * @param user the account
     * @param keys API keys; those of other accounts are ignored
     * @return the instant
     */
    public static Instant lastActivity(LocalUser user, Collection<LocalApiKey> keys) {
        Instant last = user.lastActivity();
        for (LocalApiKey key : keys) {
            if (key.account().equals(user.username()) && key.lastUsedAt().isPresent() && key.lastUsedAt().get().isAfter(last)) {
                last = key.lastUsedAt().get();
            }
        }
        return last;
    }

    /** The result of a TOTP enrolment: shown once. */
    public record TotpEnrollment(String otpauthUri, List<String> recoveryCodes) {
        @Override
        public String toString() {
            return "TotpEnrollment[***]";
        }
    }

    /**
     * Enrols (or re-enrols, replacing the old secret) a TOTP second factor for a person.
     *
     * @param username the account
     * @return the {@code otpauth://} URI for the authenticator app and 10 recovery codes; both shown once
     * @throws InvalidInputException if there is no such person
     */
    public TotpEnrollment enrollTotp(String username) {
        LocalUser user = person(username);
        Totp totp = settings.totp();
        byte[] key = totp.newKey();
        List<String> codes = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String code = recoveryCode();
            codes.add(code);
            hashes.add(recoveryCodeHash(code));
        }
        MfaEnrollment enrollment = new MfaEnrollment(totp.algorithm(), totp.digits(), Base32.encode(key),
                Long.MIN_VALUE, hashes);
        audit(AuditEventType.MFA_ENROLLED, user.username(), Map.of("algorithm", totp.algorithm().name()));
        store.modify(username, u -> u.withMfa(Optional.of(enrollment)));
        String uri = totp.otpauthUri(settings.issuer(), username, key);
        Arrays.fill(key, (byte) 0);
        return new TotpEnrollment(uri, List.copyOf(codes));
    }

    /** A created API key: the key itself is in {@code key}, shown once. */
    public record CreatedApiKey(LocalApiKey record, char[] key) {
        @Override
        public String toString() {
            return "CreatedApiKey[" + record.keyId() + ", key=***]";
        }
    }

    /**
     * Creates an API key for a service account.
     *
     * @param account the service account
     * @param projects the projects it may act in; at least one, each one the account has a role in
     * @param ceiling the highest project role it may exercise
     * @param lifetime how long it works; positive and at most the configured maximum (90 days by default)
     * @return the stored record and the key (show once, then wipe)
     * @throws InvalidInputException if the account is not an enabled service account, a project is not the
     *     account's, the lifetime is out of range, or the account already has two active keys
     */
    public CreatedApiKey createApiKey(String account, Set<String> projects, ProjectRole ceiling, Duration lifetime) {
        LocalUser user = existing(account);
        if (user.kind() != PrincipalKind.SERVICE_ACCOUNT) {
            throw new InvalidInputException("api key: only service accounts hold API keys; people sign in with a password");
        }
        if (user.disabled()) {
            throw new InvalidInputException("api key: the service account is disabled");
        }
        if (projects.isEmpty()) {
            throw new InvalidInputException("api key: name at least one project it may act in");
        }
        for (String project : projects) {
            if (!user.projectRoles().containsKey(project)) {
                throw new InvalidInputException("api key: the service account has no role in project '"
                        + dev.warden.core.auth.Printable.of(project) + "'");
            }
        }
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(settings.apiKeyMaxLifetime()) > 0) {
            throw new InvalidInputException("api key: the lifetime must be positive and at most "
                    + settings.apiKeyMaxLifetime().toDays() + " days (keys never live forever)");
        }
        Instant now = clock.instant();
        char[] key = ApiKeyFormat.generate();
        String keyId = ApiKeyFormat.keyIdOf(key).orElseThrow();
        LocalApiKey record = new LocalApiKey(keyId, account, Digests.hex(Digests.sha256Ascii(key)), projects, ceiling,
                now, now.plus(lifetime), Optional.empty(), Optional.empty());
        long active = store.keys(account).stream().filter(k -> k.activeAt(now)).count();
        if (active >= LocalSettings.MAX_ACTIVE_KEYS) {
            throw new InvalidInputException("api key: the account has " + active + " active keys already (at most "
                    + LocalSettings.MAX_ACTIVE_KEYS + "); revoke one first");
        }
        audit(AuditEventType.API_KEY_CREATED, account, Map.of("keyId", keyId, "expiresAt", record.expiresAt().toString(),
                "projects", String.join(",", new java.util.TreeSet<>(projects)), "roleCeiling", ceiling.name()));
        store.createKey(record, LocalSettings.MAX_ACTIVE_KEYS, now); // checks the limit again, atomically
        return new CreatedApiKey(record, key);
    }

    /**
     * @param keyId the key's public id
     * @throws InvalidInputException if there is no such key
     */
    public void revokeApiKey(String keyId) {
        LocalApiKey key = store.findKey(keyId)
                .orElseThrow(() -> new InvalidInputException("api key: no key with that id; see 'warden apikey list'"));
        if (key.revokedAt().isEmpty()) {
            audit(AuditEventType.API_KEY_REVOKED, key.account(), Map.of("keyId", keyId));
            store.updateKey(key.withRevoked(clock.instant()));
        }
    }

    /** @return the keys of an account (all when empty), newest first */
    public List<LocalApiKey> apiKeys(String account) {
        return store.keys(account);
    }

    private void requireAbsent(String username) {
        if (store.find(username).isPresent()) {
            throw new InvalidInputException("user store: an account of that name exists already");
        }
    }

    private LocalUser existing(String username) {
        return store.find(username).orElseThrow(() -> new InvalidInputException("no local account of that name"));
    }

    private LocalUser person(String username) {
        LocalUser user = existing(username);
        if (user.kind() != PrincipalKind.USER) {
            throw new InvalidInputException("that account is a service account; it has no password or second factor");
        }
        return user;
    }

    private static char[] generatePassword() {
        char[] out = new char[20];
        for (int i = 0; i < out.length; i++) {
            out[i] = READABLE[RANDOM.nextInt(READABLE.length)];
        }
        return out;
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

    /** @return the stored form of a recovery code: SHA-256 hex of its letters and digits, lower case (also used for the second factors of directory and SSO users) */
    public static String recoveryCodeHash(String code) {
        StringBuilder normal = new StringBuilder();
        for (int i = 0; i < code.length(); i++) {
            char c = Character.toLowerCase(code.charAt(i));
            if (c != '-' && c != ' ') {
                normal.append(c);
            }
        }
        return Digests.sha256Hex(normal.toString());
    }

    /** Closes the store if this instance opened it (from configuration). */
    @Override
    public void close() {
        if (ownsStore) {
            store.close();
        }
    }
}
