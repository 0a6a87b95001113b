package dev.warden.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import dev.warden.core.config.JsonConfigNode;
import dev.warden.core.secrets.CachedSecretResolver;
import dev.warden.core.secrets.FakeTime;
import dev.warden.core.secrets.vault.TestPki;
import dev.warden.core.secrets.env.EnvironmentSecretStoreFactory;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretAccessDeniedException;
import dev.warden.secrets.SecretNotFoundException;
import dev.warden.secrets.SecretRef;
import dev.warden.secrets.SecretRotation;
import dev.warden.secrets.SecretStoreUnreachableException;
import dev.warden.secrets.SecretThrottledException;
import dev.warden.spi.secrets.SecretStore;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The azure-kv: store: the real Azure SDK (the Key Vault client's bearer-challenge policy, azure-identity's
 * client-secret credential through MSAL, the SDK's retry policy and error mapping) against {@link FakeKeyVault}, a
 * STAND-IN for Key Vault and the Entra ID token endpoint — an in-test HTTPS server speaking both REST protocols —
 * because neither can be reached from here. The credential is a client secret whose authority host is the
 * stand-in, since DefaultAzureCredential's sources (managed identity, workload identity, the Azure CLI) do not exist
 * here.
 */
class KeyVaultSecretStoreTest {

    private static final String CANARY = "canary-azure-4c11d0";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestPki pki;

    @TempDir
    Path dir;
    private FakeKeyVault vault;
    private Path caPem;
    private SecretStore store;

    @BeforeAll
    static void makeCertificates() throws Exception {
        pki = TestPki.create("Warden Azure Test CA");
    }

    @BeforeEach
    void start() throws Exception {
        vault = new FakeKeyVault(pki);
        caPem = pki.writeCaPem(dir.resolve("ca.pem"));
        vault.put("db", "{\"username\":\"app\",\"password\":\"" + CANARY + "\",\"port\":5432}");
        store = AzureTestSetup.store(vault, AzureTestSetup.settings(vault, caPem));
    }

    @AfterEach
    void stop() {
        store.close();
        vault.close();
    }

    private SecretRef ref(String pathAndField) {
        return SecretRef.parse("azure-kv:" + vault.url() + "/secrets/" + pathAndField);
    }

    private static String text(Secret secret) {
        return new String(secret.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void readsAFieldOfAJsonSecretAfterAnsweringTheBearerChallenge() {
        try (Secret secret = store.resolve(ref("db#password"))) {
            assertThat(text(secret)).isEqualTo(CANARY);
            assertThat(secret.version()).matches("[0-9a-f]{32}");
            assertThat(secret.createdAt().getEpochSecond()).isEqualTo(1_764_000_000L);
        }
        assertThat(vault.tokensIssued.get()).as("a token from the Entra ID stand-in").isEqualTo(1);
        assertThat(vault.requests()).contains("POST /" + FakeKeyVault.TENANT + "/oauth2/v2.0/token");
    }

    @Test
    void withoutAFieldTheWholeValueIsServed() {
        vault.put("plain", CANARY);
        try (Secret secret = store.resolve(ref("plain"))) {
            assertThat(text(secret)).isEqualTo(CANARY);
        }
    }

    @Test
    void aVersionInThePathSelectsThatVersion() {
        FakeKeyVault.Version first = vault.put("api", "v1-" + CANARY);
        FakeKeyVault.Version second = vault.put("api", "v2-" + CANARY);
        try (Secret latest = store.resolve(ref("api")); Secret old = store.resolve(ref("api/" + first.id))) {
            assertThat(text(latest)).isEqualTo("v2-" + CANARY);
            assertThat(latest.version()).isEqualTo(second.id);
            assertThat(text(old)).isEqualTo("v1-" + CANARY);
            assertThat(old.version()).isEqualTo(first.id);
        }
    }

    @Test
    void aBinarySecretUploadedAsBase64IsServedAsItsBytes() {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (0xA0 + i);
        }
        vault.putBinary("job-key", key);
        try (Secret secret = store.resolve(ref("job-key"))) {
            assertThat(secret.bytes()).isEqualTo(key);
        }
        assertThatThrownBy(() -> store.resolve(ref("job-key#password")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("binary secret");
    }

    @Test
    void aMissingJsonFieldIsNotFoundNamingTheFieldButNoValue() {
        assertThatThrownBy(() -> store.resolve(ref("db#pasword")))
                .isInstanceOf(SecretNotFoundException.class).hasMessageContaining("'pasword'")
                .hasMessageNotContaining(CANARY);
    }

    @Test
    void aDeletedSecretIsNotFoundAndSaysHowToRecoverIt() {
        vault.deleted.add("db");
        assertThatThrownBy(() -> store.resolve(ref("db#password")))
                .isInstanceOf(SecretNotFoundException.class).hasMessageContaining("404")
                .hasMessageContaining("recover");
    }

    @Test
    void accessDeniedIsSecretAccessDeniedNamingTheRole() {
        vault.forbidden.add("db");
        assertThatThrownBy(() -> store.resolve(ref("db#password")))
                .isInstanceOf(SecretAccessDeniedException.class).hasMessageContaining("Key Vault Secrets User")
                .hasMessageContaining("request id");
    }

    @Test
    void aRefusedClientSecretIsAccessDeniedWithoutTheSecret() {
        vault.clientSecret = "rotated-on-the-server";
        assertThatThrownBy(() -> store.resolve(ref("db#password")))
                .isInstanceOf(SecretAccessDeniedException.class).hasMessageContaining("no token")
                .hasMessageNotContaining("client-secret-for-tests");
    }

    @Test
    void aThrottlingResponseIsRetriedByTheSdkRetryPolicy() {
        store.resolve(ref("db#password")).close();
        int before = vault.vaultRequests.get();
        vault.throttleNext.set(1);
        try (Secret secret = store.resolve(ref("db#password"))) {
            assertThat(text(secret)).isEqualTo(CANARY);
        }
        assertThat(vault.vaultRequests.get() - before).as("one 429, then one that succeeded").isEqualTo(2);
    }

    @Test
    void throttlingThatOutlastsTheRetriesIsSecretThrottled() {
        vault.throttleNext.set(100);
        assertThatThrownBy(() -> store.resolve(ref("db#password")))
                .isInstanceOf(SecretThrottledException.class).hasMessageContaining("429").hasMessageContaining("cache.ttl");
    }

    @Test
    void aHostOutsideKeyVaultAndTheConfiguredHostsIsRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> store.resolve(SecretRef.parse("azure-kv:https://attacker.example.com/secrets/db")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("vaultHosts");
        assertThatThrownBy(() -> store.resolve(SecretRef.parse("azure-kv:http://vault.localhost/secrets/db")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("https://");
        assertThatThrownBy(() -> store.resolve(ref("db/not-a-version")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("/secrets/NAME/VERSION");
        assertThat(vault.vaultRequests.get()).isZero();
    }

    @Test
    void aVaultWhoseCertificateIsNotTrustedIsUnreachable() {
        ObjectNode settings = AzureTestSetup.settings(vault, caPem);
        settings.remove("caBundle");
        try (SecretStore untrusting = AzureTestSetup.store(vault, settings)) {
            assertThatThrownBy(() -> untrusting.resolve(ref("db#password")))
                    .isInstanceOf(SecretStoreUnreachableException.class).hasMessageContaining("TLS");
        }
    }

    @Test
    void aVaultNobodyListensOnIsUnreachable() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        SecretRef nowhere = SecretRef.parse("azure-kv:https://vault.localhost:" + port + "/secrets/db");
        assertThatThrownBy(() -> store.resolve(nowhere)).isInstanceOf(SecretStoreUnreachableException.class)
                .hasMessageContaining("cannot be reached");
    }

    @Test
    void aRunningResolverSeesANewVersionWithinItsRefreshAndTellsTheListeners() {
        FakeTime time = new FakeTime();
        ObjectNode secrets = JSON.createObjectNode();
        ObjectNode azure = AzureTestSetup.settings(vault, caPem);
        secrets.putObject("stores").set("azure-kv", azure);
        azure.putObject("cache").put("ttl", "1m").put("refreshAhead", "10s").put("grace", "0s");
        List<SecretRotation> rotations = new CopyOnWriteArrayList<>();
        SecretRef ref = ref("db#password");
        try (CachedSecretResolver resolver = CachedSecretResolver.builder()
                .factory(new EnvironmentSecretStoreFactory(Map.of("AZURE_CLIENT_SECRET", vault.clientSecret)::get))
                .factory(new KeyVaultSecretStoreFactory())
                .configuration(new JsonConfigNode(secrets, "secrets")).ticker(time).clock(time)
                .executor(Runnable::run).build()) {
            String before;
            try (Secret first = resolver.resolve(ref)) {
                before = first.version();
            }
            resolver.onRotation(ref, rotations::add);
            FakeKeyVault.Version rotated = vault.put("db", "{\"password\":\"" + CANARY + "-v2\"}");
            time.advance(Duration.ofSeconds(30));
            try (Secret cached = resolver.resolve(ref)) {
                assertThat(text(cached)).as("within the time-to-live, the cached version").isEqualTo(CANARY);
            }
            time.advance(Duration.ofSeconds(25)); // inside the refresh window (50 s to 60 s)
            resolver.resolve(ref).close();
            try (Secret fresh = resolver.resolve(ref)) {
                assertThat(text(fresh)).isEqualTo(CANARY + "-v2");
                assertThat(fresh.version()).isEqualTo(rotated.id);
            }
            assertThat(rotations).singleElement().satisfies(r -> {
                assertThat(r.previousVersion()).isEqualTo(before);
                assertThat(r.newVersion()).isEqualTo(rotated.id);
            });
        }
    }

    @Test
    void settingsThatWouldWeakenTlsOrAreMisspeltAreRefused() {
        assertThatThrownBy(() -> AzureTestSetup.store(vault, AzureTestSetup.settings(vault, caPem)
                .put("authorityHost", "http://login.example.com"))).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("secrets.stores.azure-kv.authorityHost").hasMessageContaining("https://");
        assertThatThrownBy(() -> AzureTestSetup.store(vault, AzureTestSetup.settings(vault, caPem)
                .put("disableChallengeResourceVerification", true))).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("disableChallengeResourceVerification");
        ObjectNode noSecret = AzureTestSetup.settings(vault, caPem);
        ((ObjectNode) noSecret.get("credential")).remove("clientSecretRef");
        assertThatThrownBy(() -> AzureTestSetup.store(vault, noSecret)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("clientSecretRef");
        ObjectNode unknown = AzureTestSetup.settings(vault, caPem);
        ((ObjectNode) unknown.get("credential")).put("type", "password");
        assertThatThrownBy(() -> AzureTestSetup.store(vault, unknown)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("default, managedIdentity, clientSecret");
    }

    @Test
    void theStoreNamesItsIdentityButNoSecret() {
        store.resolve(ref("db#password")).close();
        assertThat(store.toString()).contains(FakeKeyVault.CLIENT_ID).contains(vault.url())
                .doesNotContain(vault.clientSecret).doesNotContain(CANARY);
    }
}
