package dev.warden.sso.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.auth.AuthenticationResult;
import dev.warden.auth.Credentials;
import dev.warden.core.Warden;
import dev.warden.core.config.WardenConfiguration;
import dev.warden.policy.GlobalRole;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OIDC provider configured in warden.json and reached through Warden.authenticate (the provider chain). */
class OidcThroughTheChainTest {

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

    private Warden warden() {
        String json = """
                {"auth": {"providers": [{"type": "oidc", "name": "corporate-sso", "issuer": "%s",
                  "audiences": ["warden"], "trustedCertificates": "%s", "timeout": "30s", "mfaAmrValues": ["mfa"],
                  "roleMapping": [{"exact": "warden-admins", "globalRole": "ADMINISTRATOR"},
                                  {"prefix": "warden-editors-", "projectRoleFromSuffix": "EDITOR"}]}]}}
                """.formatted(idp.issuer, idp.tls.writePem(folder).toString().replace("\\", "\\\\"));
        return Warden.builder().configuration(WardenConfiguration.parse(json, "test")).build();
    }

    private static AuthenticationResult authenticate(Warden warden, String token) {
        try (Credentials.BearerToken bearer = new Credentials.BearerToken(token.toCharArray())) {
            return warden.authenticate(bearer);
        }
    }

    @Test
    void aMemberSignsInWithProjectRolesFromTheGroupsClaim() throws Exception {
        try (Warden warden = warden()) {
            AuthenticationResult result = authenticate(warden,
                    idp.rs256(idp.claims("bob").claim("groups", List.of("warden-editors-clinical")).build()));
            assertThat(result).isInstanceOf(AuthenticationResult.Success.class);
            var principal = ((AuthenticationResult.Success) result).principal();
            assertThat(principal.globalRole()).isEqualTo(GlobalRole.MEMBER);
            assertThat(principal.projectRoles()).containsEntry("clinical", dev.warden.policy.ProjectRole.EDITOR);
        }
    }

    @Test
    void anAdministratorWithoutASecondFactorAtTheIdentityProviderMustCompleteMfa() throws Exception {
        try (Warden warden = warden()) {
            assertThat(authenticate(warden, idp.rs256(idp.claims("alice").claim("groups", List.of("warden-admins"))
                    .claim("amr", List.of("pwd")).build()))).isInstanceOf(AuthenticationResult.MfaRequired.class);
        }
    }

    @Test
    void anAdministratorWhoseIdentityProviderAssertedMfaSignsIn() throws Exception {
        try (Warden warden = warden()) {
            AuthenticationResult result = authenticate(warden, idp.rs256(idp.claims("alice")
                    .claim("groups", List.of("warden-admins")).claim("amr", List.of("pwd", "mfa")).build()));
            assertThat(result).isInstanceOf(AuthenticationResult.Success.class);
            assertThat(((AuthenticationResult.Success) result).principal().globalRole())
                    .isEqualTo(GlobalRole.ADMINISTRATOR);
        }
    }

    @Test
    void aRefusedTokenIsOneGenericFailureToTheCaller() throws Exception {
        try (Warden warden = warden()) {
            AuthenticationResult result = authenticate(warden, idp.rs256(idp.claims("alice").audience("other").build()));
            assertThat(result).isInstanceOf(AuthenticationResult.Failure.class);
            assertThat(result.toString()).doesNotContain("audience");
        }
    }
}
