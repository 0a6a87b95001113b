package dev.warden.sso.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.auth.AuthenticationRequest;
import dev.warden.auth.AuthenticationResult;
import dev.warden.auth.Credentials;
import dev.warden.auth.Principal;
import dev.warden.core.Warden;
import dev.warden.core.auth.local.LocalAccounts;
import dev.warden.core.auth.mfa.SecondFactors;
import dev.warden.core.auth.totp.Base32;
import dev.warden.core.auth.totp.Totp;
import dev.warden.core.config.WardenConfiguration;
import dev.warden.policy.GlobalRole;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An OIDC administrator whose issuer did not do (or is not trusted for) MFA logs in with a TOTP enrolled with Warden,
 * configured in warden.json ({@code auth.secondFactors}, key from a secret reference) and reached through
 * {@code Warden.authenticate}; the code travels in {@link AuthenticationRequest#oneTimeCode()}.
 */
class OidcAdministratorMfaTest {

    private static TestIssuer idp;

    @TempDir
    Path folder;

    @BeforeAll
    static void start() throws Exception {
        idp = new TestIssuer();
    }

    @AfterAll
    static void stop() {
        idp.close();
    }

    private Warden warden() throws Exception {
        return warden("");
    }

    /** @param trust extra provider settings, e.g. the amr values trusted as a second factor */
    private Warden warden(String trust) throws Exception {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Path keyFile = Files.writeString(folder.resolve("mfa.key"), Base64.getEncoder().encodeToString(key));
        String json = """
                {"auth": {"providers": [{"type": "oidc", "name": "corporate-sso", "issuer": "%s",
                  "audiences": ["warden"], "trustedCertificates": "%s", "timeout": "30s",%s
                  "roleMapping": [{"exact": "warden-admins", "globalRole": "ADMINISTRATOR"}]}],
                  "secondFactors": {"store": {"type": "json", "file": "%s"}, "key": "${secret:file:%s}"}}}
                """.formatted(idp.issuer, esc(idp.tls.writePem(folder)), trust, esc(folder.resolve("second-factors.json")),
                esc(keyFile));
        return Warden.builder().configuration(WardenConfiguration.parse(json, "test")).build();
    }

    private static String esc(Path p) {
        return p.toString().replace("\\", "\\\\");
    }

    private static AuthenticationResult login(Warden warden, String amr, String code) throws Exception {
        String token = idp.rs256(idp.claims("alice").claim("groups", List.of("warden-admins")).claim("amr", List.of(amr))
                .build());
        try (Credentials.BearerToken bearer = new Credentials.BearerToken(token.toCharArray())) {
            return warden.authenticate(AuthenticationRequest.of(bearer).withOneTimeCode(code.toCharArray()));
        }
    }

    @Test
    void anOidcAdministratorLogsInWithATotpCodeEnrolledWithWarden() throws Exception {
        try (Warden warden = warden()) {
            String alice = "oidc:" + idp.issuer + "#alice";
            SecondFactors factors = warden.authenticator().secondFactors().orElseThrow();
            // an amr of "mfa" is not trusted: the configuration does not list it
            assertThat(login(warden, "mfa", "")).isEqualTo(new AuthenticationResult.MfaRequired(alice));

            LocalAccounts.TotpEnrollment enrollment = factors.enroll(alice);
            String query = URI.create(enrollment.otpauthUri()).getRawQuery();
            byte[] secret = Base32.decode(query.substring(query.indexOf("secret=") + 7, query.indexOf('&')));
            String code = Totp.defaults().generate(secret, Totp.stepOf(Instant.now()));

            AuthenticationResult result = login(warden, "pwd", code);

            assertThat(result).isInstanceOf(AuthenticationResult.Success.class);
            Principal principal = ((AuthenticationResult.Success) result).principal();
            assertThat(principal.id()).isEqualTo(alice);
            assertThat(principal.globalRole()).isEqualTo(GlobalRole.ADMINISTRATOR);
            assertThat(principal.mfaSatisfied()).isTrue();
            assertThat(login(warden, "pwd", code)).as("a code works once").isInstanceOf(AuthenticationResult.Failure.class);
            assertThat(Files.readString(folder.resolve("second-factors.json"))).doesNotContain(Base32.encode(secret));
        }
    }

    @Test
    void anAdministratorWhoseTrustedIssuerAssertedMfaInAmrLogsInWithoutACode() throws Exception {
        try (Warden warden = warden("\"mfaAmrValues\": [\"mfa\", \"otp\", \"hwk\"],")) {
            for (String amr : List.of("mfa", "otp", "hwk")) {
                AuthenticationResult result = login(warden, amr, "");

                assertThat(result).as(amr).isInstanceOf(AuthenticationResult.Success.class);
                Principal principal = ((AuthenticationResult.Success) result).principal();
                assertThat(principal.globalRole()).isEqualTo(GlobalRole.ADMINISTRATOR);
                assertThat(principal.mfaSatisfied()).isTrue();
            }
        }
    }

    @Test
    void anAmrTheConfigurationDoesNotTrustStillNeedsASecondFactor() throws Exception {
        try (Warden warden = warden("\"mfaAmrValues\": [\"hwk\"],")) {
            assertThat(login(warden, "pwd", "")).isEqualTo(new AuthenticationResult.MfaRequired("oidc:" + idp.issuer + "#alice"));
            assertThat(login(warden, "otp", "")).isInstanceOf(AuthenticationResult.MfaRequired.class);
        }
    }

    @Test
    void anAdministratorSignsInThroughTheCodeFlowAndCompletesMfaWithATotpCode() throws Exception {
        idp.authorizationServer.groups = List.of("warden-admins");
        idp.authorizationServer.amr = List.of("pwd");
        try (Warden warden = warden()) {
            String alice = "oidc:" + idp.issuer + "#alice";
            LocalAccounts.TotpEnrollment enrollment = warden.authenticator().secondFactors().orElseThrow().enroll(alice);
            String query = URI.create(enrollment.otpauthUri()).getRawQuery();
            byte[] secret = Base32.decode(query.substring(query.indexOf("secret=") + 7, query.indexOf('&')));
            OidcAuthenticationProvider configured = warden.authenticator()
                    .provider("corporate-sso", OidcAuthenticationProvider.class).orElseThrow();
            OidcCodeFlow flow = OidcCodeFlow.builder(configured, "warden",
                    URI.create("https://app.example.org/callback"))
                    .clientSecret(TestAuthorizationServer.CLIENT_SECRET.toCharArray()).build();
            PendingSignIn pending = flow.begin();
            SignIn signIn = flow.complete(pending, idp.authorizationServer.browse(pending.authorizationUri()));

            AuthenticationResult withoutCode;
            try (Credentials.BearerToken idToken = signIn.idTokenCredentials()) {
                withoutCode = warden.authenticate(AuthenticationRequest.of(idToken));
            }
            String code = Totp.defaults().generate(secret, Totp.stepOf(Instant.now()));
            AuthenticationResult withCode;
            try (Credentials.BearerToken idToken = signIn.idTokenCredentials()) {
                withCode = warden.authenticate(AuthenticationRequest.of(idToken).withOneTimeCode(code.toCharArray()));
            }

            assertThat(withoutCode).isEqualTo(new AuthenticationResult.MfaRequired(alice));
            assertThat(withCode).isInstanceOf(AuthenticationResult.Success.class);
            Principal principal = ((AuthenticationResult.Success) withCode).principal();
            assertThat(principal.id()).isEqualTo(signIn.principalId());
            assertThat(principal.globalRole()).isEqualTo(GlobalRole.ADMINISTRATOR);
            assertThat(principal.mfaSatisfied()).isTrue();
        } finally {
            idp.authorizationServer.reset();
        }
    }

    /** The README's code-flow example, run as written against the test issuer. */
    @Test
    void theReadmeCodeFlowExampleSignsAnAdministratorIn() throws Exception {
        idp.authorizationServer.groups = List.of("warden-admins");
        idp.authorizationServer.amr = List.of("pwd");
        try (Warden warden = warden()) {
            String alice = "oidc:" + idp.issuer + "#alice";
            LocalAccounts.TotpEnrollment enrollment = warden.authenticator().secondFactors().orElseThrow().enroll(alice);
            String query = URI.create(enrollment.otpauthUri()).getRawQuery();
            byte[] totpSecret = Base32.decode(query.substring(query.indexOf("secret=") + 7, query.indexOf('&')));
            char[] totpCode = Totp.defaults().generate(totpSecret, Totp.stepOf(Instant.now())).toCharArray();
            char[] secret = TestAuthorizationServer.CLIENT_SECRET.toCharArray();

            // readme:begin oidc-code-flow
            OidcAuthenticationProvider sso = warden.authenticator()
                    .provider("corporate-sso", OidcAuthenticationProvider.class).orElseThrow();   // from warden.json
            OidcCodeFlow flow = OidcCodeFlow.builder(sso, "warden", URI.create("https://app.example.org/callback"))
                    .clientSecret(secret).build();
            PendingSignIn pending = flow.begin();   // keep it in the session; redirect the browser to pending.authorizationUri()
            SignIn signIn = flow.complete(pending, callbackUri(pending));   // the URI the browser came back with
            AuthenticationResult result;
            try (Credentials.BearerToken idToken = signIn.idTokenCredentials()) {
                result = warden.authenticate(AuthenticationRequest.of(idToken).withOneTimeCode(totpCode));
            }
            // readme:end

            assertThat(result).isInstanceOf(AuthenticationResult.Success.class);
            assertThat(((AuthenticationResult.Success) result).principal().globalRole()).isEqualTo(GlobalRole.ADMINISTRATOR);
        } finally {
            idp.authorizationServer.reset();
        }
    }

    /** What the browser brings back to the redirect URI after signing in at the issuer. */
    private static URI callbackUri(PendingSignIn pending) throws Exception {
        return idp.authorizationServer.browse(pending.authorizationUri());
    }
}
