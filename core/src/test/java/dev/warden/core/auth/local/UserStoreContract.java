package dev.warden.core.auth.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.InvalidInputException;
import dev.warden.auth.PrincipalKind;
import dev.warden.core.auth.totp.TotpAlgorithm;
import dev.warden.policy.GlobalRole;
import dev.warden.policy.ProjectRole;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
        assertThatThrownBy(() -> store.update(alice())).isInstanceOf(InvalidInputException.class);
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
    void writingBackAnOlderCopyDoesNotMoveTheUsedStepBack() {
        store.create(alice());
        LocalUser stale = store.find("alice").orElseThrow();
        assertThat(store.advanceTotpStep("alice", 100)).isTrue();
        store.update(stale.withLastLogin(NOW.plusSeconds(1)));
        assertThat(store.advanceTotpStep("alice", 100)).isFalse();
        assertThat(store.find("alice").orElseThrow().lastLoginAt()).hasValue(NOW.plusSeconds(1));
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
}
