package dev.warden.sso.saml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.auth.AuthenticationRequest;
import dev.warden.auth.AuthenticationResult;
import dev.warden.auth.Credentials;
import dev.warden.auth.Principal;
import dev.warden.core.Warden;
import dev.warden.core.auth.local.LocalAccounts;
import dev.warden.core.auth.totp.Base32;
import dev.warden.core.auth.totp.Totp;
import dev.warden.core.config.WardenConfiguration;
import dev.warden.policy.GlobalRole;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SAML administrator signs in through Warden with a second factor: the IdP's AuthnContextClassRef when the
 * configuration trusts that class, else a TOTP enrolled with Warden against the {@code saml:} id.
 */
class SamlAdministratorMfaTest {

    private static final String MFA_CLASS = "https://refeds.org/profile/mfa";
    private static TestSamlIdp idp;

    @TempDir
    Path folder;

    @BeforeAll
    static void keys() {
        idp = new TestSamlIdp();
    }

    private Warden warden(String trustedClasses) throws Exception {
        StringWriter pem = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
            writer.writeObject(idp.certificate);
        }
        Path certificate = Files.writeString(folder.resolve("idp.pem"), pem.toString());
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Path keyFile = Files.writeString(folder.resolve("mfa.key"), Base64.getEncoder().encodeToString(key));
        String json = """
                {"auth": {"providers": [{"type": "saml", "name": "corporate-saml", "spEntityId": "%s", "acsUrl": "%s",
                  "idpEntityId": "%s", "idpCertificate": "%s", "mfaContextClasses": [%s],
                  "roleMapping": [{"exact": "warden-admins", "globalRole": "ADMINISTRATOR"}]}],
                  "secondFactors": {"store": {"type": "json", "file": "%s"}, "key": "${secret:file:%s}"}}}
                """.formatted(TestSamlIdp.SP, TestSamlIdp.ACS, TestSamlIdp.IDP, esc(certificate), trustedClasses,
                esc(folder.resolve("second-factors.json")), esc(keyFile));
        return Warden.builder().configuration(WardenConfiguration.parse(json, "test")).build();
    }

    private static String esc(Path p) {
        return p.toString().replace("\\", "\\\\");
    }

    private static AuthenticationResult login(Warden warden, String contextClass, String code) {
        TestSamlIdp.Spec spec = new TestSamlIdp.Spec();
        spec.authnContextClass = contextClass;
        AuthenticationRequest request = AuthenticationRequest.of(new Credentials.SamlResponse(
                idp.signedAssertionResponse(spec), TestSamlIdp.REQUEST_ID));
        return warden.authenticate(code.isEmpty() ? request : request.withOneTimeCode(code.toCharArray()));
    }

    @Test
    void anAdministratorWhoseIdpAssertedATrustedMfaClassLogsInWithoutACode() throws Exception {
        try (Warden warden = warden("\"" + MFA_CLASS + "\"")) {
            AuthenticationResult result = login(warden, MFA_CLASS, "");

            assertThat(result).isInstanceOf(AuthenticationResult.Success.class);
            Principal principal = ((AuthenticationResult.Success) result).principal();
            assertThat(principal.globalRole()).isEqualTo(GlobalRole.ADMINISTRATOR);
            assertThat(principal.mfaSatisfied()).isTrue();
        }
    }

    @Test
    void anUntrustedClassNeedsATotpCodeEnrolledWithWarden() throws Exception {
        try (Warden warden = warden("")) {
            String alice = "saml:" + TestSamlIdp.IDP + "#alice@example.com";
            assertThat(login(warden, MFA_CLASS, "")).isEqualTo(new AuthenticationResult.MfaRequired(alice));
            LocalAccounts.TotpEnrollment enrollment = warden.authenticator().secondFactors().orElseThrow().enroll(alice);
            String query = URI.create(enrollment.otpauthUri()).getRawQuery();
            byte[] secret = Base32.decode(query.substring(query.indexOf("secret=") + 7, query.indexOf('&')));

            AuthenticationResult result = login(warden, MFA_CLASS,
                    Totp.defaults().generate(secret, Totp.stepOf(Instant.now())));

            assertThat(result).isInstanceOf(AuthenticationResult.Success.class);
            Principal principal = ((AuthenticationResult.Success) result).principal();
            assertThat(principal.id()).isEqualTo(alice);
            assertThat(principal.globalRole()).isEqualTo(GlobalRole.ADMINISTRATOR);
            assertThat(principal.mfaSatisfied()).isTrue();
        }
    }
}
