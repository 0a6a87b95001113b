package dev.warden.core.auth.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.auth.totp.TotpAlgorithm;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link SecondFactorStore} does; run against the JSON file store here and the JDBC store in warden-jdbc. */
public abstract class SecondFactorStoreContract {

    protected static final String BOB = "ldap:uid=bob,ou=people,dc=example,dc=com";

    protected SecondFactorStore store;

    protected abstract SecondFactorStore newStore() throws Exception;

    /** A second handle on the same storage, as another host would have. */
    protected abstract SecondFactorStore reopen() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = newStore();
    }

    @AfterEach
    void close() {
        store.close();
    }

    protected static SecondFactorEnrollment bob() {
        return new SecondFactorEnrollment(BOB, TotpAlgorithm.SHA256, 8, "c2VhbGVk", Long.MIN_VALUE, List.of("aa", "bb"),
                Instant.parse("2026-11-30T08:00:00Z"));
    }

    @Test
    void storesAndReadsBackAnEnrolment() throws Exception {
        store.put(bob());
        try (SecondFactorStore other = reopen()) {
            assertThat(other.find(BOB)).hasValue(bob());
            assertThat(other.list()).containsExactly(bob());
        }
        assertThat(store.find("ldap:uid=alice,ou=people,dc=example,dc=com")).isEmpty();
    }

    @Test
    void aStepIsAcceptedOnceAndOnlyForwardAcrossHandles() throws Exception {
        store.put(bob());
        try (SecondFactorStore other = reopen()) {
            assertThat(store.advanceStep(BOB, 100)).isTrue();
            assertThat(other.advanceStep(BOB, 100)).isFalse();
            assertThat(other.advanceStep(BOB, 99)).isFalse();
            assertThat(other.advanceStep(BOB, 101)).isTrue();
        }
        assertThat(store.find(BOB).orElseThrow().lastUsedStep()).isEqualTo(101);
    }

    @Test
    void aRecoveryCodeIsConsumedOnce() {
        store.put(bob());
        assertThat(store.consumeRecoveryCode(BOB, "aa")).isTrue();
        assertThat(store.consumeRecoveryCode(BOB, "aa")).isFalse();
        assertThat(store.consumeRecoveryCode(BOB, "zz")).isFalse();
        assertThat(store.find(BOB).orElseThrow().recoveryCodeHashes()).containsExactly("bb");
    }

    @Test
    void reEnrolmentReplacesAndRemovalForgets() {
        store.put(bob());
        store.advanceStep(BOB, 100);
        store.put(bob());
        assertThat(store.find(BOB).orElseThrow().lastUsedStep()).isEqualTo(Long.MIN_VALUE);
        assertThat(store.remove(BOB)).isTrue();
        assertThat(store.remove(BOB)).isFalse();
        assertThat(store.find(BOB)).isEmpty();
    }
}
