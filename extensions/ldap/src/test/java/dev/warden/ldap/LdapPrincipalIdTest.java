package dev.warden.ldap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.auth.AuthenticationResult;
import dev.warden.auth.Credentials;
import dev.warden.auth.Principal;
import dev.warden.core.policy.RbacPolicyEngine;
import dev.warden.policy.Action;
import dev.warden.policy.ProjectRole;
import dev.warden.policy.ProjectRoleGrant;
import dev.warden.policy.ResourceRef;
import dev.warden.policy.Subject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Principal ids are qualified by provider (issue 15, defect 4): the directory's {@code uid=root} is not the local
 * account {@code root}, and does not receive its grants.
 */
class LdapPrincipalIdTest {

    private static TestDirectory directory;

    @BeforeAll
    static void start() throws Exception {
        directory = new TestDirectory();
    }

    @AfterAll
    static void stop() {
        directory.close();
    }

    @Test
    void theDirectorysRootIsNamedByItsDnAndDoesNotReceiveTheLocalRootsGrants() {
        Principal root;
        try (LdapAuthenticationProvider provider = directory.provider().build();
             Credentials.Password credentials = new Credentials.Password("root", "root-directory-pass-9".toCharArray())) {
            AuthenticationResult result = provider.authenticate(credentials);
            assertThat(result).isInstanceOf(AuthenticationResult.Success.class);
            root = ((AuthenticationResult.Success) result).principal();
        }
        RbacPolicyEngine engine = RbacPolicyEngine.inMemory();
        engine.createProject("clinical");
        engine.grant(new ProjectRoleGrant(Subject.user("local:root"), "clinical", ProjectRole.OWNER));
        engine.grant(new ProjectRoleGrant(Subject.user("root"), "clinical", ProjectRole.OWNER)); // a grant file of old

        assertThat(root.id()).isEqualTo("ldap:uid=root,ou=people,dc=example,dc=com");
        assertThat(engine.check(root, Action.EXECUTE, ResourceRef.workflow("clinical", "nightly")).allowed()).isFalse();
    }
}
