package dev.warden.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.auth.AuthenticationResult;
import dev.warden.auth.Credentials;
import dev.warden.spi.auth.AuthenticationProvider;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link AuthenticationProvider} meets. A plug-in author extends this class in a test, supplies a
 * provider and credentials, and runs it: each test names one rule of the contract.
 *
 * <p>Available as {@code dev.warden:warden-testkit} (test scope; it brings JUnit Jupiter and AssertJ).
 */
public abstract class AuthenticationProviderContract {

    /** @return a fresh provider under test */
    protected abstract AuthenticationProvider provider();

    /** @return credentials the provider must accept, fresh on each call */
    protected abstract Credentials validCredentials();

    /** @return credentials of the same kind that the provider must reject, fresh on each call */
    protected abstract Credentials invalidCredentials();

    /** @return the id the principal of {@link #validCredentials()} must have */
    protected abstract String expectedPrincipalId();

    /** @return the secret part of the valid credentials as text, which must never appear in any output */
    protected abstract String secretOfValidCredentials();

    @Test
    void hasANonEmptyName() {
        try (AuthenticationProvider provider = provider()) {
            assertThat(provider.name()).isNotBlank();
        }
    }

    @Test
    void supportsTheKindOfItsValidCredentials() {
        try (AuthenticationProvider provider = provider(); Credentials credentials = validCredentials()) {
            assertThat(provider.supports(credentials.getClass())).isTrue();
        }
    }

    @Test
    void acceptsValidCredentialsWithTheExpectedPrincipal() {
        try (AuthenticationProvider provider = provider(); Credentials credentials = validCredentials()) {
            AuthenticationResult result = provider.authenticate(credentials);
            assertThat(result).isInstanceOfAny(AuthenticationResult.Success.class, AuthenticationResult.MfaRequired.class,
                    AuthenticationResult.PasswordChangeRequired.class);
            if (result instanceof AuthenticationResult.Success success) {
                assertThat(success.principal().id()).isEqualTo(expectedPrincipalId());
            }
        }
    }

    @Test
    void rejectsInvalidCredentialsWithAFailureNotAnException() {
        try (AuthenticationProvider provider = provider(); Credentials credentials = invalidCredentials()) {
            assertThat(provider.authenticate(credentials)).isInstanceOf(AuthenticationResult.Failure.class);
        }
    }

    @Test
    void neverPrintsTheSecretInResultsOrItsOwnDescription() {
        try (AuthenticationProvider provider = provider(); Credentials valid = validCredentials();
             Credentials invalid = invalidCredentials()) {
            String secret = secretOfValidCredentials();
            assertThat(provider.toString()).doesNotContain(secret);
            assertThat(valid.toString()).doesNotContain(secret);
            assertThat(provider.authenticate(valid).toString()).doesNotContain(secret);
            AuthenticationResult failure = provider.authenticate(invalid);
            assertThat(failure.toString()).doesNotContain(secret);
            if (failure instanceof AuthenticationResult.Failure f) {
                assertThat(f.auditReason()).doesNotContain(secret);
            }
        }
    }
}
