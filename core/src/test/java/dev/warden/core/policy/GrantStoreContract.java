package dev.warden.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.auth.Principal;
import dev.warden.policy.Action;
import dev.warden.policy.DenyGrant;
import dev.warden.policy.GlobalRole;
import dev.warden.policy.GlobalRoleGrant;
import dev.warden.policy.MappingTarget;
import dev.warden.policy.Permission;
import dev.warden.policy.PermissionGrant;
import dev.warden.policy.ProjectRole;
import dev.warden.policy.ProjectRoleGrant;
import dev.warden.policy.ResourceRef;
import dev.warden.policy.RoleMapping;
import dev.warden.policy.RoleMappingRule;
import dev.warden.policy.Subject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link GrantStore} must do; each store's test supplies a fresh store and a way to reopen it. */
public abstract class GrantStoreContract {

    /** @return a store over fresh, empty storage */
    protected abstract GrantStore freshStore();

    /** @return a new store instance over the same storage as the last {@link #freshStore()} */
    protected abstract GrantStore reopen();

    private static void fill(RbacPolicyEngine engine) {
        engine.createProject("clinical");
        engine.createProject("finance");
        engine.addUser("carol");
        engine.addMember("analysts", Subject.group("data-team"));
        engine.addMember("data-team", Subject.user("alice"));
        engine.grant(new GlobalRoleGrant(Subject.user("root"), GlobalRole.ADMINISTRATOR));
        engine.grant(new ProjectRoleGrant(Subject.group("analysts"), "clinical", ProjectRole.EDITOR));
        engine.grant(new PermissionGrant(Subject.user("bob"), "clinical", Permission.REIDENTIFY));
        engine.grant(new PermissionGrant(Subject.user("auditor"), "", Permission.AUDIT_LOG_READ));
        engine.grant(DenyGrant.everything(Subject.user("mallory"), "suspended"));
        engine.grant(new DenyGrant(Subject.everyone(), "clinical", "data-source:clinical/legacy",
                Set.of(Permission.DATA_SOURCE_READ, Permission.DATA_SOURCE_UPDATE), "blocked: pending review"));
        engine.replaceRoleMapping(RoleMapping.of(List.of(
                RoleMappingRule.prefix("warden-editors-", new MappingTarget.ProjectRoleFromSuffix(ProjectRole.EDITOR)),
                RoleMappingRule.exact("cn=admins,dc=example,dc=org", new MappingTarget.GlobalRoleOf(GlobalRole.ADMINISTRATOR)),
                RoleMappingRule.commonName("auditors", new MappingTarget.GroupOf("auditors")))));
    }

    @Test
    void aFreshStoreIsEmpty() {
        try (GrantStore store = freshStore()) {
            PolicyState state = store.load();
            assertThat(state.grants()).isEmpty();
            assertThat(state.projects()).isEmpty();
            assertThat(state.version()).isZero();
        }
    }

    @Test
    void everyKindOfChangeSurvivesAReopen() {
        PolicyState written;
        try (RbacPolicyEngine engine = RbacPolicyEngine.open(freshStore())) {
            fill(engine);
            written = engine.state();
        }
        try (GrantStore store = reopen()) {
            PolicyState read = store.load();
            assertThat(read).isEqualTo(written);
            RbacPolicyEngine again = RbacPolicyEngine.open(store);
            assertThat(again.check(Principal.user("alice", GlobalRole.MEMBER), Action.EXECUTE,
                    ResourceRef.workflow("clinical", "w")).reason()).contains("member through group:data-team");
        }
    }

    @Test
    void revocationsAndDeletionsArePersisted() {
        ProjectRoleGrant grant = new ProjectRoleGrant(Subject.group("analysts"), "clinical", ProjectRole.EDITOR);
        try (RbacPolicyEngine engine = RbacPolicyEngine.open(freshStore())) {
            fill(engine);
            engine.revoke(grant);
            engine.removeMember("data-team", Subject.user("alice"));
            engine.deleteProject("finance");
            engine.removeUser("mallory");
        }
        try (GrantStore store = reopen()) {
            PolicyState read = store.load();
            assertThat(read.grants()).doesNotContain(grant);
            assertThat(read.groups().get("data-team")).isEmpty();
            assertThat(read.projects()).containsExactly("clinical");
            assertThat(read.knownUsers()).doesNotContain("mallory");
            assertThat(read.version()).as("12 changes to fill, 4 after").isEqualTo(16);
        }
    }
}
