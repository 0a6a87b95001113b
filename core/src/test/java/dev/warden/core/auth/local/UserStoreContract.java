package dev.warden.core.auth.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.InvalidInputException;
import dev.warden.auth.PrincipalKind;
import dev.warden.core.auth.totp.TotpAlgorithm;
import dev.warden.policy.GlobalRole;
import dev.warden.policy.ProjectRole;
import dev.warden.auth.AuthenticationResult;
import dev.warden.auth.Credentials;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link UserStore} does; run against the JSON file store here and the JDBC stores in warden-jdbc. */
public abstract class UserStoreContract {

    protected static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");

    protected UserStore store;

    protected abstract UserStore newStore() throws Exception;

    /** A second handle on the same storage, as another process or host would have. */
    protected abstract UserStore reopen() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = newStore();
    }

    @AfterEach
    void close() {
        store.close();
    }

    protected static LocalUser alice() {
        return new LocalUser("alice", PrincipalKind.USER, GlobalRole.ADMINISTRATOR, Set.of("ops"),
                Map.of("p1", ProjectRole.EDITOR), "$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHQ$aGFzaA", false, false, "",
                NOW, NOW, Optional.of(NOW), Optional.of(new MfaEnrollment(TotpAlgorithm.SHA256, 8, "GEZDGNBV",
                        Long.MIN_VALUE, List.of("aa", "bb"))));
    }

    protected static LocalUser service() {
        return new LocalUser("etl-bot", PrincipalKind.SERVICE_ACCOUNT, GlobalRole.MEMBER, Set.of(),
                Map.of("p1", ProjectRole.ADMIN), "", false, false, "", NOW, NOW, Optional.empty(), Optional.empty());
    }

    protected static LocalApiKey key(String id, String account) {
        return new LocalApiKey(id, account, "ab".repeat(32), Set.of("p1"), ProjectRole.EDITOR, NOW,
                NOW.plus(Duration.ofDays(30)), Optional.empty(), Optional.empty());
    }

    @Test
    void storesAndReadsBackEveryFieldOfAnAccount() throws Exception {
        store.create(alice());
        try (UserStore other = reopen()) {
            assertThat(other.find("alice")).hasValue(alice());
        }
    }

    @Test
    void findsNamesExactlyNotIgnoringCase() {
        store.create(alice());
        assertThat(store.find("Alice")).isEmpty();
        assertThat(store.find("alice ")).isEmpty();
    }

    @Test
    void refusesASecondAccountOfTheSameName() {
        store.create(alice());
        assertThatThrownBy(() -> store.create(alice())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void updatingAMissingAccountFails() {
        assertThatThrownBy(() -> store.updateIfUnchanged(alice())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> store.modify("alice", u -> u)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void listsAccountsByName() {
        store.create(service());
        store.create(alice());
        assertThat(store.list()).extracting(LocalUser::username).containsExactly("alice", "etl-bot");
    }

    @Test
    void aTotpStepIsAcceptedOnlyOnceAndOnlyForward() {
        store.create(alice());
        assertThat(store.advanceTotpStep("alice", 100)).isTrue();
        assertThat(store.advanceTotpStep("alice", 100)).isFalse();
        assertThat(store.advanceTotpStep("alice", 99)).isFalse();
        assertThat(store.advanceTotpStep("alice", 101)).isTrue();
        assertThat(store.find("alice").orElseThrow().mfa().orElseThrow().lastUsedStep()).isEqualTo(101);
    }

    @Test
    void writingBackAnOlderCopyIsRefusedSoTheUsedStepNeverMovesBack() {
        store.create(alice());
        LocalUser stale = store.find("alice").orElseThrow();
        assertThat(store.advanceTotpStep("alice", 100)).isTrue();
        assertThat(store.updateIfUnchanged(stale.withLastLogin(NOW.plusSeconds(1)))).isFalse();
        assertThat(store.advanceTotpStep("alice", 100)).isFalse();
        store.modify("alice", u -> u.withLastLogin(NOW.plusSeconds(1)));
        assertThat(store.find("alice").orElseThrow().lastLoginAt()).hasValue(NOW.plusSeconds(1));
        assertThat(store.find("alice").orElseThrow().mfa().orElseThrow().lastUsedStep()).isEqualTo(100);
    }

    @Test
    void everyChangeMovesTheVersionOnAndAStaleCopyIsRefused() throws Exception {
        store.create(alice());
        LocalUser read = store.find("alice").orElseThrow();
        assertThat(read.version()).isZero();
        try (UserStore other = reopen()) {
            assertThat(other.updateIfUnchanged(read.withDisabled("operator"))).isTrue();
        }
        assertThat(store.updateIfUnchanged(read.withLastLogin(NOW.plusSeconds(5)))).as("stale copy").isFalse();
        LocalUser now = store.find("alice").orElseThrow();
        assertThat(now.version()).isEqualTo(1);
        assertThat(now.disabled()).isTrue();
        assertThat(now.lastLoginAt()).hasValue(NOW);
        assertThat(store.consumeRecoveryCode("alice", "aa")).isTrue();
        assertThat(store.find("alice").orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void modifyReappliesTheChangeToTheCurrentState() throws Exception {
        store.create(alice());
        try (UserStore other = reopen()) {
            other.modify("alice", u -> u.withDisabled("operator"));
        }
        LocalUser after = store.modify("alice", u -> u.withLastLogin(NOW.plusSeconds(60)));
        assertThat(after.disabled()).isTrue();
        assertThat(after.lastLoginAt()).hasValue(NOW.plusSeconds(60));
        assertThat(store.find("alice")).hasValue(after);
    }

    @Test
    void aRecoveryCodeIsConsumedOnce() {
        store.create(alice());
        assertThat(store.consumeRecoveryCode("alice", "aa")).isTrue();
        assertThat(store.consumeRecoveryCode("alice", "aa")).isFalse();
        assertThat(store.consumeRecoveryCode("alice", "zz")).isFalse();
        assertThat(store.find("alice").orElseThrow().mfa().orElseThrow().recoveryCodeHashes()).containsExactly("bb");
    }

    @Test
    void storesKeysAndFindsThemByIdAndAccount() throws Exception {
        store.create(service());
        store.createKey(key("aaaaaaaaaaaa", "etl-bot"), 2, NOW);
        try (UserStore other = reopen()) {
            assertThat(other.findKey("aaaaaaaaaaaa")).hasValue(key("aaaaaaaaaaaa", "etl-bot"));
            assertThat(other.keys("etl-bot")).hasSize(1);
            assertThat(other.keys("")).hasSize(1);
            assertThat(other.keys("nobody")).isEmpty();
        }
    }

    @Test
    void refusesAThirdActiveKeyButCountsRevokedAndExpiredOnesOut() {
        store.create(service());
        store.createKey(key("aaaaaaaaaaaa", "etl-bot"), 2, NOW);
        store.createKey(key("bbbbbbbbbbbb", "etl-bot"), 2, NOW);
        assertThatThrownBy(() -> store.createKey(key("cccccccccccc", "etl-bot"), 2, NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("revoke one");
        store.updateKey(store.findKey("aaaaaaaaaaaa").orElseThrow().withRevoked(NOW));
        store.createKey(key("cccccccccccc", "etl-bot"), 2, NOW);
        // 31 days later the other two have expired
        store.createKey(key("dddddddddddd", "etl-bot"), 2, NOW.plus(Duration.ofDays(31)));
        assertThat(store.keys("etl-bot")).hasSize(4);
    }

    @Test
    void recordsRevocationAndLastUse() {
        store.create(service());
        store.createKey(key("aaaaaaaaaaaa", "etl-bot"), 2, NOW);
        store.updateKey(store.findKey("aaaaaaaaaaaa").orElseThrow().withLastUsed(NOW.plusSeconds(5)).withRevoked(NOW.plusSeconds(9)));
        LocalApiKey k = store.findKey("aaaaaaaaaaaa").orElseThrow();
        assertThat(k.lastUsedAt()).hasValue(NOW.plusSeconds(5));
        assertThat(k.revokedAt()).hasValue(NOW.plusSeconds(9));
        assertThat(k.activeAt(NOW.plusSeconds(10))).isFalse();
    }

    @Test
    void storesAHostileUserNameVerbatim() {
        // Names are validated by LocalAccounts; the store itself must not mangle or choke on odd text.
        LocalUser odd = new LocalUser("o'brien\"; DROP TABLE warden_users; --", PrincipalKind.USER, GlobalRole.MEMBER,
                Set.of(), Map.of(), "", false, false, "", NOW, NOW, Optional.empty(), Optional.empty());
        store.create(odd);
        assertThat(store.find(odd.username())).hasValue(odd);
        assertThat(store.list()).hasSize(1);
    }

    // --- Lost updates (issue 15, defect 1): a log-in must not write back a stale copy of the account ---

    private static final Clock FIXED = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final char[] CAROL_PASSWORD = "violet tractor ink harbour".toCharArray();

    /**
     * A handle on this store whose first look-up of {@code carol} returns her account as read, and only after
     * {@code operator} has run to completion on another thread with its own handle on the storage: the operator's
     * change lands while the log-in holds the old copy and spends its time in Argon2id.
     */
    private UserStore racing(Consumer<LocalAccounts> operator) {
        AtomicBoolean armed = new AtomicBoolean(true);
        return (UserStore) Proxy.newProxyInstance(UserStore.class.getClassLoader(), new Class<?>[] {UserStore.class},
                (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (method.getName().equals("find") && "carol".equals(args[0]) && armed.getAndSet(false)) {
                        CompletableFuture.runAsync(() -> {
                            try (UserStore other = reopen()) {
                                operator.accept(new LocalAccounts(other, LocalProviderTest.CHEAP, FIXED));
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        }).get(30, TimeUnit.SECONDS);
                    }
                    return result;
                });
    }

    private AuthenticationResult carolLogsInThrough(UserStore handle) {
        LocalProvider provider = new LocalProvider("local", handle, LocalProviderTest.CHEAP, FIXED);
        return provider.authenticate(new Credentials.Password("carol", CAROL_PASSWORD.clone()));
    }

    @Test
    void aDisableMadeDuringTheLoginsPasswordCheckIsNotUndone() {
        new LocalAccounts(store, LocalProviderTest.CHEAP, FIXED).addUser("carol", GlobalRole.MEMBER, CAROL_PASSWORD.clone());

        AuthenticationResult result = carolLogsInThrough(racing(operator -> operator.disable("carol")));

        LocalUser carol = store.find("carol").orElseThrow();
        assertThat(carol.disabled()).as("the operator's disable stands").isTrue();
        assertThat(carol.disabledReason()).isEqualTo("operator");
        assertThat(result).as("a disabled account does not log in").isInstanceOf(AuthenticationResult.Failure.class);
    }

    @Test
    void aPasswordResetMadeDuringTheLoginsPasswordCheckIsNotUndone() {
        new LocalAccounts(store, LocalProviderTest.CHEAP, FIXED).addUser("carol", GlobalRole.MEMBER, CAROL_PASSWORD.clone());

        carolLogsInThrough(racing(operator -> operator.setPassword("carol", "a brand new passphrase".toCharArray(), true)));

        LocalUser carol = store.find("carol").orElseThrow();
        assertThat(carol.mustChangePassword()).as("the reset stands").isTrue();
        assertThat(new PasswordHasher(LocalProviderTest.CHEAP.argon2id())
                .verify(carol.passwordHash(), "a brand new passphrase".toCharArray())).isTrue();
    }
}
