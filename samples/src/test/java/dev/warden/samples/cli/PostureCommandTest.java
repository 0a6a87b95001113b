package dev.warden.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** warden posture: each checklist item printed; exit 0 all pass, 3 any fails, 2 bad configuration. */
class PostureCommandTest {

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = WardenCommand.newCommandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private Path config(String json) throws Exception {
        Path file = dir.resolve("warden.json");
        Files.writeString(file, json);
        return file;
    }

    @Test
    void aDevelopmentConfigurationWithNothingToFaultExitsZero() throws Exception {
        assertThat(run("posture", "--config", config("{\"environment\": \"development\"}").toString())).isEqualTo(0);
        assertThat(out.toString()).contains("PASS", "NOT_APPLICABLE", "secrets.no-literal", "0 failed");
    }

    @Test
    void aBareProductionConfigurationExitsThreeAndSaysWhatToChange() throws Exception {
        assertThat(run("posture", "--config", config("{\"environment\": \"production\"}").toString())).isEqualTo(3);
        assertThat(out.toString()).contains("FAIL", "audit.enabled", "change: ", "from: NIST SP 800-53");
    }

    @Test
    void theEnvironmentOptionChecksAsAnotherEnvironment() throws Exception {
        assertThat(run("posture", "--config", config("{\"environment\": \"development\"}").toString(),
                "--env", "production")).isEqualTo(3);
        assertThat(out.toString()).contains("(production)");
    }

    @Test
    void jsonListsEveryItem() throws Exception {
        assertThat(run("posture", "--config", config("{\"environment\": \"production\"}").toString(), "--format", "json"))
                .isEqualTo(3);
        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertThat(report.get("items")).hasSize(18);
        assertThat(report.get("passed").asBoolean()).isFalse();
    }

    @Test
    void htmlIsOneSelfContainedPage() throws Exception {
        run("posture", "--config", config("{\"environment\": \"production\"}").toString(), "--format", "html");
        assertThat(out.toString()).startsWith("<!DOCTYPE html>").contains("</html>").doesNotContain("<script")
                .doesNotContain("<link");
    }

    @Test
    void aMalformedConfigurationExitsTwoWithOneLine() throws Exception {
        assertThat(run("posture", "--config", config("{\"environment\": ").toString())).isEqualTo(2);
        assertThat(err.toString().strip()).contains("is not valid JSON").doesNotContain("\n");
    }

    @Test
    void aMissingConfigurationOrAnUnknownEnvironmentExitsTwo() throws Exception {
        assertThat(run("posture", "--config", dir.resolve("absent.json").toString())).isEqualTo(2);
        assertThat(run("posture", "--config", config("{}").toString(), "--env", "prod")).isEqualTo(2);
        assertThat(err.toString()).contains("does not exist", "is not one of development, staging, production");
    }
}
