package dev.warden.samples.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.ConfigurationException;
import dev.warden.jdbc.demo.DemoDataset;
import dev.warden.core.secrets.keystore.Keystore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.stream.Stream;

/**
 * The demo's working folder on embedded defaults only: a 32-byte keystore file key ({@code keystore.key}, owner-only),
 * Warden's encrypted keystore ({@code warden.keystore}) holding the job key and the audit key, and a development
 * {@code warden.json} that names them by reference only — a local user store ({@code users.json}), a policy file
 * ({@code policy.json}), a fail-closed JSON Lines audit log ({@code audit/}) keyed by {@code keystore:audit-key}, and
 * the demo job for the posture check.
 */
final class DemoInstallation {

    static final String JOB_KEY = "deid-job-key";
    static final String AUDIT_KEY = "audit-key";
    static final String SPEC = "demo-spec.json";
    static final String LOCAL_PROVIDER = "local";

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final SecureRandom RANDOM = new SecureRandom();

    final Path dir;

    private DemoInstallation(Path dir) {
        this.dir = dir;
    }

    /**
     * Lays out the folder.
     *
     * @param dir a new or empty folder
     * @throws ConfigurationException if it already holds files (a previous demo is never overwritten)
     */
    static DemoInstallation create(Path dir) {
        try {
            Files.createDirectories(dir);
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new ConfigurationException("--dir: " + dir + " is not empty (a previous demo?); give a new or "
                            + "empty folder, or delete this one");
                }
            }
            DemoInstallation installation = new DemoInstallation(dir.toAbsolutePath());
            installation.write();
            return installation;
        } catch (FileAlreadyExistsException e) {
            throw new ConfigurationException("--dir: " + dir + " is a file, not a folder");
        } catch (IOException e) {
            throw new UncheckedIOException("demo folder " + dir + ": " + e.getMessage(), e);
        }
    }

    Path config() {
        return dir.resolve("warden.json");
    }

    Path keystore() {
        return dir.resolve("warden.keystore");
    }

    Path users() {
        return dir.resolve("users.json");
    }

    Path audit() {
        return dir.resolve("audit");
    }

    String sourceUrl() {
        return "jdbc:h2:file:" + dir.resolve("source");
    }

    String targetUrl() {
        return "jdbc:h2:file:" + dir.resolve("deidentified");
    }

    private void write() throws IOException {
        Path keyFile = dir.resolve("keystore.key");
        byte[] fileKey = random(32);
        try {
            Files.createFile(keyFile);
            ownerOnly(keyFile);
            Files.writeString(keyFile, Base64.getEncoder().encodeToString(fileKey));
            try (Keystore keystore = Keystore.createWithKey(keystore(), fileKey)) {
                for (String entry : new String[] {JOB_KEY, AUDIT_KEY}) {
                    byte[] value = random(32);
                    keystore.put(entry, value);
                    Arrays.fill(value, (byte) 0);
                }
            }
        } finally {
            Arrays.fill(fileKey, (byte) 0);
        }
        Files.writeString(dir.resolve(SPEC), DemoDataset.spec());
        ObjectNode root = JSON.createObjectNode().put("environment", "development");
        ObjectNode local = root.putObject("auth").putArray("providers").addObject().put("type", "local").put("name", LOCAL_PROVIDER);
        local.putObject("store").put("type", "json").put("file", users().toString());
        root.putObject("secrets").putObject("stores").putObject("keystore").put("path", keystore().toString())
                .put("keyRef", "file:" + keyFile);
        ObjectNode audit = root.putObject("audit").put("key", "keystore:" + AUDIT_KEY).put("mode", "fail-closed");
        audit.putArray("sinks").addObject().put("type", "jsonl").put("name", "file").put("directory", audit().toString());
        root.putObject("policy").put("store", "file").put("file", dir.resolve("policy.json").toString());
        root.putObject("posture").putArray("jobs").addObject().put("spec", SPEC)
                .put("source", sourceUrl() + ";ACCESS_MODE_DATA=r");
        Files.writeString(config(), JSON.writeValueAsString(root) + System.lineSeparator());
    }

    private static byte[] random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return b;
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the folder's own access control applies.
        }
    }
}
