package dev.warden.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The CLI contract of issue 19, per command: one mapping from what went wrong to the exit code ({@link ExitCode#of}),
 * every error line starting with the full command path, a "did you mean" for a mistyped sub-command, {@code --version}
 * from the build.
 */
class ExitCodeContractTest {

    @TempDir
    static Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(List<String> args) {
        CommandLine commandLine = WardenCommand.newCommandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        java.io.InputStream stdin = System.in;
        System.setIn(new java.io.ByteArrayInputStream(new byte[0]));
        try {
            return commandLine.execute(args.toArray(String[]::new));
        } finally {
            System.setIn(stdin);
        }
    }

    /** Every runnable command, by its path below {@code warden}: {@code [audit, verify]}, {@code [plugins]}, ... */
    static Stream<List<String>> leafCommands() {
        List<List<String>> leaves = new ArrayList<>();
        collect(WardenCommand.newCommandLine(), List.of(), leaves);
        return leaves.stream();
    }

    private static void collect(CommandLine cmd, List<String> path, List<List<String>> out) {
        boolean any = false;
        for (var e : cmd.getSubcommands().entrySet()) {
            if (e.getKey().equals("help") || !e.getValue().getCommandName().equals(e.getKey())) {
                continue;
            }
            any = true;
            List<String> next = new ArrayList<>(path);
            next.add(e.getKey());
            collect(e.getValue(), next, out);
        }
        if (!any && !path.isEmpty()) {
            out.add(path);
        }
    }

    @ParameterizedTest(name = "warden {0} --no-such-option")
    @MethodSource("leafCommands")
    void anUnknownOptionIsAUsageErrorNamedByTheFullCommandPath(List<String> command) {
        List<String> args = new ArrayList<>(command);
        args.add("--no-such-option");
        assertThat(run(args)).isEqualTo(ExitCode.USAGE);
        String path = "warden " + String.join(" ", command);
        // picocli names a missing required argument first, when there is one; either is a usage error.
        assertThat(err.toString()).startsWith(path + ": ").containsAnyOf("--no-such-option", "Missing required")
                .contains("Try '" + path + " --help'.");
    }

    @Test
    void aMistypedSubCommandGetsADidYouMean() {
        assertThat(run(List.of("audit", "verfy"))).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).startsWith("warden audit: ").contains("did you mean 'verify'?");
        err.getBuffer().setLength(0);
        assertThat(run(List.of("deidentfy"))).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).startsWith("warden: ").contains("did you mean 'deidentify'?")
                .doesNotContain("warden warden");
    }

    @Test
    void versionIsTheBuildsVersion() throws Exception {
        assertThat(run(List.of("--version"))).isEqualTo(ExitCode.OK);
        String expected;
        try (var pom = Files.newBufferedReader(Path.of("pom.xml"))) {
            expected = pom.lines().filter(l -> l.contains("<version>")).findFirst().orElseThrow()
                    .replaceAll(".*<version>(.*)</version>.*", "$1").strip();
        }
        assertThat(out.toString()).startsWith("warden " + expected + "\n").doesNotContain("development build")
                .doesNotContain("${");
    }

    @Test
    void aBadConnectTimeoutIsBadInput() {
        assertThat(run(List.of("--connect-timeout", "soon", "plugins"))).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).startsWith("warden: ").contains("--connect-timeout");
    }

    /** For each command, a run that goes wrong by bad input: a missing file, a missing env: secret, a bad value. */
    static Stream<Arguments> badInput() {
        String absent = dir.resolve("absent").toString();
        String noSecret = "env:WARDEN_TEST_SECRET_THAT_IS_NOT_SET";
        String config = dir.resolve("absent.json").toString();
        return Stream.of(
                Arguments.of(List.of("plugins", "--config", config)),
                Arguments.of(List.of("secrets", "check", noSecret)),
                Arguments.of(List.of("secrets", "list", "--keystore", absent, "--key-ref", noSecret)),
                Arguments.of(List.of("secrets", "put", "name", "--keystore", absent, "--key-ref", noSecret)),
                Arguments.of(List.of("secrets", "rotate", "name", "--keystore", absent, "--key-ref", noSecret)),
                Arguments.of(List.of("audit", "verify", absent, "--key", noSecret)),
                Arguments.of(List.of("audit", "repair", absent, "--key", noSecret)),
                Arguments.of(List.of("audit", "export", absent, "--format", "ocsf")),
                Arguments.of(List.of("audit", "export", dir.toString(), "--format", "xml")),
                Arguments.of(List.of("audit", "report", absent)),
                Arguments.of(List.of("policy", "check", "--policy", absent, "--user", "u", "--action", "read",
                        "--resource", "workflow:p/w")),
                Arguments.of(List.of("policy", "check", "--policy", absent, "--user", "u", "--action", "fly",
                        "--resource", "workflow:p/w")),
                Arguments.of(List.of("policy", "review", "--policy", absent)),
                Arguments.of(List.of("transform", "--kind", "hmac-sha256", "--key", noSecret, "--domain", "d")),
                Arguments.of(List.of("scan", "--input", absent)),
                Arguments.of(List.of("users", "list", "--config", config)),
                Arguments.of(List.of("users", "disable", "bob", "--config", config)),
                Arguments.of(List.of("users", "passwd", "bob", "--password-stdin", "--config", config)),
                Arguments.of(List.of("users", "add", "bob", "--role", "emperor", "--config", config)),
                Arguments.of(List.of("apikey", "list", "--config", config)),
                Arguments.of(List.of("apikey", "create", "svc", "--project", "p", "--expires-in", "soon", "--config",
                        config)),
                Arguments.of(List.of("apikey", "revoke", "abcdefabcdef", "--config", config)),
                Arguments.of(List.of("mfa", "enroll", "bob", "--config", config)),
                Arguments.of(List.of("mfa", "enroll", "ldap:uid=bob,dc=example,dc=com", "--config", config)),
                Arguments.of(List.of("mfa", "remove", "bob", "--config", config)),
                Arguments.of(List.of("deidentify", "--input", absent, "--output", dir.resolve("out").toString(),
                        "--spec", absent, "--key", noSecret)),
                Arguments.of(List.of("classify", "--input", absent)),
                Arguments.of(List.of("risk", "--input", absent, "--qi", "age")),
                Arguments.of(List.of("anonymize", "--input", absent, "--output", dir.resolve("a.csv").toString(),
                        "--qi", "age=absent.csv", "--k", "5", "--report", dir.resolve("r.json").toString())),
                Arguments.of(List.of("posture", "--config", config)),
                Arguments.of(List.of("workflow", "create", "--config", config, "--project", "p", "--name", "w", "--spec",
                        absent, "--source", "s", "--target", "t", "--key", noSecret)),
                Arguments.of(List.of("workflow", "update", "--config", config, "--project", "p", "--name", "w", "--spec",
                        absent, "--source", "s", "--target", "t", "--key", noSecret)),
                Arguments.of(List.of("workflow", "show", "--config", config, "--project", "p", "--name", "w")),
                Arguments.of(List.of("workflow", "history", "--config", config, "--project", "p", "--name", "w")),
                Arguments.of(List.of("workflow", "run", "--config", config, "--project", "p", "--name", "w")),
                Arguments.of(List.of("datasource", "create", "--config", config, "--project", "p", "--name", "d",
                        "--location", absent, "--role", "source")),
                Arguments.of(List.of("datasource", "list", "--config", config, "--project", "p")),
                Arguments.of(List.of("datasource", "delete", "--config", config, "--project", "p", "--name", "d")),
                Arguments.of(List.of("subject", "export", "--config", config, "--project", "p", "--data-source", "d",
                        "--table", "t", "--id-env", "WARDEN_TEST_SECRET_THAT_IS_NOT_SET", "--purpose", "DSR-1")),
                Arguments.of(List.of("subject", "erase", "--config", config, "--project", "p", "--data-source", "d",
                        "--table", "t", "--id-env", "WARDEN_TEST_SECRET_THAT_IS_NOT_SET", "--purpose", "DSR-1")),
                Arguments.of(List.of("demo", "--patients", "many")));
    }

    @ParameterizedTest(name = "warden {0}")
    @MethodSource("badInput")
    void badInputIsTwoNamedByTheFullCommandPath(List<String> args) {
        int code = run(args);
        List<String> path = new ArrayList<>();
        CommandLine cmd = WardenCommand.newCommandLine();
        for (String arg : args) {
            if (!cmd.getSubcommands().containsKey(arg)) {
                break;
            }
            cmd = cmd.getSubcommands().get(arg);
            path.add(arg);
        }
        assertThat(code).as(err.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).startsWith("warden " + String.join(" ", path) + ": ");
    }

    @Test
    void everyCommandHasABadInputCase() {
        List<String> covered = badInput().map(a -> (List<?>) a.get()[0])
                .map(args -> String.join(" ", args.stream().map(Object::toString).takeWhile(s -> !s.startsWith("-")
                        && !s.startsWith("/") && !s.startsWith("env:")).toList())).toList();
        leafCommands().map(c -> String.join(" ", c)).forEach(command ->
                assertThat(covered).as("a bad-input case for warden " + command).anyMatch(c -> c.startsWith(command)));
    }
}
