package dev.warden.core.secrets.vault;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.core.config.JsonConfigNode;
import dev.warden.core.secrets.LogCapture;
import dev.warden.core.secrets.MapContext;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretRef;
import dev.warden.spi.secrets.SecretStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Background token renewal against {@link FakeVault}, a FAKE Vault (no Vault server can run here): an in-test HTTPS
 * server answering with the documented AppRole login, token look-up and {@code renew-self} responses. Leases are one or
 * three seconds of real time (Vault counts them in whole seconds), so these tests wait two seconds at most when all
 * goes well.
 */
class VaultTokenRenewalTest {

    private static final String CANARY = "canary-renewal-5eed";
    private static final SecretRef USER = SecretRef.parse("vault:secret/app#user");
    private static final String RENEW = "POST /v1/auth/token/renew-self";
    private static TestPki pki;

    @TempDir
    Path dir;

    private FakeVault vault;
    private final Map<String, String> refs = new HashMap<>();

    @BeforeAll
    static void makeCertificates() throws Exception {
        pki = TestPki.create("Warden Test Vault CA");
    }

    @BeforeEach
    void startVault() throws Exception {
        vault = new FakeVault(pki);
        vault.put("secret/app", Map.of("password", CANARY, "user", "app"));
    }

    @AfterEach
    void stopVault() {
        vault.close();
    }

    private SecretStore appRoleStore() throws Exception {
        vault.secretId = "secret-id-" + CANARY;
        refs.put("env:ROLE_ID", vault.roleId);
        refs.put("file:/run/secret-id", vault.secretId);
        ObjectNode settings = settings();
        settings.putObject("auth").put("method", "approle").put("roleIdRef", "env:ROLE_ID")
                .put("secretIdRef", "file:/run/secret-id");
        return store(settings);
    }

    private SecretStore tokenStore() throws Exception {
        refs.put("env:VAULT_TOKEN", vault.issueToken());
        return store(settings());
    }

    private ObjectNode settings() throws Exception {
        return new ObjectMapper().createObjectNode().put("address", vault.address())
                .put("caBundle", pki.writeCaPem(dir.resolve("ca.pem")).toString());
    }

    private SecretStore store(ObjectNode settings) {
        return new VaultSecretStoreFactory().create(new JsonConfigNode(settings, "secrets.stores.vault"),
                new MapContext(refs, true), Clock.systemUTC());
    }

    private static String text(Secret secret) {
        try (secret) {
            return new String(secret.bytes(), StandardCharsets.UTF_8);
        }
    }

    private long renewAttempts() {
        return vault.requests().stream().filter(RENEW::equals).count();
    }

    private List<Thread> renewalThreads() {
        String name = "warden-vault-token-renewal[" + vault.address() + "]";
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name) && t.isAlive()).toList();
    }

    /** Polls every 10 ms until {@code condition} holds or {@code limit} has passed; returns whether it held. */
    private static boolean within(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() - end < 0) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(10);
        }
        return condition.getAsBoolean();
    }

    @Test
    void anAppRoleTokenIsRenewedInTheBackgroundBeforeItExpiresWithoutAnyRequest() throws Exception {
        vault.leaseSeconds = 3; // renewal due after 2 s; a second of slack for a loaded machine
        vault.enforceLeases = true; // a renewal after the lease has ended would be refused and force a new login
        try (SecretStore store = appRoleStore()) {
            assertThat(text(store.resolve(USER))).isEqualTo("app");
            int requestsAfterRead = vault.requests().size();
            assertThat(within(Duration.ofSeconds(10), () -> vault.renewals.get() >= 1)).isTrue();
            assertThat(vault.requests().subList(requestsAfterRead, vault.requests().size()))
                    .as("nothing but renewals happened meanwhile").containsOnly(RENEW);
            assertThat(text(store.resolve(USER))).isEqualTo("app");
            assertThat(vault.logins).as("the first token stayed valid").hasValue(1);
        }
    }

    @Test
    void aRenewableTokenReadFromAReferenceIsRenewedInTheBackgroundToo() throws Exception {
        vault.leaseSeconds = 1;
        try (SecretStore store = tokenStore()) {
            text(store.resolve(USER));
            assertThat(within(Duration.ofSeconds(10), () -> vault.renewals.get() >= 2)).as("renewed, then again").isTrue();
            assertThat(text(store.resolve(USER))).isEqualTo("app");
        }
    }

    @Test
    void aTokenThatCannotBeRenewedStartsNoRenewalThread() throws Exception {
        vault.renewable = false;
        try (SecretStore store = tokenStore()) {
            text(store.resolve(USER));
            assertThat(renewalThreads()).isEmpty();
        }
    }

    @Test
    void aFailedRenewalIsLoggedWithoutTheTokenAndRetriedWithBackOff() throws Exception {
        vault.leaseSeconds = 1;
        try (SecretStore store = appRoleStore(); LogCapture log = new LogCapture()) {
            text(store.resolve(USER));
            vault.sealed = true;
            assertThat(within(Duration.ofSeconds(30), () -> renewAttempts() >= 3)).as("retried").isTrue();
            vault.sealed = false;
            assertThat(within(Duration.ofSeconds(30), () -> vault.renewals.get() >= 1)).as("recovered").isTrue();
            assertThat(log.text()).contains("background token renewal failed").contains("retrying in")
                    .contains("Vault is sealed").doesNotContain("hvs.fake-").doesNotContain(CANARY);
            assertThat(text(store.resolve(USER))).isEqualTo("app");
        }
    }

    @Test
    void closingTheStoreStopsTheRenewalThread() throws Exception {
        vault.leaseSeconds = 60;
        SecretStore store = appRoleStore();
        text(store.resolve(USER));
        assertThat(renewalThreads()).hasSize(1).allSatisfy(t -> assertThat(t.isDaemon()).isTrue());
        store.close();
        assertThat(renewalThreads()).isEmpty();
    }

    @Test
    void closingDuringAFailingRenewalStopsTheRetries() throws Exception {
        vault.leaseSeconds = 1;
        SecretStore store = appRoleStore();
        text(store.resolve(USER));
        vault.sealed = true;
        assertThat(within(Duration.ofSeconds(10), () -> renewAttempts() >= 1)).isTrue();
        store.close();
        assertThat(renewalThreads()).isEmpty();
        long attempts = renewAttempts();
        Thread.sleep(TokenRenewer.backoff(Duration.ofSeconds(1), 1).toMillis() * 3);
        assertThat(renewAttempts()).isEqualTo(attempts);
    }

    @Test
    void theBackOffDoublesFromAThirtiethOfTheLeaseAndStaysBelowAThirdOfIt() {
        Duration hour = Duration.ofHours(1);
        assertThat(TokenRenewer.backoff(hour, 1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(TokenRenewer.backoff(hour, 2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(TokenRenewer.backoff(hour, 7)).isEqualTo(Duration.ofMinutes(5));
        assertThat(TokenRenewer.backoff(hour, 1_000)).isEqualTo(Duration.ofMinutes(5));
        Duration second = Duration.ofSeconds(1);
        assertThat(TokenRenewer.backoff(second, 1)).isEqualTo(Duration.ofMillis(50));
        assertThat(TokenRenewer.backoff(second, 2)).isEqualTo(Duration.ofMillis(100));
        assertThat(TokenRenewer.backoff(second, 10)).isEqualTo(Duration.ofMillis(333));
    }
}
