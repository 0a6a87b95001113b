package dev.warden.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warden.InvalidInputException;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.audit.AuditLog;
import dev.warden.audit.AuditUnavailableException;
import dev.warden.auth.Principal;
import dev.warden.core.GovernanceFixture;
import dev.warden.core.Warden;
import dev.warden.core.audit.AuditPipeline;
import dev.warden.core.job.ForeignKey;
import dev.warden.core.job.SubjectQuery;
import dev.warden.core.policy.InMemoryGrantStore;
import dev.warden.core.policy.PolicyState;
import dev.warden.core.workflow.DataSource;
import dev.warden.core.workflow.Erasure;
import dev.warden.core.workflow.ErasurePlan;
import dev.warden.core.workflow.InMemoryWorkflowStore;
import dev.warden.core.workflow.SubjectExport;
import dev.warden.core.workflow.WorkflowStore;
import dev.warden.policy.AccessDeniedException;
import dev.warden.policy.GlobalRole;
import dev.warden.policy.ProjectRole;
import dev.warden.policy.ProjectRoleGrant;
import dev.warden.policy.Subject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data-subject export and erasure on H2: identifiers and values in several scripts, a table without a primary key, a
 * link the database does not declare (given as a spec foreign key), and a self reference from another subject.
 */
class DataSubjectsH2Test {

    private static final String PROJECT = "clinic";
    private static final String ZOE = "Zoë-東京-✓";
    private static final Principal ADMIN = Principal.user("ada", GlobalRole.MEMBER);
    private static final Principal VIEWER = Principal.user("vic", GlobalRole.MEMBER);
    /** The link from prescriptions to patients that the schema does not declare. */
    private static final Map<String, List<ForeignKey>> SPEC_KEYS = Map.of("präparate",
            List.of(new ForeignKey("patient_nr", "patients", "patient_id")));

    @TempDir
    Path dir;

    private String url;
    private Connection keepAlive;

    @BeforeEach
    void database() throws SQLException {
        url = "jdbc:h2:mem:subjects-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        keepAlive = DriverManager.getConnection(url);
        try (Statement st = keepAlive.createStatement()) {
            st.execute("CREATE TABLE patients (patient_id VARCHAR(64) PRIMARY KEY, name VARCHAR(100), "
                    + "guardian_id VARCHAR(64) REFERENCES patients (patient_id))");
            st.execute("CREATE TABLE visits (visit_id INT PRIMARY KEY, patient_id VARCHAR(64) NOT NULL "
                    + "REFERENCES patients (patient_id), reason VARCHAR(100))");
            st.execute("CREATE TABLE visit_notes (visit_id INT NOT NULL REFERENCES visits (visit_id), note VARCHAR(200))");
            st.execute("CREATE TABLE \"präparate\" (rx_id INT PRIMARY KEY, patient_nr VARCHAR(64), wirkstoff VARCHAR(50))");
            st.execute("INSERT INTO patients VALUES ('" + ZOE + "', 'Zoë Ångström-Łukasz', NULL), "
                    + "('p-2', 'Ολυμπία Παπαδοπούλου', NULL), ('p-3', 'Иван Петров', 'p-2')");
            st.execute("INSERT INTO visits VALUES (1, '" + ZOE + "', 'Grippe'), (2, '" + ZOE + "', 'Kontrolle'), "
                    + "(3, 'p-2', 'checkup')");
            st.execute("INSERT INTO visit_notes VALUES (1, 'Fieber 39 °C'), (1, '発熱'), (2, 'gut'), (3, 'fine')");
            st.execute("INSERT INTO \"präparate\" VALUES (10, '" + ZOE + "', 'Ibuprofen'), (11, 'p-2', 'Aspirin')");
        }
    }

    @AfterEach
    void drop() throws SQLException {
        try (Statement st = keepAlive.createStatement()) {
            st.execute("SHUTDOWN");
        }
        keepAlive.close();
    }

    private Warden warden(AuditLog audit) {
        WorkflowStore store = new InMemoryWorkflowStore();
        store.saveDataSource(DataSource.of(PROJECT, "records", url, DataSource.Role.SOURCE));
        PolicyState policy = PolicyState.builder().project(PROJECT)
                .grant(new ProjectRoleGrant(Subject.user("ada"), PROJECT, ProjectRole.ADMIN))
                .grant(new ProjectRoleGrant(Subject.user("vic"), PROJECT, ProjectRole.VIEWER)).build();
        return Warden.builder().policyStore(new InMemoryGrantStore(policy)).workflowStore(store).auditLog(audit).build();
    }

    private long count(String sql) throws SQLException {
        try (PreparedStatement st = keepAlive.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private SubjectQuery zoe() {
        return new SubjectQuery("patients", Optional.empty(), ZOE, SPEC_KEYS);
    }

    @Test
    void anExportFollowsDeclaredAndSpecKeysAndKeepsEveryScript() throws Exception {
        SubjectExport export;
        try (AuditPipeline audit = GovernanceFixture.jsonl(dir); Warden warden = warden(audit)) {
            export = warden.dataSubjects().export(VIEWER, PROJECT, "records", zoe(), "Art. 15 request 7");
        }
        // names as the database spells them: H2 folds unquoted names to upper case
        assertThat(export.counts()).containsOnly(Map.entry("PATIENTS", 1L), Map.entry("VISITS", 2L),
                Map.entry("präparate", 1L), Map.entry("VISIT_NOTES", 3L));
        JsonNode json = new ObjectMapper().readTree(export.toJson());
        assertThat(json.get("tables").get("PATIENTS").get(0).get("NAME").asText()).isEqualTo("Zoë Ångström-Łukasz");
        assertThat(json.get("tables").get("PATIENTS").get(0).get("PATIENT_ID").asText()).isEqualTo(ZOE);
        assertThat(json.get("tables").get("VISIT_NOTES").findValuesAsText("NOTE")).containsExactlyInAnyOrder(
                "Fieber 39 °C", "発熱", "gut");
        AuditEvent read = GovernanceFixture.events(dir).stream().filter(e -> e.type() == AuditEventType.DATA_SOURCE_READ)
                .findFirst().orElseThrow();
        assertThat(read.details().get("rowsPerTable")).startsWith("PATIENTS=1,")
                .contains("VISITS=2", "präparate=1", "VISIT_NOTES=3");
    }

    @Test
    void anErasureDeletesRowsWithoutPrimaryKeyAndRowsLinkedOnlyByTheSpecAndLeavesOthersAlone() throws Exception {
        Erasure erasure;
        try (AuditPipeline audit = GovernanceFixture.jsonl(dir); Warden warden = warden(audit)) {
            erasure = warden.dataSubjects().erase(ADMIN, PROJECT, "records", zoe(), ErasurePlan.delete(), "Art. 17 #8");
        }
        assertThat(erasure.deleted()).containsOnly(Map.entry("PATIENTS", 1L), Map.entry("VISITS", 2L),
                Map.entry("präparate", 1L), Map.entry("VISIT_NOTES", 3L));
        assertThat(count("SELECT count(*) FROM patients")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM visits")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM visit_notes")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM \"präparate\"")).isEqualTo(1);
        for (AuditEvent e : GovernanceFixture.events(dir)) {
            assertThat(e.toString()).doesNotContain(ZOE).doesNotContain("Zoë");
        }
    }

    @Test
    void anotherSubjectsRowReferringToTheSubjectIsNotErasedAndTheRefusedErasureChangesNothing() throws Exception {
        try (AuditPipeline audit = GovernanceFixture.jsonl(dir); Warden warden = warden(audit)) {
            SubjectExport export = warden.dataSubjects().export(ADMIN, PROJECT, "records",
                    SubjectQuery.of("patients", "p-2"), "Art. 15 #9");
            assertThat(export.counts()).containsEntry("PATIENTS", 1L); // p-3, whom p-2 is guardian of, is not p-2's
            assertThatThrownBy(() -> warden.dataSubjects().erase(ADMIN, PROJECT, "records",
                    SubjectQuery.of("patients", "p-2"), ErasurePlan.delete(), "Art. 17 #9"))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("refused the erasure")
                    .hasMessageContaining("nothing was changed");
        }
        assertThat(count("SELECT count(*) FROM visits WHERE patient_id = 'p-2'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM visit_notes")).isEqualTo(4);
        assertThat(GovernanceFixture.events(dir)).noneMatch(e -> e.type() == AuditEventType.DATA_ERASED);
    }

    @Test
    void aViewerMayExportButNotEraseAndTheRefusalIsRecorded() throws Exception {
        try (AuditPipeline audit = GovernanceFixture.jsonl(dir); Warden warden = warden(audit)) {
            assertThatThrownBy(() -> warden.dataSubjects().erase(VIEWER, PROJECT, "records", zoe(),
                    ErasurePlan.delete(), "Art. 17 #10")).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(count("SELECT count(*) FROM patients")).isEqualTo(3);
        assertThat(GovernanceFixture.events(dir)).anyMatch(e -> e.type() == AuditEventType.ACCESS_DENIED
                && e.actor().principalId().equals("vic"));
    }

    @Test
    void anErasureWhoseEventCannotBeStoredIsRolledBack() throws Exception {
        AuditLog full = event -> {
            throw new AuditUnavailableException("no audit sink stored the event (No space left on device)");
        };
        try (Warden warden = warden(full)) {
            assertThatThrownBy(() -> warden.dataSubjects().erase(ADMIN, PROJECT, "records", zoe(),
                    ErasurePlan.delete(), "Art. 17 #11")).isInstanceOf(AuditUnavailableException.class);
        }
        assertThat(count("SELECT count(*) FROM patients")).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM visit_notes")).isEqualTo(4);
        assertThat(count("SELECT count(*) FROM \"präparate\"")).isEqualTo(2);
    }

    @Test
    void aColumnThatDoesNotExistIsNamedWithTheTablesColumns() {
        try (AuditPipeline audit = GovernanceFixture.jsonl(dir); Warden warden = warden(audit)) {
            assertThatThrownBy(() -> warden.dataSubjects().export(ADMIN, PROJECT, "records",
                    new SubjectQuery("patients", Optional.of("email\u0000"), "x", Map.of()), "Art. 15 #12"))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("no column \"email?\"")
                    .hasMessageContaining("PATIENT_ID");
        }
    }
}
