package dev.warden.sso.saml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import dev.warden.auth.AuthenticationResult;
import dev.warden.auth.Credentials;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** IdP metadata with several signing certificates: a rollover accepts either key until the old one is removed. */
class SamlIdpMetadataTest {

    private static TestSamlIdp oldKey;
    private static TestSamlIdp newKey;

    @TempDir
    Path folder;

    @BeforeAll
    static void keys() {
        oldKey = new TestSamlIdp();
        newKey = new TestSamlIdp();
    }

    private static SamlIdpMetadata metadata(String xml) {
        return SamlIdpMetadata.parse(xml.getBytes(StandardCharsets.UTF_8), "idp.xml", Clock.systemUTC());
    }

    private static AuthenticationResult authenticate(SamlIdpMetadata metadata, TestSamlIdp signer) {
        SamlAuthenticationProvider provider = SamlAuthenticationProvider.builder("corporate-saml", TestSamlIdp.SP,
                TestSamlIdp.ACS, metadata).build();
        return provider.authenticate(new Credentials.SamlResponse(signer.signedAssertionResponse(new TestSamlIdp.Spec()),
                TestSamlIdp.REQUEST_ID));
    }

    @Test
    void readsTheEntityIdSigningCertificatesAndRedirectEndpoint() throws Exception {
        Path file = Files.writeString(folder.resolve("idp.xml"),
                TestSamlIdp.metadata(List.of(oldKey.certificate, newKey.certificate), true));

        SamlIdpMetadata metadata = SamlIdpMetadata.read(file);

        assertThat(metadata.entityId()).isEqualTo(TestSamlIdp.IDP);
        assertThat(metadata.signingCertificates()).containsExactly(oldKey.certificate, newKey.certificate);
        assertThat(metadata.singleSignOnRedirect()).hasValue(java.net.URI.create(TestSamlIdp.SSO));
        assertThat(metadata.wantAuthnRequestsSigned()).isTrue();
    }

    @Test
    void duringARolloverAResponseSignedWithEitherCertificateIsAccepted() {
        SamlIdpMetadata both = metadata(TestSamlIdp.metadata(List.of(oldKey.certificate, newKey.certificate), false));

        assertThat(authenticate(both, oldKey)).isInstanceOf(AuthenticationResult.Success.class);
        assertThat(authenticate(both, newKey)).isInstanceOf(AuthenticationResult.Success.class);
    }

    @Test
    void aCertificateRemovedFromTheMetadataVerifiesNothing() {
        SamlIdpMetadata afterRollover = metadata(TestSamlIdp.metadata(List.of(newKey.certificate), false));

        AuthenticationResult result = authenticate(afterRollover, oldKey);

        assertThat(result).isInstanceOf(AuthenticationResult.Failure.class);
        assertThat(((AuthenticationResult.Failure) result).auditReason()).contains("does not verify");
        assertThat(authenticate(afterRollover, newKey)).isInstanceOf(AuthenticationResult.Success.class);
    }

    @Test
    void aResponseSignedByAnUnlistedKeyIsRefusedWhateverTheNumberOfCertificates() {
        SamlIdpMetadata both = metadata(TestSamlIdp.metadata(List.of(oldKey.certificate, newKey.certificate), false));

        AuthenticationResult result = authenticate(both, new TestSamlIdp());

        assertThat(((AuthenticationResult.Failure) result).auditReason())
                .contains("does not verify with any configured IdP signing certificate");
    }

    @Test
    void metadataWithoutASigningCertificateIsAConfigurationError() {
        assertThatThrownBy(() -> metadata(TestSamlIdp.metadata(List.of(), false)))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("idp.xml")
                .hasMessageContaining("no signing certificate");
    }

    @Test
    void expiredMetadataIsAConfigurationError() {
        String xml = TestSamlIdp.metadata(List.of(newKey.certificate), false)
                .replace("entityID=", "validUntil=\"2020-01-01T00:00:00Z\" entityID=");

        assertThatThrownBy(() -> metadata(xml)).isInstanceOf(ConfigurationException.class).hasMessageContaining("expired");
    }

    @Test
    void metadataWithADoctypeIsRefused() {
        String xml = "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + TestSamlIdp.metadata(List.of(newKey.certificate), false);

        assertThatThrownBy(() -> metadata(xml)).isInstanceOf(ConfigurationException.class).hasMessageContaining("DOCTYPE");
    }
}
