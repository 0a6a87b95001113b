package dev.warden.core.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.core.Warden;
import dev.warden.core.config.JsonConfigNode;
import dev.warden.core.config.WardenConfiguration;
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
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The leak canary: every store holds a recognizable canary (as the value, and in passphrases, tokens, AppRole ids and
 * malformed files), every success and failure path is exercised through Warden's resolver, and then everything an
 * operator could see — all log output at every level, every exception's message and stack trace, the
 * {@code toString} of every object the API hands out, every audit event — is searched for the canary.
 *
 * <p>The Vault here is {@link FakeVault}, a FAKE in-test HTTPS server answering with Vault's documented responses,
 * since no Vault server can run here.
 */
class SecretLeakCanaryTest {

    private static final String CANARY = "WARDEN-CANARY-" + HexFormat.of().formatHex(
            java.nio.ByteBuffer.allocate(8).putLong(new java.security.SecureRandom().nextLong()).array());
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private FakeVault vault;
    private final List<String> seen = new ArrayList<>();
    private final List<AuditEvent> audit = new CopyOnWriteArrayList<>();
    private final Map<String, String> environment = new HashMap<>();
    private final FakeTime time = new FakeTime();

    @BeforeEach
    void setUp() throws Exception {
        TestPki pki = TestPki.create("Canary CA");
        vault = new FakeVault(pki);
        vault.tokenPrefix = "hvs." + CANARY + "-";
        vault.roleId = "role-" + CANARY;
        vault.secretId = "sid-" + CANARY;
        vault.put("secret/app", Map.of("password", CANARY));
        pki.writeCaPem(dir.resolve("ca.pem"));

        environment.put("DB_PASSWORD", CANARY);
        environment.put("KS_PASS", "pass-" + CANARY);
        environment.put("ROLE_ID", vault.roleId);
        environment.put("SECRET_ID", vault.secretId);

        ownerOnly(Files.writeString(dir.resolve("db.json"), "{\"password\":\"" + CANARY + "\"}"));
        ownerOnly(Files.writeString(dir.resolve("token.txt"), CANARY + "\n"));
        ownerOnly(Files.writeString(dir.resolve("malformed.json"), "{\"password\": " + CANARY));
        ownerOnly(Files.writeString(dir.resolve("db.properties"), "password=" + CANARY + "\\uZZZZ"));
        Files.writeString(dir.resolve("open.json"), "{\"password\":\"" + CANARY + "\"}");
        Files.setPosixFilePermissions(dir.resolve("open.json"), PosixFilePermissions.fromString("rw-r--r--"));
        Files.writeString(dir.resolve("big.txt"), CANARY.repeat(100_000));
        try (Keystore keystore = Keystore.create(dir.resolve("warden.keystore"), ("pass-" + CANARY).toCharArray(),
                Argon2idParameters.MINIMUM)) {
            keystore.put("db", CANARY.getBytes(StandardCharsets.UTF_8));
        }
    }

    @AfterEach
    void tearDown() {
        vault.close();
    }

    private static void ownerOnly(Path file) throws Exception {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }

    private ObjectNode secretsSection(String keystorePassRef) {
        ObjectNode secrets = JSON.createObjectNode().put("audit", "every");
        ObjectNode stores = secrets.putObject("stores");
        stores.putObject("file").put("baseDirectory", dir.toString());
        stores.putObject("keystore").put("path", dir.resolve("warden.keystore").toString()).put("passphraseRef", keystorePassRef);
        ObjectNode vaultNode = stores.putObject("vault").put("address", vault.address())
                .put("caBundle", dir.resolve("ca.pem").toString());
        vaultNode.putObject("auth").put("method", "approle").put("roleIdRef", "env:ROLE_ID").put("secretIdRef", "env:SECRET_ID");
        vaultNode.putObject("cache").put("ttl", "1m").put("grace", "5m");
        return secrets;
    }

    private CachedSecretResolver resolver(String keystorePassRef, MemoryStore memory) {
        return CachedSecretResolver.builder()
                .factory(new EnvironmentSecretStoreFactory(environment::get))
                .factory(new FileSecretStoreFactory())
                .factory(new KeystoreSecretStoreFactory())
                .factory(new VaultSecretStoreFactory())
                .store("mem", memory)
                .configuration(new JsonConfigNode(secretsSection(keystorePassRef), "secrets"))
                .production(true)
                .auditLog(audit::add)
                .ticker(time).clock(time).executor(Runnable::run)
                .build();
    }

    private void attempt(CachedSecretResolver resolver, String ref) {
        try (Secret secret = resolver.resolve(ref)) {
            seen.add(secret.toString());
            seen.add(secret.ref().toString());
            seen.add(String.valueOf(secret.hashCode()));
            seen.add(secret.createdAt() + " " + secret.expiresAt() + " " + secret.version());
        } catch (RuntimeException e) {
            record(e);
        }
    }

    private void record(Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        seen.add(trace.toString());
        for (Throwable t = e; t != null; t = t.getCause()) {
            seen.add(String.valueOf(t.getMessage()));
            seen.add(t.toString());
        }
    }

    @Test
    void theCanaryAppearsInNoLogMessageToStringOrAuditEvent() throws Exception {
        String logs;
        try (LogCapture capture = new LogCapture()) {
            MemoryStore memory = new MemoryStore(time);
            memory.put("db", CANARY);
            try (CachedSecretResolver resolver = resolver("env:KS_PASS", memory)) {
                seen.add(resolver.toString());
                List<SecretRotation> rotations = new CopyOnWriteArrayList<>();
                resolver.onRotation(SecretRef.parse("mem:db"), rotations::add);

                // Success on every store, twice (cached the second time).
                for (String ref : List.of("env:DB_PASSWORD", "file:db.json#password", "file:token.txt",
                        "keystore:db", "keystore:db?version=1", "vault:secret/app#password", "mem:db")) {
                    attempt(resolver, ref);
                    attempt(resolver, ref);
                }
                // Failure paths of each store.
                for (String ref : List.of("env:ABSENT", "env:DB_PASSWORD#field", "env:1BAD",
                        "file:absent.json#password", "file:db.json#absent", "file:malformed.json#password",
                        "file:db.properties#password", "file:open.json#password", "file:big.txt", "file:token.txt#x",
                        "keystore:absent", "keystore:db?version=7", "keystore:db#field",
                        "vault:secret/absent#password", "vault:secret/app#absent", "vault:secret/app",
                        "nosuch:" + CANARY, CANARY, "vault:" + CANARY)) {
                    attempt(resolver, ref);
                }
                // Vault errors: forbidden, sealed, malformed body, refused renewal, refused login.
                vault.forbidReads = true;
                attemptSignal(resolver, "vault:secret/app#password");
                vault.forbidReads = false;
                vault.sealed = true;
                attemptSignal(resolver, "vault:secret/app#password");
                vault.sealed = false;
                vault.rawReadBody = "{\"data\":{\"data\":{\"password\": " + CANARY;
                attemptSignal(resolver, "vault:secret/app#password");
                vault.rawReadBody = null;
                vault.refuseRenewal = true;
                vault.secretId = "changed";
                time.advance(Duration.ofHours(1));
                attempt(resolver, "vault:secret/app#password");
                // Grace period: the store fails, the previous value is served and a warning logged.
                memory.down = true;
                time.advance(Duration.ofMinutes(6));
                attempt(resolver, "mem:db");
                memory.down = false;
                // A foreign exception quoting the canary is not passed on.
                memory.failWith = new IllegalArgumentException("bad input " + CANARY);
                time.advance(Duration.ofMinutes(30));
                attempt(resolver, "mem:db");
                memory.failWith = null;
                // Rotation, and a listener that throws with the canary in its message.
                resolver.onRotation(SecretRef.parse("mem:db"), r -> {
                    throw new IllegalStateException("listener saw " + CANARY);
                });
                memory.put("db", CANARY + "-v2");
                attemptSignal(resolver, "mem:db");
                rotations.forEach(r -> seen.add(r.toString()));
                assertThat(rotations).as("the rotation path ran").isNotEmpty();
            }
            // A keystore opened with the wrong passphrase.
            environment.put("WRONG", "wrong-" + CANARY);
            try (CachedSecretResolver resolver = resolver("env:WRONG", new MemoryStore(time))) {
                attempt(resolver, "keystore:db");
            }
            // An untrusted Vault certificate.
            ObjectNode untrusted = JSON.createObjectNode();
            untrusted.putObject("stores").putObject("vault").put("address", vault.address())
                    .putObject("auth").put("tokenRef", "env:DB_PASSWORD");
            try (CachedSecretResolver resolver = CachedSecretResolver.builder()
                    .factory(new EnvironmentSecretStoreFactory(environment::get)).factory(new VaultSecretStoreFactory())
                    .configuration(new JsonConfigNode(untrusted, "secrets")).build()) {
                attempt(resolver, "vault:secret/app#password");
            }
            // Configuration: a literal secret (warned in development, refused in production), ${secret:...} both ways.
            String literal = "{\"environment\":\"%s\",\"deid\":{\"password\":\"" + CANARY + "\"}}";
            try (Warden warden = Warden.builder().configuration(WardenConfiguration.parse(literal.formatted("development"), "dev.json")).build()) {
                seen.add(warden.configuration().toString());
                seen.add(warden.secrets().toString());
            }
            try {
                Warden.builder().configuration(WardenConfiguration.parse(literal.formatted("production"), "prod.json")).build().close();
            } catch (RuntimeException e) {
                record(e);
            }
            String substituted = "{\"deid\":{\"password\":\"${secret:file:" + dir.resolve("db.json") + "#password}\"}}";
            try (Warden warden = Warden.builder().configuration(WardenConfiguration.parse(substituted, "sub.json")).build()) {
                seen.add(warden.configuration().toString());
                seen.add(warden.configuration().section("auth").toString());
                assertThat(warden.configuration().section("deid").string("password")).contains(CANARY);
            }
            String failing = "{\"deid\":{\"password\":\"${secret:file:" + dir.resolve("malformed.json") + "#password}\"}}";
            try {
                Warden.builder().configuration(WardenConfiguration.parse(failing, "bad.json")).build().close();
            } catch (RuntimeException e) {
                record(e);
            }
            logs = capture.text();
        }
        audit.forEach(event -> seen.add(event.toString()));

        assertThat(logs).as("the capture works: the grace warning and the literal-secret warning were logged")
                .contains("serving the previous version").contains("holds a literal secret");
        assertThat(audit).as("SECRET_ACCESSED events were raised").isNotEmpty()
                .allSatisfy(e -> assertThat(e.type()).isEqualTo(AuditEventType.SECRET_ACCESSED));
        assertThat(seen).as("failures were exercised").anySatisfy(s -> assertThat(s).contains("sealed"))
                .anySatisfy(s -> assertThat(s).contains("not trusted"))
                .anySatisfy(s -> assertThat(s).contains("wrong passphrase"))
                .anySatisfy(s -> assertThat(s).contains("malformed"))
                .anySatisfy(s -> assertThat(s).contains("readable by others"));
        for (String text : List.of(CANARY, Base64.getEncoder().encodeToString(CANARY.getBytes(StandardCharsets.UTF_8)),
                HexFormat.of().formatHex(CANARY.getBytes(StandardCharsets.UTF_8)))) {
            assertThat(logs).doesNotContain(text);
            assertThat(seen).noneSatisfy(s -> assertThat(s).contains(text));
        }
    }

    private void attemptSignal(CachedSecretResolver resolver, String ref) {
        try {
            resolver.signalRotation(SecretRef.parse(ref));
        } catch (RuntimeException e) {
            record(e);
        }
        attempt(resolver, ref);
    }
}
