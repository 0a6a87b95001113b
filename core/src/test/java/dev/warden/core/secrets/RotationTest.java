package dev.warden.core.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.core.config.JsonConfigNode;
import dev.warden.core.secrets.env.EnvironmentSecretStoreFactory;
import dev.warden.core.secrets.file.FileSecretStoreFactory;
import dev.warden.core.secrets.keystore.Argon2idParameters;
import dev.warden.core.secrets.keystore.Keystore;
import dev.warden.core.secrets.keystore.KeystoreSecretStoreFactory;
import dev.warden.core.secrets.vault.FakeVault;
import dev.warden.core.secrets.vault.TestPki;
import dev.warden.core.secrets.vault.VaultSecretStoreFactory;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretRef;
import dev.warden.secrets.SecretRotation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rotation through the real stores: a new version is visible once the time-to-live has passed, or at once after a
 * rotation signal, and listeners are told once per rotation. (The Vault is the FAKE in-test HTTPS server
 * {@link FakeVault}; no Vault server can run here.)
 */
class RotationTest {

    private static final char[] PASS = "rotation passphrase".toCharArray();

    @TempDir
    Path dir;
    private final FakeTime time = new FakeTime();
    private FakeVault vault;
    private CachedSecretResolver resolver;
    private final List<SecretRotation> rotations = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        TestPki pki = TestPki.create("Rotation CA");
        vault = new FakeVault(pki);
        vault.put("secret/db", Map.of("password", "vault-v1"));
        String token = vault.issueToken();
        try (Keystore keystore = Keystore.create(dir.resolve("ks"), PASS, Argon2idParameters.MINIMUM)) {
            keystore.put("db", bytes("ks-v1"));
        }
        Files.writeString(dir.resolve("db.txt"), "file-v1");
        ObjectNode secrets = new ObjectMapper().createObjectNode();
        ObjectNode stores = secrets.putObject("stores");
        stores.putObject("file").put("baseDirectory", dir.toString());
        stores.putObject("keystore").put("path", dir.resolve("ks").toString()).put("passphraseRef", "env:PASS");
        stores.putObject("vault").put("address", vault.address())
                .put("caBundle", pki.writeCaPem(dir.resolve("ca.pem")).toString());
        secrets.putObject("cache").put("ttl", "5m").put("refreshAhead", "0s").put("grace", "0s");
        resolver = CachedSecretResolver.builder()
                .factory(new EnvironmentSecretStoreFactory(Map.of("PASS", new String(PASS), "VAULT_TOKEN", token)::get))
                .factory(new FileSecretStoreFactory()).factory(new KeystoreSecretStoreFactory())
                .factory(new VaultSecretStoreFactory())
                .configuration(new JsonConfigNode(secrets, "secrets"))
                .ticker(time).clock(time).executor(Runnable::run).build();
    }

    @AfterEach
    void tearDown() {
        resolver.close();
        vault.close();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private String value(String ref) {
        try (Secret secret = resolver.resolve(ref)) {
            return new String(secret.bytes(), StandardCharsets.UTF_8);
        }
    }

    private void rotateKeystore(String value) {
        try (Keystore other = Keystore.open(dir.resolve("ks"), PASS)) { // as `warden secrets rotate` would, elsewhere
            other.rotate("db", bytes(value));
        }
    }

    @Test
    void aKeystoreRotationIsVisibleAfterTheTtlAndToldOnce() {
        resolver.onRotation(SecretRef.parse("keystore:db"), rotations::add);
        assertThat(value("keystore:db")).isEqualTo("ks-v1");
        rotateKeystore("ks-v2");
        time.advance(Duration.ofMinutes(4));
        assertThat(value("keystore:db")).isEqualTo("ks-v1");
        time.advance(Duration.ofMinutes(1));
        assertThat(value("keystore:db")).isEqualTo("ks-v2");
        assertThat(value("keystore:db")).isEqualTo("ks-v2");
        assertThat(rotations).singleElement().satisfies(r -> {
            assertThat(r.previousVersion()).isEqualTo("1");
            assertThat(r.newVersion()).isEqualTo("2");
        });
    }

    @Test
    void aVaultRotationIsVisibleAtOnceAfterASignal() {
        resolver.onRotation(SecretRef.parse("vault:secret/db#password"), rotations::add);
        assertThat(value("vault:secret/db#password")).isEqualTo("vault-v1");
        vault.put("secret/db", Map.of("password", "vault-v2"));
        assertThat(value("vault:secret/db#password")).isEqualTo("vault-v1");
        resolver.signalRotation(SecretRef.parse("vault:secret/db#password"));
        assertThat(value("vault:secret/db#password")).isEqualTo("vault-v2");
        resolver.signalRotation(SecretRef.parse("vault:secret/db#password"));
        assertThat(rotations).hasSize(1);
    }

    @Test
    void aRewrittenFileIsARotation() throws Exception {
        resolver.onRotation(SecretRef.parse("file:db.txt"), rotations::add);
        Files.setLastModifiedTime(dir.resolve("db.txt"), FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        assertThat(value("file:db.txt")).isEqualTo("file-v1");
        Files.writeString(dir.resolve("db.txt"), "file-v2");
        Files.setLastModifiedTime(dir.resolve("db.txt"), FileTime.from(Instant.parse("2026-01-02T00:00:00Z")));
        time.advance(Duration.ofMinutes(5));
        assertThat(value("file:db.txt")).isEqualTo("file-v2");
        assertThat(rotations).hasSize(1);
    }

    @Test
    void manyThreadsSeeingOneRotationTellTheListenerOnce() throws Exception {
        resolver.onRotation(SecretRef.parse("keystore:db"), rotations::add);
        value("keystore:db");
        rotateKeystore("ks-v2");
        time.advance(Duration.ofMinutes(6));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return value("keystore:db");
                }));
            }
            start.countDown();
            for (Future<String> result : results) {
                assertThat(result.get()).isEqualTo("ks-v2");
            }
        } finally {
            pool.shutdown();
        }
        assertThat(rotations).hasSize(1);
    }
}
