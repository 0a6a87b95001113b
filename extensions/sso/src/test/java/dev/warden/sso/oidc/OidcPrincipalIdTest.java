package dev.warden.sso.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.auth.AuthenticationResult;
import dev.warden.auth.Credentials;
import dev.warden.auth.Principal;
import dev.warden.core.auth.local.Argon2idParameters;
import dev.warden.core.auth.local.JsonFileUserStore;
import dev.warden.core.auth.local.LocalAccounts;
import dev.warden.core.auth.local.LocalProvider;
import dev.warden.core.auth.local.LocalSettings;
import dev.warden.core.auth.local.PasswordPolicy;
import dev.warden.core.auth.totp.Totp;
import dev.warden.core.policy.RbacPolicyEngine;
import dev.warden.policy.Action;
import dev.warden.policy.GlobalRole;
import dev.warden.policy.ProjectRole;
import dev.warden.policy.ProjectRoleGrant;
import dev.warden.policy.ResourceRef;
import dev.warden.policy.Subject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Principal ids are qualified by provider and issuer (issue 15, defect 4): an OIDC {@code sub} of {@code root} is not
 * the local account {@code root}, and does not receive its grants.
 */
class OidcPrincipalIdTest {

    static final LocalSettings CHEAP = new LocalSettings(new Argon2idParameters(64, 1, 1), PasswordPolicy.defaults(),
            Duration.ofDays(90), Duration.ofDays(90), Totp.defaults(), "Warden");
    static final ResourceRef WORKFLOW = ResourceRef.workflow("clinical", "nightly");

    private static TestIssuer idp;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        idp = new TestIssuer();
    }

    @AfterAll
    static void stop() {
        idp.close();
    }

    private Principal localRoot() {
        JsonFileUserStore store = new JsonFileUserStore(dir.resolve("users.json"));
        new LocalAccounts(store, CHEAP, Clock.systemUTC()).addUser("root", GlobalRole.MEMBER,
                "violet tractor ink harbour".toCharArray());
        AuthenticationResult result = new LocalProvider("local", store, CHEAP, Clock.systemUTC())
                .authenticate(new Credentials.Password("root", "violet tractor ink harbour".toCharArray()));
        assertThat(result).isInstanceOf(AuthenticationResult.Success.class);
        return ((AuthenticationResult.Success) result).principal();
    }

    private static Principal oidc(String subject) throws Exception {
        try (Credentials.BearerToken token = new Credentials.BearerToken(idp.rs256(idp.claims(subject).build()).toCharArray())) {
            AuthenticationResult result = idp.provider().build().authenticate(token);
            assertThat(result).isInstanceOf(AuthenticationResult.Success.class);
            return ((AuthenticationResult.Success) result).principal();
        }
    }

    @Test
    void anOidcSubjectNamedRootDoesNotReceiveTheLocalRootsGrants() throws Exception {
        Principal local = localRoot();
        Principal sso = oidc("root");
        RbacPolicyEngine engine = RbacPolicyEngine.inMemory();
        engine.createProject("clinical");
        engine.grant(new ProjectRoleGrant(Subject.user(local.id()), "clinical", ProjectRole.OWNER));

        assertThat(sso.id()).isNotEqualTo(local.id());
        assertThat(engine.check(local, Action.EXECUTE, WORKFLOW).allowed()).isTrue();
        assertThat(engine.check(sso, Action.EXECUTE, WORKFLOW).allowed()).isFalse();
    }

    @Test
    void idsNameTheProviderKindTheIssuerAndTheSubject() throws Exception {
        assertThat(localRoot().id()).isEqualTo("local:root");
        assertThat(oidc("root").id()).isEqualTo("oidc:" + idp.issuer + "#root");
    }
}
