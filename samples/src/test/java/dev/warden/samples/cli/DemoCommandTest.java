package dev.warden.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code warden demo}: exit codes, the step-by-step summary on stdout, the kept folder. */
class DemoCommandTest {

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
    void printsTheSixStepsAndKeepsTheFolderAndTheJobReport() throws IOException {
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
    void aFolderThatIsNotEmptyIsRefusedWithExitTwoAndLeftAlone() throws IOException {
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
    void aBadPatientCountIsBadInput() {
        assertThat(run("demo", "--patients", "0")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("--patients");
    }
}
