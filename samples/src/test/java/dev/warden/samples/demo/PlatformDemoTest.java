package dev.warden.samples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warden.ConfigurationException;
import dev.warden.auth.PrincipalIds;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.audit.Outcome;
import dev.warden.core.audit.ComplianceReport;
import dev.warden.core.audit.jsonl.JsonlAuditReader;
import dev.warden.core.auth.totp.Totp;
import dev.warden.core.auth.totp.TotpAlgorithm;
import dev.warden.core.posture.PostureCheck;
import dev.warden.core.workflow.WorkflowRun;
import dev.warden.core.posture.PostureStatus;
import dev.warden.core.secrets.keystore.Keystore;
import dev.warden.policy.GlobalRole;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One real run of the demo into a kept folder (every engine real: local provider and JSON user store, policy engine
 * over a policy file, Warden's keystore, the H2 job, the JSON Lines audit log, the posture check); each test checks one
 * step's outcome in the report and in the files the run left.
 */
class PlatformDemoTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path root;

    static Path dir;
    static DemoReport report;
    static final List<DemoReport.Step> printed = new ArrayList<>();
    static List<AuditEvent> events;

    @BeforeAll
    static void runTheDemoOnce() {
        dir = root.resolve("kept");
        report = PlatformDemo.builder().directory(dir).patients(30).onStep(printed::add).build().run();
        events = new JsonlAuditReader(dir.resolve("audit")).readAll();
    }

    private static List<AuditEvent> events(AuditEventType type) {
        return events.stream().filter(e -> e.type() == type).toList();
    }

    // ---- the run as a whole ----

    @Test
    void runsTheSixStepsInOrderAndReportsEachAsItFinishes() {
        assertThat(report.steps()).extracting(DemoReport.Step::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(printed).isEqualTo(report.steps());
        assertThat(report.steps()).allSatisfy(s -> assertThat(s.lines()).isNotEmpty());
    }

    @Test
    void keepsEveryFileInTheGivenFolder() {
        assertThat(report.kept()).isTrue();
        assertThat(report.directory()).isEqualTo(dir.toAbsolutePath());
        for (String file : List.of("warden.json", "keystore.key", "warden.keystore", "users.json", "policy.json", "audit",
                "audit-ocsf.jsonl", "compliance-report.txt", "compliance-report.html", "posture-report.txt",
                "posture-production.txt", "source.mv.db", "deidentified.mv.db", "demo-spec.json", "job-report.json")) {
            assertThat(dir.resolve(file)).as(file).exists();
        }
    }

    @Test
    void refusesToRunAgainIntoTheSameFolderAndLeavesItUntouched() throws IOException {
        String config = Files.readString(dir.resolve("warden.json"));
        long records = report.audit().records();
        assertThatThrownBy(() -> PlatformDemo.builder().directory(dir).patients(1).build().run())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("is not empty");
        assertThat(Files.readString(dir.resolve("warden.json"))).isEqualTo(config);
        assertThat(new JsonlAuditReader(dir.resolve("audit")).readAll()).hasSize((int) records);
    }

    @Test
    void refusesAFolderThatIsAFile() throws IOException {
        Path file = Files.writeString(root.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> PlatformDemo.builder().directory(file).build().run())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("is a file, not a folder");
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void withoutAFolderLeavesNothingBehind() {
        DemoReport temporary = PlatformDemo.builder().patients(5).build().run();
        assertThat(temporary.kept()).isFalse();
        assertThat(temporary.run().status()).isEqualTo(WorkflowRun.Status.SUCCEEDED);
        assertThat(temporary.directory()).doesNotExist();
    }

    @Test
    void theSummaryHoldsNoSecret() throws IOException {
        String text = String.join("\n", report.steps().stream().map(DemoReport.Step::text).toList());
        String fileKey = Files.readString(dir.resolve("keystore.key")).trim();
        assertThat(text).doesNotContain(fileKey).doesNotContain("secret=").doesNotContain(jobKeyBase64());
    }

    // ---- 1. administrator ----

    @Test
    void administratorLogsInWithPasswordAndTotpCodeAfterChangingTheOneTimePassword() {
        assertThat(report.administrator().id()).isEqualTo(PrincipalIds.local(PlatformDemo.ADMINISTRATOR));
        assertThat(report.administrator().globalRole()).isEqualTo(GlobalRole.ADMINISTRATOR);
        assertThat(report.administrator().mfaSatisfied()).isTrue();
        List<String> reasons = events(AuditEventType.LOGIN_FAILED).stream()
                .filter(e -> e.actor().principalId().equals(PlatformDemo.ADMINISTRATOR))
                .map(e -> e.details().get("reason")).toList();
        assertThat(reasons).hasSize(2);
        assertThat(reasons.get(0)).isEqualTo("password change required");
        assertThat(reasons.get(1)).isEqualTo("second factor required");
        assertThat(events(AuditEventType.MFA_ENROLLED)).hasSize(1);
        assertThat(events(AuditEventType.LOGIN)).anySatisfy(e -> {
            assertThat(e.actor().principalId()).isEqualTo(PrincipalIds.local(PlatformDemo.ADMINISTRATOR));
            assertThat(e.actor().mfa()).isTrue();
        });
    }

    @Test
    void aWrongTotpCodeIsRefusedByTheLocalProvider() {
        assertThat(report.wrongCodeRefused()).isTrue();
        assertThat(events(AuditEventType.MFA_FAILED)).singleElement().satisfies(e -> {
            assertThat(e.actor().principalId()).isEqualTo(PlatformDemo.ADMINISTRATOR);
            assertThat(e.details().get("reason")).contains("one-time code");
        });
        assertThat(events(AuditEventType.MFA_VERIFIED)).singleElement()
                .satisfies(e -> assertThat(e.actor().principalId()).isEqualTo(PrincipalIds.local(PlatformDemo.ADMINISTRATOR)));
    }

    @Test
    void theTotpCodeIsComputedFromTheEnrolmentUriAsRfc6238Says() {
        // RFC 6238 appendix B: SHA-1 key "12345678901234567890", T = 59 s (step 1) gives 94287082 with 8 digits.
        byte[] rfcKey = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
        Totp totp = new Totp(TotpAlgorithm.SHA1, 8);
        byte[] parsed = PlatformDemo.totpSecret(totp.otpauthUri("Warden", "admin", rfcKey));
        assertThat(parsed).isEqualTo(rfcKey);
        assertThat(totp.generate(parsed, Totp.stepOf(Instant.ofEpochSecond(59)))).isEqualTo("94287082");
    }

    @Test
    void theWrongCodeMatchesNoStepTheVerifierAccepts() {
        Totp totp = Totp.defaults();
        for (int i = 0; i < 200; i++) {
            byte[] key = totp.newKey();
            Instant now = Instant.ofEpochSecond(1_700_000_000L + 30L * i);
            String wrong = PlatformDemo.wrongCode(totp, key, Totp.stepOf(now));
            assertThat(wrong).hasSize(6).containsOnlyDigits();
            assertThat(totp.verify(key, wrong.toCharArray(), now, Long.MIN_VALUE)).isEmpty();
        }
    }

    // ---- 2. project, editor, viewer ----

    @Test
    void theEditorsWorkflowIsVersionedAndEveryChangeRecordedByWarden() {
        assertThat(events(AuditEventType.WORKFLOW_CREATED)).singleElement().satisfies(e -> {
            assertThat(e.actor().principalId()).isEqualTo(PrincipalIds.local(PlatformDemo.EDITOR));
            assertThat(e.details()).containsEntry("version", "1").containsEntry("profile", "gdpr-erasure");
        });
        assertThat(events(AuditEventType.WORKFLOW_UPDATED)).singleElement().satisfies(e ->
                assertThat(e.details()).containsEntry("version", "2").containsEntry("previousVersion", "1")
                        .containsEntry("profile", "hipaa-safe-harbor"));
        assertThat(events(AuditEventType.DATA_SOURCE_CREATED)).extracting(AuditEvent::resource).containsExactly(
                "data-source:clinical/patients", "data-source:clinical/patients-deidentified");
    }

    @Test
    void theViewerIsDeniedAndTheDenialIsInTheVerifiedAuditLog() {
        assertThat(report.viewerDecision().allowed()).isFalse();
        assertThat(report.viewerDecision().reason()).contains("WORKFLOW_EXECUTE");
        assertThat(report.audit().intact()).isTrue();
        List<AuditEvent> denied = events(AuditEventType.ACCESS_DENIED);
        assertThat(denied).singleElement().satisfies(e -> {
            assertThat(e.actor().principalId()).isEqualTo(PrincipalIds.local(PlatformDemo.VIEWER));
            assertThat(e.outcome()).isEqualTo(Outcome.DENIED);
            assertThat(e.resource()).isEqualTo("workflow:clinical/safe-harbor-export");
            assertThat(e.details()).containsEntry("action", "EXECUTE");
        });
        // The viewer ran nothing: every workflow execution (the dry run and the run, started and finished) is the editor's.
        assertThat(events(AuditEventType.WORKFLOW_EXECUTED)).hasSize(4)
                .allSatisfy(e -> assertThat(e.actor().principalId()).isEqualTo(PrincipalIds.local(PlatformDemo.EDITOR)));
    }

    @Test
    void theGrantsAreKeptInThePolicyFileAndAudited() throws IOException {
        JsonNode policy = JSON.readTree(dir.resolve("policy.json").toFile());
        assertThat(policy.toString()).contains("user:local:" + PlatformDemo.EDITOR).contains("user:local:" + PlatformDemo.VIEWER)
                .contains("EDITOR").contains("VIEWER").contains("REIDENTIFY");
        // the two project roles, the project's owner, and the administrator's explicit REIDENTIFY
        assertThat(events(AuditEventType.PERMISSION_GRANTED)).hasSize(4)
                .allSatisfy(e -> assertThat(e.actor().principalId()).isEqualTo(PrincipalIds.local(PlatformDemo.ADMINISTRATOR)));
    }

    // ---- 3. the job key ----

    @Test
    void theJobKeyIsReadThroughAKeystoreReferenceAndAuditedWithoutItsValue() throws IOException {
        assertThat(report.jobKeyReference()).isEqualTo("keystore:deid-job-key");
        assertThat(report.jobKeyVersion()).isEqualTo("1");
        assertThat(events(AuditEventType.SECRET_ACCESSED)).anySatisfy(e -> {
            assertThat(e.details()).containsEntry("reference", "keystore:deid-job-key").containsEntry("version", "1");
        });
        String log;
        try (Stream<Path> files = Files.list(dir.resolve("audit"))) {
            StringBuilder all = new StringBuilder();
            for (Path f : files.toList()) {
                all.append(Files.readString(f));
            }
            log = all.toString();
        }
        String base64 = jobKeyBase64();
        String hex = HexFormat.of().formatHex(Base64.getDecoder().decode(base64));
        assertThat(log).doesNotContain(base64).doesNotContain(hex);
        assertThat(Files.readString(dir.resolve("audit-ocsf.jsonl"))).doesNotContain(base64).doesNotContain(hex);
        assertThat(Files.readString(dir.resolve("warden.json"))).contains("keystore:audit-key").doesNotContain(base64);
    }

    /** The job key, read back from the kept keystore with the kept file key. */
    private static String jobKeyBase64() throws IOException {
        byte[] fileKey = Base64.getDecoder().decode(Files.readString(dir.resolve("keystore.key")).trim());
        try (Keystore keystore = Keystore.openWithKey(dir.resolve("warden.keystore"), fileKey);
             Secret secret = keystore.get(SecretRef.parse("keystore:deid-job-key"))) {
            return Base64.getEncoder().encodeToString(secret.bytes());
        }
    }

    // ---- 4. de-identification ----

    @Test
    void theDataSetIsDeidentifiedByVersionTwoOfTheWorkflowAndValidated() throws IOException {
        assertThat(report.dryRun().dryRun()).isTrue();
        assertThat(report.dryRun().version()).isEqualTo(1);
        assertThat(report.run().version()).isEqualTo(2);
        assertThat(report.run().status()).isEqualTo(WorkflowRun.Status.SUCCEEDED);
        JsonNode job = JSON.readTree(report.run().report().orElseThrow());
        assertThat(job.path("profile").asText()).isEqualTo("hipaa-safe-harbor");
        assertThat(job.path("validation").path("passed").asBoolean()).isTrue();
        assertThat(job.path("validation").path("checks").findValuesAsText("name")).contains("foreign keys", "detectors");
        assertThat(job.path("tables")).hasSize(3).allSatisfy(t ->
                assertThat(t.path("rowsOut").asLong()).isEqualTo(t.path("rowsIn").asLong()).isPositive());
        assertThat(events(AuditEventType.WORKFLOW_EXECUTED)).anySatisfy(e -> assertThat(e.details())
                .containsEntry("phase", "finished").containsEntry("version", "2")
                .containsEntry("rowsRead", String.valueOf(report.run().rowsRead())));
    }

    @Test
    void onePatientIsExportedThenErasedFromTheSourceAndTheErasureIsRecordedWithCountsOnly() throws Exception {
        assertThat(report.erasure().deleted()).containsEntry("PATIENTS", 1L).containsKeys("ENCOUNTERS", "CONDITIONS");
        JsonNode export = JSON.readTree(dir.resolve("subject-export.json").toFile());
        String id = export.path("tables").path("PATIENTS").get(0).path("ID").asText();
        assertThat(export.path("tables").path("ENCOUNTERS")).hasSize(report.erasure().deleted().get("ENCOUNTERS").intValue());
        assertThat(column("source", "ID")).hasSize(29).doesNotContain(id);
        assertThat(events(AuditEventType.DATA_ERASED)).singleElement().satisfies(e -> {
            assertThat(e.actor().principalId()).isEqualTo(PrincipalIds.local(PlatformDemo.ADMINISTRATOR));
            assertThat(e.resource()).isEqualTo("data-source:clinical/patients");
            assertThat(e.details()).containsEntry("deleted", report.erasure().deleted().entrySet().stream()
                    .map(x -> x.getKey() + "=" + x.getValue()).collect(java.util.stream.Collectors.joining(",")));
        });
        assertThat(events).allSatisfy(e -> assertThat(e.toString()).doesNotContain(id));
        ComplianceReport.Section erasures = report.compliance().sections().stream()
                .filter(s -> s.title().equals("Erasures")).findFirst().orElseThrow();
        assertThat(erasures.rows()).hasSize(1);
    }

    @Test
    void aReidentificationIsAuthorizedAndRecordedByWardenWithCountsNeverTheValue() {
        assertThat(events(AuditEventType.REIDENTIFICATION_PERFORMED)).singleElement().satisfies(e -> {
            assertThat(e.actor().principalId()).isEqualTo(PrincipalIds.local(PlatformDemo.ADMINISTRATOR));
            assertThat(e.resource()).isEqualTo("data-source:clinical/patients-deidentified");
            assertThat(e.details()).containsEntry("columns", "PATIENTS.ID").containsEntry("purpose", "INC-0001 clinician's query");
        });
        ComplianceReport.Section reidentifications = report.compliance().sections().stream()
                .filter(s -> s.title().equals("Re-identifications")).findFirst().orElseThrow();
        assertThat(reidentifications.rows()).hasSize(1);
    }

    @Test
    void noSourceSocialSecurityNumberIsInTheOutput() throws SQLException {
        Set<String> source = column("source", "SSN");
        Set<String> output = column("deidentified", "SSN");
        assertThat(source).hasSize(29); // one patient erased after the run
        assertThat(output).hasSize(30).doesNotContainAnyElementsOf(source);
    }

    private static Set<String> column(String db, String column) throws SQLException {
        Set<String> values = new HashSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve(db) + ";ACCESS_MODE_DATA=r");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT \"" + column + "\" FROM \"PATIENTS\"")) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    @Test
    void theJobReportIsWrittenAsJson() throws IOException {
        JsonNode json = JSON.readTree(dir.resolve("job-report.json").toFile());
        assertThat(json.path("validation").path("passed").asBoolean()).isTrue();
    }

    // ---- 5. audit ----

    @Test
    void theAuditLogVerifiesAndHoldsEveryStepsEvents() {
        assertThat(report.audit().intact()).isTrue();
        assertThat(report.audit().records()).isEqualTo(events.size());
        assertThat(events).extracting(AuditEvent::type).contains(AuditEventType.USER_CREATED, AuditEventType.LOGIN,
                AuditEventType.LOGIN_FAILED, AuditEventType.MFA_ENROLLED, AuditEventType.PERMISSION_GRANTED,
                AuditEventType.ACCESS_DENIED, AuditEventType.SECRET_ACCESSED, AuditEventType.DATA_SOURCE_READ,
                AuditEventType.DATA_SOURCE_WRITTEN, AuditEventType.WORKFLOW_EXECUTED);
    }

    @Test
    void theOcsfExportParsesWithTheExpectedClasses() throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("audit-ocsf.jsonl"));
        assertThat(lines).hasSize((int) report.ocsfEvents()).hasSize(events.size());
        Set<Integer> classes = new HashSet<>();
        for (String line : lines) {
            JsonNode event = JSON.readTree(line);
            classes.add(event.path("class_uid").asInt());
            assertThat(event.path("type_uid").asLong() / 100).isEqualTo(event.path("class_uid").asLong());
        }
        // Authentication, Account Change, API Activity, Datastore Activity (OCSF 1.1).
        assertThat(classes).containsExactlyInAnyOrder(3002, 3001, 6003, 6005);
    }

    @Test
    void theComplianceReportListsTheDenialAndTheLogIns() throws IOException {
        ComplianceReport compliance = report.compliance();
        assertThat(compliance.events()).isEqualTo(events.size());
        ComplianceReport.Section denied = compliance.sections().stream().filter(s -> s.title().equals("Access denied"))
                .findFirst().orElseThrow();
        assertThat(denied.rows()).singleElement().satisfies(row -> assertThat(row).contains(PrincipalIds.local(PlatformDemo.VIEWER),
                "workflow:clinical/safe-harbor-export"));
        assertThat(Files.readString(dir.resolve("compliance-report.txt"))).contains("Access denied")
                .contains(PlatformDemo.VIEWER);
    }

    // ---- 6. posture ----

    @Test
    void thePostureReportHasEveryItemAndNoDevelopmentFailure() {
        assertThat(report.posture().items()).extracting(i -> i.id()).containsExactlyElementsOf(PostureCheck.ITEMS);
        assertThat(report.posture().passed()).isTrue();
        assertThat(report.posture().items()).anyMatch(i -> i.status() == PostureStatus.PASS);
        assertThat(report.posture().item("audit.chain").status()).isEqualTo(PostureStatus.PASS);
    }

    @Test
    void thePostureAsProductionShowsWhatProductionRequires() throws IOException {
        assertThat(report.production().passed()).isFalse();
        assertThat(report.production().item("auth.sso").status()).isEqualTo(PostureStatus.FAIL);
        assertThat(report.steps().get(5).lines()).anyMatch(l -> l.contains("[auth.sso"));
        assertThat(Files.readString(dir.resolve("posture-production.txt"))).contains("FAIL");
        assertThat(Files.readString(dir.resolve("posture-report.txt"))).contains("development");
    }
}
