package dev.warden.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.audit.Actor;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.audit.Outcome;
import dev.warden.core.audit.HmacChainKey;
import dev.warden.core.audit.jdbc.JdbcAuditSink;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code warden audit export|report|verify} on a JDBC audit log: LOG is a {@code jdbc:} URL (here an H2 file database
 * written by the real {@code jdbc} sink), {@code --table} names the table. PostgreSQL is covered by
 * {@code JdbcAuditReaderPostgresTest} in core, on the same reader.
 */
class AuditCommandJdbcTest {

    static final String SECRET = "cli-jdbc-audit-secret-0123456789";

    @TempDir
    Path dir;
    String url;
    String keyRef;
    JdbcDataSource dataSource;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeALogTable() throws Exception {
        Path keyFile = dir.resolve("audit.key");
        Files.writeString(keyFile, SECRET);
        keyRef = "file:" + keyFile;
        url = "jdbc:h2:file:" + dir.resolve("auditdb") + ";AUTO_SERVER=FALSE";
        dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        Instant t = Instant.parse("2026-11-30T08:00:00Z");
        try (JdbcAuditSink sink = JdbcAuditSink.builder().dataSource(dataSource).table("audit_log")
                .chainKey(HmacChainKey.derive(SECRET.getBytes(StandardCharsets.US_ASCII))).open()) {
            sink.write(List.of(
                    AuditEvent.builder(AuditEventType.LOGIN).actor(Actor.user("alice", "oidc")).time(t).build(),
                    AuditEvent.builder(AuditEventType.LOGIN_FAILED).outcome(Outcome.FAILURE)
                            .actor(Actor.user("bob", "password")).time(t.plusSeconds(60)).build(),
                    AuditEvent.builder(AuditEventType.DATA_ERASED).actor(Actor.user("alice", "oidc"))
                            .resource("data-source:clinical/patients").time(t.plus(java.time.Duration.ofDays(1))).build()));
        }
    }

    private int run(String... args) {
        CommandLine commandLine = WardenCommand.newCommandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void verifyOfAnIntactTableExitsZero() {
        assertThat(run("audit", "verify", url, "--table", "audit_log", "--key", keyRef)).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).startsWith("intact: 3 records in table audit_log");
    }

    @Test
    void verifyOfAModifiedRowExitsThreeNamingIt() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE audit_log SET record = REPLACE(record, '\"bob\"', '\"eve\"') WHERE seq = 2");
        }
        assertThat(run("audit", "verify", url, "--table", "audit_log", "--key", keyRef)).isEqualTo(ExitCode.VALIDATION_FAILED);
        assertThat(out.toString()).contains("MODIFIED").contains("audit_log seq=2");
    }

    @Test
    void exportWritesTheTableAsOcsfWithinThePeriod() {
        assertThat(run("audit", "export", "--format", "ocsf", "--to", "2026-12-01", "--table", "audit_log", url))
                .isEqualTo(ExitCode.OK);
        assertThat(out.toString().lines()).hasSize(2).allMatch(line -> line.contains("\"class_uid\":3002"));
    }

    @Test
    void reportCountsTheTablesEvents() {
        assertThat(run("audit", "report", "--format", "json", "--table", "audit_log", url)).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("alice").contains("bob");
    }

    @Test
    void aMissingTableIsBadInputNamingIt() {
        assertThat(run("audit", "verify", url, "--table", "no_such_table", "--key", keyRef)).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("audit table no_such_table cannot be read");
    }

    @Test
    void aHostileTableNameIsRefusedWithoutTouchingTheDatabase() {
        assertThat(run("audit", "export", "--format", "jsonl", "--table", "x; DROP TABLE audit_log", url))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("is not a table name");
        assertThat(run("audit", "verify", url, "--table", "audit_log", "--key", keyRef)).isEqualTo(ExitCode.OK);
    }
}
