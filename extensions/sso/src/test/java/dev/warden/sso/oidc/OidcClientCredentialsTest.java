package dev.warden.sso.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.auth.AuthenticationResult;
import dev.warden.auth.Credentials;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A service account obtains an access token with client credentials and Warden's bearer-token provider accepts it. */
class OidcClientCredentialsTest {

    private static TestIssuer idp;

    @BeforeAll
    static void start() throws Exception {
        idp = new TestIssuer();
    }

    @AfterAll
    static void stop() {
        idp.close();
    }

    private static OidcClientCredentials service(String id, String secret) {
        return OidcClientCredentials.builder(idp.issuer, id, secret.toCharArray())
                .trustedCertificates(List.of(idp.tls.certificate())).timeout(Duration.ofSeconds(30)).build();
    }

    @Test
    void theServiceAccountsAccessTokenIsAcceptedByTheBearerTokenProvider() {
        OidcAuthenticationProvider warden = idp.provider().build();
        try (OidcClientCredentials service = service(TestAuthorizationServer.SERVICE_ID,
                TestAuthorizationServer.SERVICE_SECRET);
             Credentials.BearerToken token = service.accessToken()) {
            AuthenticationResult result = warden.authenticate(token);

            assertThat(result).isInstanceOf(AuthenticationResult.Success.class);
            assertThat(((AuthenticationResult.Success) result).principal().id())
                    .isEqualTo("oidc:" + idp.issuer + "#etl-service");
        }
    }

    @Test
    void aTokenIsReusedUntilItIsAboutToExpire() {
        try (OidcClientCredentials service = service(TestAuthorizationServer.SERVICE_ID,
                TestAuthorizationServer.SERVICE_SECRET)) {
            int before = idp.authorizationServer.tokenRequests.get();
            try (Credentials.BearerToken first = service.accessToken();
                 Credentials.BearerToken second = service.accessToken()) {
                assertThat(second.token()).isEqualTo(first.token());
            }
            assertThat(idp.authorizationServer.tokenRequests.get()).isEqualTo(before + 1);
        }
    }

    @Test
    void aWrongClientSecretIsRefusedWithTheProvidersErrorCode() {
        try (OidcClientCredentials service = service(TestAuthorizationServer.SERVICE_ID, "wrong")) {
            assertThatThrownBy(service::accessToken)
                    .isInstanceOf(SignInRefusedException.class).hasMessageContaining("invalid_client")
                    .hasMessageNotContaining("wrong");
        }
    }

    @Test
    void aPlainHttpIssuerIsAConfigurationError() {
        assertThatThrownBy(() -> OidcClientCredentials.builder("http://127.0.0.1/realms/test", "etl-service",
                "x".toCharArray())).isInstanceOf(dev.warden.ConfigurationException.class).hasMessageContaining("https");
    }
}
