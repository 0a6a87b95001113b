package dev.warden.core.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.Warden;
import dev.warden.core.config.WardenConfiguration;
import dev.warden.secrets.Secret;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Through the facade, with audit sinks configured, secret reads are audited as SECRET_ACCESSED, never with values. */
class SecretAuditTest {

    private static final String CANARY = "canary-audit-2b7e";

    @TempDir
    Path dir;

    private String auditLines() throws Exception {
        try (Stream<Path> files = Files.walk(dir.resolve("audit"))) {
            List<Path> logs = files.filter(p -> p.toString().endsWith(".jsonl")).toList();
            StringBuilder all = new StringBuilder();
            for (Path log : logs) {
                all.append(Files.readString(log));
            }
            return all.toString();
        }
    }

    @Test
    void secretReadsIncludingBuildTimeSubstitutionsAreAuditedWithReferenceAndVersionOnly() throws Exception {
        Path key = Files.writeString(dir.resolve("audit.key"), "0123456789abcdef0123456789abcdef");
        Path db = Files.writeString(dir.resolve("db.json"), "{\"password\":\"" + CANARY + "\"}");
        for (Path p : List.of(key, db)) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
        }
        String json = "{\"audit\":{\"key\":\"file:" + key + "\",\"sinks\":[{\"type\":\"jsonl\",\"directory\":\""
                + dir.resolve("audit") + "\"}]},"
                + "\"deid\":{\"password\":\"${secret:file:" + db + "#password}\"}}";
        try (Warden warden = Warden.builder().configuration(WardenConfiguration.parse(json, "warden.json")).build()) {
            try (Secret secret = warden.secrets().resolve("file:" + db + "#password")) {
                assertThat(secret.version()).isNotBlank();
            }
        }
        String lines = auditLines();
        assertThat(lines).contains("SECRET_ACCESSED").contains("file:" + db + "#password").contains("file:" + key)
                .doesNotContain(CANARY);
        assertThat(lines.lines().filter(l -> l.contains("SECRET_ACCESSED")).collect(Collectors.toList()))
                .as("the key and the password, each read from its store once").hasSize(2);
    }

    @Test
    void theFirstReadThroughTheFacadeOfAKeyTheAuditLogAlsoNeedsIsAuditedWithoutRecursion() throws Exception {
        // keystore:audit-key keys the audit log, and the keystore's own file key is read through file: (audited):
        // the first resolution through secrets() must not build the audit pipeline inside the keystore's load.
        Path fileKey = Files.writeString(dir.resolve("keystore.key"),
                java.util.Base64.getEncoder().encodeToString(new byte[32]));
        Files.setPosixFilePermissions(fileKey, PosixFilePermissions.fromString("rw-------"));
        Path keystore = dir.resolve("warden.keystore");
        try (dev.warden.core.secrets.keystore.Keystore store =
                     dev.warden.core.secrets.keystore.Keystore.createWithKey(keystore, new byte[32])) {
            store.put("audit-key", CANARY.repeat(2).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        String json = "{\"secrets\":{\"stores\":{\"keystore\":{\"path\":\"" + keystore + "\",\"keyRef\":\"file:" + fileKey + "\"}}},"
                + "\"audit\":{\"key\":\"keystore:audit-key\",\"sinks\":[{\"type\":\"jsonl\",\"directory\":\""
                + dir.resolve("audit") + "\"}]}}";
        try (Warden warden = Warden.builder().configuration(WardenConfiguration.parse(json, "warden.json")).build();
             Secret secret = warden.secrets().resolve("keystore:audit-key")) {
            assertThat(secret.version()).isEqualTo("1");
        }
        assertThat(auditLines()).contains("\"reference\":\"keystore:audit-key\"").contains("file:" + fileKey)
                .doesNotContain(CANARY);
    }
}
