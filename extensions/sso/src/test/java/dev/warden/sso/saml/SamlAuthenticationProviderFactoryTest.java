package dev.warden.sso.saml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import dev.warden.auth.AuthenticationResult;
import dev.warden.auth.Credentials;
import dev.warden.core.Warden;
import dev.warden.core.config.WardenConfiguration;
import dev.warden.policy.GlobalRole;
import dev.warden.spi.auth.AuthenticationProvider;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamlAuthenticationProviderFactoryTest {

    private static final TestSamlIdp IDP = new TestSamlIdp();

    @TempDir
    Path folder;

    private AuthenticationProvider create(String extra) throws Exception {
        StringWriter pem = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
            writer.writeObject(IDP.certificate);
        }
        Path certificate = Files.writeString(folder.resolve("idp.pem"), pem.toString());
        String json = """
                {"auth": {"providers": [{"type": "saml", "name": "corporate-saml", "spEntityId": "%s",
                  "acsUrl": "%s", "idpEntityId": "%s", "idpCertificate": "%s",
                  "roleMapping": [{"exact": "warden-admins", "globalRole": "ADMINISTRATOR"}] %s}]}}
                """.formatted(TestSamlIdp.SP, TestSamlIdp.ACS, TestSamlIdp.IDP,
                certificate.toString().replace("\\", "\\\\"), extra);
        return new SamlAuthenticationProviderFactory().create(
                WardenConfiguration.parse(json, "test").section("auth").children("providers").get(0));
    }

    @Test
    void isDiscoveredAsTypeSaml() {
        try (Warden warden = Warden.builder().build()) {
            assertThat(warden.authenticationProviders().find("saml")).get()
                    .isInstanceOf(SamlAuthenticationProviderFactory.class);
        }
    }

    @Test
    void buildsAWorkingProviderFromConfiguration() throws Exception {
        try (AuthenticationProvider provider = create("")) {
            AuthenticationResult result = provider.authenticate(new Credentials.SamlResponse(
                    IDP.signedAssertionResponse(new TestSamlIdp.Spec()), TestSamlIdp.REQUEST_ID));
            assertThat(result).isInstanceOf(AuthenticationResult.Success.class);
            assertThat(((AuthenticationResult.Success) result).principal().globalRole())
                    .isEqualTo(GlobalRole.ADMINISTRATOR);
        }
    }

    @Test
    void refusesAPlainHttpAssertionConsumerUrl() {
        assertThatThrownBy(() -> SamlAuthenticationProvider.builder("s", TestSamlIdp.SP, "http://warden.example.com/acs",
                TestSamlIdp.IDP, IDP.certificate)).isInstanceOf(ConfigurationException.class).hasMessageContaining("https");
    }

    @Test
    void refusesAMissingIdpCertificateFile() {
        assertThatThrownBy(() -> new SamlAuthenticationProviderFactory().create(WardenConfiguration.parse("""
                {"auth": {"providers": [{"type": "saml", "name": "s", "spEntityId": "a", "acsUrl": "https://a/acs",
                  "idpEntityId": "b", "idpCertificate": "/no/such/idp.pem"}]}}
                """, "test").section("auth").children("providers").get(0)))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("auth.providers[0].idpCertificate");
    }

    @Test
    void refusesAMisspeltSettingNamingItsPath() {
        assertThatThrownBy(() -> create(", \"clockSkwe\": \"30s\""))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("configuration auth.providers[0].clockSkwe: unknown setting (did you mean 'clockSkew'?)");
    }

    @Test
    void idpMetadataGivesTheEntityIdAndEverySigningCertificate() throws Exception {
        TestSamlIdp next = new TestSamlIdp();
        Path metadata = Files.writeString(folder.resolve("idp-metadata.xml"),
                TestSamlIdp.metadata(java.util.List.of(IDP.certificate, next.certificate), false));
        String json = """
                {"auth": {"providers": [{"type": "saml", "name": "corporate-saml", "spEntityId": "%s",
                  "acsUrl": "%s", "idpMetadata": "%s"}]}}
                """.formatted(TestSamlIdp.SP, TestSamlIdp.ACS, metadata.toString().replace("\\", "\\\\"));
        try (AuthenticationProvider provider = new SamlAuthenticationProviderFactory().create(
                WardenConfiguration.parse(json, "test").section("auth").children("providers").get(0))) {
            for (TestSamlIdp signer : java.util.List.of(IDP, next)) {
                assertThat(provider.authenticate(new Credentials.SamlResponse(
                        signer.signedAssertionResponse(new TestSamlIdp.Spec()), TestSamlIdp.REQUEST_ID)))
                        .isInstanceOf(AuthenticationResult.Success.class);
            }
        }
    }

    @Test
    void aPemFileWithTwoCertificatesAcceptsEitherDuringARollover() throws Exception {
        TestSamlIdp next = new TestSamlIdp();
        try (AuthenticationProvider first = create("")) {
            assertThat(first.authenticate(new Credentials.SamlResponse(next.signedAssertionResponse(
                    new TestSamlIdp.Spec()), TestSamlIdp.REQUEST_ID))).isInstanceOf(AuthenticationResult.Failure.class);
        }
        StringWriter pem = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
            writer.writeObject(next.certificate);
        }
        Files.writeString(folder.resolve("idp.pem"), pem.toString(), java.nio.file.StandardOpenOption.APPEND);
        String json = """
                {"auth": {"providers": [{"type": "saml", "name": "corporate-saml", "spEntityId": "%s",
                  "acsUrl": "%s", "idpEntityId": "%s", "idpCertificate": "%s"}]}}
                """.formatted(TestSamlIdp.SP, TestSamlIdp.ACS, TestSamlIdp.IDP,
                folder.resolve("idp.pem").toString().replace("\\", "\\\\"));
        try (AuthenticationProvider both = new SamlAuthenticationProviderFactory().create(
                WardenConfiguration.parse(json, "test").section("auth").children("providers").get(0))) {
            for (TestSamlIdp signer : java.util.List.of(IDP, next)) {
                assertThat(both.authenticate(new Credentials.SamlResponse(signer.signedAssertionResponse(
                        new TestSamlIdp.Spec()), TestSamlIdp.REQUEST_ID))).isInstanceOf(AuthenticationResult.Success.class);
            }
        }
    }

    @Test
    void aReplayCacheTypeNotOnTheClassPathIsAConfigurationError() {
        assertThatThrownBy(() -> create(", \"replayCache\": {\"type\": \"redis\"}"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("auth.providers[0].replayCache.type");
    }
}
