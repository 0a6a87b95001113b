package dev.warden.aws;

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
 * The aws-sm: store: the real AWS SDK client (SigV4 signing, AWS JSON 1.1, its retry policy and error unmarshalling)
 * against {@link FakeSecretsManager}, a STAND-IN for AWS Secrets Manager — an in-test HTTPS server speaking the
 * service's wire protocol — because the real service cannot be reached from here. Credentials are static, given to
 * the SDK's default provider chain as system properties ({@link AwsTestSetup}).
 */
class AwsSecretsManagerStoreTest {

    private static final String CANARY = "canary-aws-7d2b91";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestPki pki;

    @TempDir
    Path dir;
    private FakeSecretsManager fake;
    private Path caPem;
    private SecretStore store;

    @BeforeAll
    static void makeCertificates() throws Exception {
        pki = TestPki.create("Warden AWS Test CA");
    }

    @BeforeEach
    void start() throws Exception {
        fake = AwsTestSetup.start(pki);
        caPem = pki.writeCaPem(dir.resolve("ca.pem"));
        fake.putString("prod/db", "{\"username\":\"app\",\"password\":\"" + CANARY + "\",\"port\":5432}");
        store = AwsTestSetup.store(AwsTestSetup.settings(fake, caPem));
    }

    @AfterEach
    void stop() {
        store.close();
        fake.close();
    }

    private static String text(Secret secret) {
        return new String(secret.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void readsAFieldOfAJsonSecretStringWithASignedRequest() {
        try (Secret secret = store.resolve(SecretRef.parse("aws-sm:prod/db#password"))) {
            assertThat(text(secret)).isEqualTo(CANARY);
            assertThat(secret.version()).matches("[0-9a-f-]{36}");
            assertThat(secret.createdAt().getEpochSecond()).isEqualTo(1_764_000_000L);
        }
        assertThat(fake.accessKeys()).containsOnly(AwsTestSetup.ACCESS_KEY);
    }

    @Test
    void aNumberFieldIsServedAsItsJsonText() {
        try (Secret secret = store.resolve(SecretRef.parse("aws-sm:prod/db#port"))) {
            assertThat(text(secret)).isEqualTo("5432");
        }
    }

    @Test
    void withoutAFieldTheWholeSecretStringIsServed() {
        fake.putString("plain", CANARY);
        try (Secret secret = store.resolve(SecretRef.parse("aws-sm:plain"))) {
            assertThat(text(secret)).isEqualTo(CANARY);
        }
    }

    @Test
    void aSecretIsFoundByItsArnToo() {
        try (Secret secret = store.resolve(SecretRef.parse("aws-sm:" + FakeSecretsManager.arn("prod/db") + "#username"))) {
            assertThat(text(secret)).isEqualTo("app");
        }
    }

    @Test
    void aBinarySecretIsServedAsItsBytes() {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (0xF0 + i);
        }
        fake.putBinary("job-key", key);
        try (Secret secret = store.resolve(SecretRef.parse("aws-sm:job-key"))) {
            assertThat(secret.bytes()).isEqualTo(key);
        }
    }

    @Test
    void aFieldOfABinarySecretIsInvalidInput() {
        fake.putBinary("job-key", new byte[] {1, 2, 3});
        assertThatThrownBy(() -> store.resolve(SecretRef.parse("aws-sm:job-key#password")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("binary secret");
    }

    @Test
    void aMissingJsonFieldIsNotFoundNamingTheFieldButNoValue() {
        assertThatThrownBy(() -> store.resolve(SecretRef.parse("aws-sm:prod/db#pasword")))
                .isInstanceOf(SecretNotFoundException.class).hasMessageContaining("'pasword'")
                .hasMessageNotContaining(CANARY);
    }

    @Test
    void aFieldOfASecretThatIsNotJsonIsInvalidInputWithoutTheValue() {
        fake.putString("plain", CANARY);
        assertThatThrownBy(() -> store.resolve(SecretRef.parse("aws-sm:plain#password")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a JSON object")
                .hasMessageNotContaining(CANARY);
    }

    @Test
    void versionStagesAndVersionIdsSelectTheVersion() {
        FakeSecretsManager.Version first = fake.putString("api", "v1-" + CANARY);
        FakeSecretsManager.Version second = fake.putString("api", "v2-" + CANARY);
        FakeSecretsManager.Version pending = fake.putPending("api", "v3-" + CANARY);
        try (Secret current = store.resolve(SecretRef.parse("aws-sm:api"));
             Secret previous = store.resolve(SecretRef.parse("aws-sm:api?versionStage=AWSPREVIOUS"));
             Secret next = store.resolve(SecretRef.parse("aws-sm:api?versionStage=AWSPENDING"));
             Secret byId = store.resolve(SecretRef.parse("aws-sm:api?versionId=" + first.id))) {
            assertThat(text(current)).isEqualTo("v2-" + CANARY);
            assertThat(current.version()).isEqualTo(second.id);
            assertThat(text(previous)).isEqualTo("v1-" + CANARY);
            assertThat(text(next)).isEqualTo("v3-" + CANARY);
            assertThat(next.version()).isEqualTo(pending.id);
            assertThat(text(byId)).isEqualTo("v1-" + CANARY);
        }
    }

    @Test
    void anAbsentStageIsNotFound() {
        assertThatThrownBy(() -> store.resolve(SecretRef.parse("aws-sm:prod/db?versionStage=AWSPENDING")))
                .isInstanceOf(SecretNotFoundException.class).hasMessageContaining("stage AWSPENDING");
    }

    @Test
    void malformedReferencesAreInvalidInputWithoutRepeatingThem() {
        assertThatThrownBy(() -> store.resolve(SecretRef.parse("aws-sm:has spaces " + CANARY)))
                .isInstanceOf(InvalidInputException.class).hasMessageNotContaining(CANARY);
        assertThatThrownBy(() -> store.resolve(SecretRef.parse("aws-sm:db?versionStage=AWSCURRENT&versionId=" + "a".repeat(36))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not both");
        assertThatThrownBy(() -> store.resolve(SecretRef.parse("aws-sm:db?version=3")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("versionStage and versionId");
        assertThat(fake.requests.get()).isZero();
    }

    @Test
    void aThrottlingResponseIsRetriedByTheSdkRetryPolicy() {
        fake.throttleNext.set(1);
        try (Secret secret = store.resolve(SecretRef.parse("aws-sm:prod/db#password"))) {
            assertThat(text(secret)).isEqualTo(CANARY);
        }
        assertThat(fake.requests.get()).as("one throttled attempt, then one that succeeded").isEqualTo(2);
    }

    @Test
    void throttlingThatOutlastsTheRetriesIsSecretThrottled() {
        fake.throttleNext.set(100);
        assertThatThrownBy(() -> store.resolve(SecretRef.parse("aws-sm:prod/db#password")))
                .isInstanceOf(SecretThrottledException.class).hasMessageContaining("ThrottlingException")
                .hasMessageContaining("cache.ttl");
        assertThat(fake.requests.get()).as("the SDK retried before giving up").isGreaterThanOrEqualTo(3);
    }

    @Test
    void accessDeniedIsSecretAccessDeniedNamingThePermission() {
        fake.denied.add("prod/db");
        assertThatThrownBy(() -> store.resolve(SecretRef.parse("aws-sm:prod/db#password")))
                .isInstanceOf(SecretAccessDeniedException.class)
                .hasMessageContaining("secretsmanager:GetSecretValue").hasMessageContaining("request id");
        assertThat(fake.requests.get()).as("access denied is not retried").isEqualTo(1);
    }

    @Test
    void refusedCredentialsAreAccessDenied() {
        fake.keys.clear();
        assertThatThrownBy(() -> store.resolve(SecretRef.parse("aws-sm:prod/db#password")))
                .isInstanceOf(SecretAccessDeniedException.class).hasMessageContaining("UnrecognizedClientException")
                .hasMessageNotContaining(AwsTestSetup.SECRET_KEY);
    }

    @Test
    void aSecretMarkedForDeletionIsNotFound() {
        fake.deleted.add("prod/db");
        assertThatThrownBy(() -> store.resolve(SecretRef.parse("aws-sm:prod/db#password")))
                .isInstanceOf(SecretNotFoundException.class).hasMessageContaining("scheduled for deletion");
    }

    @Test
    void anAbsentSecretIsNotFoundNamingItsRegion() {
        assertThatThrownBy(() -> store.resolve(SecretRef.parse("aws-sm:prod/absent")))
                .isInstanceOf(SecretNotFoundException.class).hasMessageContaining("'prod/absent'")
                .hasMessageContaining(FakeSecretsManager.REGION);
    }

    @Test
    void anEndpointWhoseCertificateIsNotTrustedIsUnreachable() {
        ObjectNode settings = AwsTestSetup.settings(fake, caPem);
        settings.remove("caBundle");
        try (SecretStore untrusting = AwsTestSetup.store(settings)) {
            assertThatThrownBy(() -> untrusting.resolve(SecretRef.parse("aws-sm:prod/db#password")))
                    .isInstanceOf(SecretStoreUnreachableException.class).hasMessageContaining("TLS");
        }
        assertThat(fake.requests.get()).isZero();
    }

    @Test
    void anEndpointNobodyListensOnIsUnreachable() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ObjectNode settings = AwsTestSetup.settings(fake, caPem).put("endpoint", "https://127.0.0.1:" + port);
        try (SecretStore nowhere = AwsTestSetup.store(settings)) {
            assertThatThrownBy(() -> nowhere.resolve(SecretRef.parse("aws-sm:prod/db#password")))
                    .isInstanceOf(SecretStoreUnreachableException.class).hasMessageContaining("cannot be reached");
        }
    }

    @Test
    void aRunningResolverSeesAVersionChangeWithinItsRefreshAndTellsTheListeners() {
        FakeTime time = new FakeTime();
        ObjectNode secrets = JSON.createObjectNode();
        ObjectNode aws = AwsTestSetup.settings(fake, caPem);
        secrets.putObject("stores").set("aws-sm", aws);
        aws.putObject("cache").put("ttl", "1m").put("refreshAhead", "10s").put("grace", "0s");
        List<SecretRotation> rotations = new CopyOnWriteArrayList<>();
        SecretRef ref = SecretRef.parse("aws-sm:prod/db#password");
        try (CachedSecretResolver resolver = CachedSecretResolver.builder().factory(new AwsSecretsManagerStoreFactory())
                .configuration(new JsonConfigNode(secrets, "secrets")).ticker(time).clock(time)
                .executor(Runnable::run).build()) {
            String before;
            try (Secret first = resolver.resolve(ref)) {
                before = first.version();
                assertThat(text(first)).isEqualTo(CANARY);
            }
            resolver.onRotation(ref, rotations::add);
            FakeSecretsManager.Version rotated = fake.putString("prod/db", "{\"password\":\"" + CANARY + "-v2\"}");

            time.advance(Duration.ofSeconds(30));
            try (Secret cached = resolver.resolve(ref)) {
                assertThat(text(cached)).as("within the time-to-live, the cached version").isEqualTo(CANARY);
            }
            assertThat(fake.requests.get()).isEqualTo(1);

            time.advance(Duration.ofSeconds(25)); // inside the refresh window (50 s to 60 s)
            resolver.resolve(ref).close();        // starts the refresh (run at once by the test's executor)
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
        assertThatThrownBy(() -> AwsTestSetup.store(JSON.createObjectNode().put("region", "eu-west-1")
                .put("endpoint", "http://127.0.0.1:4566"))).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("secrets.stores.aws-sm.endpoint").hasMessageContaining("https://");
        assertThatThrownBy(() -> AwsTestSetup.store(JSON.createObjectNode().put("region", "eu-west-1")
                .put("verifyTls", false))).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("verifyTls");
        assertThatThrownBy(() -> AwsTestSetup.store(JSON.createObjectNode().put("region", "Europe")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("secrets.stores.aws-sm.region");
        assertThatThrownBy(() -> AwsTestSetup.store(JSON.createObjectNode().put("region", "eu-west-1")
                .put("roleArn", "warden-reader"))).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("roleArn");
    }

    @Test
    void theStoreNamesItsRegionAndEndpointButNoCredential() {
        assertThat(store.toString()).contains(FakeSecretsManager.REGION).contains(fake.endpoint())
                .doesNotContain(AwsTestSetup.SECRET_KEY).doesNotContain(AwsTestSetup.ACCESS_KEY);
    }
}
