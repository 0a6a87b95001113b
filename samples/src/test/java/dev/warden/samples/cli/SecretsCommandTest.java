package dev.warden.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SecretsCommandTest {

    private static final String CANARY = "canary-cli-3f9d0a";
    private static final String[] CHEAP_KDF = {"--argon2-memory-kib", "19456", "--argon2-iterations", "2",
        "--argon2-parallelism", "1"};

    @TempDir
    Path dir;
    private final InputStream originalIn = System.in;
    private StringWriter out;
    private StringWriter err;
    private Path keystore;
    private Path passphrase;

    @BeforeEach
    void setUp() throws Exception {
        keystore = dir.resolve("warden.keystore");
        passphrase = Files.writeString(dir.resolve("pass"), "cli test passphrase\n");
    }

    @AfterEach
    void restoreStdin() {
        System.setIn(originalIn);
    }

    private int run(String stdin, String... args) {
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        out = new StringWriter();
        err = new StringWriter();
        CommandLine commandLine = WardenCommand.newCommandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private String[] keystoreArgs(String... more) {
        String[] base = {"--keystore", keystore.toString(), "--passphrase-ref", "file:" + passphrase};
        String[] all = new String[base.length + more.length];
        System.arraycopy(more, 0, all, 0, more.length);
        System.arraycopy(base, 0, all, more.length, base.length);
        return all;
    }

    private int put(String value, String name) {
        String[] args = keystoreArgs("secrets", "put", name, "--create");
        String[] withKdf = new String[args.length + CHEAP_KDF.length];
        System.arraycopy(args, 0, withKdf, 0, args.length);
        System.arraycopy(CHEAP_KDF, 0, withKdf, args.length, CHEAP_KDF.length);
        return run(value, withKdf);
    }

    @Test
    void putCreatesTheKeystoreAndReadsTheValueFromStandardInput() throws Exception {
        assertThat(put(CANARY + "\n", "db-password")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("keystore:db-password version 1").doesNotContain(CANARY);
        assertThat(Files.readString(keystore)).doesNotContain(CANARY);
    }

    @Test
    void theValueCannotBeGivenOnTheCommandLine() {
        assertThat(run("", keystoreArgs("secrets", "put", "db-password", CANARY))).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("never taken from the command line").doesNotContain(CANARY);
        assertThat(keystore).doesNotExist();
    }

    @Test
    void listShowsVersionsButNoValue() {
        put(CANARY, "db-password");
        assertThat(run(CANARY + "-2", keystoreArgs("secrets", "rotate", "db-password"))).isEqualTo(ExitCode.OK);
        assertThat(run("", keystoreArgs("secrets", "list"))).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("db-password").contains("version 2").contains("versions 1,2")
                .doesNotContain(CANARY);
    }

    @Test
    void checkPrintsOnlyMetadata() throws Exception {
        put(CANARY, "db-password");
        Path config = Files.writeString(dir.resolve("warden.json"), "{\"secrets\":{\"stores\":{\"keystore\":{\"path\":\""
                + keystore + "\",\"passphraseRef\":\"file:" + passphrase + "\"}}}}");
        assertThat(run("", "secrets", "check", "keystore:db-password", "--config", config.toString())).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("store: keystore").contains("version: 1").contains("created: ")
                .contains("expires: never").doesNotContain(CANARY);
    }

    @Test
    void checkOfAnUnknownSchemeIsBadInputNamingIt() {
        assertThat(run("", "secrets", "check", "s3:bucket/key")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("'s3'");
    }

    @Test
    void checkOfAMissingSecretIsBadInput() throws Exception {
        Path file = Files.writeString(dir.resolve("db.json"), "{\"user\":\"x\"}");
        assertThat(run("", "secrets", "check", "file:" + file + "#password")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("'password'");
    }

    @Test
    void aWrongPassphraseIsDenied() throws Exception {
        put(CANARY, "db-password");
        Files.writeString(passphrase, "not the passphrase");
        assertThat(run("", keystoreArgs("secrets", "list"))).isEqualTo(ExitCode.DENIED);
        assertThat(err.toString()).contains("wrong passphrase");
    }

    @Test
    void emptyStandardInputIsBadInput() {
        assertThat(put("", "db-password")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("no value on standard input");
    }

    @Test
    void rotatingAMissingEntryIsBadInput() {
        put(CANARY, "db-password");
        assertThat(run("x", keystoreArgs("secrets", "rotate", "other"))).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("no entry 'other'");
    }

    @Test
    void aMissingKeystoreWithoutCreateIsBadInput() {
        assertThat(run("x", keystoreArgs("secrets", "put", "db"))).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("--create");
    }

    @Test
    void everySecretsSubCommandHasHelp() {
        for (String sub : new String[] {"put", "rotate", "list", "check"}) {
            assertThat(run("", "secrets", sub, "--help")).isEqualTo(ExitCode.OK);
            assertThat(out.toString()).contains("Usage: warden secrets " + sub);
        }
    }
}
