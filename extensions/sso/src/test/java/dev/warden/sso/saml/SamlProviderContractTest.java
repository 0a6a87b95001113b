package dev.warden.sso.saml;

import dev.warden.auth.Credentials;
import dev.warden.spi.auth.AuthenticationProvider;
import dev.warden.testkit.AuthenticationProviderContract;
import org.junit.jupiter.api.BeforeAll;

/** The authentication SPI's contract, run against the SAML provider with responses signed in the test. */
class SamlProviderContractTest extends AuthenticationProviderContract {

    private static TestSamlIdp idp;
    private static String valid;
    private static String invalid;

    @BeforeAll
    static void sign() {
        idp = new TestSamlIdp();
        valid = idp.signedAssertionResponse(new TestSamlIdp.Spec());
        TestSamlIdp.Spec otherAudience = new TestSamlIdp.Spec();
        otherAudience.audience = "https://other-sp.example.com";
        invalid = idp.signedAssertionResponse(otherAudience);
    }

    @Override
    protected AuthenticationProvider provider() {
        return idp.provider().build();
    }

    @Override
    protected Credentials validCredentials() {
        return new Credentials.SamlResponse(valid, TestSamlIdp.REQUEST_ID);
    }

    @Override
    protected Credentials invalidCredentials() {
        return new Credentials.SamlResponse(invalid, TestSamlIdp.REQUEST_ID);
    }

    @Override
    protected String expectedPrincipalId() {
        return "saml:" + TestSamlIdp.IDP + "#alice@example.com";
    }

    @Override
    protected String secretOfValidCredentials() {
        return valid;
    }
}
