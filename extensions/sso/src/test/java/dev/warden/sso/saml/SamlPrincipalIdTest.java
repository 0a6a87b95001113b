package dev.warden.sso.saml;

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
import org.junit.jupiter.api.Test;

/**
 * Principal ids are qualified by provider and issuer (issue 15, defect 4): a SAML NameID {@code root} is not the
 * local account {@code root} (whose id is {@code local:root}), and does not receive its grants.
 */
class SamlPrincipalIdTest {

    private static final TestSamlIdp idp = new TestSamlIdp();

    private static Principal saml(String nameId) {
        TestSamlIdp.Spec spec = new TestSamlIdp.Spec();
        spec.nameId = nameId;
        AuthenticationResult result = idp.provider().build()
                .authenticate(new Credentials.SamlResponse(idp.signedAssertionResponse(spec), TestSamlIdp.REQUEST_ID));
        assertThat(result).isInstanceOf(AuthenticationResult.Success.class);
        return ((AuthenticationResult.Success) result).principal();
    }

    @Test
    void aSamlNameIdRootDoesNotReceiveGrantsMadeToTheLocalRoot() {
        RbacPolicyEngine engine = RbacPolicyEngine.inMemory();
        engine.createProject("clinical");
        engine.grant(new ProjectRoleGrant(Subject.user("local:root"), "clinical", ProjectRole.OWNER));
        engine.grant(new ProjectRoleGrant(Subject.user("root"), "clinical", ProjectRole.OWNER)); // a grant file of old

        Principal sso = saml("root");

        assertThat(sso.id()).isEqualTo("saml:" + TestSamlIdp.IDP + "#root");
        assertThat(engine.check(sso, Action.EXECUTE, ResourceRef.workflow("clinical", "nightly")).allowed()).isFalse();
    }
}
