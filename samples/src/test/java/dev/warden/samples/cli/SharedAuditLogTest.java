package dev.warden.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.audit.Actor;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.core.Warden;
import dev.warden.core.audit.HmacChainKey;
import dev.warden.core.audit.VerificationReport;
import dev.warden.core.audit.jsonl.JsonlAuditReader;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A running host and CLI processes ({@code java -cp ... WardenCommand users add}) on one warden.json whose audit
 * section names one JSON Lines log: the host keeps the log's writer lock, each command is refused before it changes
 * anything, naming the holder, and no acknowledged host event is lost.
 */
class SharedAuditLogTest {

    static final String SECRET = "shared-audit-log-secret-0123456789";

    @TempDir
    Path dir;
    Path config;
    Path auditDir;

    @BeforeEach
    void writeConfig() throws IOException {
        Path keyFile = dir.resolve("audit.key");
        Files.writeString(keyFile, SECRET);
        auditDir = dir.resolve("audit");
        Files.writeString(dir.resolve("warden.json"), "{\"auth\": {\"providers\": [{\"type\": \"local\", "
                + "\"store\": {\"type\": \"json\", \"file\": \"" + json(dir.resolve("users.json")) + "\"}, "
                + "\"argon2id\": {\"memoryKiB\": 64, \"iterations\": 1}}]}, \"audit\": {\"key\": \"file:" + json(keyFile)
                + "\", \"sinks\": [{\"type\": \"jsonl\", \"name\": \"file\", \"directory\": \"" + json(auditDir) + "\"}]}}");
        config = dir.resolve("warden.json");
    }

    @Test
    void commandsAreRefusedWhileTheHostWritesAndNoAcknowledgedEventIsLost() throws Exception {
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
                commands.add(cli("user" + i));
            }
            for (Process command : commands) {
                assertThat(command.waitFor(120, TimeUnit.SECONDS)).isTrue();
            }
            stop.set(true);
            writer.join();
        }
        for (Process command : commands) {
            String err = new String(command.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(command.exitValue()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(err).contains("already being written by process " + ProcessHandle.current().pid() + " on host ")
                    .contains("shared 'jdbc' audit sink");
        }
        assertThat(Files.exists(dir.resolve("users.json")) ? Files.readString(dir.resolve("users.json")) : "")
                .doesNotContain("user0");
        JsonlAuditReader reader = new JsonlAuditReader(auditDir);
        VerificationReport report = reader.verify(HmacChainKey.derive(SECRET.getBytes(StandardCharsets.US_ASCII)));
        assertThat(report.intact()).as(report.findings().toString()).isTrue();
        Set<String> stored = reader.readAll().stream().map(AuditEvent::id).collect(Collectors.toSet());
        assertThat(acknowledged).isNotEmpty();
        assertThat(stored).containsAll(acknowledged);
    }

    @Test
    void listingUsersNeedsNoAuditLogAndWorksWhileTheHostWrites() throws Exception {
        try (Warden host = Warden.builder().configuration(config).build()) {
            host.auditLog();
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process p = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m",
                    "-cp", System.getProperty("java.class.path"), WardenCommand.class.getName(),
                    "users", "list", "--config", config.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(ExitCode.OK);
        }
    }

    @Test
    void aCommandWritesTheLogOnceTheHostHasClosedIt() throws Exception {
        try (Warden host = Warden.builder().configuration(config).build()) {
            host.auditLog().record(AuditEvent.builder(AuditEventType.LOGIN).actor(Actor.user("alice", "test")).build());
        }
        Process command = cli("carol");
        assertThat(command.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(command.exitValue()).as(new String(command.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo(ExitCode.OK);
        JsonlAuditReader reader = new JsonlAuditReader(auditDir);
        assertThat(reader.verify(HmacChainKey.derive(SECRET.getBytes(StandardCharsets.US_ASCII))).intact()).isTrue();
        assertThat(reader.readAll()).extracting(AuditEvent::type).contains(AuditEventType.LOGIN, AuditEventType.USER_CREATED);
    }

    private Process cli(String user) throws IOException {
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
