package dev.warden.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A canary secret substituted through {@code ${secret:file:...}} into settings that end up in error messages — the
 * README's JDBC URL form, a sink's type, a sink's directory, a provider's store file — never appears in anything the
 * {@code warden} command prints (standard output and error of a real process), with and without {@code --verbose}.
 */
class SubstitutedSecretCanaryTest {

    static final String CANARY = "CANARY" + HexFormat.of().formatHex(java.util.UUID.randomUUID().toString()
            .getBytes(StandardCharsets.US_ASCII), 0, 8);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"jdbc-url", "sink-type", "sink-directory", "store-file", "ldap-url", "oidc-issuer",
            "lockout-setting"})
    void theCanaryNeverReachesTheOutput(String placement) throws Exception {
        Path secret = Files.writeString(dir.resolve("canary.json"), "{\"value\": \"" + CANARY + "\"}");
        Path key = Files.writeString(dir.resolve("audit.key"), "canary-test-audit-key-0123456789");
        Path blocker = Files.writeString(dir.resolve("not-a-directory"), "x");
        String ref = "${secret:file:" + json(secret) + "#value}";
        String users = json(dir.resolve("users.json"));
        String sink = switch (placement) {
            case "jdbc-url" -> "{\"type\": \"jdbc\", \"url\": \"jdbc:postgresql://app:" + ref + "@db.invalid:5432/warden\"}";
            case "sink-type" -> "{\"type\": \"" + ref + "\", \"directory\": \"" + json(dir.resolve("audit")) + "\"}";
            case "sink-directory" -> "{\"type\": \"jsonl\", \"directory\": \"" + json(blocker) + "/" + ref + "\"}";
            default -> "{\"type\": \"jsonl\", \"directory\": \"" + json(dir.resolve("audit")) + "\"}";
        };
        if (placement.equals("store-file")) {
            users = json(blocker) + "/" + ref + ".json";
        }
        String local = "{\"type\": \"local\", \"store\": {\"type\": \"json\", \"file\": \"" + users + "\"}}";
        String auth = switch (placement) {
            case "ldap-url" -> "\"providers\": [" + local + ", {\"type\": \"ldap\", \"name\": \"corp\", \"url\": \"ldaps://"
                    + ref + ".invalid:636\", \"userBaseDn\": \"ou=people,dc=example,dc=org\"}]";
            case "oidc-issuer" -> "\"providers\": [" + local + ", {\"type\": \"oidc\", \"name\": \"sso\", \"issuer\": \"http://"
                    + ref + ".invalid\", \"audiences\": [\"warden\"]}]";
            case "lockout-setting" -> "\"providers\": [" + local + "], \"lockout\": {\"window\": \"" + ref + "\"}";
            default -> "\"providers\": [" + local + "]";
        };
        Path config = Files.writeString(dir.resolve("warden.json"), "{\"auth\": {" + auth + "}, \"audit\": {\"key\": \"file:"
                + json(key) + "\", \"sinks\": [" + sink + "]}}");
        List<String> outputs = new ArrayList<>();
        for (boolean verbose : new boolean[] {false, true}) {
            outputs.add(warden(verbose, "users", "add", "carol", "--password-stdin", "--config", config.toString()));
            outputs.add(warden(verbose, "users", "list", "--config", config.toString()));
            outputs.add(warden(verbose, "audit", "verify", dir.toString(), "--key", "file:" + key, "--config",
                    config.toString()));
        }
        String all = String.join("\n", outputs);
        assertThat(all).doesNotContain(CANARY);
        if (List.of("jdbc-url", "sink-type", "sink-directory", "store-file").contains(placement)) {
            // These errors quote the setting's value: the value was there, masked.
            assertThat(all).contains("warden ").contains("***");
        }
    }

    private String warden(boolean verbose, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                WardenCommand.class.getName()));
        command.addAll(List.of(args));
        if (verbose) {
            command.add("--verbose");
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().write("violet tractor ink harbour\n".getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return output;
    }

    private static String json(Path path) {
        return path.toString().replace("\\", "\\\\");
    }
}
