package dev.warden.core.workflow;

import static dev.warden.core.workflow.Clinical.EDITOR;
import static dev.warden.core.workflow.Clinical.PROJECT;
import static dev.warden.core.workflow.Clinical.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.audit.AuditLog;
import dev.warden.audit.AuditUnavailableException;
import dev.warden.audit.Outcome;
import dev.warden.core.GovernanceFixture;
import dev.warden.core.Warden;
import dev.warden.core.audit.AuditPipeline;
import dev.warden.core.policy.InMemoryGrantStore;
import dev.warden.core.policy.PolicyState;
import dev.warden.policy.AccessDeniedException;
import dev.warden.policy.DenyGrant;
import dev.warden.policy.Permission;
import dev.warden.policy.Subject;
import dev.warden.secrets.SecretRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Running a workflow is one call: authorized (EXECUTE on the workflow, READ on the source, UPDATE on the target),
 * recorded (started, data source read and written, finished with row counts and the version), fail-closed, and kept
 * in the run history. On the real Synthea Nebraska export: 15 tables, 35,078 rows, 111 synthetic patients.
 */
class WorkflowRunTest {

    /** Rows in the 15 Synthea tables (lines minus headers). */
    private static final long SYNTHEA_ROWS = 35_078;

    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("test-copy");
    }

    private WorkflowStore store() {
        WorkflowStore store = new InMemoryWorkflowStore();
        store.saveDataSource(DataSource.of(PROJECT, "synthea", Clinical.synthea().toString(), DataSource.Role.SOURCE));
        store.saveDataSource(DataSource.of(PROJECT, "test-copy", out().toString(), DataSource.Role.TARGET));
        SecretRef key = Clinical.jobKey(dir);
        store.append(WorkflowVersion.of(PROJECT, "nightly", 1, Optional.of(WorkflowDefinition.of(Clinical.syntheaSpec(),
                "synthea", "test-copy", key)), "ada", Instant.now()));
        return store;
    }

    private Path auditDir() throws IOException {
        return Files.createDirectories(dir.resolve("audit"));
    }

    private static List<AuditEvent> governed(Path auditDir) {
        return GovernanceFixture.events(auditDir).stream().filter(e -> e.type() != AuditEventType.SECRET_ACCESSED).toList();
    }

    @Test
    void anEditorRunsTheSyntheaWorkflowAndEveryStepIsRecordedWithTheVersionAndRowCounts() throws IOException {
        Path auditDir = auditDir();
        WorkflowStore store = store();
        WorkflowRun run;
        try (AuditPipeline audit = GovernanceFixture.jsonl(auditDir); Warden warden = Clinical.warden(audit, store)) {
            run = warden.workflows().run(EDITOR, PROJECT, "nightly");
            assertThat(warden.workflows().runs(VIEWER, PROJECT, "nightly", 10)).containsExactly(run);
        }
        assertThat(run.status()).isEqualTo(WorkflowRun.Status.SUCCEEDED);
        assertThat(run.rowsRead()).isEqualTo(SYNTHEA_ROWS);
        assertThat(run.rowsWritten()).isEqualTo(SYNTHEA_ROWS);
        assertThat(run.version()).isEqualTo(1);
        assertThat(run.report()).hasValueSatisfying(r -> assertThat(r).contains("\"passed\" : true"));
        try (var files = Files.list(out())) {
            assertThat(files.filter(p -> p.toString().endsWith(".csv")).count()).isEqualTo(15);
        }

        List<AuditEvent> events = governed(auditDir);
        assertThat(events).extracting(AuditEvent::type).containsExactly(AuditEventType.WORKFLOW_EXECUTED,
                AuditEventType.DATA_SOURCE_READ, AuditEventType.DATA_SOURCE_WRITTEN, AuditEventType.WORKFLOW_EXECUTED);
        assertThat(events).allSatisfy(e -> {
            assertThat(e.actor().principalId()).isEqualTo("erin");
            assertThat(e.correlationId()).isEqualTo(run.id());
        });
        assertThat(events.get(0).details()).containsEntry("phase", "started").containsEntry("version", "1");
        assertThat(events.get(1).resource()).isEqualTo("data-source:clinical/synthea");
        assertThat(events.get(2).resource()).isEqualTo("data-source:clinical/test-copy");
        assertThat(events.get(2).details()).containsEntry("rowsWritten", String.valueOf(SYNTHEA_ROWS))
                .containsEntry("tables", "15");
        assertThat(events.get(3).details()).containsEntry("phase", "finished")
                .containsEntry("rowsRead", String.valueOf(SYNTHEA_ROWS)).containsEntry("version", "1");
    }

    @Test
    void theComplianceReportListsTheRunWithItsVersionAndRowCounts() throws IOException {
        Path auditDir = auditDir();
        try (AuditPipeline audit = GovernanceFixture.jsonl(auditDir); Warden warden = Clinical.warden(audit, store())) {
            warden.workflows().dryRun(EDITOR, PROJECT, "nightly");
            assertThatThrownBy(() -> warden.workflows().run(VIEWER, PROJECT, "nightly"))
                    .isInstanceOf(AccessDeniedException.class);
            warden.workflows().run(EDITOR, PROJECT, "nightly");
        }
        dev.warden.core.audit.ComplianceReport report = dev.warden.core.audit.ComplianceReport.of(
                GovernanceFixture.events(auditDir), Optional.empty(), Optional.empty());
        dev.warden.core.audit.ComplianceReport.Section runs = report.sections().stream()
                .filter(s -> s.title().equals("Workflow runs")).findFirst().orElseThrow();
        assertThat(runs.rows()).hasSize(2);
        assertThat(runs.rows().get(1)).containsExactly(runs.rows().get(1).get(0), "erin", "workflow:clinical/nightly",
                "1", "SUCCESS", String.valueOf(SYNTHEA_ROWS), String.valueOf(SYNTHEA_ROWS), "false");
        assertThat(runs.rows().get(0).get(7)).isEqualTo("true");
        assertThat(report.toText()).contains("Workflow runs (2)").contains("Access denied (1)")
                .contains("Data source accesses (2)");
    }

    @Test
    void aViewerWhoRunsIsDeniedTheDenialRecordedAndNothingRead() throws IOException {
        Path auditDir = auditDir();
        WorkflowStore store = store();
        try (AuditPipeline audit = GovernanceFixture.jsonl(auditDir); Warden warden = Clinical.warden(audit, store)) {
            assertThatThrownBy(() -> warden.workflows().run(VIEWER, PROJECT, "nightly"))
                    .isInstanceOf(AccessDeniedException.class);
        }
        List<AuditEvent> events = governed(auditDir);
        assertThat(events).extracting(AuditEvent::type).containsExactly(AuditEventType.ACCESS_DENIED);
        assertThat(events.get(0).details()).containsEntry("action", "EXECUTE");
        assertThat(out()).doesNotExist();
        assertThat(store.runs(PROJECT, "nightly", 10)).isEmpty();
    }

    @Test
    void anEditorDeniedWritingTheTargetCannotRunItAndTheDenialNamesTheTarget() throws IOException {
        Path auditDir = auditDir();
        PolicyState policy = PolicyState.builder().project(PROJECT).grant(Clinical.policy().grants().get(1))
                .grant(new DenyGrant(Subject.user("erin"), PROJECT, "data-source:clinical/test-copy",
                        Set.of(Permission.DATA_SOURCE_UPDATE), "pending review")).build();
        try (AuditPipeline audit = GovernanceFixture.jsonl(auditDir);
             Warden warden = Warden.builder().policyStore(new InMemoryGrantStore(policy)).workflowStore(store())
                     .auditLog(audit).build()) {
            assertThatThrownBy(() -> warden.workflows().run(EDITOR, PROJECT, "nightly"))
                    .isInstanceOf(AccessDeniedException.class);
        }
        AuditEvent denied = governed(auditDir).get(0);
        assertThat(denied.type()).isEqualTo(AuditEventType.ACCESS_DENIED);
        assertThat(denied.resource()).isEqualTo("data-source:clinical/test-copy");
        assertThat(denied.details()).containsEntry("action", "UPDATE");
        assertThat(out()).doesNotExist();
    }

    @Test
    void aRunIsRefusedBeforeReadingAnythingWhenTheAuditLogCannotRecord() {
        WorkflowStore store = store();
        try (AuditPipeline audit = GovernanceFixture.failing(); Warden warden = Clinical.warden(audit, store)) {
            assertThatThrownBy(() -> warden.workflows().run(EDITOR, PROJECT, "nightly"))
                    .isInstanceOf(AuditUnavailableException.class);
        }
        assertThat(out()).doesNotExist();
    }

    @Test
    void whenTheWriteCannotBeRecordedTheOutputIsNotMovedIntoPlaceAndTheRunIsKeptAsFailed() throws IOException {
        Path auditDir = auditDir();
        WorkflowStore store = store();
        try (AuditPipeline pipeline = GovernanceFixture.jsonl(auditDir)) {
            AuditLog refusesWrites = event -> {
                if (event.type() == AuditEventType.DATA_SOURCE_WRITTEN) {
                    throw new AuditUnavailableException("audit sink full");
                }
                pipeline.record(event);
            };
            try (Warden warden = Clinical.warden(refusesWrites, store)) {
                assertThatThrownBy(() -> warden.workflows().run(EDITOR, PROJECT, "nightly"))
                        .isInstanceOf(AuditUnavailableException.class);
            }
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("test-copy"));
        }
        WorkflowRun failed = store.runs(PROJECT, "nightly", 1).get(0);
        assertThat(failed.status()).isEqualTo(WorkflowRun.Status.FAILED);
        assertThat(failed.error()).hasValueSatisfying(e -> assertThat(e).startsWith("AuditUnavailableException"));
        AuditEvent last = governed(auditDir).get(governed(auditDir).size() - 1);
        assertThat(last.type()).isEqualTo(AuditEventType.WORKFLOW_EXECUTED);
        assertThat(last.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(last.details()).containsEntry("phase", "failed").containsEntry("error", "AuditUnavailableException");
    }

    @Test
    void aDryRunValidatesASubsetWithoutWritingTheTarget() throws IOException {
        Path auditDir = auditDir();
        WorkflowStore store = store();
        WorkflowRun dry;
        try (AuditPipeline audit = GovernanceFixture.jsonl(auditDir); Warden warden = Clinical.warden(audit, store)) {
            dry = warden.workflows().dryRun(EDITOR, PROJECT, "nightly");
        }
        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.status()).isEqualTo(WorkflowRun.Status.SUCCEEDED);
        assertThat(dry.rowsWritten()).isPositive().isLessThan(SYNTHEA_ROWS / 2);
        assertThat(dry.report()).hasValueSatisfying(r -> assertThat(r).contains("10.0% of patients")
                .contains("\"passed\" : true"));
        assertThat(out()).doesNotExist();
        assertThat(governed(auditDir)).extracting(AuditEvent::type).containsExactly(AuditEventType.WORKFLOW_EXECUTED,
                AuditEventType.DATA_SOURCE_READ, AuditEventType.WORKFLOW_EXECUTED);
        assertThat(governed(auditDir).get(0).details()).containsEntry("dryRun", "true");
        assertThat(store.runs(PROJECT, "nightly", 10)).containsExactly(dry);
    }

    @Test
    void aDryRunNeedsExecuteOnTheWorkflow() throws IOException {
        Path auditDir = auditDir();
        try (AuditPipeline audit = GovernanceFixture.jsonl(auditDir); Warden warden = Clinical.warden(audit, store())) {
            assertThatThrownBy(() -> warden.workflows().dryRun(VIEWER, PROJECT, "nightly"))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(governed(auditDir)).extracting(AuditEvent::type).containsExactly(AuditEventType.ACCESS_DENIED);
    }

    @Test
    void aKeyThatCannotBeResolvedFailsTheRunWhichIsRecordedAndKept() throws IOException {
        Path auditDir = auditDir();
        WorkflowStore store = store();
        store.append(WorkflowVersion.of(PROJECT, "nightly", 2, Optional.of(WorkflowDefinition.of(Clinical.syntheaSpec(),
                "synthea", "test-copy", SecretRef.parse("file:" + dir.resolve("missing.key")))), "ada", Instant.now()));
        try (AuditPipeline audit = GovernanceFixture.jsonl(auditDir); Warden warden = Clinical.warden(audit, store)) {
            assertThatThrownBy(() -> warden.workflows().run(EDITOR, PROJECT, "nightly"))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("job key");
        }
        assertThat(out()).doesNotExist();
        WorkflowRun failed = store.runs(PROJECT, "nightly", 1).get(0);
        assertThat(failed.status()).isEqualTo(WorkflowRun.Status.FAILED);
        assertThat(failed.version()).isEqualTo(2);
        assertThat(governed(auditDir)).extracting(AuditEvent::outcome).endsWith(Outcome.FAILURE);
    }

    @Test
    void theRunHistoryIsKeptInTheJsonFileStoreAcrossInstances() throws IOException {
        Path auditDir = auditDir();
        Path file = dir.resolve("workflows.json");
        try (WorkflowStore seed = new JsonFileWorkflowStore(file)) {
            WorkflowStore memory = store();
            memory.dataSources(PROJECT).forEach(seed::saveDataSource);
            memory.history(PROJECT, "nightly").forEach(seed::append);
        }
        try (AuditPipeline audit = GovernanceFixture.jsonl(auditDir);
             Warden warden = Clinical.warden(audit, new JsonFileWorkflowStore(file))) {
            warden.workflows().dryRun(EDITOR, PROJECT, "nightly");
        }
        try (WorkflowStore again = new JsonFileWorkflowStore(file)) {
            assertThat(again.runs(PROJECT, "nightly", 10)).singleElement()
                    .satisfies(r -> assertThat(r.dryRun()).isTrue());
        }
    }
}
