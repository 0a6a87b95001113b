package dev.warden.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.ConfigurationException;
import dev.warden.IntegrityException;
import dev.warden.InvalidInputException;
import dev.warden.auth.AuthenticationException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class WardenCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = WardenCommand.newCommandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void helpListsTheSubCommandsAndTheExitCodes() {
        assertThat(run("--help")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("plugins").contains("Exit codes").contains("4  authentication failed");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertThat(run("--frobnicate")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("--frobnicate");
    }

    @Test
    void everySubCommandHasHelp() {
        assertThat(run("plugins", "--help")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("Usage: warden plugins");
    }

    @Test
    void aMissingConfigurationFileIsBadInputOnOneLine(@TempDir Path dir) {
        assertThat(run("plugins", "--config", dir.resolve("absent.json").toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).contains("does not exist").doesNotContain("\n").doesNotContain("at dev.warden");
    }

    @Test
    void verboseAddsTheStackTrace(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("warden.json");
        Files.writeString(bad, "{ not json");
        assertThat(run("plugins", "--verbose", "--config", bad.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("not valid JSON").contains("at dev.warden");
    }

    @Test
    void exceptionsMapToTheDocumentedExitCodes() {
        assertThat(ExitCode.of(new ConfigurationException("x"))).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(ExitCode.of(new InvalidInputException("x"))).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(ExitCode.of(new IntegrityException("x"))).isEqualTo(ExitCode.VALIDATION_FAILED);
        assertThat(ExitCode.of(new AuthenticationException())).isEqualTo(ExitCode.DENIED);
        assertThat(ExitCode.of(new IllegalStateException("x"))).isEqualTo(ExitCode.INTERNAL);
        assertThat(ExitCode.of(new dev.warden.secrets.SecretAccessDeniedException("x"))).isEqualTo(ExitCode.DENIED);
    }

    @Test
    void pluginsListsEachSpi() {
        assertThat(run("plugins")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("authentication providers:").contains("secret stores").contains("audit sinks:");
    }
}
