package dev.warden.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code warden demo}, {@code deidentify} and {@code classify}: exit codes, stdout, stderr, the report. */
class JobCommandsTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        CommandLine commandLine = WardenCommand.newCommandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void demoPrintsTheSixStepsAndKeepsTheFolderAndTheJobReport() throws IOException {
        Path kept = dir.resolve("demo");
        Path report = dir.resolve("job.json");
        int code = run("demo", "--patients", "20", "--quiet", "--dir", kept.toString(), "--report", report.toString());
        assertThat(code).as(err.toString()).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("1. Administrator").contains("-> refused")
                .contains("2. Project 'clinical'").contains("-> DENIED")
                .contains("3. The job's secret key").contains("keystore:deid-job-key")
                .contains("4. Patient data set").contains("validation passed")
                .contains("5. Audit log verified").contains("hash chain intact")
                .contains("6. Security posture").contains("production would require")
                .contains("Everything is kept in " + kept.toAbsolutePath());
        assertThat(kept.resolve("warden.json")).exists();
        assertThat(Files.readString(report)).contains("\"passed\" : true");
    }

    @Test
    void demoRefusesAFolderThatIsNotEmptyWithExitTwoAndLeavesItAlone() throws IOException {
        Path used = Files.createDirectories(dir.resolve("used"));
        Files.writeString(used.resolve("warden.json"), "{}");
        assertThat(run("demo", "--quiet", "--dir", used.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("is not empty").doesNotContain("\tat ");
        assertThat(out.toString()).isEmpty();
        assertThat(Files.readString(used.resolve("warden.json"))).isEqualTo("{}");
        try (var files = Files.list(used)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void demoWithABadPatientCountIsBadInput() {
        assertThat(run("demo", "--patients", "0")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("--patients");
    }

    private Path data() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("people.csv"), "id,ssn,city,score\npat00001,123-45-6789,Lincoln,7\npat00002,987-65-4321,Omaha,9\n");
        Files.writeString(in.resolve("visits.csv"), "id,person,day\nvis00001,pat00001,2020-01-05\nvis00002,pat00002,2021-02-03\n");
        return in;
    }

    private Path key() throws IOException {
        Path key = dir.resolve("job.key");
        Files.writeString(key, "0123456789abcdef0123456789abcdef");
        return key;
    }

    private static final String SPEC = """
            {"profile": "hipaa-safe-harbor", "asOf": "2024-12-31",
             "tables": {"people": {"primaryKey": "id", "columns": {"id": "ID", "ssn": "SSN", "city": "CITY", "score": "keep"}},
                        "visits": {"primaryKey": "id", "foreignKeys": [{"column": "person", "references": "people.id"}],
                                   "columns": {"id": "ID", "day": "DATE"}}}}
            """;

    @Test
    void deidentifyWritesTheOutputAndAReportAndShowsProgress() throws IOException {
        Path spec = Files.writeString(dir.resolve("spec.json"), SPEC);
        Path report = dir.resolve("report.json");
        int code = run("deidentify", "--input", data().toString(), "--output", dir.resolve("out").toString(), "--spec", spec.toString(),
                "--key", "file:" + key(), "--format", "jsonl", "--report", report.toString());
        assertThat(code).as(err.toString()).isEqualTo(ExitCode.OK);
        assertThat(dir.resolve("out/people.jsonl")).exists();
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.get("validation").get("passed").asBoolean()).isTrue();
        assertThat(Files.readString(report)).doesNotContain("123-45-6789").doesNotContain("0123456789abcdef");
        assertThat(err.toString()).contains("done people");
        assertThat(out.toString()).contains("validation passed");
    }

    @Test
    void unclassifiedColumnsAreBadInputWithTheColumnsListed() throws IOException {
        Path spec = Files.writeString(dir.resolve("spec.json"), SPEC.replace(", \"score\": \"keep\"", ""));
        int code = run("deidentify", "--input", data().toString(), "--output", dir.resolve("out").toString(), "--spec", spec.toString(),
                "--key", "file:" + key(), "--quiet");
        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("people: score").doesNotContain("\tat ");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void anIdentifierInACopiedColumnIsAValidationFailure() throws IOException {
        Path in = data();
        Files.writeString(in.resolve("people.csv"), "id,ssn,city,score\npat00001,123-45-6789,Lincoln,123-45-6789\n");
        Path spec = Files.writeString(dir.resolve("spec.json"), SPEC);
        int code = run("deidentify", "--input", in.toString(), "--output", dir.resolve("out").toString(), "--spec", spec.toString(),
                "--key", "file:" + key(), "--quiet", "--report", dir.resolve("r.json").toString());
        assertThat(code).isEqualTo(ExitCode.VALIDATION_FAILED);
        assertThat(out.toString()).contains("FAIL").contains("people.score");
        assertThat(dir.resolve("r.json")).exists();
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aShortKeyIsRefused() throws IOException {
        Path key = Files.writeString(dir.resolve("short.key"), "tooshort");
        Path spec = Files.writeString(dir.resolve("spec.json"), SPEC);
        int code = run("deidentify", "--input", data().toString(), "--output", dir.resolve("out").toString(), "--spec", spec.toString(),
                "--key", "file:" + key, "--quiet");
        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("at least 16 bytes").doesNotContain("tooshort");
    }

    @Test
    void classifyProposesASpecThatDeidentifyRuns() throws IOException {
        Path proposal = dir.resolve("proposed.json");
        assertThat(run("classify", "--input", data().toString(), "--output", proposal.toString())).isEqualTo(ExitCode.OK);
        String text = Files.readString(proposal);
        assertThat(text).containsPattern("\"ssn\" : \\{\\s*\"identifier\" : \"SOCIAL_SECURITY_NUMBER\"").contains("\"references\" : \"people.id\"");
        assertThat(run("deidentify", "--input", dir.resolve("in").toString(), "--output", dir.resolve("out").toString(),
                "--spec", proposal.toString(), "--key", "file:" + key(), "--quiet")).as(err.toString()).isEqualTo(ExitCode.OK);
    }
}
