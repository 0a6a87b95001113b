package dev.warden.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.auth.AuthenticationResult;
import dev.warden.auth.Credentials;
import dev.warden.core.Warden;
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

/** warden users / apikey / mfa against a JSON user store named by a warden.json. */
class AuthCommandsTest {

    @TempDir
    Path dir;
    Path config;
    StringWriter out;
    StringWriter err;
    private final InputStream originalIn = System.in;

    @BeforeEach
    void writeConfig() throws Exception {
        config = dir.resolve("warden.json");
        Files.writeString(config, "{\"auth\": {\"providers\": [{\"type\": \"local\", \"name\": \"local\", "
                + "\"store\": {\"type\": \"json\", \"file\": \"" + dir.resolve("users.json").toString().replace("\\", "\\\\")
                + "\"}, \"argon2id\": {\"memoryKiB\": 64, \"iterations\": 1}}]}}");
    }

    @AfterEach
    void restoreStdin() {
        System.setIn(originalIn);
    }

    private int run(String stdin, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        CommandLine commandLine = WardenCommand.newCommandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--config";
        all[args.length + 1] = config.toString();
        return commandLine.execute(all);
    }

    private AuthenticationResult login(String user, String password) {
        try (Warden warden = Warden.builder().configuration(config).build()) {
            return warden.authenticate(new Credentials.Password(user, password.toCharArray()));
        }
    }

    @Test
    void addsAUserWithAPasswordFromStandardInputAndListsIt() {
        assertThat(run("violet tractor ink harbour\n", "users", "add", "alice", "--password-stdin")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("added alice (MEMBER)").doesNotContain("violet");
        assertThat(login("alice", "violet tractor ink harbour")).isInstanceOf(AuthenticationResult.Success.class);
        assertThat(run("", "users", "list")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("alice").contains("member").contains("active").doesNotContain("argon2");
    }

    @Test
    void thereIsNoPasswordOptionOnTheCommandLine() {
        assertThat(run("", "users", "add", "alice", "--password", "violet tractor ink harbour")).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void aWeakPasswordIsBadInputOnOneLineWithoutThePassword() {
        assertThat(run("password1234\n", "users", "add", "alice", "--password-stdin")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).contains("common").doesNotContain("password1234").doesNotContain("\n");
    }

    @Test
    void aUserNameWithAControlCharacterIsBadInput() {
        assertThat(run("violet tractor ink harbour\n", "users", "add", "eve\u001b[31m", "--password-stdin"))
                .isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void theFirstOwnerGetsAOneTimePasswordThatMustBeChanged() {
        assertThat(run("", "users", "add", "root", "--role", "owner", "--one-time-password")).isEqualTo(ExitCode.OK);
        String printed = out.toString();
        String password = printed.substring(printed.indexOf("password: ") + 10, printed.indexOf('\n')).strip();
        assertThat(password).hasSize(20);
        assertThat(login("root", password)).isEqualTo(new AuthenticationResult.PasswordChangeRequired("local:root"));
        assertThat(run("", "users", "list")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("must-change");
    }

    @Test
    void passwdSetsANewPasswordAndDisableStopsLogins() {
        run("violet tractor ink harbour\n", "users", "add", "alice", "--password-stdin");
        assertThat(run("amber lantern quiet ferry\n", "users", "passwd", "alice", "--password-stdin")).isEqualTo(ExitCode.OK);
        assertThat(login("alice", "amber lantern quiet ferry")).isInstanceOf(AuthenticationResult.Success.class);
        assertThat(run("", "users", "disable", "alice")).isEqualTo(ExitCode.OK);
        assertThat(login("alice", "amber lantern quiet ferry")).isInstanceOf(AuthenticationResult.Failure.class);
        assertThat(run("", "users", "disable", "nobody")).isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void createsListsAndRevokesAnApiKey() {
        assertThat(run("", "users", "add", "etl-bot", "--service-account", "--project", "p1=editor")).isEqualTo(ExitCode.OK);
        assertThat(run("", "apikey", "create", "etl-bot", "--project", "p1", "--ceiling", "viewer", "--expires-in", "30d"))
                .isEqualTo(ExitCode.OK);
        String key = out.toString().lines().findFirst().orElseThrow();
        assertThat(key).matches("wdn_[a-z2-7]{12}_[a-z2-7]{59}");
        try (Warden warden = Warden.builder().configuration(config).build()) {
            assertThat(warden.authenticate(new Credentials.ApiKey(key.toCharArray()))).isInstanceOf(AuthenticationResult.Success.class);
        }
        String id = key.substring(4, 16);
        assertThat(run("", "apikey", "list")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains(id).contains("active").doesNotContain(key.substring(17));
        assertThat(run("", "apikey", "revoke", id)).isEqualTo(ExitCode.OK);
        assertThat(run("", "apikey", "list", "etl-bot")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("revoked");
        try (Warden warden = Warden.builder().configuration(config).build()) {
            assertThat(warden.authenticate(new Credentials.ApiKey(key.toCharArray()))).isInstanceOf(AuthenticationResult.Failure.class);
        }
    }

    @Test
    void aKeyLongerThanTheMaximumIsRefused() {
        run("", "users", "add", "etl-bot", "--service-account", "--project", "p1=editor");
        assertThat(run("", "apikey", "create", "etl-bot", "--project", "p1", "--expires-in", "365d")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("90 days");
    }

    @Test
    void mfaEnrollPrintsTheOtpauthUriAndRecoveryCodes() {
        run("violet tractor ink harbour\n", "users", "add", "alice", "--password-stdin");
        assertThat(run("", "mfa", "enroll", "alice")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).startsWith("otpauth://totp/Warden:alice?secret=").contains("recovery codes");
        assertThat(out.toString().lines().filter(l -> l.matches("  [a-z2-9]{4}(-[a-z2-9]{4}){3}")).count()).isEqualTo(10);
        assertThat(login("alice", "violet tractor ink harbour")).isEqualTo(new AuthenticationResult.MfaRequired("local:alice"));
    }

    @Test
    void operatorChangesAreAuditedWhenTheConfigurationHasAuditSinks() throws Exception {
        Path auditDir = dir.resolve("audit");
        Files.createDirectories(auditDir);
        Files.writeString(config, "{\"auth\": {\"providers\": [{\"type\": \"local\", "
                + "\"store\": {\"type\": \"json\", \"file\": \"" + dir.resolve("users.json").toString().replace("\\", "\\\\")
                + "\"}, \"argon2id\": {\"memoryKiB\": 64, \"iterations\": 1}}]}, \"audit\": {\"sinks\": [{\"type\": "
                + "\"jsonl\", \"name\": \"file\", \"directory\": \"" + auditDir.toString().replace("\\", "\\\\") + "\"}]}}");
        assertThat(run("violet tractor ink harbour\n", "users", "add", "alice", "--password-stdin")).isEqualTo(ExitCode.OK);
        assertThat(run("", "users", "disable", "alice")).isEqualTo(ExitCode.OK);
        StringBuilder all = new StringBuilder();
        try (var files = Files.walk(auditDir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                all.append(Files.readString(f));
            }
        }
        assertThat(all.toString()).contains("\"USER_CREATED\"").contains("\"USER_DISABLED\"")
                .contains(System.getProperty("user.name")).doesNotContain("violet tractor");
    }

    @Test
    void aConfigurationWithoutALocalProviderIsBadInput() throws Exception {
        Files.writeString(config, "{}");
        assertThat(run("", "users", "list")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("type 'local'");
    }

    @Test
    void mfaEnrollGivesADirectoryUserATotpFactorStoredByWardenAndRemoveTakesItAway() throws Exception {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        Path keyFile = Files.writeString(dir.resolve("mfa.key"), java.util.Base64.getEncoder().encodeToString(key));
        Files.writeString(config, "{\"auth\": {\"providers\": [], \"secondFactors\": {\"store\": {\"type\": \"json\", "
                + "\"file\": \"" + dir.resolve("factors.json").toString().replace("\\", "\\\\") + "\"}, "
                + "\"key\": \"${secret:file:" + keyFile.toString().replace("\\", "\\\\") + "}\"}}}");
        String alice = "ldap:uid=alice,ou=people,dc=example,dc=com";

        assertThat(run("", "mfa", "enroll", alice)).isEqualTo(ExitCode.OK);

        String uri = out.toString().lines().findFirst().orElseThrow();
        assertThat(uri).startsWith("otpauth://totp/");
        String query = java.net.URI.create(uri).getRawQuery();
        byte[] secret = dev.warden.core.auth.totp.Base32.decode(
                query.substring(query.indexOf("secret=") + 7, query.indexOf('&')));
        String code = dev.warden.core.auth.totp.Totp.defaults().generate(secret,
                dev.warden.core.auth.totp.Totp.stepOf(java.time.Instant.now()));
        try (Warden warden = Warden.builder().configuration(config).build()) {
            var factors = warden.authenticator().secondFactors().orElseThrow();
            assertThat(factors.verify(alice, code.toCharArray(), java.time.Instant.now()))
                    .isEqualTo(dev.warden.core.auth.mfa.SecondFactors.Verification.VERIFIED);
        }
        assertThat(Files.readString(dir.resolve("factors.json"))).contains("uid=alice")
                .doesNotContain(dev.warden.core.auth.totp.Base32.encode(secret));

        assertThat(run("", "mfa", "remove", alice)).isEqualTo(ExitCode.OK);
        try (Warden warden = Warden.builder().configuration(config).build()) {
            assertThat(warden.authenticator().secondFactors().orElseThrow().isEnrolled(alice)).isFalse();
        }
    }

    @Test
    void mfaEnrollOfADirectoryUserWithoutSecondFactorsConfiguredIsBadInput() throws Exception {
        assertThat(run("", "mfa", "enroll", "oidc:https://login.example.com#alice")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("auth.secondFactors");
    }
}
