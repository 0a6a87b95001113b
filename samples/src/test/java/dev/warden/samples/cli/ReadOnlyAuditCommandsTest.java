package dev.warden.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.audit.Actor;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.core.audit.HmacChainKey;
import dev.warden.core.audit.jsonl.JsonlAuditReader;
import dev.warden.core.audit.jsonl.JsonlAuditSink;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code warden audit verify|export|report} and {@code posture} with {@code --config} read the log the configuration
 * names and never change it; only {@code audit repair} cuts, and only a crash's torn tail.
 */
class ReadOnlyAuditCommandsTest {

    static final String SECRET = "read-only-audit-secret-0123456789";

    @TempDir
    Path dir;
    Path log;
    Path config;
    String keyRef;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void writeALogAndItsConfiguration() throws Exception {
        Path keyFile = dir.resolve("audit.key");
        Files.writeString(keyFile, SECRET);
        keyRef = "file:" + keyFile;
        log = dir.resolve("log");
        try (JsonlAuditSink sink = JsonlAuditSink.builder().directory(log)
                .chainKey(HmacChainKey.derive(SECRET.getBytes(StandardCharsets.US_ASCII))).open()) {
            List<AuditEvent> events = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                events.add(AuditEvent.builder(AuditEventType.LOGIN).actor(Actor.user("alice", "oidc")).build());
            }
            sink.write(events);
        }
        Files.delete(log.resolve("audit.lock"));
        config = dir.resolve("warden.json");
        Files.writeString(config, "{\"audit\": {\"key\": \"" + keyRef + "\", \"sinks\": [{\"type\": \"jsonl\", "
                + "\"directory\": \"" + log.toString().replace("\\", "\\\\") + "\"}]}}");
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine commandLine = WardenCommand.newCommandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private Path logFile() {
        return new JsonlAuditReader(log).files().get(0);
    }

    private Map<String, String> snapshot() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (var entries = Files.list(log)) {
            for (Path f : entries.toList()) {
                files.put(f.getFileName().toString(), Arrays.toString(Files.readAllBytes(f)));
            }
        }
        return files;
    }

    private void tearTheLastRecord() throws IOException {
        Files.write(logFile(), "{\"seq\":4,\"id\":\"0193".getBytes(StandardCharsets.US_ASCII), StandardOpenOption.APPEND);
    }

    @Test
    void verifyWithTheConfigurationReportsATornTailAndLeavesTheLogAsItIs() throws Exception {
        tearTheLastRecord();
        Map<String, String> before = snapshot();
        assertThat(run("audit", "verify", log.toString(), "--key", keyRef, "--config", config.toString()))
                .isEqualTo(ExitCode.VALIDATION_FAILED);
        assertThat(out.toString()).contains("TORN_TAIL").contains("not intact (no tampering found)");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void exportReportAndPostureWithTheConfigurationLeaveTheLogAsItIs() throws Exception {
        tearTheLastRecord();
        Map<String, String> before = snapshot();
        assertThat(run("audit", "export", "--format", "jsonl", log.toString(), "--config", config.toString())).isEqualTo(ExitCode.OK);
        assertThat(out.toString().lines().count()).isEqualTo(3);
        assertThat(run("audit", "report", log.toString(), "--config", config.toString())).isEqualTo(ExitCode.OK);
        run("posture", "--config", config.toString());
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aWholeLastRecordWithABadMacIsModifiedEvenWithoutItsLineFeed() throws Exception {
        byte[] bytes = Files.readAllBytes(logFile());
        String text = new String(bytes, StandardCharsets.UTF_8);
        String changed = text.substring(0, text.length() - 1).replace("\"alice\"}", "\"mallory\"}");
        int lastStart = text.lastIndexOf('\n', text.length() - 2) + 1;
        changed = text.substring(0, lastStart) + text.substring(lastStart, text.length() - 1).replace("alice", "mallo");
        Files.writeString(logFile(), changed);
        Map<String, String> before = snapshot();
        assertThat(run("audit", "verify", log.toString(), "--key", keyRef)).isEqualTo(ExitCode.VALIDATION_FAILED);
        assertThat(out.toString()).contains("MODIFIED").contains("NOT intact").doesNotContain("TORN_TAIL");
        assertThat(run("audit", "repair", log.toString(), "--key", keyRef)).isEqualTo(ExitCode.VALIDATION_FAILED);
        assertThat(out.toString()).contains("not repaired");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void repairLeavesAMalformedLastLineAndExitsThree() throws Exception {
        Files.writeString(logFile(), "this is not a record\n", StandardOpenOption.APPEND);
        Map<String, String> before = snapshot();
        assertThat(run("audit", "repair", log.toString(), "--key", keyRef)).isEqualTo(ExitCode.VALIDATION_FAILED);
        assertThat(out.toString()).contains("MALFORMED");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void repairCutsATornTail() throws Exception {
        tearTheLastRecord();
        assertThat(run("audit", "repair", log.toString(), "--key", keyRef)).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("cut 19 bytes");
        assertThat(run("audit", "verify", log.toString(), "--key", keyRef)).isEqualTo(ExitCode.OK);
    }

    @Test
    void exportAndReportOfANonJsonLineExitThreeNamingFileAndLine() throws Exception {
        Files.writeString(logFile(), "not json}\n", StandardOpenOption.APPEND);
        assertThat(run("audit", "export", "--format", "jsonl", log.toString())).isEqualTo(ExitCode.VALIDATION_FAILED);
        assertThat(err.toString()).contains(logFile().toString() + " line 4").contains("MALFORMED");
        assertThat(run("audit", "report", log.toString())).isEqualTo(ExitCode.VALIDATION_FAILED);
        assertThat(err.toString()).contains(logFile().toString() + " line 4");
    }

    @Test
    void exportOfABinaryFileExitsThree() throws Exception {
        Path binary = dir.resolve("audit-20261130-000000000001.jsonl");
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + 0x80);
        }
        Files.write(binary, bytes);
        assertThat(run("audit", "export", "--format", "jsonl", binary.toString())).isEqualTo(ExitCode.VALIDATION_FAILED);
        assertThat(err.toString()).contains("not UTF-8 text");
    }

    @Test
    void anEmptyAuditDirectoryIsNoRecordsNotIntact() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThat(run("audit", "verify", empty.toString(), "--key", keyRef)).isEqualTo(ExitCode.VALIDATION_FAILED);
        assertThat(out.toString()).startsWith("no records:").doesNotContain("intact");
    }
}
