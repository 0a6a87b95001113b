package dev.warden.core.secrets.keystore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.ConfigurationException;
import dev.warden.IntegrityException;
import dev.warden.InvalidInputException;
import dev.warden.core.config.JsonConfigNode;
import dev.warden.core.secrets.MapContext;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretNotFoundException;
import dev.warden.secrets.SecretRef;
import dev.warden.spi.secrets.SecretStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeystoreTest {

    private static final String CANARY = "canary-ks-77b1e";
    private static final char[] PASSPHRASE = "a long enough passphrase".toCharArray();

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("warden.keystore");
    }

    private Keystore created() {
        return Keystore.create(file(), PASSPHRASE, Argon2idParameters.MINIMUM);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(Secret secret) {
        try (secret) {
            return new String(secret.bytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void putThenGetReturnsTheValue() {
        try (Keystore keystore = created()) {
            assertThat(keystore.put("job-key", utf8(CANARY))).isEqualTo(1);
            assertThat(text(keystore.get(SecretRef.parse("keystore:job-key")))).isEqualTo(CANARY);
        }
    }

    @Test
    void reopeningWithThePassphraseReadsWhatWasWritten() {
        try (Keystore keystore = created()) {
            keystore.put("job-key", utf8(CANARY));
        }
        try (Keystore reopened = Keystore.open(file(), PASSPHRASE)) {
            assertThat(text(reopened.get(SecretRef.parse("keystore:job-key")))).isEqualTo(CANARY);
        }
    }

    @Test
    void rotationKeepsOlderVersionsReadable() {
        try (Keystore keystore = created()) {
            keystore.put("db", utf8("v1-" + CANARY));
            assertThat(keystore.rotate("db", utf8("v2-" + CANARY))).isEqualTo(2);
            Secret current = keystore.get(SecretRef.parse("keystore:db"));
            assertThat(current.version()).isEqualTo("2");
            assertThat(text(current)).isEqualTo("v2-" + CANARY);
            assertThat(text(keystore.get(SecretRef.parse("keystore:db?version=1")))).isEqualTo("v1-" + CANARY);
            assertThat(keystore.list()).singleElement().satisfies(e -> {
                assertThat(e.name()).isEqualTo("db");
                assertThat(e.versions()).containsExactly(1, 2);
                assertThat(e.currentVersion()).isEqualTo(2);
            });
        }
    }

    @Test
    void rotatingAMissingEntryIsNotFound() {
        try (Keystore keystore = created()) {
            assertThatThrownBy(() -> keystore.rotate("nope", utf8(CANARY))).isInstanceOf(SecretNotFoundException.class)
                    .hasMessageContaining("warden secrets put nope");
        }
    }

    @Test
    void aMissingVersionIsNotFound() {
        try (Keystore keystore = created()) {
            keystore.put("db", utf8(CANARY));
            assertThatThrownBy(() -> keystore.get(SecretRef.parse("keystore:db?version=9")))
                    .isInstanceOf(SecretNotFoundException.class).hasMessageContaining("version 9");
        }
    }

    @Test
    void aWrongPassphraseIsAnIntegrityError() {
        created().close();
        assertThatThrownBy(() -> Keystore.open(file(), "another passphrase".toCharArray()))
                .isInstanceOf(IntegrityException.class).hasMessageContaining("wrong passphrase");
    }

    @Test
    void theFileHoldsNoValueInClearAndOnlyItsOwnerMayReadIt() throws IOException {
        try (Keystore keystore = created()) {
            keystore.put("db", utf8(CANARY));
        }
        assertThat(Files.readString(file())).doesNotContain(CANARY).contains(Keystore.FORMAT).contains("argon2id");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void anAlteredCiphertextIsAnIntegrityError() throws IOException {
        try (Keystore keystore = created()) {
            keystore.put("db", utf8(CANARY));
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(file().toFile());
        ObjectNode version = (ObjectNode) root.path("entries").path("db").get(0);
        byte[] ciphertext = Base64.getDecoder().decode(version.get("ciphertext").asText());
        ciphertext[0] ^= 1;
        version.put("ciphertext", Base64.getEncoder().encodeToString(ciphertext));
        json.writeValue(file().toFile(), root);
        try (Keystore keystore = Keystore.open(file(), PASSPHRASE)) {
            assertThatThrownBy(() -> keystore.get(SecretRef.parse("keystore:db")))
                    .isInstanceOf(IntegrityException.class).hasMessageContaining("altered");
        }
    }

    @Test
    void aCiphertextMovedToAnotherEntryDoesNotDecrypt() throws IOException {
        try (Keystore keystore = created()) {
            keystore.put("admin", utf8(CANARY));
            keystore.put("guest", utf8("guest-value"));
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(file().toFile());
        ArrayNode admin = (ArrayNode) root.path("entries").get("admin");
        ((ObjectNode) root.path("entries")).set("guest", admin.deepCopy());
        json.writeValue(file().toFile(), root);
        try (Keystore keystore = Keystore.open(file(), PASSPHRASE)) {
            assertThatThrownBy(() -> keystore.get(SecretRef.parse("keystore:guest"))).isInstanceOf(IntegrityException.class);
        }
    }

    @Test
    void concurrentPutsLoseNoVersion() throws Exception {
        try (Keystore a = created(); Keystore b = Keystore.open(file(), PASSPHRASE)) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<Integer>> done = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    Keystore k = i % 2 == 0 ? a : b;
                    int n = i;
                    done.add(pool.submit(() -> k.put("db", utf8("v" + n))));
                }
                for (Future<Integer> f : done) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            assertThat(a.list().get(0).versions()).hasSize(20).doesNotHaveDuplicates();
        }
    }

    @Test
    void createRefusesAnExistingFileAndAShortPassphrase() {
        created().close();
        assertThatThrownBy(this::created).isInstanceOf(InvalidInputException.class).hasMessageContaining("already exists");
        assertThatThrownBy(() -> Keystore.create(dir.resolve("other"), "short".toCharArray(), Argon2idParameters.MINIMUM))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("8 characters");
    }

    @Test
    void argon2ParametersBelowTheFloorAreRefused() {
        assertThatThrownBy(() -> new Argon2idParameters(1024, 1, 1)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aFileThatIsNotAKeystoreIsRefused() throws IOException {
        Files.writeString(file(), "{\"format\":\"something-else\",\"entries\":{}}");
        assertThatThrownBy(() -> Keystore.open(file(), PASSPHRASE)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not a Warden keystore");
        Files.writeString(file(), "{\"format\": " + CANARY);
        assertThatThrownBy(() -> Keystore.open(file(), PASSPHRASE)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 1").hasMessageNotContaining(CANARY);
    }

    @Test
    void badEntryNamesAreRefused() {
        try (Keystore keystore = created()) {
            assertThatThrownBy(() -> keystore.put("../etc", utf8(CANARY))).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> keystore.put("a\u202Eb", utf8(CANARY))).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> keystore.put("ok", new byte[0])).isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void aKeystoreWithAnExternalKeyOpensThroughKeyRef() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        try (Keystore keystore = Keystore.createWithKey(file(), key)) {
            keystore.put("db", utf8(CANARY));
        }
        String base64 = Base64.getEncoder().encodeToString(key);
        MapContext context = new MapContext(Map.of("env:FILE_KEY", base64), false);
        ObjectNode settings = new ObjectMapper().createObjectNode().put("path", file().toString()).put("keyRef", "env:FILE_KEY");
        try (SecretStore store = new KeystoreSecretStoreFactory().create(new JsonConfigNode(settings, "secrets.stores.keystore"), context)) {
            assertThat(text(store.resolve(SecretRef.parse("keystore:db")))).isEqualTo(CANARY);
        }
        assertThatThrownBy(() -> Keystore.open(file(), PASSPHRASE)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("keyRef");
    }

    @Test
    void theFactoryNeedsAPathAndRefusesBothKindsOfKey() {
        ObjectMapper json = new ObjectMapper();
        MapContext context = new MapContext(Map.of(), false);
        assertThatThrownBy(() -> new KeystoreSecretStoreFactory().create(
                new JsonConfigNode(json.createObjectNode(), "secrets.stores.keystore"), context))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("secrets.stores.keystore.path");
        ObjectNode both = json.createObjectNode().put("path", "x").put("keyRef", "env:A").put("passphraseRef", "env:B");
        assertThatThrownBy(() -> new KeystoreSecretStoreFactory().create(new JsonConfigNode(both, "secrets.stores.keystore"), context))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("not both");
    }
}
