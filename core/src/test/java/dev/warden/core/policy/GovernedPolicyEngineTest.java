package dev.warden.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.audit.AuditUnavailableException;
import dev.warden.audit.Outcome;
import dev.warden.auth.Principal;
import dev.warden.core.GovernanceFixture;
import dev.warden.core.Warden;
import dev.warden.core.audit.AuditPipeline;
import dev.warden.core.config.WardenConfiguration;
import dev.warden.policy.AccessDeniedException;
import dev.warden.policy.Action;
import dev.warden.policy.GlobalRole;
import dev.warden.policy.ProjectRole;
import dev.warden.policy.ProjectRoleGrant;
import dev.warden.policy.ResourceRef;
import dev.warden.policy.Subject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy engine the facade hands out records its changes and denials, with the actor, failing closed. */
class GovernedPolicyEngineTest {

    private static final Principal ADMIN = Principal.user("ada", GlobalRole.ADMINISTRATOR);
    private static final Principal MEMBER = Principal.user("mallory", GlobalRole.MEMBER);
    private static final ProjectRoleGrant EDITOR = new ProjectRoleGrant(Subject.user("erin"), "clinical", ProjectRole.EDITOR);

    @TempDir
    Path dir;

    private Warden warden(AuditPipeline audit) {
        return Warden.builder().configuration(WardenConfiguration.defaults()).auditLog(audit).build();
    }

    @Test
    void theProjectCreatorOwnsItAndMayGrantRolesEachRecordedWithTheActor() {
        try (AuditPipeline audit = GovernanceFixture.jsonl(dir); Warden warden = warden(audit)) {
            assertThat(warden.policy().createProject(ADMIN, "clinical")).isTrue();
            assertThat(warden.policy().grant(ADMIN, EDITOR)).isTrue();
            assertThat(warden.policy().check(Principal.user("erin", GlobalRole.MEMBER), Action.EXECUTE,
                    ResourceRef.workflow("clinical", "nightly")).allowed()).isTrue();
        }
        List<AuditEvent> events = GovernanceFixture.events(dir);
        assertThat(events).extracting(AuditEvent::type).containsExactly(AuditEventType.CONFIGURATION_CHANGED,
                AuditEventType.PERMISSION_GRANTED, AuditEventType.PERMISSION_GRANTED);
        AuditEvent editorGranted = events.get(2);
        assertThat(editorGranted.actor().principalId()).isEqualTo("ada");
        assertThat(editorGranted.project()).isEqualTo("clinical");
        assertThat(editorGranted.details()).containsEntry("subject", "user:erin")
                .containsEntry("grant", EDITOR.toString());
    }

    @Test
    void aRevocationIsRecordedAndSeenByTheNextCheck() {
        try (AuditPipeline audit = GovernanceFixture.jsonl(dir); Warden warden = warden(audit)) {
            warden.policy().createProject(ADMIN, "clinical");
            warden.policy().grant(ADMIN, EDITOR);
            assertThat(warden.policy().revoke(ADMIN, EDITOR)).isTrue();
            assertThat(warden.policy().check(Principal.user("erin", GlobalRole.MEMBER), Action.EXECUTE,
                    ResourceRef.workflow("clinical", "nightly")).allowed()).isFalse();
        }
        assertThat(GovernanceFixture.events(dir)).extracting(AuditEvent::type).endsWith(AuditEventType.PERMISSION_REVOKED);
    }

    @Test
    void aMemberWhoGrantsIsDeniedAndTheDenialRecordedWithTheActor() {
        try (AuditPipeline audit = GovernanceFixture.jsonl(dir); Warden warden = warden(audit)) {
            warden.policy().createProject(ADMIN, "clinical");
            assertThatThrownBy(() -> warden.policy().grant(MEMBER, EDITOR)).isInstanceOf(AccessDeniedException.class);
            assertThat(warden.policy().state().contains(EDITOR)).isFalse();
        }
        AuditEvent denied = GovernanceFixture.events(dir).get(2);
        assertThat(denied.type()).isEqualTo(AuditEventType.ACCESS_DENIED);
        assertThat(denied.outcome()).isEqualTo(Outcome.DENIED);
        assertThat(denied.actor().principalId()).isEqualTo("mallory");
        assertThat(denied.resource()).isEqualTo("project:clinical");
        assertThat(denied.details()).containsEntry("action", "MANAGE_MEMBERS");
    }

    @Test
    void aRefusedRequireIsRecordedAsAccessDenied() {
        try (AuditPipeline audit = GovernanceFixture.jsonl(dir); Warden warden = warden(audit)) {
            assertThatThrownBy(() -> warden.policy().require(MEMBER, Action.READ, ResourceRef.auditLog()))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(GovernanceFixture.events(dir)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(AuditEventType.ACCESS_DENIED);
            assertThat(e.resource()).isEqualTo("audit-log:audit");
        });
    }

    @Test
    void aGrantIsRefusedAndNotMadeWhenTheAuditLogCannotRecordIt() {
        try (AuditPipeline audit = GovernanceFixture.failing(); Warden warden = warden(audit)) {
            assertThatThrownBy(() -> warden.policy().createProject(ADMIN, "clinical"))
                    .isInstanceOf(AuditUnavailableException.class);
            assertThat(warden.policy().state().projects()).doesNotContain("clinical");
        }
    }

    @Test
    void outsideDevelopmentWithoutAnAuditLogEveryChangeIsRefused() {
        WardenConfiguration staging = WardenConfiguration.parse("{\"environment\": \"staging\"}", "warden.json");
        try (Warden warden = Warden.builder().configuration(staging).build()) {
            assertThat(warden.audited()).isFalse();
            assertThatThrownBy(() -> warden.policy().createProject(ADMIN, "clinical"))
                    .isInstanceOf(AuditUnavailableException.class).hasMessageContaining("audit.sinks");
        }
    }
}
