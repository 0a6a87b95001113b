package dev.warden.core.workflow;

import static dev.warden.core.workflow.Clinical.ADMIN;
import static dev.warden.core.workflow.Clinical.EDITOR;
import static dev.warden.core.workflow.Clinical.OUTSIDER;
import static dev.warden.core.workflow.Clinical.PROJECT;
import static dev.warden.core.workflow.Clinical.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.audit.AuditUnavailableException;
import dev.warden.audit.Outcome;
import dev.warden.core.GovernanceFixture;
import dev.warden.core.Warden;
import dev.warden.core.audit.AuditPipeline;
import dev.warden.core.config.Environment;
import dev.warden.core.job.TableSource;
import dev.warden.policy.AccessDeniedException;
import dev.warden.secrets.SecretRef;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data sources are objects in a project: defined, changed and removed under RBAC, each change audited, fail-closed. */
class DataSourcesTest {

    private static final DataSource EHR = DataSource.of(PROJECT, "ehr",
            "jdbc:postgresql://db.example/ehr?sslmode=verify-full", DataSource.Role.SOURCE)
            .withCredentials(SecretRef.parse("env:EHR_USER"), SecretRef.parse("vault:secret/data/ehr#password"));

    @TempDir
    Path dir;

    @Test
    void aProjectAdminDefinesADataSourceRecordedWithItsRoleAndLocationButNoCredential() {
        try (AuditPipeline audit = GovernanceFixture.jsonl(dir); Warden warden = Clinical.warden(audit, new InMemoryWorkflowStore())) {
            warden.dataSources().create(ADMIN, EHR);
            assertThat(warden.dataSources().find(VIEWER, PROJECT, "ehr")).contains(EHR);
        }
        AuditEvent created = GovernanceFixture.events(dir).get(0);
        assertThat(created.type()).isEqualTo(AuditEventType.DATA_SOURCE_CREATED);
        assertThat(created.actor().principalId()).isEqualTo("ada");
        assertThat(created.resource()).isEqualTo("data-source:clinical/ehr");
        assertThat(created.details()).containsEntry("role", "source")
                .containsEntry("location", "jdbc:postgresql://db.example/ehr")
                .containsEntry("passwordReference", "set");
        assertThat(created.details().values()).noneMatch(v -> v.contains("vault:") || v.contains("EHR_USER"));
    }

    @Test
    void anEditorWhoDefinesADataSourceIsDeniedAndTheDenialRecorded() {
        try (AuditPipeline audit = GovernanceFixture.jsonl(dir); Warden warden = Clinical.warden(audit, new InMemoryWorkflowStore())) {
            assertThatThrownBy(() -> warden.dataSources().create(EDITOR, EHR)).isInstanceOf(AccessDeniedException.class);
            assertThat(warden.dataSources().list(VIEWER, PROJECT)).isEmpty();
        }
        AuditEvent denied = GovernanceFixture.events(dir).get(0);
        assertThat(denied.type()).isEqualTo(AuditEventType.ACCESS_DENIED);
        assertThat(denied.outcome()).isEqualTo(Outcome.DENIED);
        assertThat(denied.actor().principalId()).isEqualTo("erin");
        assertThat(denied.details()).containsEntry("action", "CREATE");
    }

    @Test
    void aDefinitionIsRefusedAndNotStoredWhenTheAuditLogCannotRecordIt() {
        InMemoryWorkflowStore store = new InMemoryWorkflowStore();
        try (AuditPipeline audit = GovernanceFixture.failing(); Warden warden = Clinical.warden(audit, store)) {
            assertThatThrownBy(() -> warden.dataSources().create(ADMIN, EHR)).isInstanceOf(AuditUnavailableException.class);
        }
        assertThat(store.dataSources(PROJECT)).isEmpty();
    }

    @Test
    void anUpdateRecordsWhichPartsChangedAndNeedsTheAdminRole() {
        try (AuditPipeline audit = GovernanceFixture.jsonl(dir); Warden warden = Clinical.warden(audit, new InMemoryWorkflowStore())) {
            warden.dataSources().create(ADMIN, EHR);
            DataSource moved = new DataSource(PROJECT, "ehr", "jdbc:postgresql://replica.example/ehr?sslmode=verify-full",
                    DataSource.Role.SOURCE, EHR.user(), java.util.Optional.of(SecretRef.parse("env:EHR_REPLICA_PASSWORD")));
            assertThatThrownBy(() -> warden.dataSources().update(EDITOR, moved)).isInstanceOf(AccessDeniedException.class);
            assertThat(warden.dataSources().update(ADMIN, moved)).isEqualTo(moved);
            assertThat(warden.dataSources().find(VIEWER, PROJECT, "ehr")).contains(moved);
        }
        List<AuditEvent> events = GovernanceFixture.events(dir);
        assertThat(events).extracting(AuditEvent::type).containsExactly(AuditEventType.DATA_SOURCE_CREATED,
                AuditEventType.ACCESS_DENIED, AuditEventType.DATA_SOURCE_UPDATED);
        assertThat(events.get(2).details()).containsEntry("changed", "location,password");
    }

    @Test
    void onlyAnAdminRemovesADataSourceAndTheRemovalIsRecorded() {
        try (AuditPipeline audit = GovernanceFixture.jsonl(dir); Warden warden = Clinical.warden(audit, new InMemoryWorkflowStore())) {
            warden.dataSources().create(ADMIN, EHR);
            assertThatThrownBy(() -> warden.dataSources().delete(VIEWER, PROJECT, "ehr"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(warden.dataSources().delete(ADMIN, PROJECT, "ehr")).isTrue();
            assertThat(warden.dataSources().delete(ADMIN, PROJECT, "ehr")).isFalse();
            assertThat(warden.dataSources().list(VIEWER, PROJECT)).isEmpty();
        }
        assertThat(GovernanceFixture.events(dir)).extracting(AuditEvent::type).containsExactly(
                AuditEventType.DATA_SOURCE_CREATED, AuditEventType.ACCESS_DENIED, AuditEventType.DATA_SOURCE_DELETED);
    }

    @Test
    void aRemovalIsRefusedAndTheDataSourceKeptWhenTheAuditLogCannotRecordIt() {
        InMemoryWorkflowStore store = new InMemoryWorkflowStore();
        store.saveDataSource(EHR);
        try (AuditPipeline audit = GovernanceFixture.failing(); Warden warden = Clinical.warden(audit, store)) {
            assertThatThrownBy(() -> warden.dataSources().delete(ADMIN, PROJECT, "ehr"))
                    .isInstanceOf(AuditUnavailableException.class);
        }
        assertThat(store.dataSources(PROJECT)).containsExactly(EHR);
    }

    @Test
    void someoneOutsideTheProjectCannotEvenReadADefinition() {
        try (AuditPipeline audit = GovernanceFixture.jsonl(dir); Warden warden = Clinical.warden(audit, new InMemoryWorkflowStore())) {
            warden.dataSources().create(ADMIN, EHR);
            assertThatThrownBy(() -> warden.dataSources().find(OUTSIDER, PROJECT, "ehr"))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(GovernanceFixture.events(dir)).extracting(AuditEvent::type).endsWith(AuditEventType.ACCESS_DENIED);
    }

    @Test
    void aLocationThatCarriesAPasswordIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> DataSource.of(PROJECT, "ehr", "jdbc:postgresql://db/ehr?user=app&password=hunter2",
                DataSource.Role.SOURCE)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("secret reference").hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> DataSource.of(PROJECT, "ehr", "jdbc:mysql://app:hunter2@db/ehr", DataSource.Role.SOURCE))
                .isInstanceOf(InvalidInputException.class).hasMessageNotContaining("hunter2");
    }

    @Test
    void aViewerReadsTheSyntheaDirectoryThroughItsDataSourceAndTheReadIsRecorded() {
        try (AuditPipeline audit = GovernanceFixture.jsonl(dir); Warden warden = Clinical.warden(audit, new InMemoryWorkflowStore())) {
            warden.dataSources().create(ADMIN, DataSource.of(PROJECT, "synthea", Clinical.synthea().toString(),
                    DataSource.Role.SOURCE));
            try (TableSource source = warden.dataSources().openSource(VIEWER, PROJECT, "synthea", "row counts")) {
                assertThat(source.tables()).hasSize(15).contains("patients");
                assertThat(source.count("patients")).isEqualTo(111);
            }
        }
        AuditEvent read = GovernanceFixture.events(dir).get(1);
        assertThat(read.type()).isEqualTo(AuditEventType.DATA_SOURCE_READ);
        assertThat(read.actor().principalId()).isEqualTo("vic");
        assertThat(read.details()).containsEntry("purpose", "row counts");
    }

    @Test
    void aSourceIsNeverOpenedForWriting() {
        try (AuditPipeline audit = GovernanceFixture.jsonl(dir); Warden warden = Clinical.warden(audit, new InMemoryWorkflowStore())) {
            DataSource synthea = warden.dataSources().create(ADMIN, DataSource.of(PROJECT, "synthea",
                    Clinical.synthea().toString(), DataSource.Role.SOURCE));
            assertThatThrownBy(() -> warden.dataSources().openTarget(synthea, dev.warden.core.job.Datasets.Format.CSV))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("read-only");
        }
    }

    @Test
    void inProductionAPostgresqlSourceWithoutVerifiedTlsIsRefusedWhenOpened() {
        try (AuditPipeline audit = GovernanceFixture.jsonl(dir); Warden dev = Clinical.warden(audit, new InMemoryWorkflowStore())) {
            WorkflowStore store = new InMemoryWorkflowStore();
            DataSources production = new WorkflowEngines(store, dev.policy(), audit, dev.secrets(),
                    Environment.PRODUCTION).dataSources();
            production.create(ADMIN, DataSource.of(PROJECT, "ehr", "jdbc:postgresql://db.example/ehr?sslmode=require",
                    DataSource.Role.SOURCE));
            assertThatThrownBy(() -> production.openSource(VIEWER, PROJECT, "ehr", "check"))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("data source clinical/ehr").hasMessageContaining("sslmode=verify-full");
        }
        assertThat(GovernanceFixture.events(dir)).extracting(AuditEvent::type)
                .doesNotContain(AuditEventType.DATA_SOURCE_READ);
    }

    @Test
    void theTransportRuleAsksEachDriverForVerifiedTls() {
        assertThat(refusal("jdbc:postgresql://db/ehr")).contains("sslmode=verify-full");
        assertThat(refusal("jdbc:postgresql://db/ehr?sslmode=verify-ca")).contains("sslmode=verify-full");
        assertThat(refusal("jdbc:postgresql://db/ehr?sslmode=verify-full")).isEmpty();
        assertThat(refusal("jdbc:mysql://db/ehr?sslMode=REQUIRED")).contains("VERIFY_IDENTITY");
        assertThat(refusal("jdbc:mysql://db/ehr?sslMode=VERIFY_IDENTITY")).isEmpty();
        assertThat(refusal("jdbc:sqlserver://db;databaseName=ehr;encrypt=true;trustServerCertificate=true"))
                .contains("trustServerCertificate");
        assertThat(refusal("jdbc:sqlserver://db;databaseName=ehr;encrypt=true")).isEmpty();
        assertThat(refusal("jdbc:h2:tcp://db/ehr")).contains("jdbc:h2:ssl://");
        assertThat(refusal("jdbc:h2:file:/data/ehr")).isEmpty();
        assertThat(refusal("jdbc:oracle:thin:@db:1521/ehr")).contains("cannot check");
        assertThat(refusal("/data/exports/ehr")).isEmpty();
    }

    private static String refusal(String location) {
        try {
            TransportSecurity.requireVerifiedTls(DataSource.of(PROJECT, "db", location, DataSource.Role.SOURCE));
            return "";
        } catch (ConfigurationException e) {
            return e.getMessage();
        }
    }
}
