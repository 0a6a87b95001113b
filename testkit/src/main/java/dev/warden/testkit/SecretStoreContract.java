package dev.warden.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretNotFoundException;
import dev.warden.secrets.SecretRef;
import dev.warden.spi.secrets.SecretStore;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link SecretStore} meets. A plug-in author extends this class in a test and supplies a store
 * holding a known value; each test names one rule.
 *
 * <p>Available as {@code dev.warden:warden-testkit} (test scope; it brings JUnit Jupiter and AssertJ).
 */
public abstract class SecretStoreContract {

    /** @return a fresh store under test, already holding {@link #expectedValue()} at {@link #existingRef()} */
    protected abstract SecretStore store();

    /** @return a reference the store resolves */
    protected abstract SecretRef existingRef();

    /** @return the value at {@link #existingRef()}; make it recognizable (a canary) */
    protected abstract String expectedValue();

    /** @return a well-formed reference of the store's scheme at which there is no secret */
    protected abstract SecretRef missingRef();

    @Test
    void resolvesTheValueAtAnExistingReference() {
        try (SecretStore store = store(); Secret secret = store.resolve(existingRef())) {
            assertThat(new String(secret.bytes(), StandardCharsets.UTF_8)).isEqualTo(expectedValue());
            assertThat(secret.ref()).isEqualTo(existingRef());
            assertThat(secret.version()).isNotBlank();
        }
    }

    @Test
    void resolvingTwiceGivesEqualSecrets() {
        try (SecretStore store = store(); Secret first = store.resolve(existingRef());
             Secret second = store.resolve(existingRef())) {
            assertThat(first).isEqualTo(second);
        }
    }

    @Test
    void aMissingSecretIsSecretNotFound() {
        try (SecretStore store = store()) {
            assertThatThrownBy(() -> store.resolve(missingRef())).isInstanceOf(SecretNotFoundException.class);
        }
    }

    @Test
    void neitherTheSecretNorTheStoreNorAnErrorPrintsTheValue() {
        try (SecretStore store = store(); Secret secret = store.resolve(existingRef())) {
            assertThat(secret.toString()).doesNotContain(expectedValue());
            assertThat(store.toString()).doesNotContain(expectedValue());
            Throwable failure = catchThrowable(() -> store.resolve(missingRef()));
            for (Throwable t = failure; t != null; t = t.getCause()) {
                assertThat(String.valueOf(t.getMessage())).doesNotContain(expectedValue());
            }
        }
    }

    @Test
    void closingTheSecretWipesIt() {
        try (SecretStore store = store()) {
            Secret secret = store.resolve(existingRef());
            secret.close();
            assertThat(secret.isClosed()).isTrue();
            assertThatThrownBy(secret::bytes).isInstanceOf(IllegalStateException.class);
        }
    }
}
