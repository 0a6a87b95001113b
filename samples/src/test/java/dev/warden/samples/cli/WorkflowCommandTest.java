package dev.warden.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.core.audit.jsonl.JsonlAuditReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code warden datasource} and {@code warden workflow} run as an authenticated operator (an API key), authorized and
 * audited like the library calls, on the Synthea Nebraska export shipped with the tests.
 */
class WorkflowCommandTest {

    @TempDir
    Path dir;
    Path config;
    Path auditDir;
    String opsKey;
    String etlKey;
    StringWriter out;
    StringWriter err;
    private final InputStream originalIn = System.in;

    private static String json(Path p) {
        return p.toString().replace("\\", "\\\\");
    }

    private static Path above(String relative) {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.exists(d.resolve(relative))) {
                return d.resolve(relative);
            }
        }
        throw new IllegalStateException(relative + " not found");
    }

    @BeforeEach
    void configure() throws Exception {
        auditDir = Files.createDirectories(dir.resolve("audit"));
        Path auditKey = dir.resolve("audit.key");
        Files.writeString(auditKey, "workflow-command-audit-key-32-bytes!");
        Files.setPosixFilePermissions(auditKey, PosixFilePermissions.fromString("rw-------"));
        Files.writeString(dir.resolve("policy.json"), "{\"format\": \"warden-policy/1\", \"projects\": [\"clinical\"]}");
        config = dir.resolve("warden.json");
        Files.writeString(config, "{\"auth\": {\"providers\": [{\"type\": \"local\", \"store\": {\"type\": \"json\", "
                + "\"file\": \"" + json(dir.resolve("users.json")) + "\"}, \"argon2id\": {\"memoryKiB\": 64, "
                + "\"iterations\": 1}}]}, \"policy\": {\"store\": \"file\", \"file\": \"" + json(dir.resolve("policy.json"))
                + "\"}, \"workflows\": {\"store\": {\"type\": \"json\", \"file\": \"" + json(dir.resolve("workflows.json"))
                + "\"}}, \"audit\": {\"key\": \"file:" + json(auditKey) + "\", \"sinks\": [{\"type\": \"jsonl\", "
                + "\"name\": \"file\", \"directory\": \"" + json(auditDir) + "\"}]}}");
        Path jobKey = dir.resolve("job.key");
        Files.writeString(jobKey, "clinical-job-key-0123456789abcdef");
        Files.setPosixFilePermissions(jobKey, PosixFilePermissions.fromString("rw-------"));
        assertThat(run("", "users", "add", "ops", "--service-account", "--project", "clinical=admin", "--config",
                config.toString())).isEqualTo(ExitCode.OK);
        assertThat(run("", "users", "add", "etl", "--service-account", "--project", "clinical=editor", "--config",
                config.toString())).isEqualTo(ExitCode.OK);
        assertThat(run("", "apikey", "create", "ops", "--project", "clinical", "--ceiling", "admin", "--config",
                config.toString())).isEqualTo(ExitCode.OK);
        opsKey = out.toString().lines().findFirst().orElseThrow();
        assertThat(run("", "apikey", "create", "etl", "--project", "clinical", "--ceiling", "editor", "--config",
                config.toString())).isEqualTo(ExitCode.OK);
        etlKey = out.toString().lines().findFirst().orElseThrow();
    }

    @AfterEach
    void restore() {
        System.setIn(originalIn);
        OperatorOptions.environment = System::getenv;
    }

    private int run(String stdin, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        CommandLine commandLine = WardenCommand.newCommandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private int as(String key, String... args) {
        String[] all = new String[args.length + 3];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--config";
        all[args.length + 1] = config.toString();
        all[args.length + 2] = "--api-key-stdin";
        return run(key + "\n", all);
    }

    private void defineDataSourcesAndWorkflow() {
        assertThat(as(opsKey, "datasource", "create", "--project", "clinical", "--name", "synthea", "--location",
                above("core/src/test/resources/data/synthea-nebraska").toString(), "--role", "source"))
                .as(err.toString()).isEqualTo(ExitCode.OK);
        assertThat(as(opsKey, "datasource", "create", "--project", "clinical", "--name", "test-copy", "--location",
                dir.resolve("out").toString(), "--role", "target")).as(err.toString()).isEqualTo(ExitCode.OK);
        assertThat(as(etlKey, "workflow", "create", "--project", "clinical", "--name", "nightly", "--spec",
                above("samples/specs/synthea-test-data.json").toString(), "--source", "synthea", "--target", "test-copy",
                "--key", "file:" + dir.resolve("job.key"))).as(err.toString()).isEqualTo(ExitCode.OK);
    }

    private List<AuditEvent> events() {
        return new JsonlAuditReader(auditDir).readAll();
    }

    @Test
    void anOperatorDefinesRunsAndReviewsAWorkflowAndWardenRecordsItAll() {
        defineDataSourcesAndWorkflow();
        assertThat(out.toString()).contains("created workflow clinical/nightly: version 1 by local:etl");
        assertThat(as(etlKey, "workflow", "run", "--project", "clinical", "--name", "nightly", "--dry-run"))
                .as(err.toString()).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("dry run of clinical/nightly version 1: SUCCEEDED");
        assertThat(dir.resolve("out")).doesNotExist();
        assertThat(as(etlKey, "workflow", "run", "--project", "clinical", "--name", "nightly")).as(err.toString())
                .isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("SUCCEEDED, rows read 35078, written 35078");
        assertThat(dir.resolve("out/patients.csv")).exists();
        assertThat(as(etlKey, "workflow", "history", "--project", "clinical", "--name", "nightly")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("version 1 by local:etl").contains("runs (2):").contains("(dry run)");
        assertThat(as(etlKey, "workflow", "show", "--project", "clinical", "--name", "nightly")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("\"contentHash\"").contains("\"source\" : \"synthea\"");

        List<AuditEvent> events = events();
        assertThat(events).extracting(AuditEvent::type).contains(AuditEventType.DATA_SOURCE_CREATED,
                AuditEventType.WORKFLOW_CREATED, AuditEventType.WORKFLOW_EXECUTED, AuditEventType.DATA_SOURCE_READ,
                AuditEventType.DATA_SOURCE_WRITTEN);
        assertThat(events).filteredOn(e -> e.type() == AuditEventType.WORKFLOW_CREATED)
                .extracting(e -> e.actor().principalId()).containsExactly("local:etl");
    }

    @Test
    void anEditorCannotDefineADataSourceExitFourAndTheDenialIsRecorded() {
        assertThat(as(etlKey, "datasource", "create", "--project", "clinical", "--name", "synthea", "--location",
                dir.toString(), "--role", "source")).isEqualTo(ExitCode.DENIED);
        assertThat(err.toString()).contains("denied");
        assertThat(events()).extracting(AuditEvent::type).contains(AuditEventType.ACCESS_DENIED)
                .doesNotContain(AuditEventType.DATA_SOURCE_CREATED);
    }

    @Test
    void withoutAnApiKeyTheCommandRefusesToRun() {
        OperatorOptions.environment = name -> null;
        assertThat(run("", "workflow", "show", "--project", "clinical", "--name", "nightly", "--config",
                config.toString())).isEqualTo(ExitCode.DENIED);
        assertThat(err.toString()).contains("set WARDEN_API_KEY");
    }

    @Test
    void theApiKeyIsReadFromTheEnvironmentVariableTheOperatorNames() {
        defineDataSourcesAndWorkflow();
        OperatorOptions.environment = name -> name.equals("CLINICAL_KEY") ? etlKey : null;
        assertThat(run("", "workflow", "show", "--project", "clinical", "--name", "nightly", "--config",
                config.toString(), "--api-key-env", "CLINICAL_KEY")).as(err.toString()).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("\"version\" : 1");
    }

    @Test
    void aWrongApiKeyIsRefusedWithoutEchoingIt() {
        assertThat(as("wk_not-a-real-key", "workflow", "show", "--project", "clinical", "--name", "nightly"))
                .isEqualTo(ExitCode.DENIED);
        assertThat(err.toString()).contains("authentication failed").doesNotContain("not-a-real-key");
    }

    @Test
    void transformDecryptWithAConfigurationNeedsReidentifyAndIsRecordedWithoutTheValues() throws Exception {
        Files.writeString(dir.resolve("policy.json"), "{\"format\": \"warden-policy/1\", \"projects\": [\"clinical\"], "
                + "\"grants\": [{\"subject\": \"user:local:investigator\", \"project\": \"clinical\", "
                + "\"permission\": \"REIDENTIFY\"}]}");
        assertThat(run("", "users", "add", "investigator", "--service-account", "--project", "clinical=viewer",
                "--config", config.toString())).isEqualTo(ExitCode.OK);
        assertThat(run("", "apikey", "create", "investigator", "--project", "clinical", "--config", config.toString()))
                .isEqualTo(ExitCode.OK);
        String investigatorKey = out.toString().lines().findFirst().orElseThrow();
        String key = "file:" + dir.resolve("job.key");
        // an SSN of the Synthea patients, without its dashes
        assertThat(run("", "transform", "--kind", "ff1", "--radix", "10", "--key", key, "--domain", "patients.SSN",
                "999493983")).isEqualTo(ExitCode.OK);
        String encrypted = out.toString().strip();
        assertThat(encrypted).hasSize(9).isNotEqualTo("999493983");
        String[] decrypt = {"transform", "--kind", "ff1", "--radix", "10", "--key", key, "--domain", "patients.SSN",
            "--decrypt", "--config", config.toString(), "--scope", "project:clinical", "--purpose", "INC-4711", encrypted};

        OperatorOptions.environment = name -> etlKey;
        assertThat(run("", decrypt)).isEqualTo(ExitCode.DENIED);
        assertThat(out.toString()).doesNotContain("999493983");

        OperatorOptions.environment = name -> investigatorKey;
        assertThat(run("", decrypt)).as(err.toString()).isEqualTo(ExitCode.OK);
        assertThat(out.toString().strip()).isEqualTo("999493983");

        List<AuditEvent> events = events();
        assertThat(events).filteredOn(e -> e.type() == AuditEventType.ACCESS_DENIED)
                .extracting(e -> e.actor().principalId()).containsExactly("local:etl");
        AuditEvent performed = events.stream().filter(e -> e.type() == AuditEventType.REIDENTIFICATION_PERFORMED)
                .findFirst().orElseThrow();
        assertThat(performed.actor().principalId()).isEqualTo("local:investigator");
        assertThat(performed.details()).containsEntry("values", "1").containsEntry("columns", "patients.SSN");
        assertThat(performed.details().values()).noneMatch(v -> v.contains("999493983") || v.contains(encrypted));
    }

    @Test
    void transformDecryptWithoutAConfigurationSaysItIsNotAudited() {
        assertThat(run("", "transform", "--kind", "ff1", "--radix", "10", "--key-hex",
                "2B7E151628AED2A6ABF7158809CF4F3C", "--tweak-hex", "39383736353433323130", "--decrypt", "6124200773"))
                .isEqualTo(ExitCode.OK);
        assertThat(out.toString().strip()).isEqualTo("0123456789");
        assertThat(err.toString()).contains("neither authorized nor audited");
    }

    private String[] deidentify(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("deidentify", "--input",
                above("core/src/test/resources/data/synthea-nebraska").toString(), "--output", dir.resolve("out").toString(),
                "--spec", above("samples/specs/synthea-test-data.json").toString(), "--key", "file:" + dir.resolve("job.key"),
                "-q"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void deidentifyWithAConfigurationRunsAsAWorkflowOfTheProjectAuthorizedAndRecorded() {
        defineDataSourcesAndWorkflow();
        assertThat(as(etlKey, deidentify("--project", "clinical", "--workflow", "adhoc"))).as(err.toString())
                .isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("of workflow clinical/adhoc version 1 by local:etl: 35078 rows read");
        assertThat(dir.resolve("out/patients.csv")).exists();
        assertThat(as(etlKey, deidentify("--project", "clinical", "--workflow", "adhoc"))).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("version 1 by"); // the same spec makes no new version
        List<AuditEvent> events = events();
        assertThat(events).filteredOn(e -> e.type() == AuditEventType.WORKFLOW_CREATED
                && e.resource().equals("workflow:clinical/adhoc")).hasSize(1);
        assertThat(events).filteredOn(e -> e.type() == AuditEventType.WORKFLOW_EXECUTED
                && e.resource().equals("workflow:clinical/adhoc") && "finished".equals(e.details().get("phase")))
                .hasSize(2).allMatch(e -> e.actor().principalId().equals("local:etl")
                        && "35078".equals(e.details().get("rowsRead")));
        assertThat(events).extracting(AuditEvent::type).contains(AuditEventType.DATA_SOURCE_READ,
                AuditEventType.DATA_SOURCE_WRITTEN);
    }

    @Test
    void deidentifyWithAConfigurationRefusesALocationThatIsNoDataSourceOfTheProject() {
        assertThat(as(etlKey, deidentify("--project", "clinical"))).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("no data source of project clinical").contains("warden datasource create");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void deidentifyWithAConfigurationRefusesToRunUnauthenticated() {
        OperatorOptions.environment = name -> null;
        String[] args = deidentify("--project", "clinical", "--config", config.toString());
        assertThat(run("", args)).isEqualTo(ExitCode.DENIED);
        assertThat(err.toString()).contains("authentication required");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void deidentifyWithoutAConfigurationSaysNothingIsAudited() {
        assertThat(run("", deidentify())).isEqualTo(ExitCode.OK);
        assertThat(err.toString()).contains("nothing is authenticated, authorized or audited");
    }
}
