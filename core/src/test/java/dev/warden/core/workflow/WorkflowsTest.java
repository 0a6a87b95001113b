package dev.warden.core.workflow;

import static dev.warden.core.workflow.Clinical.ADMIN;
import static dev.warden.core.workflow.Clinical.EDITOR;
import static dev.warden.core.workflow.Clinical.PROJECT;
import static dev.warden.core.workflow.Clinical.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.warden.InvalidInputException;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.audit.AuditUnavailableException;
import dev.warden.core.GovernanceFixture;
import dev.warden.core.Warden;
import dev.warden.core.audit.AuditPipeline;
import dev.warden.policy.AccessDeniedException;
import dev.warden.secrets.SecretRef;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workflows are versioned objects in a project, changed under RBAC and recorded with their version. */
class WorkflowsTest {

    private static final SecretRef KEY = SecretRef.parse("file:/etc/warden/clinical.key");

    @TempDir
    Path dir;

    private WorkflowStore withDataSources() {
        WorkflowStore store = new InMemoryWorkflowStore();
        store.saveDataSource(DataSource.of(PROJECT, "synthea", Clinical.synthea().toString(), DataSource.Role.SOURCE));
        store.saveDataSource(DataSource.of(PROJECT, "test-copy", dir.resolve("out").toString(), DataSource.Role.TARGET));
        return store;
    }

    private static WorkflowDefinition definition(String profile) {
        return new WorkflowDefinition(Clinical.syntheaSpec(), "synthea", "test-copy", KEY, Optional.ofNullable(profile));
    }

    @Test
    void anEditorCreatesAWorkflowAsVersionOneRecordedWithItsVersionAndHash() {
        WorkflowVersion v1;
        try (AuditPipeline audit = GovernanceFixture.jsonl(dir); Warden warden = Clinical.warden(audit, withDataSources())) {
            v1 = warden.workflows().create(EDITOR, PROJECT, "nightly", definition(null));
            assertThat(v1.version()).isEqualTo(1);
            assertThat(v1.author()).isEqualTo("erin");
            assertThat(warden.workflows().find(VIEWER, PROJECT, "nightly")).contains(v1);
            assertThat(warden.workflows().list(VIEWER, PROJECT)).containsExactly("nightly");
        }
        AuditEvent created = GovernanceFixture.events(dir).get(0);
        assertThat(created.type()).isEqualTo(AuditEventType.WORKFLOW_CREATED);
        assertThat(created.actor().principalId()).isEqualTo("erin");
        assertThat(created.resource()).isEqualTo("workflow:clinical/nightly");
        assertThat(created.details()).containsEntry("version", "1").containsEntry("contentHash", v1.contentHash())
                .containsEntry("source", "synthea").containsEntry("target", "test-copy")
                .containsEntry("profile", "test-data");
    }

    @Test
    void aViewerWhoCreatesAWorkflowIsDeniedAndTheDenialRecorded() {
        WorkflowStore store = withDataSources();
        try (AuditPipeline audit = GovernanceFixture.jsonl(dir); Warden warden = Clinical.warden(audit, store)) {
            assertThatThrownBy(() -> warden.workflows().create(VIEWER, PROJECT, "nightly", definition(null)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(store.history(PROJECT, "nightly")).isEmpty();
        AuditEvent denied = GovernanceFixture.events(dir).get(0);
        assertThat(denied.type()).isEqualTo(AuditEventType.ACCESS_DENIED);
        assertThat(denied.actor().principalId()).isEqualTo("vic");
        assertThat(denied.resource()).isEqualTo("workflow:clinical/nightly");
    }

    @Test
    void aCreationIsRefusedAndNothingStoredWhenTheAuditLogCannotRecordIt() {
        WorkflowStore store = withDataSources();
        try (AuditPipeline audit = GovernanceFixture.failing(); Warden warden = Clinical.warden(audit, store)) {
            assertThatThrownBy(() -> warden.workflows().create(EDITOR, PROJECT, "nightly", definition(null)))
                    .isInstanceOf(AuditUnavailableException.class);
        }
        assertThat(store.history(PROJECT, "nightly")).isEmpty();
    }

    @Test
    void anUpdateKeepsThePreviousVersionAndRecordsBoth() {
        try (AuditPipeline audit = GovernanceFixture.jsonl(dir); Warden warden = Clinical.warden(audit, withDataSources())) {
            WorkflowVersion v1 = warden.workflows().create(EDITOR, PROJECT, "nightly", definition(null));
            WorkflowVersion v2 = warden.workflows().update(ADMIN, PROJECT, "nightly", definition("hipaa-safe-harbor"));
            assertThat(v2.version()).isEqualTo(2);
            assertThat(v2.contentHash()).isNotEqualTo(v1.contentHash());
            assertThat(warden.workflows().history(VIEWER, PROJECT, "nightly")).containsExactly(v1, v2);
            assertThat(v1.definition().orElseThrow().effectiveSpec().profile()).isEqualTo("test-data");
        }
        AuditEvent updated = GovernanceFixture.events(dir).get(1);
        assertThat(updated.type()).isEqualTo(AuditEventType.WORKFLOW_UPDATED);
        assertThat(updated.actor().principalId()).isEqualTo("ada");
        assertThat(updated.details()).containsEntry("version", "2").containsEntry("previousVersion", "1")
                .containsEntry("profile", "hipaa-safe-harbor");
    }

    @Test
    void anUpdateThatChangesNothingMakesNoVersionAndRecordsNothing() {
        try (AuditPipeline audit = GovernanceFixture.jsonl(dir); Warden warden = Clinical.warden(audit, withDataSources())) {
            WorkflowVersion v1 = warden.workflows().create(EDITOR, PROJECT, "nightly", definition(null));
            assertThat(warden.workflows().update(EDITOR, PROJECT, "nightly", definition(null))).isEqualTo(v1);
        }
        assertThat(GovernanceFixture.events(dir)).extracting(AuditEvent::type)
                .containsExactly(AuditEventType.WORKFLOW_CREATED);
    }

    @Test
    void aViewerWhoUpdatesIsDeniedAndAnUpdateIsRefusedWhenTheAuditLogCannotRecordIt() {
        WorkflowStore store = withDataSources();
        store.append(WorkflowVersion.of(PROJECT, "nightly", 1, Optional.of(definition(null)), "erin", java.time.Instant.now()));
        try (AuditPipeline audit = GovernanceFixture.jsonl(dir); Warden warden = Clinical.warden(audit, store)) {
            assertThatThrownBy(() -> warden.workflows().update(VIEWER, PROJECT, "nightly", definition("hipaa-safe-harbor")))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(GovernanceFixture.events(dir)).extracting(AuditEvent::type).containsExactly(AuditEventType.ACCESS_DENIED);
        try (AuditPipeline audit = GovernanceFixture.failing(); Warden warden = Clinical.warden(audit, store)) {
            assertThatThrownBy(() -> warden.workflows().update(EDITOR, PROJECT, "nightly", definition("hipaa-safe-harbor")))
                    .isInstanceOf(AuditUnavailableException.class);
        }
        assertThat(store.history(PROJECT, "nightly")).hasSize(1);
    }

    @Test
    void onlyAnAdminDeletesAndTheHistoryOutlivesTheDeletion() {
        try (AuditPipeline audit = GovernanceFixture.jsonl(dir); Warden warden = Clinical.warden(audit, withDataSources())) {
            warden.workflows().create(EDITOR, PROJECT, "nightly", definition(null));
            assertThatThrownBy(() -> warden.workflows().delete(EDITOR, PROJECT, "nightly"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(warden.workflows().delete(ADMIN, PROJECT, "nightly")).isTrue();
            assertThat(warden.workflows().find(VIEWER, PROJECT, "nightly")).isEmpty();
            assertThat(warden.workflows().list(VIEWER, PROJECT)).isEmpty();
            WorkflowVersion again = warden.workflows().create(EDITOR, PROJECT, "nightly", definition("hipaa-safe-harbor"));
            assertThat(again.version()).isEqualTo(3);
            assertThat(warden.workflows().history(VIEWER, PROJECT, "nightly")).extracting(WorkflowVersion::deleted)
                    .containsExactly(false, true, false);
        }
        List<AuditEvent> events = GovernanceFixture.events(dir);
        assertThat(events).extracting(AuditEvent::type).containsExactly(AuditEventType.WORKFLOW_CREATED,
                AuditEventType.ACCESS_DENIED, AuditEventType.WORKFLOW_DELETED, AuditEventType.WORKFLOW_CREATED);
        assertThat(events.get(2).details()).containsEntry("version", "2")
                .containsEntry("contentHash", WorkflowVersion.DELETED_HASH);
    }

    @Test
    void aDeletionIsRefusedAndTheWorkflowKeptWhenTheAuditLogCannotRecordIt() {
        WorkflowStore store = withDataSources();
        store.append(WorkflowVersion.of(PROJECT, "nightly", 1, Optional.of(definition(null)), "erin", java.time.Instant.now()));
        try (AuditPipeline audit = GovernanceFixture.failing(); Warden warden = Clinical.warden(audit, store)) {
            assertThatThrownBy(() -> warden.workflows().delete(ADMIN, PROJECT, "nightly"))
                    .isInstanceOf(AuditUnavailableException.class);
        }
        assertThat(store.workflows(PROJECT)).containsExactly("nightly");
    }

    @Test
    void aWorkflowMustReadASourceAndWriteATargetOfItsOwnProject() {
        try (AuditPipeline audit = GovernanceFixture.jsonl(dir); Warden warden = Clinical.warden(audit, withDataSources())) {
            assertThatThrownBy(() -> warden.workflows().create(EDITOR, PROJECT, "backwards", new WorkflowDefinition(
                    Clinical.syntheaSpec(), "test-copy", "synthea", KEY, Optional.empty())))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("data-source:clinical/test-copy is a target");
            assertThatThrownBy(() -> warden.workflows().create(EDITOR, PROJECT, "nowhere", new WorkflowDefinition(
                    Clinical.syntheaSpec(), "synthea", "missing", KEY, Optional.empty())))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("data-source:clinical/missing: no such data source");
        }
    }

    @Test
    void theContentHashIsTheSha256OfTheCanonicalJsonWhateverTheMemberOrder() throws Exception {
        WorkflowDefinition d = definition(null);
        String canonical = WorkflowJson.canonical(WorkflowJson.definition(d));
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        assertThat(d.contentHash()).isEqualTo(expected).hasSize(64);
        assertThat(canonical).doesNotContain("\n").startsWith("{\"key\":");
        JsonNode reordered = WorkflowJson.parse("{\"b\": 1, \"a\": {\"d\": [2, {\"f\": 1, \"e\": 0}], \"c\": \"x\"}}", "t");
        assertThat(WorkflowJson.canonical(reordered)).isEqualTo("{\"a\":{\"c\":\"x\",\"d\":[2,{\"e\":0,\"f\":1}]},\"b\":1}");
        SecretRef twoParameters = SecretRef.parse("vault:secret/data/k#key?version=3&namespace=clinical");
        assertThat(WorkflowJson.reference(twoParameters)).isEqualTo("vault:secret/data/k#key?namespace=clinical&version=3");
    }
}
