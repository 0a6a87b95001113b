package dev.warden.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretTest {

    private static final String CANARY = "canary-secret-91c2e";
    private static final SecretRef REF = SecretRef.parse("env:DB_PASSWORD");
    private static final Instant CREATED = Instant.parse("2026-11-30T00:00:00Z");

    private static Secret secret(String value) {
        return Secret.ofChars(REF, value.toCharArray(), "1", CREATED, Optional.empty());
    }

    @Test
    void toStringNeverContainsTheValue() {
        try (Secret secret = secret(CANARY)) {
            assertThat(secret.toString()).doesNotContain(CANARY).contains("env:DB_PASSWORD").contains("***");
        }
    }

    @Test
    void givesCopiesOfTheValue() {
        try (Secret secret = secret(CANARY)) {
            char[] first = secret.chars();
            first[0] = 'X';
            assertThat(new String(secret.chars())).isEqualTo(CANARY);
            assertThat(new String(secret.bytes(), StandardCharsets.UTF_8)).isEqualTo(CANARY);
        }
    }

    @Test
    void keepsNonAsciiValuesIntact() {
        try (Secret secret = secret("pässwörd-\uD83D\uDD11")) {
            assertThat(new String(secret.chars())).isEqualTo("pässwörd-\uD83D\uDD11");
        }
    }

    @Test
    void closeWipesAndFurtherAccessFails() {
        Secret secret = secret(CANARY);
        secret.close();
        assertThat(secret.isClosed()).isTrue();
        assertThatThrownBy(secret::chars).isInstanceOf(IllegalStateException.class).hasMessageNotContaining(CANARY);
    }

    @Test
    void equalityComparesValuesAndTheHashRevealsNothingOfThem() {
        try (Secret a = secret(CANARY); Secret b = secret(CANARY); Secret c = secret(CANARY + "x")) {
            assertThat(a).isEqualTo(b).isNotEqualTo(c);
            assertThat(a.hashCode()).isEqualTo(c.hashCode());
        }
    }

    @Test
    void closingASharedHandleLeavesTheOwnersValue() {
        try (Secret owner = secret(CANARY)) {
            Secret handle = owner.share();
            handle.close();
            assertThat(handle.isClosed()).isTrue();
            assertThatThrownBy(handle::bytes).isInstanceOf(IllegalStateException.class);
            assertThat(new String(owner.chars())).isEqualTo(CANARY);
        }
    }

    @Test
    void closingTheOwnerMakesEverySharedHandleUnusable() {
        Secret owner = secret(CANARY);
        Secret handle = owner.share().share();
        assertThat(handle).isEqualTo(owner);
        assertThat(handle.toString()).doesNotContain(CANARY);
        owner.close();
        assertThat(handle.isClosed()).isTrue();
        assertThatThrownBy(handle::chars).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(owner::share).isInstanceOf(IllegalStateException.class);
    }
}
