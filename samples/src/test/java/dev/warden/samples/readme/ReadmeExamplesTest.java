package dev.warden.samples.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.warden.auth.Principal;
import dev.warden.core.Warden;
import dev.warden.core.workflow.DataSource;
import dev.warden.policy.AccessDeniedException;
import dev.warden.policy.GlobalRole;
import dev.warden.secrets.SecretRef;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the README's Java ({@link ReadmeExamples}; {@link ReadmeSnippetsTest} checks that the README shows exactly
 * that code) with the README's own minimal {@code warden.json}, and checks what each example says it does.
 */
class ReadmeExamplesTest {

    private static final byte[] JOB_KEY = "readme-example-job-key-0123456789".getBytes(StandardCharsets.UTF_8);
    private static final Principal ADMIN = Principal.user("admin", GlobalRole.ADMINISTRATOR);

    @TempDir
    Path dir;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private PrintStream out;

    @BeforeEach
    void capture() {
        out = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(out);
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    /**
     * The README's minimal warden.json, as shown, with its one relative path (the audit folder, relative to the
     * working directory) made to point into this test's folder.
     */
    private Path minimalConfiguration() throws IOException {
        String json = ReadmeFiles.block("warden.json").text();
        assertThat(json).contains("\"directory\": \"audit\"");
        String here = json.replace("\"directory\": \"audit\"",
                "\"directory\": \"" + dir.resolve("audit").toString().replace("\\", "\\\\") + "\"");
        return Files.writeString(dir.resolve("warden.json"), here);
    }

    private String auditText() throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.list(dir.resolve("audit"))) {
            for (Path f : files.sorted().toList()) {
                text.append(Files.readString(f));
            }
        }
        return text.toString();
    }

    @Test
    void theQuickStartGrantsChecksDeidentifiesAndAuditsWithTheMinimalConfiguration() throws IOException {
        ReadmeExamples.quickStart(minimalConfiguration(), ADMIN, Principal.user("erin", GlobalRole.MEMBER), JOB_KEY);
        List<String> lines = printed().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("true: allowed by grant: project role EDITOR in clinical to user:erin");
        assertThat(lines.get(1)).matches("\\d{3}-\\d{2}-\\d{4}").isNotEqualTo("999-49-3983");
        assertThat(lines.get(2)).isEqualTo("[file]");
        assertThat(auditText()).contains("project created", "PERMISSION_GRANTED", "to user:erin");
    }

    @Test
    void embeddingPrintsTheEnvironmentAndTheConfiguredSinks() throws IOException {
        ReadmeExamples.embed(minimalConfiguration());
        assertThat(printed().lines()).containsExactly("DEVELOPMENT", "[file]");
    }

    @Test
    void thePolicyExampleAllowsAliceThroughHerGroupAndDeniesTheDeletion() {
        Path policyFile = dir.resolve("policy.json");
        assertThatThrownBy(() -> ReadmeExamples.policy(policyFile, Principal.user("alice", GlobalRole.MEMBER)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(printed().strip())
                .isEqualTo("true; allowed by grant: project role EDITOR in clinical to group:analysts; policy version 4");
        assertThat(policyFile).exists();
    }

    @Test
    void aDataSourceIsDefinedWithCredentialsAsReferences() throws IOException {
        try (Warden warden = Warden.builder().configuration(minimalConfiguration()).build()) {
            warden.policy().createProject(ADMIN, "clinical");
            DataSource source = ReadmeExamples.defineSource(warden, ADMIN);
            assertThat(source.name()).isEqualTo("ehr");
            assertThat(warden.dataSources().find(ADMIN, "clinical", "ehr")).isPresent();
        }
        assertThat(auditText()).contains("DATA_SOURCE_CREATED");
    }

    @Test
    void deidentificationKeepsTheShapeAndShiftsTheDate() {
        List<String> out = ReadmeExamples.deidentify(JOB_KEY);
        assertThat(out.get(0)).matches("\\d{3}-\\d{2}-\\d{4}").isNotEqualTo("999-49-3983")
                .isEqualTo(ReadmeExamples.deidentify(JOB_KEY).get(0));
        assertThat(out.get(1)).matches("\\d{4}-\\d{2}-\\d{2}T10:15:30Z").isNotEqualTo("2020-01-31T10:15:30Z");
    }

    @Test
    void aRecordIsDeidentifiedAsTheJobWouldWithTheSampleSpec() {
        Path spec = ReadmeFiles.root().resolve("samples/specs/synthea-hipaa.json");
        Map<String, String> out = ReadmeExamples.deidentifyRecord(spec, JOB_KEY,
                Map.of("Id", "b9c610cd-28a6-4636-ccb6-c7a0d2a4cb85", "SSN", "999-49-3983", "BIRTHDATE", "1978-12-15"));
        assertThat(out.get("SSN")).isNotNull().isNotEqualTo("999-49-3983");
        assertThat(out.get("BIRTHDATE")).isEqualTo("1978");
        assertThat(out.get("Id")).isNotEqualTo("b9c610cd-28a6-4636-ccb6-c7a0d2a4cb85");
    }

    @Test
    void theAuditExampleStoresTheEventWithTheEmailOnlyAsAKeyedHash() throws IOException {
        try (Warden warden = Warden.builder().configuration(minimalConfiguration()).build()) {
            ReadmeExamples.recordErasure(warden, ADMIN, "jane.doe@example.org");
        }
        String log = auditText();
        assertThat(log).contains("DATA_ERASED", "hmac-sha256:").doesNotContain("jane.doe@example.org");
    }

    @Test
    void theSecretsExampleSetsThePasswordAndFollowsARotation() throws IOException {
        Path file = Files.writeString(dir.resolve("db-password"), "first-password\n");
        String reference = "file:" + file;
        try (Warden warden = Warden.builder().build(); HikariDataSource pool = new HikariDataSource()) {
            ReadmeExamples.connect(warden, pool, reference);
            assertThat(pool.getPassword()).isEqualTo("first-password");
            Files.writeString(file, "second-password\n");
            warden.secrets().signalRotation(SecretRef.parse(reference));
            assertThat(pool.getPassword()).isEqualTo("second-password");
        }
    }

    @Test
    void anUnknownUserIsRefused() {
        try (Warden warden = Warden.builder().build()) {
            assertThat(ReadmeExamples.logIn(warden, "nobody", "not-a-password".toCharArray(), new char[0], "203.0.113.7"))
                    .isEqualTo("refused");
        }
    }

    @Test
    void thePostureExamplePrintsWhatProductionWouldRequireAndGivesHtml() throws IOException {
        String html = ReadmeExamples.posture(minimalConfiguration());
        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(printed()).contains("audit.sinks: add a second sink");
    }
}
