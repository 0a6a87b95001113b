package dev.warden.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.aws.AwsTestSetup;
import dev.warden.aws.FakeSecretsManager;
import dev.warden.azure.AzureTestSetup;
import dev.warden.azure.FakeKeyVault;
import dev.warden.gcp.FakeSecretManager;
import dev.warden.gcp.GcpTestSetup;
import dev.warden.core.secrets.vault.TestPki;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code warden secrets check} on the cloud secret managers, found by ServiceLoader from the CLI's class path, with the
 * exit codes of the CLI table. The services are STAND-INS (in-test HTTPS servers speaking each service's wire
 * protocol, reached through the SDK's endpoint override), since the real services cannot be reached from here.
 *
 * <p>Runs in a JVM of its own (samples/pom.xml) whose hosts file names the Key Vault stand-in {@code vault.localhost}.
 */
class CloudSecretsCheckTest {

    private static final String CANARY = "canary-cli-cloud-82c4";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private StringWriter out;
    private StringWriter err;
    private FakeSecretsManager aws;
    private FakeKeyVault azure;
    private FakeSecretManager gcp;
    private Path caPem;

    @BeforeEach
    void start() throws Exception {
        TestPki pki = TestPki.create("Warden CLI Cloud CA");
        caPem = pki.writeCaPem(dir.resolve("ca.pem"));
        aws = AwsTestSetup.start(pki);
        aws.putString("prod/db", "{\"password\":\"" + CANARY + "\"}");
        azure = new FakeKeyVault(pki);
        azure.put("db-password", CANARY);
        gcp = new FakeSecretManager(pki);
        gcp.put("db", "{\"password\":\"" + CANARY + "\"}");
    }

    @AfterEach
    void stop() {
        aws.close();
        azure.close();
        gcp.close();
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine commandLine = WardenCommand.newCommandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private Path config(String scheme, ObjectNode store) throws Exception {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("secrets").putObject("stores").set(scheme, store);
        return Files.writeString(dir.resolve(scheme + ".json"), root.toString());
    }

    private Path awsConfig() throws Exception {
        return config("aws-sm", AwsTestSetup.settings(aws, caPem));
    }

    @Test
    void checkOfAnAwsSecretPrintsItsVersionButNotItsValue() throws Exception {
        String version = aws.putString("prod/api", "{\"token\":\"" + CANARY + "\"}").id;
        assertThat(run("secrets", "check", "aws-sm:prod/api#token", "--config", awsConfig().toString()))
                .isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("store: aws-sm").contains("version: " + version).doesNotContain(CANARY);
    }

    @Test
    void checkOfAMissingAwsSecretIsBadInput() throws Exception {
        assertThat(run("secrets", "check", "aws-sm:prod/absent", "--config", awsConfig().toString()))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("not found");
    }

    @Test
    void checkOfAnAwsSecretTheRoleMayNotReadIsDenied() throws Exception {
        aws.denied.add("prod/db");
        assertThat(run("secrets", "check", "aws-sm:prod/db#password", "--config", awsConfig().toString()))
                .isEqualTo(ExitCode.DENIED);
        assertThat(err.toString()).contains("secretsmanager:GetSecretValue").doesNotContain(CANARY);
    }

    @Test
    void checkAgainstAnUnreachableAwsEndpointIsBadInput() throws Exception {
        // The CLI table (ExitCode): a secret store that cannot be reached is a problem with the configuration or
        // the reference, code 2, like any SecretUnavailableException; only access denied has a code of its own (4).
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path config = config("aws-sm", AwsTestSetup.settings(aws, caPem).put("endpoint", "https://127.0.0.1:" + port));
        assertThat(run("secrets", "check", "aws-sm:prod/db#password", "--config", config.toString()))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("cannot be reached");
    }

    private Path azureConfig() throws Exception {
        Path clientSecret = Files.writeString(dir.resolve("azure-client-secret"), azure.clientSecret);
        ObjectNode settings = AzureTestSetup.settings(azure, caPem);
        ((ObjectNode) settings.get("credential")).put("clientSecretRef", "file:" + clientSecret);
        return config("azure-kv", settings);
    }

    private void assumeVaultLocalhostResolves() {
        try {
            InetAddress.getByName("vault.localhost");
        } catch (UnknownHostException e) {
            Assumptions.abort("vault.localhost does not resolve: run in the cloud-secrets-check execution (samples/pom.xml)");
        }
    }

    @Test
    void checkOfAnAzureSecretPrintsItsVersionButNotItsValue() throws Exception {
        assumeVaultLocalhostResolves();
        String version = azure.put("api-token", CANARY + "-2").id;
        assertThat(run("secrets", "check", "azure-kv:" + azure.url() + "/secrets/api-token", "--config",
                azureConfig().toString())).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("store: azure-kv").contains("version: " + version).doesNotContain(CANARY);
    }

    @Test
    void checkOfADeletedAzureSecretIsBadInput() throws Exception {
        assumeVaultLocalhostResolves();
        azure.deleted.add("db-password");
        assertThat(run("secrets", "check", "azure-kv:" + azure.url() + "/secrets/db-password", "--config",
                azureConfig().toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("404");
    }

    @Test
    void checkOfAnAzureSecretTheIdentityMayNotReadIsDenied() throws Exception {
        assumeVaultLocalhostResolves();
        azure.forbidden.add("db-password");
        assertThat(run("secrets", "check", "azure-kv:" + azure.url() + "/secrets/db-password", "--config",
                azureConfig().toString())).isEqualTo(ExitCode.DENIED);
        assertThat(err.toString()).contains("Key Vault Secrets User").doesNotContain(CANARY);
    }

    private Path gcpConfig() throws Exception {
        return config("gcp-sm", GcpTestSetup.settings(gcp, caPem, dir));
    }

    @Test
    void checkOfAGoogleSecretPrintsItsVersionButNotItsValue() throws Exception {
        gcp.put("db", "{\"password\":\"" + CANARY + "-2\"}");
        assertThat(run("secrets", "check", "gcp-sm:projects/" + FakeSecretManager.PROJECT + "/secrets/db#password",
                "--config", gcpConfig().toString())).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("store: gcp-sm").contains("version: 2").doesNotContain(CANARY);
    }

    @Test
    void checkOfADeletedGoogleSecretIsBadInput() throws Exception {
        gcp.delete("db");
        assertThat(run("secrets", "check", "gcp-sm:projects/" + FakeSecretManager.PROJECT + "/secrets/db",
                "--config", gcpConfig().toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("NOT_FOUND");
    }

    @Test
    void checkOfAGoogleSecretTheServiceAccountMayNotReadIsDenied() throws Exception {
        gcp.denied.add("db");
        assertThat(run("secrets", "check", "gcp-sm:projects/" + FakeSecretManager.PROJECT + "/secrets/db",
                "--config", gcpConfig().toString())).isEqualTo(ExitCode.DENIED);
        assertThat(err.toString()).contains("roles/secretmanager.secretAccessor").doesNotContain(CANARY);
    }
}
