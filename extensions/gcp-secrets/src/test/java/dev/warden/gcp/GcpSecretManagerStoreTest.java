package dev.warden.gcp;

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
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gcp-sm: store: the real Google Cloud client library (gax-httpjson transport, google-auth-library service
 * account credentials, its retry policy and status mapping) against {@link FakeSecretManager}, a STAND-IN for Secret
 * Manager and Google's OAuth 2.0 token endpoint — an in-test HTTPS server speaking their REST protocols — because
 * neither can be reached from here. The gRPC transport is not used: the library's HTTP/JSON transport
 * ({@code newHttpJsonBuilder}) speaks the same API over HTTPS, which a JDK server can stand in for.
 */
class GcpSecretManagerStoreTest {

    private static final String CANARY = "canary-gcp-19ae3c";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIX = "gcp-sm:projects/" + FakeSecretManager.PROJECT + "/secrets/";
    private static TestPki pki;

    @TempDir
    Path dir;
    private FakeSecretManager fake;
    private Path caPem;
    private SecretStore store;

    @BeforeAll
    static void makeCertificates() throws Exception {
        pki = TestPki.create("Warden GCP Test CA");
    }

    @BeforeEach
    void start() throws Exception {
        fake = new FakeSecretManager(pki);
        caPem = pki.writeCaPem(dir.resolve("ca.pem"));
        fake.put("db", "{\"username\":\"app\",\"password\":\"" + CANARY + "\",\"port\":5432}");
        store = GcpTestSetup.store(settings());
    }

    @AfterEach
    void stop() {
        store.close();
        fake.close();
    }

    private ObjectNode settings() throws Exception {
        return GcpTestSetup.settings(fake, caPem, dir);
    }

    private static String text(Secret secret) {
        return new String(secret.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void readsAFieldOfTheLatestVersionWithAServiceAccountToken() {
        try (Secret secret = store.resolve(SecretRef.parse(PREFIX + "db#password"))) {
            assertThat(text(secret)).isEqualTo(CANARY);
            assertThat(secret.version()).as("latest resolved to its number").isEqualTo("1");
        }
        assertThat(fake.tokensIssued.get()).isEqualTo(1);
        assertThat(fake.requests()).contains("GET /v1/projects/warden-test/secrets/db/versions/latest:access");
    }

    @Test
    void aVersionNumberSelectsThatVersion() {
        fake.put("api", "v2-" + CANARY);
        fake.put("api", "v3-" + CANARY);
        fake.put("api", "v4-" + CANARY);
        try (Secret latest = store.resolve(SecretRef.parse(PREFIX + "api"));
             Secret third = store.resolve(SecretRef.parse(PREFIX + "api/versions/2"))) {
            assertThat(text(latest)).isEqualTo("v4-" + CANARY);
            assertThat(latest.version()).isEqualTo("3");
            assertThat(text(third)).isEqualTo("v3-" + CANARY);
        }
    }

    @Test
    void aBareNameUsesTheConfiguredProject() throws Exception {
        try (SecretStore withProject = GcpTestSetup.store(settings().put("project", FakeSecretManager.PROJECT));
             Secret secret = withProject.resolve(SecretRef.parse("gcp-sm:db#username"))) {
            assertThat(text(secret)).isEqualTo("app");
        }
        assertThatThrownBy(() -> store.resolve(SecretRef.parse("gcp-sm:db#username")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("secrets.stores.gcp-sm.project");
    }

    @Test
    void aBinarySecretIsServedAsItsBytes() {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (0xC0 + i);
        }
        fake.putBytes("job-key", key);
        try (Secret secret = store.resolve(SecretRef.parse(PREFIX + "job-key"))) {
            assertThat(secret.bytes()).isEqualTo(key);
        }
    }

    @Test
    void aMissingJsonFieldIsNotFoundNamingTheFieldButNoValue() {
        assertThatThrownBy(() -> store.resolve(SecretRef.parse(PREFIX + "db#pasword")))
                .isInstanceOf(SecretNotFoundException.class).hasMessageContaining("'pasword'")
                .hasMessageNotContaining(CANARY);
    }

    @Test
    void aDeletedSecretIsNotFound() {
        fake.delete("db");
        assertThatThrownBy(() -> store.resolve(SecretRef.parse(PREFIX + "db#password")))
                .isInstanceOf(SecretNotFoundException.class).hasMessageContaining("NOT_FOUND");
    }

    @Test
    void aDestroyedVersionIsNotFound() {
        fake.put("db", "v2");
        fake.destroy("db", 1);
        assertThatThrownBy(() -> store.resolve(SecretRef.parse(PREFIX + "db/versions/1")))
                .isInstanceOf(SecretNotFoundException.class).hasMessageContaining("disabled or destroyed");
    }

    @Test
    void permissionDeniedIsSecretAccessDeniedNamingTheRole() {
        fake.denied.add("db");
        assertThatThrownBy(() -> store.resolve(SecretRef.parse(PREFIX + "db#password")))
                .isInstanceOf(SecretAccessDeniedException.class)
                .hasMessageContaining("roles/secretmanager.secretAccessor");
        assertThat(fake.accessRequests.get()).as("not retried").isEqualTo(1);
    }

    @Test
    void aRefusedServiceAccountIsAccessDenied() {
        fake.refuseTokens = true;
        assertThatThrownBy(() -> store.resolve(SecretRef.parse(PREFIX + "db#password")))
                .isInstanceOf(SecretAccessDeniedException.class).hasMessageContaining("access token");
    }

    @Test
    void aThrottlingResponseIsRetriedByTheLibraryRetryPolicy() {
        fake.throttleNext.set(1);
        try (Secret secret = store.resolve(SecretRef.parse(PREFIX + "db#password"))) {
            assertThat(text(secret)).isEqualTo(CANARY);
        }
        assertThat(fake.accessRequests.get()).as("one RESOURCE_EXHAUSTED, then one that succeeded").isEqualTo(2);
    }

    @Test
    void throttlingThatOutlastsTheRetriesIsSecretThrottled() {
        fake.throttleNext.set(1000);
        assertThatThrownBy(() -> store.resolve(SecretRef.parse(PREFIX + "db#password")))
                .isInstanceOf(SecretThrottledException.class).hasMessageContaining("RESOURCE_EXHAUSTED");
        assertThat(fake.accessRequests.get()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void throttlingWhoseLastRetryRunsOutOfTimeIsSecretThrottledNotUnreachable() {
        // The first two refusals come at once, later ones only after the store's 3 s time-out: the library's retry
        // that is under way when the time-out ends fails DEADLINE_EXCEEDED, although the service answered each
        // attempt (if load delays the retries so that no attempt is cut off, the library reports RESOURCE_EXHAUSTED:
        // the same expectation holds).
        fake.throttleNext.set(1000);
        fake.throttleQuickly = 2;
        fake.throttleHold = java.time.Duration.ofSeconds(4);
        assertThatThrownBy(() -> store.resolve(SecretRef.parse(PREFIX + "db#password")))
                .isInstanceOf(SecretThrottledException.class).hasMessageContaining("RESOURCE_EXHAUSTED");
        assertThat(fake.accessRequests.get()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void malformedReferencesAreInvalidInputWithoutRepeatingThem() {
        assertThatThrownBy(() -> store.resolve(SecretRef.parse("gcp-sm:projects/x/secrets/" + CANARY + "!")))
                .isInstanceOf(InvalidInputException.class).hasMessageNotContaining(CANARY);
        assertThatThrownBy(() -> store.resolve(SecretRef.parse(PREFIX + "db?version=2")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("/versions/N");
        assertThatThrownBy(() -> store.resolve(SecretRef.parse("gcp-sm:projects/p-123456/locations/eu/secrets/db")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("regional");
        assertThat(fake.accessRequests.get()).isZero();
    }

    @Test
    void anEndpointWhoseCertificateIsNotTrustedIsUnreachable() throws Exception {
        ObjectNode settings = settings();
        settings.remove("caBundle");
        try (SecretStore untrusting = GcpTestSetup.store(settings)) {
            // The library retries the failed handshakes until the time-out and reports only DEADLINE_EXCEEDED, so
            // the message names certificates among the causes to check rather than TLS for certain.
            assertThatThrownBy(() -> untrusting.resolve(SecretRef.parse(PREFIX + "db#password")))
                    .isInstanceOf(SecretStoreUnreachableException.class).hasMessageContaining("certificates are trusted");
        }
        assertThat(fake.accessRequests.get()).as("no request got through the TLS handshake").isZero();
    }

    @Test
    void anEndpointNobodyListensOnIsUnreachable() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        // The token comes from the stand-in; the API endpoint is a closed port.
        try (SecretStore nowhere = GcpTestSetup.store(settings().put("endpoint", "https://127.0.0.1:" + port))) {
            assertThatThrownBy(() -> nowhere.resolve(SecretRef.parse(PREFIX + "db#password")))
                    .isInstanceOf(SecretStoreUnreachableException.class).hasMessageContaining("cannot be reached");
        }
    }

    @Test
    void aRunningResolverSeesANewVersionWithinItsRefreshAndTellsTheListeners() throws Exception {
        FakeTime time = new FakeTime();
        ObjectNode secrets = JSON.createObjectNode();
        ObjectNode gcp = settings();
        secrets.putObject("stores").set("gcp-sm", gcp);
        gcp.putObject("cache").put("ttl", "1m").put("refreshAhead", "10s").put("grace", "0s");
        List<SecretRotation> rotations = new CopyOnWriteArrayList<>();
        SecretRef ref = SecretRef.parse(PREFIX + "db#password");
        try (CachedSecretResolver resolver = CachedSecretResolver.builder().factory(new GcpSecretManagerStoreFactory())
                .configuration(new JsonConfigNode(secrets, "secrets")).ticker(time).clock(time)
                .executor(Runnable::run).build()) {
            resolver.resolve(ref).close();
            resolver.onRotation(ref, rotations::add);
            fake.put("db", "{\"password\":\"" + CANARY + "-v2\"}");
            time.advance(Duration.ofSeconds(30));
            try (Secret cached = resolver.resolve(ref)) {
                assertThat(text(cached)).as("within the time-to-live, the cached version").isEqualTo(CANARY);
            }
            time.advance(Duration.ofSeconds(25)); // inside the refresh window (50 s to 60 s)
            resolver.resolve(ref).close();
            try (Secret fresh = resolver.resolve(ref)) {
                assertThat(text(fresh)).isEqualTo(CANARY + "-v2");
                assertThat(fresh.version()).isEqualTo("2");
            }
            assertThat(rotations).singleElement().satisfies(r -> {
                assertThat(r.previousVersion()).isEqualTo("1");
                assertThat(r.newVersion()).isEqualTo("2");
            });
        }
    }

    @Test
    void settingsThatWouldWeakenTlsOrAreMisspeltAreRefused() throws Exception {
        assertThatThrownBy(() -> GcpTestSetup.store(settings().put("endpoint", "http://127.0.0.1:8085")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("secrets.stores.gcp-sm.endpoint")
                .hasMessageContaining("https://");
        assertThatThrownBy(() -> GcpTestSetup.store(settings().put("insecure", true)))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("insecure");
        assertThatThrownBy(() -> GcpTestSetup.store(settings().put("credentialsFile", dir.resolve("absent.json").toString())))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> GcpTestSetup.store(settings().put("project", "X")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("project");
    }

    @Test
    void theStoreNamesItsEndpointButNoCredential() {
        assertThat(store.toString()).contains("127.0.0.1").doesNotContain("PRIVATE KEY").doesNotContain(CANARY);
    }
}
