package dev.warden.samples.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.audit.Outcome;
import dev.warden.auth.PrincipalKind;
import dev.warden.core.audit.jsonl.JsonlAuditReader;
import dev.warden.samples.cli.WardenCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Runs the host application as its README command does — its own JVM, the shipped {@code samples/host/warden.json},
 * keys in environment variables — and checks what it did from its output and the files it left.
 */
class HostApplicationTest {

    private static final Path CONFIG = Path.of("host", "warden.json").toAbsolutePath();
    private static final String AUDIT_KEY = "hex:9b1f3c7e5a2d4f608e1c3b5a7d9f2e4c6a8b0d1f3e5c7a9b2d4f6e8a0c1b3d5f";
    private static final String JOB_KEY = "4e6a8c0b2d4f6e8a1c3b5d7f9e0a2c4b6d8f0e1a3c5b7d9f2e4a6c8b0d1f3e5a";

    @TempDir
    static Path work;
    private static Run first;
    private static Run second;

    record Run(int exit, String out, String err) {
        Map<String, String> record() {
            String line = out.lines().filter(l -> l.startsWith("5. record: ")).findFirst().orElseThrow();
            Map<String, String> record = new LinkedHashMap<>();
            for (String pair : line.substring(line.indexOf('{') + 1, line.lastIndexOf('}')).split(", ")) {
                record.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
            return record;
        }
    }

    @BeforeAll
    static void runTwice() throws Exception {
        Map<String, String> env = Map.of("WARDEN_AUDIT_KEY", AUDIT_KEY, "WARDEN_JOB_KEY", JOB_KEY,
                "WARDEN_HOST_DB_PASSWORD", "db-pw-7c1e9a");
        first = run(env, CONFIG.toString());
        second = run(env, CONFIG.toString());
    }

    static Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", hostClassPath(), HostApplication.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(work.resolve("stdout.txt").toFile()).redirectError(work.resolve("stderr.txt").toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("WARDEN_"));
        builder.environment().putAll(env);
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the host application finishes").isTrue();
        return new Run(process.exitValue(), Files.readString(work.resolve("stdout.txt")),
                Files.readString(work.resolve("stderr.txt")));
    }

    private static List<Map<String, String>> csv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] header = lines.get(0).split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1); // the sample data has no quoted commas in these columns
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], cells[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * The test class path without other modules' test jars: core's registers deliberately broken plug-ins (for its own
     * tests) that a real host would never have, and whose warnings would reach the host's standard error.
     */
    private static String hostClassPath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.endsWith("-tests.jar") && !entry.replace('\\', '/').endsWith("/test-classes"))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    private static List<AuditEvent> events() {
        return new JsonlAuditReader(work.resolve("target/warden-host/audit")).readAll();
    }

    @Test
    void runsToTheEndAndCanRunAgainOnItsOwnState() {
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(first.err()).isEmpty();
    }

    @Test
    void authenticatesThePersonByPasswordAndTheServiceAccountByApiKey() {
        assertThat(first.out()).contains("3. authenticated: local:alice (USER, password); "
                + "local:etl-bot (SERVICE_ACCOUNT, api-key, project roles {clinic=VIEWER})");
    }

    @Test
    void theEditorMayRunTheWorkflowAndTheViewerKeyMayReadButNotRunIt() {
        assertThat(first.out())
                .contains("4. policy: local:etl-bot READ workflow:clinic/deidentify-patients: ALLOWED (version 1)")
                .contains("4. policy: local:etl-bot EXECUTE workflow:clinic/deidentify-patients: DENIED")
                .contains("6. local:alice ran workflow clinic/deidentify-patients version 1");
    }

    @Test
    void theRecordsIdentifiersChangeAndItsKeptColumnDoesNot() {
        Map<String, String> record = first.record();
        assertThat(record.keySet()).containsExactlyElementsOf(HostApplication.RECORD.keySet());
        for (String column : List.of("Id", "SSN", "FIRST", "LAST", "ZIP")) {
            assertThat(record.get(column)).as(column).isNotEqualTo(HostApplication.RECORD.get(column)).isNotBlank();
        }
        assertThat(record.get("GENDER")).isEqualTo("F");
        assertThat(record.get("SSN")).matches("\\d{3}-\\d{2}-\\d{4}"); // FF1 keeps the shape
        assertThat(record.get("ZIP")).startsWith("685");
    }

    @Test
    void theRecordComesOutAsItsRowInTheTableAndTheSameInEveryRun() throws IOException {
        Map<String, String> row = csv(work.resolve("target/warden-host/out/patients.csv")).get(0);
        first.record().forEach((column, value) -> assertThat(row.get(column)).as(column).isEqualTo(value));
        assertThat(second.record()).isEqualTo(first.record());
    }

    @Test
    void theTableIsDeidentifiedAndItsForeignKeysStillJoin() throws IOException {
        List<Map<String, String>> input = csv(CONFIG.resolveSibling("data/patients.csv"));
        List<Map<String, String>> patients = csv(work.resolve("target/warden-host/out/patients.csv"));
        List<Map<String, String>> encounters = csv(work.resolve("target/warden-host/out/encounters.csv"));
        assertThat(patients).hasSameSizeAs(input);
        Set<String> inputSsns = new HashSet<>(input.stream().map(r -> r.get("SSN")).toList());
        assertThat(patients).allSatisfy(r -> assertThat(inputSsns).doesNotContain(r.get("SSN")));
        Set<String> ids = new HashSet<>(patients.stream().map(r -> r.get("Id")).toList());
        assertThat(encounters).hasSize(32).allSatisfy(e -> assertThat(ids).contains(e.get("PATIENT")));
        assertThat(first.out()).contains("40 rows read, 40 written; validation passed");
    }

    @Test
    void theAuditLogHoldsWhatTheHostDidAndItsChainVerifies() throws IOException {
        List<AuditEvent> events = events();
        // Grants, data sources, the workflow, its run and the denial are recorded by Warden's engines, not by the host.
        assertThat(first.out()).contains("7. audit log: Warden recorded").contains("the host recorded nothing by hand");
        assertThat(events).extracting(AuditEvent::type).contains(AuditEventType.USER_CREATED,
                AuditEventType.API_KEY_CREATED, AuditEventType.LOGIN, AuditEventType.API_KEY_USED,
                AuditEventType.PERMISSION_GRANTED, AuditEventType.ACCESS_DENIED, AuditEventType.WORKFLOW_EXECUTED,
                AuditEventType.SECRET_ACCESSED);
        assertThat(events).filteredOn(e -> e.type() == AuditEventType.ACCESS_DENIED).allSatisfy(e -> {
            assertThat(e.actor().principalId()).isEqualTo("local:etl-bot");
            assertThat(e.actor().kind()).isEqualTo(PrincipalKind.SERVICE_ACCOUNT);
            assertThat(e.outcome()).isEqualTo(Outcome.DENIED);
        });
        assertThat(events).filteredOn(e -> e.type() == AuditEventType.WORKFLOW_EXECUTED).isNotEmpty()
                .allSatisfy(e -> assertThat(e.actor().principalId()).isEqualTo("local:alice"));
        assertThat(events).filteredOn(e -> e.type() == AuditEventType.WORKFLOW_EXECUTED
                && "finished".equals(e.details().get("phase")))
                .hasSize(2).allSatisfy(e -> assertThat(e.details()).containsEntry("rowsWritten", "40"));
        assertThat(events).extracting(AuditEvent::type).contains(AuditEventType.DATA_SOURCE_CREATED,
                AuditEventType.WORKFLOW_CREATED, AuditEventType.DATA_SOURCE_READ, AuditEventType.DATA_SOURCE_WRITTEN);
        Path key = work.resolve("audit.key");
        Files.writeString(key, AUDIT_KEY);
        StringWriter out = new StringWriter();
        CommandLine verify = WardenCommand.newCommandLine();
        verify.setOut(new PrintWriter(out, true));
        assertThat(verify.execute("audit", "verify", work.resolve("target/warden-host/audit").toString(),
                "--key", "file:" + key)).isZero();
        assertThat(out.toString()).startsWith("intact: " + events.size() + " records");
    }

    @Test
    void noSecretReachesTheOutputOrTheAuditLog() throws IOException {
        String audit = String.join("\n", Files.readAllLines(
                Files.list(work.resolve("target/warden-host/audit")).findFirst().orElseThrow()));
        for (String secret : List.of(AUDIT_KEY, JOB_KEY, "db-pw-7c1e9a")) {
            assertThat(first.out()).doesNotContain(secret);
            assertThat(audit).doesNotContain(secret);
        }
    }

    @Test
    void aMissingJobKeyIsAConfigurationErrorOnOneLine() throws Exception {
        Run run = run(Map.of("WARDEN_AUDIT_KEY", AUDIT_KEY, "WARDEN_HOST_DB_PASSWORD", "db-pw-7c1e9a"),
                CONFIG.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("error: ").contains("WARDEN_JOB_KEY").doesNotContain("\n");
    }

    @Test
    void noArgumentsPrintsTheUsage() throws Exception {
        Run run = run(Map.of());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("usage: HostApplication <warden.json>");
    }
}
