package dev.warden.sso.saml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import dev.warden.auth.AuthenticationResult;
import dev.warden.auth.Credentials;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * AuthnRequests through the HTTP-Redirect binding, received and answered by the test IdP, and the answer accepted by
 * the provider only as the response to that request.
 */
class SamlSignOnTest {

    private static TestSamlIdp idp;
    private static KeyPair sp;
    private static SamlIdpMetadata metadata;

    @BeforeAll
    static void keys() throws Exception {
        idp = new TestSamlIdp();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        sp = generator.generateKeyPair();
        metadata = SamlIdpMetadata.parse(TestSamlIdp.metadata(List.of(idp.certificate), false)
                .getBytes(StandardCharsets.UTF_8), "test metadata", Clock.systemUTC());
    }

    private static SamlSignOn.Builder signOn() {
        return SamlSignOn.builder(TestSamlIdp.SP, TestSamlIdp.ACS, metadata);
    }

    @Test
    void aSignedRequestRoundTripsThroughTheIdpAndOnlyItsAnswerIsAccepted() throws Exception {
        SamlSignOn signOn = signOn().signingKey(sp.getPrivate()).build();
        AuthnRequest request = signOn.request("/reports/42");

        TestSamlIdp.ReceivedRequest received = TestSamlIdp.receive(request.redirectUri(), sp.getPublic());
        String response = idp.answer(received);
        SamlAuthenticationProvider provider = SamlAuthenticationProvider.builder("corporate-saml", TestSamlIdp.SP,
                TestSamlIdp.ACS, metadata).build();

        assertThat(request.redirectUri().toString()).startsWith(TestSamlIdp.SSO + "?SAMLRequest=");
        assertThat(received.signed()).isTrue();
        assertThat(received.id()).isEqualTo(request.id()).startsWith("_").hasSize(33);
        assertThat(received.issuer()).isEqualTo(TestSamlIdp.SP);
        assertThat(received.acsUrl()).isEqualTo(TestSamlIdp.ACS);
        assertThat(received.destination()).isEqualTo(TestSamlIdp.SSO);
        assertThat(received.relayState()).isEqualTo("/reports/42");
        assertThat(provider.authenticate(new Credentials.SamlResponse(response, "_another-request")))
                .isInstanceOf(AuthenticationResult.Failure.class);
        AuthenticationResult result = provider.authenticate(new Credentials.SamlResponse(response, request.id()));
        assertThat(result).isInstanceOf(AuthenticationResult.Success.class);
    }

    @Test
    void theSignatureCoversTheRequestAsSent() throws Exception {
        AuthnRequest request = signOn().signingKey(sp.getPrivate()).build().request("");
        String other = signOn().build().request("").redirectUri().getRawQuery().split("&")[0];
        String tampered = request.redirectUri().toString().replaceFirst("SAMLRequest=[^&]*", other);

        assertThatThrownBy(() -> TestSamlIdp.receive(URI.create(tampered), sp.getPublic()))
                .isInstanceOf(SecurityException.class).hasMessageContaining("does not verify");
    }

    @Test
    void anEcSigningKeySignsWithEcdsaSha256() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair ec = generator.generateKeyPair();

        AuthnRequest request = signOn().signingKey(ec.getPrivate()).build().request("x");

        assertThat(request.redirectUri().getRawQuery()).contains("SigAlg=http%3A%2F%2Fwww.w3.org%2F2001%2F04%2Fxmldsig-more%23ecdsa-sha256");
        assertThat(TestSamlIdp.receive(request.redirectUri(), ec.getPublic()).signed()).isTrue();
    }

    @Test
    void withoutASigningKeyTheRequestIsUnsignedAndStillRoundTrips() throws Exception {
        AuthnRequest request = signOn().build().request("");

        TestSamlIdp.ReceivedRequest received = TestSamlIdp.receive(request.redirectUri(), null);

        assertThat(request.redirectUri().getRawQuery()).doesNotContain("Signature=").doesNotContain("SigAlg=")
                .doesNotContain("RelayState=");
        assertThat(received.signed()).isFalse();
        assertThat(received.id()).isEqualTo(request.id());
    }

    @Test
    void requestedAuthnContextAsksTheIdpForItsMfaClass() throws Exception {
        AuthnRequest request = signOn().requestedAuthnContext(List.of("https://refeds.org/profile/mfa")).build()
                .request("");

        TestSamlIdp.ReceivedRequest received = TestSamlIdp.receive(request.redirectUri(), null);

        assertThat(received.request().getElementsByTagNameNS(SamlAuthenticationProvider.ASSERTION,
                "AuthnContextClassRef").item(0).getTextContent()).isEqualTo("https://refeds.org/profile/mfa");
    }

    @Test
    void everyRequestHasAFreshId() {
        SamlSignOn signOn = signOn().build();

        assertThat(signOn.request("").id()).isNotEqualTo(signOn.request("").id());
    }

    @Test
    void aRelayStateLongerThan80BytesIsRefused() {
        assertThatThrownBy(() -> signOn().build().request("x".repeat(81)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("80 bytes");
    }

    @Test
    void anIdpThatWantsSignedRequestsRequiresASigningKey() {
        SamlIdpMetadata wantsSigned = SamlIdpMetadata.parse(TestSamlIdp.metadata(List.of(idp.certificate), true)
                .getBytes(StandardCharsets.UTF_8), "test metadata", Clock.systemUTC());

        assertThatThrownBy(() -> SamlSignOn.builder(TestSamlIdp.SP, TestSamlIdp.ACS, wantsSigned).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("WantAuthnRequestsSigned");
        assertThat(SamlSignOn.builder(TestSamlIdp.SP, TestSamlIdp.ACS, wantsSigned).signingKey(sp.getPrivate())
                .build()).isNotNull();
    }

    @Test
    void aPlainHttpSingleSignOnUrlIsRefused() {
        assertThatThrownBy(() -> SamlSignOn.builder(TestSamlIdp.SP, TestSamlIdp.ACS,
                URI.create("http://idp.example.com/sso"))).isInstanceOf(ConfigurationException.class);
    }
}
