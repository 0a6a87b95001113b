package dev.warden.core.auth.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.InvalidInputException;
import dev.warden.auth.AuthenticationException;
import dev.warden.auth.AuthenticationResult;
import dev.warden.auth.Credentials;
import dev.warden.auth.Principal;
import dev.warden.auth.PrincipalKind;
import dev.warden.core.testing.MutableClock;
import dev.warden.core.auth.totp.Base32;
import dev.warden.core.auth.totp.Totp;
import dev.warden.policy.GlobalRole;
import dev.warden.policy.ProjectRole;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalProviderTest {

    static final LocalSettings CHEAP = new LocalSettings(new Argon2idParameters(64, 1, 1), PasswordPolicy.defaults(),
            Duration.ofDays(90), Duration.ofDays(90), Totp.defaults(), "Warden");
    static final String PASSWORD = "violet tractor ink harbour";

    @TempDir
    Path dir;
    MutableClock clock = new MutableClock(Instant.parse("2026-11-30T08:00:00Z"));
    UserStore store;
    LocalAccounts accounts;
    LocalProvider provider;

    @BeforeEach
    void setUp() {
        store = new JsonFileUserStore(dir.resolve("users.json"));
        accounts = new LocalAccounts(store, CHEAP, clock);
        provider = new LocalProvider("local", store, CHEAP, clock);
    }

    private AuthenticationResult login(String user, String password) {
        return provider.authenticate(new Credentials.Password(user, password.toCharArray()));
    }

    private AuthenticationResult login(String user, String password, String code) {
        return provider.authenticate(new Credentials.Password(user, password.toCharArray(), code.toCharArray()));
    }

    @Test
    void aMemberWithTheRightPasswordGetsAPrincipal() {
        accounts.addUser("alice", GlobalRole.MEMBER, PASSWORD.toCharArray());
        AuthenticationResult result = login("alice", PASSWORD);
        assertThat(result).isInstanceOf(AuthenticationResult.Success.class);
        Principal p = ((AuthenticationResult.Success) result).principal();
        assertThat(p.id()).isEqualTo("local:alice");
        assertThat(p.kind()).isEqualTo(PrincipalKind.USER);
        assertThat(p.authenticationMethod()).isEqualTo("password");
        assertThat(p.mfaSatisfied()).isFalse();
        assertThat(store.find("alice").orElseThrow().lastLoginAt()).hasValue(clock.instant());
    }

    @Test
    void aWrongPasswordAndAnUnknownUserAreFailuresWithDistinctAuditReasons() {
        accounts.addUser("alice", GlobalRole.MEMBER, PASSWORD.toCharArray());
        assertThat(login("alice", "violet tractor ink harbouR")).isEqualTo(new AuthenticationResult.Failure("bad password"));
        assertThat(login("mallory", PASSWORD)).isEqualTo(new AuthenticationResult.Failure("unknown user"));
    }

    @Test
    void anUnknownUserCostsAnArgon2idHashLikeAKnownOne() {
        LocalSettings owasp = new LocalSettings(Argon2idParameters.OWASP, PasswordPolicy.defaults(), Duration.ofDays(90),
                Duration.ofDays(90), Totp.defaults(), "Warden");
        LocalProvider real = new LocalProvider("local", store, owasp, clock);
        new LocalAccounts(store, owasp, clock).addUser("alice", GlobalRole.MEMBER, PASSWORD.toCharArray());
        long known = Long.MAX_VALUE;
        long unknown = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            real.authenticate(new Credentials.Password("alice", "wrong password here".toCharArray()));
            long t1 = System.nanoTime();
            real.authenticate(new Credentials.Password("nobody-at-all", "wrong password here".toCharArray()));
            long t2 = System.nanoTime();
            known = Math.min(known, t1 - t0);
            unknown = Math.min(unknown, t2 - t1);
        }
        // Both do one Argon2id at 19 MiB (tens of milliseconds); without the dummy hash the unknown user would take
        // microseconds, a thousandth of the known user's time. The bound is loose because the machine is shared (at
        // half, a build running beside it failed the test once: 30.7 ms against 64.7 ms).
        assertThat((double) unknown).isGreaterThan(known * 0.2);
    }

    @Test
    void aOneMebibytePasswordIsRefusedBeforeHashing() {
        accounts.addUser("alice", GlobalRole.MEMBER, PASSWORD.toCharArray());
        char[] huge = new char[1024 * 1024];
        Arrays.fill(huge, 'x');
        AuthenticationResult result = provider.authenticate(new Credentials.Password("alice", huge));
        assertThat(result).isInstanceOf(AuthenticationResult.Failure.class);
        assertThat(((AuthenticationResult.Failure) result).auditReason()).contains("before hashing");
    }

    @Test
    void passwordsDifferingOnlyAfterByte72AreNotInterchangeable() {
        String base = "p".repeat(40) + "q".repeat(32); // 72 bytes
        accounts.addUser("alice", GlobalRole.MEMBER, (base + "-first").toCharArray());
        assertThat(login("alice", base + "-first")).isInstanceOf(AuthenticationResult.Success.class);
        assertThat(login("alice", base + "-other")).isInstanceOf(AuthenticationResult.Failure.class);
    }

    @Test
    void aDisabledAccountFailsEvenWithTheRightPassword() {
        accounts.addUser("alice", GlobalRole.MEMBER, PASSWORD.toCharArray());
        accounts.disable("alice");
        assertThat(login("alice", PASSWORD)).isEqualTo(new AuthenticationResult.Failure("account disabled (operator)"));
        accounts.enable("alice");
        assertThat(login("alice", PASSWORD)).isInstanceOf(AuthenticationResult.Success.class);
    }

    @Test
    void anAccountIdleLongerThanTheLimitIsDisabledAtItsNextLogin() {
        accounts.addUser("alice", GlobalRole.MEMBER, PASSWORD.toCharArray());
        clock.advance(Duration.ofDays(91));
        assertThat(login("alice", PASSWORD)).isInstanceOf(AuthenticationResult.Failure.class);
        LocalUser alice = store.find("alice").orElseThrow();
        assertThat(alice.disabled()).isTrue();
        assertThat(alice.disabledReason()).isEqualTo("inactive");
    }

    @Test
    void theInactivitySweepDisablesOnlyIdleAccounts() {
        accounts.addUser("alice", GlobalRole.MEMBER, PASSWORD.toCharArray());
        clock.advance(Duration.ofDays(60));
        accounts.addUser("bob", GlobalRole.MEMBER, PASSWORD.toCharArray());
        clock.advance(Duration.ofDays(31));
        assertThat(accounts.disableInactive()).containsExactly("alice");
        assertThat(store.find("bob").orElseThrow().disabled()).isFalse();
    }

    @Test
    void theInactivitySweepCountsApiKeyUseSoAServiceAccountInDailyUseStaysEnabled() {
        LocalAccounts.CreatedApiKey created = accounts.createApiKey(serviceAccount(), Set.of("p1"), ProjectRole.VIEWER,
                Duration.ofDays(90));
        clock.advance(Duration.ofDays(85));
        assertThat(provider.authenticate(new Credentials.ApiKey(created.key().clone())))
                .isInstanceOf(AuthenticationResult.Success.class);
        clock.advance(Duration.ofDays(6)); // 91 days after creation, 6 days after the key's last use

        assertThat(accounts.disableInactive()).isEmpty();
        assertThat(store.find("etl-bot").orElseThrow().disabled()).isFalse();
    }

    @Test
    void theInactivitySweepDisablesAServiceAccountWhoseKeysAreIdle() {
        accounts.createApiKey(serviceAccount(), Set.of("p1"), ProjectRole.VIEWER, Duration.ofDays(30));
        clock.advance(Duration.ofDays(91));
        assertThat(accounts.disableInactive()).containsExactly("etl-bot");
    }

    private String serviceAccount() {
        accounts.addServiceAccount("etl-bot", Map.of("p1", ProjectRole.ADMIN));
        return "etl-bot";
    }

    @Test
    void aHashWithOldParametersIsReplacedAtTheNextSuccessfulLogin() {
        accounts.addUser("alice", GlobalRole.MEMBER, PASSWORD.toCharArray());
        String before = store.find("alice").orElseThrow().passwordHash();
        LocalSettings stronger = new LocalSettings(new Argon2idParameters(128, 2, 1), PasswordPolicy.defaults(),
                Duration.ofDays(90), Duration.ofDays(90), Totp.defaults(), "Warden");
        LocalProvider upgraded = new LocalProvider("local", store, stronger, clock);
        upgraded.authenticate(new Credentials.Password("alice", "a wrong password!".toCharArray()));
        assertThat(store.find("alice").orElseThrow().passwordHash()).isEqualTo(before);
        upgraded.authenticate(new Credentials.Password("alice", PASSWORD.toCharArray()));
        String after = store.find("alice").orElseThrow().passwordHash();
        assertThat(after).startsWith("$argon2id$v=19$m=128,t=2,p=1$");
        assertThat(upgraded.authenticate(new Credentials.Password("alice", PASSWORD.toCharArray())))
                .isInstanceOf(AuthenticationResult.Success.class);
    }

    @Test
    void theFirstAdministratorsGeneratedPasswordMustBeChangedThenMfaEnrolled() {
        char[] oneTime = accounts.addUserWithOneTimePassword("root", GlobalRole.OWNER);
        assertThat(oneTime).hasSize(20);
        assertThat(provider.authenticate(new Credentials.Password("root", oneTime.clone())))
                .isEqualTo(new AuthenticationResult.PasswordChangeRequired("local:root"));
        accounts.changePassword("root", oneTime, PASSWORD.toCharArray());
        // an owner without a second factor never gets a principal
        assertThat(login("root", PASSWORD)).isEqualTo(new AuthenticationResult.MfaRequired("local:root"));
        LocalAccounts.TotpEnrollment enrollment = accounts.enrollTotp("root");
        String code = currentCode(enrollment);
        AuthenticationResult result = login("root", PASSWORD, code);
        assertThat(result).isInstanceOf(AuthenticationResult.Success.class);
        assertThat(((AuthenticationResult.Success) result).principal().mfaSatisfied()).isTrue();
        assertThat(((AuthenticationResult.Success) result).principal().globalRole()).isEqualTo(GlobalRole.OWNER);
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndANewAcceptableOne() {
        accounts.addUser("alice", GlobalRole.MEMBER, PASSWORD.toCharArray());
        assertThatThrownBy(() -> accounts.changePassword("alice", "not the password".toCharArray(), "another fine passphrase".toCharArray()))
                .isInstanceOf(AuthenticationException.class).hasMessage("authentication failed");
        assertThatThrownBy(() -> accounts.changePassword("alice", PASSWORD.toCharArray(), "short".toCharArray()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> accounts.changePassword("alice", PASSWORD.toCharArray(), PASSWORD.toCharArray()))
                .isInstanceOf(InvalidInputException.class);
    }

    private String currentCode(LocalAccounts.TotpEnrollment enrollment) {
        String query = URI.create(enrollment.otpauthUri()).getRawQuery();
        String secret = query.substring(query.indexOf("secret=") + 7, query.indexOf('&'));
        return Totp.defaults().generate(Base32.decode(secret), Totp.stepOf(clock.instant()));
    }

    @Test
    void anEnrolledUserNeedsACodeAndEachCodeWorksOnce() {
        accounts.addUser("alice", GlobalRole.MEMBER, PASSWORD.toCharArray());
        LocalAccounts.TotpEnrollment enrollment = accounts.enrollTotp("alice");
        assertThat(enrollment.otpauthUri()).startsWith("otpauth://totp/Warden:alice?secret=");
        assertThat(login("alice", PASSWORD)).isEqualTo(new AuthenticationResult.MfaRequired("local:alice"));
        String code = currentCode(enrollment);
        assertThat(login("alice", PASSWORD, code)).isInstanceOf(AuthenticationResult.Success.class);
        assertThat(login("alice", PASSWORD, code)).isEqualTo(new AuthenticationResult.Failure("bad or reused one-time code", true));
        clock.advance(Duration.ofSeconds(30));
        assertThat(login("alice", PASSWORD, currentCode(enrollment))).isInstanceOf(AuthenticationResult.Success.class);
    }

    @Test
    void aWrongCodeWithTheRightPasswordFails() {
        accounts.addUser("alice", GlobalRole.MEMBER, PASSWORD.toCharArray());
        LocalAccounts.TotpEnrollment enrollment = accounts.enrollTotp("alice");
        String code = currentCode(enrollment);
        String wrong = (code.charAt(0) == '9' ? "0" : String.valueOf((char) (code.charAt(0) + 1))) + code.substring(1);
        assertThat(login("alice", PASSWORD, wrong)).isInstanceOf(AuthenticationResult.Failure.class);
    }

    @Test
    void aRecoveryCodeWorksOnceInsteadOfATotpCode() {
        accounts.addUser("alice", GlobalRole.MEMBER, PASSWORD.toCharArray());
        LocalAccounts.TotpEnrollment enrollment = accounts.enrollTotp("alice");
        assertThat(enrollment.recoveryCodes()).hasSize(10).allMatch(c -> c.matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}"));
        String recovery = enrollment.recoveryCodes().get(3);
        assertThat(login("alice", PASSWORD, recovery.toUpperCase())).isInstanceOf(AuthenticationResult.Success.class);
        assertThat(login("alice", PASSWORD, recovery)).isInstanceOf(AuthenticationResult.Failure.class);
        assertThat(store.find("alice").orElseThrow().mfa().orElseThrow().recoveryCodeHashes()).hasSize(9)
                .noneMatch(h -> h.contains(recovery));
    }

    @Test
    void aUserNameWithCrLfCannotBeCreated() {
        assertThatThrownBy(() -> accounts.addUser("eve\r\n2026-11-30 INFO login ok user=admin", GlobalRole.MEMBER, PASSWORD.toCharArray()))
                .isInstanceOf(InvalidInputException.class).hasMessageNotContaining("admin");
        assertThatThrownBy(() -> accounts.addUser("bidi\u202Eevil", GlobalRole.MEMBER, PASSWORD.toCharArray()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aUserNameWithCrLfAtLoginIsJustAnUnknownUser() {
        assertThat(login("eve\r\n2026-11-30 INFO login ok user=admin", PASSWORD))
                .isEqualTo(new AuthenticationResult.Failure("unknown user"));
    }

    // API keys

    private LocalAccounts.CreatedApiKey serviceKey() {
        accounts.addServiceAccount("etl-bot", Map.of("p1", ProjectRole.ADMIN, "p2", ProjectRole.VIEWER));
        return accounts.createApiKey("etl-bot", Set.of("p1", "p2"), ProjectRole.EDITOR, Duration.ofDays(30));
    }

    @Test
    void anApiKeyAuthenticatesItsServiceAccountCappedByTheCeiling() {
        LocalAccounts.CreatedApiKey created = serviceKey();
        AuthenticationResult result = provider.authenticate(new Credentials.ApiKey(created.key().clone()));
        assertThat(result).isInstanceOf(AuthenticationResult.Success.class);
        Principal p = ((AuthenticationResult.Success) result).principal();
        assertThat(p.id()).isEqualTo("local:etl-bot");
        assertThat(p.kind()).isEqualTo(PrincipalKind.SERVICE_ACCOUNT);
        assertThat(p.globalRole()).isEqualTo(GlobalRole.MEMBER);
        assertThat(p.authenticationMethod()).isEqualTo("api-key");
        assertThat(p.projectRoles()).isEqualTo(Map.of("p1", ProjectRole.EDITOR, "p2", ProjectRole.VIEWER));
        assertThat(store.findKey(created.record().keyId()).orElseThrow().lastUsedAt()).hasValue(clock.instant());
    }

    @Test
    void onlyTheKeysHashIsStored() throws Exception {
        LocalAccounts.CreatedApiKey created = serviceKey();
        String file = java.nio.file.Files.readString(dir.resolve("users.json"));
        assertThat(file).contains(created.record().keyId()).doesNotContain(new String(created.key()).substring(17));
    }

    @Test
    void anApiKeyWithAWrongChecksumIsRefusedBeforeAnyLookup() {
        LocalAccounts.CreatedApiKey created = serviceKey();
        char[] wrong = created.key().clone();
        wrong[wrong.length - 1] = wrong[wrong.length - 1] == 'a' ? 'b' : 'a';
        UserStore counting = new CountingStore(store);
        LocalProvider p = new LocalProvider("local", counting, CHEAP, clock);
        AuthenticationResult result = p.authenticate(new Credentials.ApiKey(wrong));
        assertThat(((AuthenticationResult.Failure) result).auditReason()).contains("checksum");
        assertThat(((CountingStore) counting).lookups).isZero();
    }

    @Test
    void aWellFormedButUnknownKeyFails() {
        serviceKey();
        AuthenticationResult result = provider.authenticate(new Credentials.ApiKey(ApiKeyFormat.generate()));
        assertThat(result).isEqualTo(new AuthenticationResult.Failure("unknown API key id"));
    }

    @Test
    void revokedAndExpiredKeysFail() {
        LocalAccounts.CreatedApiKey created = serviceKey();
        clock.advance(Duration.ofDays(30));
        assertThat(provider.authenticate(new Credentials.ApiKey(created.key().clone())))
                .isEqualTo(new AuthenticationResult.Failure("API key expired"));
        LocalAccounts.CreatedApiKey second = accounts.createApiKey("etl-bot", Set.of("p1"), ProjectRole.VIEWER, Duration.ofDays(1));
        accounts.revokeApiKey(second.record().keyId());
        assertThat(provider.authenticate(new Credentials.ApiKey(second.key().clone())))
                .isEqualTo(new AuthenticationResult.Failure("API key revoked"));
    }

    @Test
    void aKeyOfADisabledAccountFails() {
        LocalAccounts.CreatedApiKey created = serviceKey();
        accounts.disable("etl-bot");
        assertThat(provider.authenticate(new Credentials.ApiKey(created.key().clone())))
                .isInstanceOf(AuthenticationResult.Failure.class);
    }

    @Test
    void keysMustExpireWithinTheMaximumAndAtMostTwoAreActive() {
        accounts.addServiceAccount("etl-bot", Map.of("p1", ProjectRole.ADMIN));
        assertThatThrownBy(() -> accounts.createApiKey("etl-bot", Set.of("p1"), ProjectRole.EDITOR, Duration.ofDays(91)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("90 days");
        assertThatThrownBy(() -> accounts.createApiKey("etl-bot", Set.of("p1"), ProjectRole.EDITOR, Duration.ZERO))
                .isInstanceOf(InvalidInputException.class);
        accounts.createApiKey("etl-bot", Set.of("p1"), ProjectRole.EDITOR, Duration.ofDays(90));
        accounts.createApiKey("etl-bot", Set.of("p1"), ProjectRole.EDITOR, Duration.ofDays(90));
        assertThatThrownBy(() -> accounts.createApiKey("etl-bot", Set.of("p1"), ProjectRole.EDITOR, Duration.ofDays(1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("2 active keys");
    }

    @Test
    void keysAreOnlyForServiceAccountsAndOnlyForTheirProjects() {
        accounts.addUser("alice", GlobalRole.MEMBER, PASSWORD.toCharArray());
        assertThatThrownBy(() -> accounts.createApiKey("alice", Set.of("p1"), ProjectRole.EDITOR, Duration.ofDays(1)))
                .isInstanceOf(InvalidInputException.class);
        accounts.addServiceAccount("etl-bot", Map.of("p1", ProjectRole.ADMIN));
        assertThatThrownBy(() -> accounts.createApiKey("etl-bot", Set.of("p9"), ProjectRole.EDITOR, Duration.ofDays(1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("p9");
    }

    @Test
    void aServiceAccountCannotSignInWithAPassword() {
        accounts.addServiceAccount("etl-bot", Map.of("p1", ProjectRole.ADMIN));
        assertThat(login("etl-bot", "")).isInstanceOf(AuthenticationResult.Failure.class);
    }

    @Test
    void nothingSecretInDescriptions() {
        LocalAccounts.CreatedApiKey created = serviceKey();
        LocalAccounts.TotpEnrollment enrollment = accounts.enrollTotp(accountWithPassword());
        assertThat(created.toString()).doesNotContain(new String(created.key()));
        assertThat(enrollment.toString()).doesNotContain("secret");
        assertThat(store.find("carol").orElseThrow().toString()).doesNotContain("argon2").doesNotContain("secret=");
    }

    private String accountWithPassword() {
        accounts.addUser("carol", GlobalRole.MEMBER, PASSWORD.toCharArray());
        return "carol";
    }

    /** Counts lookups, to show a malformed key never reaches the store. */
    private static final class CountingStore implements UserStore {
        final UserStore delegate;
        int lookups;

        CountingStore(UserStore delegate) {
            this.delegate = delegate;
        }

        @Override public java.util.Optional<LocalUser> find(String u) { lookups++; return delegate.find(u); }
        @Override public java.util.List<LocalUser> list() { lookups++; return delegate.list(); }
        @Override public void create(LocalUser u) { delegate.create(u); }
        @Override public boolean updateIfUnchanged(LocalUser u) { return delegate.updateIfUnchanged(u); }
        @Override public boolean advanceTotpStep(String u, long s) { return delegate.advanceTotpStep(u, s); }
        @Override public boolean consumeRecoveryCode(String u, String h) { return delegate.consumeRecoveryCode(u, h); }
        @Override public java.util.Optional<LocalApiKey> findKey(String id) { lookups++; return delegate.findKey(id); }
        @Override public java.util.List<LocalApiKey> keys(String a) { lookups++; return delegate.keys(a); }
        @Override public void createKey(LocalApiKey k, int m, Instant n) { delegate.createKey(k, m, n); }
        @Override public void updateKey(LocalApiKey k) { delegate.updateKey(k); }
        @Override public void close() { }
    }
}
