package dev.warden.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21's canary: a secret substituted through {@code ${secret:file:...}} into every string setting of a full
 * warden.json (each section, every provider type, three sink types, the secret stores, policy, posture), one setting at
 * a time, never appears in any output of any command that reads the configuration — standard output and error as
 * {@code main} prints them, with {@code --verbose} whenever the command failed (it adds the stack trace), and every file
 * the command wrote (reports, audit logs, user store). The commands run in this JVM through
 * {@link WardenCommand#runMasked}, the path {@code main} takes; {@link SubstitutedSecretCanaryTest} runs real processes
 * for the placements whose errors quote the value.
 */
class FullConfigurationCanaryTest {

    static final String CANARY = "CANARY" + HexFormat.of().formatHex(UUID.randomUUID().toString()
            .getBytes(StandardCharsets.US_ASCII), 0, 8);
    static final ObjectMapper JSON = new ObjectMapper();

    /** What each command is run with; {@code @DIR@} is the variant's folder, {@code @CONFIG@} its warden.json. */
    static final List<List<String>> COMMANDS = List.of(
            List.of("plugins", "--config", "@CONFIG@"),
            List.of("secrets", "check", "file:@DIR@/secrets.json#db", "--config", "@CONFIG@"),
            List.of("users", "add", "carol", "--password-stdin", "--config", "@CONFIG@"),
            List.of("users", "list", "--config", "@CONFIG@"),
            List.of("posture", "--config", "@CONFIG@"),
            List.of("posture", "--config", "@CONFIG@", "--format", "html"),
            List.of("audit", "verify", "@DIR@/audit", "--key", "file:@DIR@/audit.key", "--config", "@CONFIG@"),
            List.of("audit", "export", "@DIR@/audit", "--format", "ocsf", "-o", "@DIR@/export.ocsf", "--config",
                    "@CONFIG@"),
            List.of("audit", "report", "@DIR@/audit", "--format", "html", "-o", "@DIR@/report.html", "--config",
                    "@CONFIG@"));

    @TempDir
    static Path dir;
    static String template;

    @BeforeAll
    static void readTheTemplate() throws IOException {
        try (InputStream in = FullConfigurationCanaryTest.class.getResourceAsStream("/canary/full-warden.json")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theFullConfigurationWorksWithoutTheCanary() throws IOException {
        Path base = variant("base");
        Path config = Files.writeString(base.resolve("warden.json"), template.replace("@DIR@", json(base)));
        for (List<String> command : COMMANDS) {
            Run run = run(command, base, config, false);
            assertThat(run.exit).as(command + ": " + run.output).isIn(ExitCode.OK, ExitCode.VALIDATION_FAILED);
        }
    }

    @Test
    void aCanarySubstitutedIntoAnyStringSettingNeverReachesAnyOutput() throws IOException {
        JsonNode root = JSON.readTree(template);
        List<String> paths = new ArrayList<>();
        stringSettings(root, "", paths);
        assertThat(paths).as("every string setting of the template").hasSizeGreaterThan(50);
        List<String> failedSomewhere = new ArrayList<>();
        int runs = 0;
        for (String path : paths) {
            Path variant = variant("v" + paths.indexOf(path));
            String ref = "${secret:file:" + json(variant.resolve("canary.json")) + "#value}";
            JsonNode config = JSON.readTree(template.replace("@DIR@", json(variant)));
            substitute(config, path, ref);
            Path file = Files.writeString(variant.resolve("warden.json"), JSON.writeValueAsString(config));
            StringBuilder all = new StringBuilder();
            for (List<String> command : COMMANDS) {
                Run quiet = run(command, variant, file, false);
                runs++;
                all.append(quiet.output);
                if (quiet.exit != ExitCode.OK) {
                    failedSomewhere.add(path);
                    all.append(run(command, variant, file, true).output);
                    runs++;
                }
            }
            assertThat(all.toString()).as("output with the canary in " + path).doesNotContain(CANARY);
            assertThat(filesWritten(variant)).as("files written with the canary in " + path).doesNotContain(CANARY);
        }
        // The variants did reach error paths that quote a setting (where masking matters), not only happy paths.
        assertThat(failedSomewhere.stream().distinct().count()).isGreaterThan(10);
        assertThat(runs).isGreaterThan(paths.size() * COMMANDS.size());
    }

    private static Path variant(String name) throws IOException {
        Path v = Files.createDirectories(dir.resolve(name));
        Files.createDirectories(v.resolve("audit"));
        Files.writeString(v.resolve("canary.json"), "{\"value\": \"" + CANARY + "\"}");
        Files.writeString(v.resolve("secrets.json"), "{\"db\": \"not-the-canary-db-password\"}");
        Files.writeString(v.resolve("audit.key"), "canary-test-audit-key-0123456789");
        try (InputStream cert = FullConfigurationCanaryTest.class.getResourceAsStream("/canary/idp-certificate.pem")) {
            Files.write(v.resolve("idp.pem"), cert.readAllBytes());
        }
        return v;
    }

    /** JSON pointers of every text value, array elements included. */
    private static void stringSettings(JsonNode node, String pointer, List<String> out) {
        if (node.isTextual()) {
            out.add(pointer);
        } else if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> stringSettings(node.get(name), pointer + "/" + name, out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                stringSettings(node.get(i), pointer + "/" + i, out);
            }
        }
    }

    /** Puts the reference into the value at {@code pointer}: inside it, as a password in a URL or a path part would be. */
    private static void substitute(JsonNode root, String pointer, String ref) {
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, cut));
        String last = pointer.substring(cut + 1);
        String value = root.at(pointer).asText();
        TextNode replaced = TextNode.valueOf(value + ref);
        if (parent instanceof ObjectNode object) {
            object.set(last, replaced);
        } else {
            ((ArrayNode) parent).set(Integer.parseInt(last), replaced);
        }
    }

    private record Run(int exit, String output) {
    }

    private static Run run(List<String> template, Path variant, Path config, boolean verbose) {
        List<String> args = new ArrayList<>();
        for (String arg : template) {
            args.add(arg.replace("@CONFIG@", config.toString()).replace("@DIR@", variant.toString()));
        }
        if (verbose) {
            args.add("--verbose");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream("violet tractor ink harbour\n".getBytes(StandardCharsets.UTF_8)));
        int exit;
        try {
            exit = WardenCommand.runMasked(args.toArray(String[]::new), out, out);
        } finally {
            System.setIn(stdin);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8));
    }

    /**
     * The contents of every file under the variant's folder but those that hold the canary by design: its source, the
     * configuration, and an H2 database, which stores the user name it was told to create.
     */
    private static String filesWritten(Path variant) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.walk(variant)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                if (name.equals("canary.json") || name.equals("warden.json") || name.endsWith(".mv.db")) {
                    continue;
                }
                try {
                    text.append(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
                } catch (IOException e) {
                    throw new UncheckedIOException(f.toString(), e);
                }
            }
        }
        return text.toString();
    }

    private static String json(Path path) {
        return path.toString().replace("\\", "\\\\");
    }
}
