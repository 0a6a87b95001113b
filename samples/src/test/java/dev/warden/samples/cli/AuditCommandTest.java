package dev.warden.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.audit.Actor;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.audit.Outcome;
import dev.warden.jdbc.JdbcAuditSink;
import dev.warden.core.audit.jsonl.JsonlAuditReader;
import dev.warden.core.audit.jsonl.JsonlAuditSink;
import dev.warden.core.audit.HmacChainKey;
import dev.warden.spi.audit.ChainKey;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.h2.jdbcx.JdbcDataSource;
import picocli.CommandLine;

/** {@code warden audit export|report|verify|repair} on a real log, with the key resolved by a file: reference. */
class AuditCommandTest {

    static final String SECRET = "cli-test-audit-secret-0123456789";

    @TempDir
    Path dir;
    Path log;
    String keyRef;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeALog() throws Exception {
        Path keyFile = dir.resolve("audit.key");
        Files.writeString(keyFile, SECRET);
        keyRef = "file:" + keyFile;
        log = dir.resolve("log");
        try (JsonlAuditSink sink = JsonlAuditSink.builder().directory(log)
                .chainKey(HmacChainKey.derive(SECRET.getBytes(StandardCharsets.US_ASCII))).open()) {
            List<AuditEvent> events = new ArrayList<>();
            Instant t = Instant.parse("2026-11-30T08:00:00Z");
            events.add(AuditEvent.builder(AuditEventType.LOGIN).actor(Actor.user("alice", "oidc")).time(t).build());
            events.add(AuditEvent.builder(AuditEventType.LOGIN_FAILED).outcome(Outcome.FAILURE).actor(Actor.user("bob", "password"))
                    .time(t.plusSeconds(60)).build());
            events.add(AuditEvent.builder(AuditEventType.ACCESS_DENIED).outcome(Outcome.DENIED).actor(Actor.user("bob", "password"))
                    .resource("data-source:clinical/patients").time(t.plusSeconds(120)).build());
            events.add(AuditEvent.builder(AuditEventType.DATA_ERASED).actor(Actor.user("alice", "oidc"))
                    .resource("data-source:clinical/patients").detail("rows", 3).time(t.plus(java.time.Duration.ofDays(1))).build());
            sink.write(events);
        }
    }

    private int run(String... args) {
        CommandLine commandLine = WardenCommand.newCommandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void verifyExitsZeroOnAnIntactLog() {
        assertThat(run("audit", "verify", log.toString(), "--key", keyRef)).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).startsWith("intact: 4 records");
    }

    @Test
    void verifyExitsThreeNamingTheModifiedRecord() throws Exception {
        Path file = new JsonlAuditReader(log).files().get(0);
        Files.writeString(file, Files.readString(file).replace("\"bob\"", "\"eve\""));
        assertThat(run("audit", "verify", log.toString(), "--key", keyRef)).isEqualTo(ExitCode.VALIDATION_FAILED);
        assertThat(out.toString()).contains("MODIFIED at " + file.getFileName() + ":2");
    }

    @Test
    void verifyWithTheWrongKeySaysSo() throws Exception {
        Path other = dir.resolve("other.key");
        Files.writeString(other, "some-other-secret-0123456789abcd");
        assertThat(run("audit", "verify", log.toString(), "--key", "file:" + other)).isEqualTo(ExitCode.VALIDATION_FAILED);
        assertThat(out.toString()).contains("WRONG_KEY");
    }

    @Test
    void aTornTailIsReportedThenRepairedAndRecorded() throws Exception {
        Path file = new JsonlAuditReader(log).files().get(0);
        Files.writeString(file, "{\"seq\":5,\"id\":\"01", StandardOpenOption.APPEND);
        assertThat(run("audit", "verify", log.toString(), "--key", keyRef)).isEqualTo(ExitCode.VALIDATION_FAILED);
        assertThat(out.toString()).contains("TORN_TAIL").contains("no tampering found");
        assertThat(run("audit", "repair", log.toString(), "--key", keyRef)).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("cut 17 bytes of a torn record");
        out.getBuffer().setLength(0);
        assertThat(run("audit", "verify", log.toString(), "--key", keyRef)).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).startsWith("intact: 5 records");
    }

    @Test
    void exportWritesOneOcsfEventPerLineWithinThePeriod() {
        assertThat(run("audit", "export", "--format", "ocsf", "--to", "2026-12-01", log.toString())).isEqualTo(ExitCode.OK);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).contains("\"class_uid\":3002").contains("\"auth_protocol_id\":4");
        assertThat(lines.get(2)).contains("\"class_uid\":6003").contains("\"status_detail\":\"denied\"");
    }

    @Test
    void exportAsCefWritesOneLinePerEvent() {
        assertThat(run("audit", "export", "--format", "cef", log.toString())).isEqualTo(ExitCode.OK);
        assertThat(out.toString().lines()).hasSize(4).allMatch(l -> l.startsWith("CEF:0|Warden|Warden|"));
    }

    @Test
    void anUnknownExportFormatIsBadInput() {
        assertThat(run("audit", "export", "--format", "xml", log.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("expected ocsf, cef or jsonl");
    }

    @Test
    void reportAsHtmlIsOneSelfContainedFile() throws Exception {
        Path html = dir.resolve("report.html");
        assertThat(run("audit", "report", log.toString(), "--format", "html", "-o", html.toString())).isEqualTo(ExitCode.OK);
        String text = Files.readString(html);
        assertThat(text).startsWith("<!DOCTYPE html>").contains("<h2>Access denied (1)</h2>").contains("<h2>Erasures (1)</h2>")
                .doesNotContain("<script", "http://", "https://");
    }

    @Test
    void reportWithTheKeyStatesTheVerifiedChainAndLeavesTheLogAsItWas() throws Exception {
        List<String> before = new java.util.ArrayList<>();
        try (var files = Files.list(log)) {
            for (Path f : files.sorted().toList()) {
                before.add(f + " " + Files.size(f) + " " + Files.getLastModifiedTime(f));
            }
        }
        assertThat(run("audit", "report", log.toString(), "--key", keyRef)).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).containsPattern("Hash chain: intact; \\d+ records, key id [0-9a-f]{16}, last record \\d+, "
                + "last MAC [0-9a-f]{64}").contains("Period: first event ");
        List<String> after = new java.util.ArrayList<>();
        try (var files = Files.list(log)) {
            for (Path f : files.sorted().toList()) {
                after.add(f + " " + Files.size(f) + " " + Files.getLastModifiedTime(f));
            }
        }
        assertThat(after).isEqualTo(before);
    }

    @Test
    void reportWithoutTheKeySaysTheChainWasNotVerified() {
        assertThat(run("audit", "report", log.toString())).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("Hash chain: not verified");
    }

    @Test
    void reportAsTextCountsAuthenticationsPerUser() {
        assertThat(run("audit", "report", log.toString(), "--from", "2026-11-30", "--to", "2026-12-01")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("Events: 3").contains("Authentications per user (2)").containsPattern("bob\\s+0\\s+1");
    }

    @Test
    void aKeyThatCannotBeResolvedIsBadInput() {
        assertThat(run("audit", "verify", log.toString(), "--key", "file:" + dir.resolve("absent.key"))).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("--key").doesNotContain(SECRET);
    }

    @Test
    void aMissingLogIsBadInput() {
        assertThat(run("audit", "verify", dir.resolve("nope").toString(), "--key", keyRef)).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("does not exist");
    }

    /**
     * The same commands on a JDBC audit log: LOG is a {@code jdbc:} URL (here an H2 file database written by the real
     * {@code jdbc} sink), {@code --table} names the table. PostgreSQL is covered by {@code JdbcAuditReaderPostgresTest}
     * in core, on the same reader.
     */
    @Nested
    class OnAJdbcLog {

        String url;
        JdbcDataSource dataSource;

        @BeforeEach
        void writeALogTable() throws Exception {
            url = "jdbc:h2:file:" + dir.resolve("auditdb");
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
            assertThat(run("audit", "verify", url, "--table", "audit_log", "--key", keyRef))
                    .isEqualTo(ExitCode.VALIDATION_FAILED);
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
            assertThat(run("audit", "verify", url, "--table", "no_such_table", "--key", keyRef))
                    .isEqualTo(ExitCode.BAD_INPUT);
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
}
