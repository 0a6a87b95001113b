package dev.warden.core.auth.local;

import dev.warden.auth.AuthenticationResult;
import dev.warden.auth.Credentials;
import dev.warden.auth.Principal;
import dev.warden.auth.PrincipalIds;
import dev.warden.auth.PrincipalKind;
import dev.warden.core.auth.totp.Base32;
import dev.warden.policy.GlobalRole;
import dev.warden.policy.ProjectRole;
import dev.warden.spi.auth.AuthenticationProvider;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The built-in provider for local accounts: passwords (Argon2id) with an optional TOTP second factor, and API keys
 * of service accounts. Every principal, {@code MfaRequired} and {@code PasswordChangeRequired} it returns names the
 * account as {@code local:<account name>} ({@link PrincipalIds#local}), whatever the provider's configured name.
 *
 * <p>Passwords: a password over the policy's byte limit is refused before any hashing. An unknown account, or one
 * without a password, is checked against a dummy hash of the same cost, so it takes as long as a known one. A correct
 * password on a disabled account fails; on an account idle longer than the inactivity limit it disables the account
 * and fails. A hash made with older parameters is replaced. The account is read again after the password check and
 * every write changes only its own fields through a compare-and-set ({@link UserStore#modify}), so a disable or
 * password reset made during the check stands and is not overwritten by the log-in. An account with TOTP enrolled gets
 * {@code MfaRequired} until a valid code (or an unused recovery code) comes with the password; each code works once.
 * A generated one-time password gives {@code PasswordChangeRequired}. A person whose global role is administrator or
 * owner gets {@code MfaRequired} without a verified second factor.
 *
 * <p>API keys: the format and checksum are checked before any lookup ({@link ApiKeyFormat}); then the stored SHA-256
 * is compared in constant time (an unknown id is compared against a dummy); revoked, expired keys and keys of
 * disabled accounts fail. The principal is the service account with global role {@code MEMBER} and, for each project
 * of the key's scope, the lower of the key's ceiling and the account's own role there. The last-used time is stored
 * at most once a minute.
 */
public final class LocalProvider implements AuthenticationProvider {

    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final String name;
    private final UserStore store;
    private final LocalSettings settings;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final String dummyHash;
    private final byte[] dummyKeyHash;
    private final boolean ownsStore;

    /**
     * @param name the configured name, e.g. {@code local}
     * @param store where accounts live (not closed by {@link #close()})
     * @param settings policies and costs
     * @param clock the time source
     */
    public LocalProvider(String name, UserStore store, LocalSettings settings, Clock clock) {
        this(name, store, settings, clock, false);
    }

    LocalProvider(String name, UserStore store, LocalSettings settings, Clock clock, boolean ownsStore) {
        this.name = Objects.requireNonNull(name, "name");
        this.store = Objects.requireNonNull(store, "store");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.hasher = new PasswordHasher(settings.argon2id());
        char[] random = ApiKeyFormat.generate();
        this.dummyHash = hasher.hash(random);
        this.dummyKeyHash = Digests.sha256Ascii(random);
        Arrays.fill(random, '\0');
        this.ownsStore = ownsStore;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean supports(Class<? extends Credentials> kind) {
        return kind == Credentials.Password.class || kind == Credentials.ApiKey.class;
    }

    @Override
    public AuthenticationResult authenticate(Credentials credentials) {
        if (credentials instanceof Credentials.Password password) {
            return password(password);
        }
        if (credentials instanceof Credentials.ApiKey key) {
            return apiKey(key.key());
        }
        return new AuthenticationResult.Failure("credential kind not supported by the local provider");
    }

    private static AuthenticationResult.Failure fail(String reason) {
        return new AuthenticationResult.Failure(reason);
    }

    private AuthenticationResult password(Credentials.Password credentials) {
        char[] password = credentials.password();
        if (settings.passwordPolicy().tooLong(password)) {
            return fail("password longer than " + settings.passwordPolicy().maxBytes() + " bytes, refused before hashing");
        }
        String username = credentials.username();
        Optional<LocalUser> found = username.isEmpty() || username.length() > LocalUser.MAX_USERNAME
                ? Optional.empty() : store.find(username);
        if (found.isEmpty() || found.get().passwordHash().isEmpty()) {
            hasher.verify(dummyHash, password); // same cost as a known account
            return fail(found.isEmpty() ? "unknown user" : "account has no password (service account)");
        }
        String verifiedHash = found.get().passwordHash();
        if (!hasher.verify(verifiedHash, password)) {
            return fail("bad password");
        }
        // Argon2id took tens of milliseconds: decide on the account as it is now, so that an operator's disable or
        // password reset made meanwhile counts, and write back only the fields this log-in changes.
        Optional<LocalUser> current = store.find(username);
        if (current.isEmpty() || !current.get().passwordHash().equals(verifiedHash)) {
            return fail("account removed or password reset during the attempt");
        }
        LocalUser user = current.get();
        if (user.disabled()) {
            return fail("account disabled (" + user.disabledReason() + ")");
        }
        Instant now = clock.instant();
        if (!settings.inactivityLimit().isZero() && user.lastActivity().plus(settings.inactivityLimit()).isBefore(now)) {
            Instant cutoff = now.minus(settings.inactivityLimit());
            store.modify(username, u -> u.disabled() || !u.lastActivity().isBefore(cutoff) ? u : u.withDisabled("inactive"));
            return fail("account inactive for longer than " + settings.inactivityLimit().toDays() + " days; now disabled");
        }
        if (hasher.needsRehash(verifiedHash)) {
            String rehashed = hasher.hash(password);
            user = store.modify(username, u -> u.passwordHash().equals(verifiedHash) ? u.withRehashedPassword(rehashed) : u);
        }
        boolean mfa = false;
        if (user.mfa().isPresent()) {
            if (credentials.oneTimeCode().length == 0) {
                return new AuthenticationResult.MfaRequired(PrincipalIds.local(user.username()));
            }
            if (!secondFactor(user, credentials.oneTimeCode(), now)) {
                return new AuthenticationResult.Failure("bad or reused one-time code", true);
            }
            mfa = true;
            user = store.find(user.username()).orElse(user); // the used step or recovery code is now stored
        }
        if (user.mustChangePassword()) {
            return new AuthenticationResult.PasswordChangeRequired(PrincipalIds.local(user.username()));
        }
        if (!mfa && user.globalRole().includes(GlobalRole.ADMINISTRATOR)) {
            return new AuthenticationResult.MfaRequired(PrincipalIds.local(user.username()));
        }
        store.modify(username, u -> u.lastLoginAt().filter(t -> !t.isBefore(now)).isPresent() ? u : u.withLastLogin(now));
        return new AuthenticationResult.Success(new Principal(PrincipalIds.local(user.username()), PrincipalKind.USER, user.globalRole(),
                user.groups(), user.projectRoles(), "password", mfa));
    }

    private boolean secondFactor(LocalUser user, char[] code, Instant now) {
        MfaEnrollment enrollment = user.mfa().orElseThrow();
        if (code.length == enrollment.digits() && allDigits(code)) {
            byte[] key = Base32.decode(enrollment.secretBase32());
            try {
                OptionalLong step = enrollment.totp().verify(key, code, now, enrollment.lastUsedStep());
                return step.isPresent() && store.advanceTotpStep(user.username(), step.getAsLong());
            } finally {
                Arrays.fill(key, (byte) 0);
            }
        }
        if (code.length > 64) {
            return false;
        }
        return store.consumeRecoveryCode(user.username(), LocalAccounts.recoveryCodeHash(new String(code)));
    }

    private static boolean allDigits(char[] code) {
        for (char c : code) {
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private AuthenticationResult apiKey(char[] key) {
        Optional<String> keyId = ApiKeyFormat.keyIdOf(key);
        if (keyId.isEmpty()) {
            return fail("malformed API key or wrong checksum (refused before lookup)");
        }
        byte[] presented = Digests.sha256Ascii(key);
        Optional<LocalApiKey> found = store.findKey(keyId.get());
        byte[] stored = found.map(k -> Digests.unhex(k.sha256())).orElse(dummyKeyHash);
        boolean match = MessageDigest.isEqual(presented, stored);
        if (found.isEmpty() || !match) {
            return fail(found.isEmpty() ? "unknown API key id" : "API key does not match its stored hash");
        }
        LocalApiKey record = found.get();
        Instant now = clock.instant();
        if (record.revokedAt().isPresent()) {
            return fail("API key revoked");
        }
        if (!now.isBefore(record.expiresAt())) {
            return fail("API key expired");
        }
        Optional<LocalUser> account = store.find(record.account());
        if (account.isEmpty() || account.get().disabled() || account.get().kind() != PrincipalKind.SERVICE_ACCOUNT) {
            return fail("API key's service account is missing or disabled");
        }
        if (record.lastUsedAt().isEmpty() || record.lastUsedAt().get().plus(LAST_USED_RESOLUTION).isBefore(now)) {
            store.updateKey(record.withLastUsed(now));
        }
        LocalUser user = account.get();
        Map<String, ProjectRole> roles = new HashMap<>();
        for (String project : record.projects()) {
            ProjectRole own = user.projectRoles().get(project);
            if (own != null) {
                roles.put(project, own.compareTo(record.roleCeiling()) <= 0 ? own : record.roleCeiling());
            }
        }
        return new AuthenticationResult.Success(new Principal(PrincipalIds.local(user.username()), PrincipalKind.SERVICE_ACCOUNT,
                GlobalRole.MEMBER, user.groups(), roles, "api-key", false));
    }

    @Override
    public void close() {
        if (ownsStore) {
            store.close();
        }
    }

    @Override
    public String toString() {
        return "LocalProvider[" + name + ", " + store + "]";
    }
}
