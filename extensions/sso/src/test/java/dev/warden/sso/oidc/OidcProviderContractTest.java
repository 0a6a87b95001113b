package dev.warden.sso.oidc;

import dev.warden.auth.Credentials;
import dev.warden.spi.auth.AuthenticationProvider;
import dev.warden.testkit.AuthenticationProviderContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The authentication SPI's contract, run against the OIDC provider and a real HTTPS issuer. */
class OidcProviderContractTest extends AuthenticationProviderContract {

    private static TestIssuer idp;
    private static String valid;

    @BeforeAll
    static void start() throws Exception {
        idp = new TestIssuer();
        valid = idp.rs256(idp.claims("alice").build());
    }

    @AfterAll
    static void stop() {
        idp.close();
    }

    @Override
    protected AuthenticationProvider provider() {
        return idp.provider().build();
    }

    @Override
    protected Credentials validCredentials() {
        return new Credentials.BearerToken(valid.toCharArray());
    }

    @Override
    protected Credentials invalidCredentials() {
        try {
            return new Credentials.BearerToken(idp.rs256(idp.claims("alice").audience("elsewhere").build()).toCharArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected String expectedPrincipalId() {
        return "oidc:" + idp.issuer + "#alice";
    }

    @Override
    protected String secretOfValidCredentials() {
        return valid;
    }
}
