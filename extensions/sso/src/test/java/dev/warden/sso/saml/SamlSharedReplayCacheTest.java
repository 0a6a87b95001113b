package dev.warden.sso.saml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.auth.AuthenticationResult;
import dev.warden.auth.Credentials;
import dev.warden.config.ConfigNode;
import dev.warden.core.config.WardenConfiguration;
import dev.warden.spi.auth.AuthenticationProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two SAML providers — two hosts behind one load balancer — configured with one JDBC replay cache: an assertion
 * accepted by one is refused by the other.
 */
class SamlSharedReplayCacheTest {

    @TempDir
    Path folder;

    @Test
    void anAssertionAcceptedByOneHostIsRefusedByTheOther() throws Exception {
        TestSamlIdp idp = new TestSamlIdp();
        String url = "jdbc:h2:mem:saml-replay-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=0";
        Path certificate = folder.resolve("idp.pem");
        Files.writeString(certificate, "-----BEGIN CERTIFICATE-----\n"
                + java.util.Base64.getMimeEncoder().encodeToString(idp.certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n");
        String json = """
                {"type": "saml", "name": "corporate-saml", "spEntityId": "%s", "acsUrl": "%s", "idpEntityId": "%s",
                 "idpCertificate": "%s", "replayCache": {"type": "jdbc", "url": "%s"}}
                """.formatted(TestSamlIdp.SP, TestSamlIdp.ACS, TestSamlIdp.IDP,
                certificate.toString().replace("\\", "\\\\"), url);
        String response = idp.signedAssertionResponse(new TestSamlIdp.Spec());

        try (Connection keepAlive = DriverManager.getConnection(url);
             AuthenticationProvider hostA = new SamlAuthenticationProviderFactory().create(node(json));
             AuthenticationProvider hostB = new SamlAuthenticationProviderFactory().create(node(json))) {
            AuthenticationResult first = hostA.authenticate(new Credentials.SamlResponse(response, TestSamlIdp.REQUEST_ID));
            AuthenticationResult replay = hostB.authenticate(new Credentials.SamlResponse(response, TestSamlIdp.REQUEST_ID));

            assertThat(keepAlive.isValid(1)).isTrue();
            assertThat(first).isInstanceOf(AuthenticationResult.Success.class);
            assertThat(replay).isInstanceOf(AuthenticationResult.Failure.class);
            assertThat(((AuthenticationResult.Failure) replay).auditReason()).contains("replayed");
        }
    }

    private static ConfigNode node(String json) {
        return WardenConfiguration.parse("{\"auth\": {\"providers\": [" + json + "]}}", "test").section("auth")
                .children("providers").get(0);
    }
}
