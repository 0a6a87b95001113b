package dev.warden.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.InvalidInputException;
import dev.warden.core.deid.Deidentifiers;
import dev.warden.core.job.Datasets;
import dev.warden.core.job.DeidentificationJob;
import dev.warden.core.job.JobReport;
import dev.warden.core.job.JobSpec;
import dev.warden.core.job.SubsetRule;
import dev.warden.core.job.TableSource;
import dev.warden.core.job.TableTarget;
import dev.warden.jdbc.EmbeddedPostgresServer;
import dev.warden.jdbc.demo.DemoDataset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job against real databases: H2 (embedded default) and PostgreSQL (embedded server). */
class JdbcJobTest {

    static final byte[] KEY = "jdbc-job-test-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    static EmbeddedPostgresServer.Database pgSource;
    static String pgUrl;

    @TempDir
    Path dir;

    @BeforeAll
    static void postgres() {
        pgSource = EmbeddedPostgresServer.shared().createDatabase("job_source");
        pgUrl = pgSource.jdbcUrl() + "?user=" + pgSource.user() + "&password=" + pgSource.password();
        DemoDataset.generate(pgUrl, 60, 7);
    }

    static JobReport run(String from, String to, Optional<SubsetRule> subset) {
        try (TableSource source = Datasets.source(from); TableTarget target = Datasets.target(to, Datasets.Format.CSV)) {
            DeidentificationJob.Builder b = DeidentificationJob.builder().spec(JobSpec.parse(DemoDataset.spec(), "demo-spec.json"))
                    .source(source).target(target).deidentifiers(p -> Deidentifiers.forProfile(p, KEY));
            subset.ifPresent(b::subset);
            return b.build().run();
        }
    }

    static long count(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    String h2(String name) {
        return "jdbc:h2:file:" + dir.resolve(name).toAbsolutePath();
    }

    @Test
    void aPostgresSourceIsReadOnly() {
        try (JdbcSource source = new JdbcSource(pgUrl, Optional.empty(), Optional.empty())) {
            assertThatThrownBy(() -> {
                try (Statement st = source.connection().createStatement()) {
                    st.executeUpdate("DELETE FROM conditions");
                }
            }).isInstanceOf(SQLException.class).hasMessageContaining("read-only");
        }
    }

    @Test
    void anH2SourceIsReadOnly() {
        String url = h2("ro");
        DemoDataset.generate(url, 3, 1);
        try (JdbcSource source = new JdbcSource(url, Optional.empty(), Optional.empty())) {
            assertThatThrownBy(() -> {
                try (Statement st = source.connection().createStatement()) {
                    st.executeUpdate("DELETE FROM conditions");
                }
            }).isInstanceOf(SQLException.class).hasMessageContaining("read only");
        }
    }

    @Test
    void postgresToH2TakesKeysFromTheMetadataAndEveryKeyJoins() throws SQLException {
        String target = h2("out");
        JobReport report = run(pgUrl, target, Optional.empty());
        assertThat(report.validation().passed()).isTrue();
        assertThat(report.validation().checks().get(0).detail()).startsWith("3 foreign keys");
        assertThat(count(target, "SELECT COUNT(*) FROM \"PATIENTS\"")).isEqualTo(60);
        assertThat(count(target, "SELECT COUNT(*) FROM \"ENCOUNTERS\" e LEFT JOIN \"PATIENTS\" p ON e.\"patient_id\" = p.\"id\" WHERE p.\"id\" IS NULL")).isZero();
        assertThat(count(target, "SELECT COUNT(*) FROM \"PATIENTS\" WHERE \"zip\" = '000'")).isPositive();
        assertThat(count(target, "SELECT COUNT(*) FROM \"PATIENTS\" WHERE \"birth_date\" = '90+'")).isPositive();
        assertThat(count(target, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME LIKE 'ws_%'")).isZero();
    }

    @Test
    void postgresToPostgres() throws SQLException {
        EmbeddedPostgresServer.Database out = EmbeddedPostgresServer.shared().createDatabase("job_target");
        String url = out.jdbcUrl() + "?user=" + out.user() + "&password=" + out.password();
        JobReport report = run(pgUrl, url, Optional.empty());
        assertThat(report.validation().passed()).isTrue();
        assertThat(count(url, "SELECT COUNT(*) FROM \"CONDITIONS\"")).isEqualTo(count(pgUrl, "SELECT COUNT(*) FROM conditions"));
        assertThat(count(url, "SELECT COUNT(*) FROM \"CONDITIONS\" c JOIN \"ENCOUNTERS\" e ON c.encounter_id = e.id")).isEqualTo(
                count(pgUrl, "SELECT COUNT(*) FROM conditions"));
    }

    @Test
    void postgresToFiles() {
        Path out = dir.resolve("files");
        JobReport report = run(pgUrl, out.toString(), Optional.empty());
        assertThat(report.validation().passed()).isTrue();
        assertThat(out.resolve("PATIENTS.csv")).exists();
    }

    @Test
    void aSqlWhereSubsetIsReferentiallyComplete() throws SQLException {
        String target = h2("subset");
        JobReport report = run(pgUrl, target, Optional.of(new SubsetRule.Filter("PATIENTS", "gender = 'F'")));
        assertThat(report.validation().passed()).isTrue();
        long women = count(pgUrl, "SELECT COUNT(*) FROM patients WHERE gender = 'F'");
        assertThat(count(target, "SELECT COUNT(*) FROM \"PATIENTS\"")).isEqualTo(women).isLessThan(60);
        assertThat(count(target, "SELECT COUNT(*) FROM \"ENCOUNTERS\"")).isEqualTo(
                count(pgUrl, "SELECT COUNT(*) FROM encounters e JOIN patients p ON e.patient_id = p.id WHERE p.gender = 'F'"));
        assertThat(report.tables().get(0).rowsIn()).isEqualTo(60);
    }

    @Test
    void aFailedJobLeavesThePreviousTablesAndNoStagingTables() throws SQLException {
        String target = h2("keep");
        run(pgUrl, target, Optional.empty());
        long before = count(target, "SELECT COUNT(*) FROM \"ENCOUNTERS\"");
        String spec = DemoDataset.spec().replace("\"DESCRIPTION\": \"keep\",\n        \"TOTAL_COST\"", "\"DESCRIPTION\": \"DATE\",\n        \"TOTAL_COST\"");
        assertThat(spec).isNotEqualTo(DemoDataset.spec());
        try (TableSource source = Datasets.source(pgUrl); TableTarget t = Datasets.target(target, Datasets.Format.CSV)) {
            assertThatThrownBy(() -> DeidentificationJob.builder().spec(JobSpec.parse(spec, "bad")).source(source).target(t)
                    .deidentifiers(p -> Deidentifiers.forProfile(p, KEY)).build().run())
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("table ENCOUNTERS, row 1, column description");
        }
        assertThat(count(target, "SELECT COUNT(*) FROM \"ENCOUNTERS\"")).isEqualTo(before);
        assertThat(count(target, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME LIKE 'ws_%'")).isZero();
    }

    @Test
    void theSameKeyGivesTheSameRowsInEveryDatabase() throws Exception {
        String h2Target = h2("a");
        run(pgUrl, h2Target, Optional.empty());
        Path files = dir.resolve("b");
        run(pgUrl, files.toString(), Optional.empty());
        List<String> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(h2Target); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT \"id\" FROM \"PATIENTS\" ORDER BY \"id\"")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        assertThat(ids).hasSize(60).doesNotHaveDuplicates();
        assertThat(java.nio.file.Files.readString(files.resolve("PATIENTS.csv"))).contains(ids.get(0), ids.get(59));
    }
}
