package dev.warden.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.audit.Actor;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.core.Warden;
import dev.warden.core.audit.HmacChainKey;
import dev.warden.core.audit.VerificationReport;
import dev.warden.jdbc.EmbeddedPostgresServer;
import dev.warden.jdbc.JdbcAuditReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The way out of a JSON Lines log's single writer: a running host and four CLI processes ({@code warden users add})
 * on one warden.json whose audit sink is a {@code jdbc} table on a real PostgreSQL server. All of them write at the
 * same time; the sink's head-row lock serialises their appends into one chain, so every command succeeds, every event
 * the host had acknowledged is stored, and the chain verifies.
 */
class SharedJdbcAuditLogTest {

    static final String SECRET = "shared-jdbc-audit-secret-0123456789";

    @TempDir
    Path dir;

    @Test
    void aHostAndFourCommandsAppendToOneChainAndNoAcknowledgedEventIsLost() throws Exception {
        EmbeddedPostgresServer.Database db = EmbeddedPostgresServer.shared().createDatabase("cli_shared_audit");
        Path keyFile = Files.writeString(dir.resolve("audit.key"), SECRET);
        Path config = Files.writeString(dir.resolve("warden.json"), "{\"auth\": {\"providers\": [{\"type\": \"local\", "
                + "\"store\": {\"type\": \"json\", \"file\": \"" + json(dir.resolve("users.json")) + "\"}, "
                + "\"argon2id\": {\"memoryKiB\": 64, \"iterations\": 1}}]}, \"audit\": {\"key\": \"file:" + json(keyFile)
                + "\", \"sinks\": [{\"type\": \"jdbc\", \"url\": \"" + db.jdbcUrl() + "\", \"user\": \"" + db.user()
                + "\"}]}}");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        List<Process> commands = new ArrayList<>();
        try (Warden host = Warden.builder().configuration(config).build()) {
            host.auditLog();
            AtomicBoolean stop = new AtomicBoolean();
            Thread writer = new Thread(() -> {
                while (!stop.get()) {
                    AuditEvent event = AuditEvent.builder(AuditEventType.DATA_SOURCE_READ).actor(Actor.user("host", "test"))
                            .resource("data-source:clinical/patients").build();
                    host.auditLog().record(event);
                    acknowledged.add(event.id());
                }
            });
            writer.start();
            for (int i = 0; i < 4; i++) {
                commands.add(cli(config, "user" + i));
            }
            for (Process command : commands) {
                assertThat(command.waitFor(180, TimeUnit.SECONDS)).isTrue();
            }
            stop.set(true);
            writer.join();
        }
        for (Process command : commands) {
            assertThat(command.exitValue()).as(new String(command.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(ExitCode.OK);
        }
        JdbcAuditReader reader = new JdbcAuditReader(db.dataSource(), "warden_audit_event");
        VerificationReport report = reader.verify(HmacChainKey.derive(SECRET.getBytes(StandardCharsets.US_ASCII)));
        assertThat(report.intact()).as(report.findings().toString()).isTrue();
        List<AuditEvent> all = reader.readAll();
        Set<String> stored = all.stream().map(AuditEvent::id).collect(Collectors.toSet());
        assertThat(acknowledged).isNotEmpty();
        assertThat(stored).containsAll(acknowledged);
        assertThat(all.stream().filter(e -> e.type() == AuditEventType.USER_CREATED).map(AuditEvent::resource))
                .as("one USER_CREATED per command").hasSize(4);
        assertThat(Files.readString(dir.resolve("users.json"))).contains("user0", "user1", "user2", "user3");
    }

    private Process cli(Path config, String user) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m",
                "-cp", System.getProperty("java.class.path"), WardenCommand.class.getName(),
                "users", "add", user, "--password-stdin", "--config", config.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.getOutputStream().write("violet tractor ink harbour\n".getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        return p;
    }

    private static String json(Path path) {
        return path.toString().replace("\\", "\\\\");
    }
}
