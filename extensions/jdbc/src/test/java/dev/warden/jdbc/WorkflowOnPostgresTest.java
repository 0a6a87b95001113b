package dev.warden.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.auth.Principal;
import dev.warden.core.GovernanceFixture;
import dev.warden.core.Warden;
import dev.warden.core.audit.AuditPipeline;
import dev.warden.core.job.JobSpec;
import dev.warden.core.policy.InMemoryGrantStore;
import dev.warden.core.policy.PolicyState;
import dev.warden.core.workflow.DataSource;
import dev.warden.core.workflow.WorkflowDefinition;
import dev.warden.core.workflow.WorkflowRun;
import dev.warden.policy.GlobalRole;
import dev.warden.policy.ProjectRole;
import dev.warden.policy.ProjectRoleGrant;
import dev.warden.policy.Subject;
import dev.warden.secrets.SecretRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A governed workflow run into a real PostgreSQL target whose credentials are secret references, with the workflow
 * and its runs kept in PostgreSQL too: the Synthea Nebraska export (15 tables, 35,078 rows) de-identified into it.
 */
class WorkflowOnPostgresTest {

    private static final Principal ADMIN = Principal.user("ada", GlobalRole.MEMBER);
    private static final Principal EDITOR = Principal.user("erin", GlobalRole.MEMBER);

    @TempDir
    Path dir;

    private static Path above(String relative) {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.exists(d.resolve(relative))) {
                return d.resolve(relative);
            }
        }
        throw new IllegalStateException(relative + " not found above the working directory");
    }

    private SecretRef secretFile(String name, String value) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, value);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return SecretRef.parse("file:" + file);
    }

    private Warden warden(AuditPipeline audit, EmbeddedPostgresServer.Database catalog) {
        PolicyState policy = PolicyState.builder().project("clinical")
                .grant(new ProjectRoleGrant(Subject.user("ada"), "clinical", ProjectRole.ADMIN))
                .grant(new ProjectRoleGrant(Subject.user("erin"), "clinical", ProjectRole.EDITOR)).build();
        return Warden.builder().policyStore(new InMemoryGrantStore(policy)).auditLog(audit)
                .workflowStore(new JdbcWorkflowStore(catalog.jdbcUrl(), catalog.user(), catalog.password().toCharArray()))
                .build();
    }

    private void define(Warden warden, EmbeddedPostgresServer.Database target, String user) throws IOException {
        warden.dataSources().create(ADMIN, DataSource.of("clinical", "synthea",
                above("core/src/test/resources/data/synthea-nebraska").toString(), DataSource.Role.SOURCE));
        warden.dataSources().create(ADMIN, DataSource.of("clinical", "warehouse", target.jdbcUrl(), DataSource.Role.TARGET)
                .withCredentials(secretFile("db.user", user), secretFile("db.password", target.password())));
        warden.workflows().create(EDITOR, "clinical", "nightly", WorkflowDefinition.of(
                JobSpec.load(above("samples/specs/synthea-test-data.json")), "synthea", "warehouse",
                secretFile("job.key", "clinical-job-key-0123456789abcdef")));
    }

    @Test
    void anEditorRunsTheWorkflowIntoPostgresqlWithCredentialsFromSecretReferences() throws Exception {
        EmbeddedPostgresServer.Database catalog = EmbeddedPostgresServer.shared().createDatabase("catalog");
        EmbeddedPostgresServer.Database target = EmbeddedPostgresServer.shared().createDatabase("warehouse");
        Path auditDir = Files.createDirectories(dir.resolve("audit"));
        WorkflowRun run;
        try (AuditPipeline audit = GovernanceFixture.jsonl(auditDir); Warden warden = warden(audit, catalog)) {
            define(warden, target, target.user());
            run = warden.workflows().run(EDITOR, "clinical", "nightly");
            assertThat(warden.workflows().runs(EDITOR, "clinical", "nightly", 5)).containsExactly(run);
        }
        assertThat(run.status()).isEqualTo(WorkflowRun.Status.SUCCEEDED);
        assertThat(run.rowsWritten()).isEqualTo(35_078);
        try (Connection c = target.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM patients")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(111);
        }
        List<AuditEvent> events = GovernanceFixture.events(auditDir);
        assertThat(events).extracting(AuditEvent::type).contains(AuditEventType.DATA_SOURCE_WRITTEN)
                .filteredOn(t -> t == AuditEventType.SECRET_ACCESSED).hasSizeGreaterThanOrEqualTo(3);
        AuditEvent written = events.stream().filter(e -> e.type() == AuditEventType.DATA_SOURCE_WRITTEN).findFirst()
                .orElseThrow();
        assertThat(written.resource()).isEqualTo("data-source:clinical/warehouse");
        assertThat(written.details()).containsEntry("rowsWritten", "35078").containsEntry("workflowVersion", "1");
    }

    @Test
    void aTargetWhoseUserCannotConnectFailsTheRunWhichIsKeptAsFailed() throws Exception {
        EmbeddedPostgresServer.Database catalog = EmbeddedPostgresServer.shared().createDatabase("catalog");
        EmbeddedPostgresServer.Database target = EmbeddedPostgresServer.shared().createDatabase("warehouse");
        Path auditDir = Files.createDirectories(dir.resolve("audit"));
        try (AuditPipeline audit = GovernanceFixture.jsonl(auditDir); Warden warden = warden(audit, catalog)) {
            define(warden, target, "nobody_here");
            assertThatThrownBy(() -> warden.workflows().run(EDITOR, "clinical", "nightly"))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("database jdbc:postgresql://");
            WorkflowRun failed = warden.workflows().runs(EDITOR, "clinical", "nightly", 1).get(0);
            assertThat(failed.status()).isEqualTo(WorkflowRun.Status.FAILED);
        }
        try (Connection c = target.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
    }
}
