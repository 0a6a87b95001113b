package dev.warden.core.secrets.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import dev.warden.core.config.JsonConfigNode;
import dev.warden.core.secrets.FakeTime;
import dev.warden.core.secrets.MapContext;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretNotFoundException;
import dev.warden.secrets.SecretRef;
import dev.warden.secrets.SecretUnavailableException;
import dev.warden.spi.secrets.SecretStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Vault store against {@link FakeVault}, a FAKE Vault: no Vault server can run here, so an in-test HTTPS server
 * answers with the documented KV v2, AppRole login and token renewal responses, including their errors. Its TLS
 * certificate is issued by a CA made in the test with BouncyCastle.
 */
class VaultSecretStoreTest {

    static final String CANARY = "canary-vault-c0ffee";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestPki pki;
    private static TestPki otherPki;

    @TempDir
    Path dir;

    private FakeVault vault;
    private final FakeTime time = new FakeTime();
    private final Map<String, String> refs = new HashMap<>();

    @BeforeAll
    static void makeCertificates() throws Exception {
        pki = TestPki.create("Warden Test Vault CA");
        otherPki = TestPki.create("Some Other CA");
    }

    @BeforeEach
    void startVault() throws Exception {
        vault = new FakeVault(pki);
        vault.put("secret/app", Map.of("password", "v1-" + CANARY, "user", "app"));
        vault.put("secret/app", Map.of("password", CANARY, "user", "app"));
    }

    @AfterEach
    void stopVault() {
        vault.close();
    }

    private ObjectNode settings(String caPem) throws Exception {
        ObjectNode node = JSON.createObjectNode().put("address", vault.address())
                .put("caBundle", pki.writeCaPem(dir.resolve(caPem)).toString());
        return node;
    }

    private SecretStore tokenStore() throws Exception {
        refs.put("env:VAULT_TOKEN", vault.issueToken());
        return store(settings("ca.pem"));
    }

    private SecretStore store(ObjectNode settings) {
        return new VaultSecretStoreFactory().create(new JsonConfigNode(settings, "secrets.stores.vault"),
                new MapContext(refs, true), time);
    }

    private SecretStore appRoleStore() throws Exception {
        vault.secretId = "secret-id-" + CANARY;
        refs.put("env:ROLE_ID", vault.roleId);
        refs.put("file:/run/secret-id", vault.secretId);
        ObjectNode settings = settings("ca.pem");
        settings.putObject("auth").put("method", "approle").put("roleIdRef", "env:ROLE_ID")
                .put("secretIdRef", "file:/run/secret-id");
        return store(settings);
    }

    private static String text(Secret secret) {
        try (secret) {
            return new String(secret.bytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsTheFieldOfTheLatestVersionWithItsMetadata() throws Exception {
        try (SecretStore store = tokenStore(); Secret secret = store.resolve(SecretRef.parse("vault:secret/app#password"))) {
            assertThat(new String(secret.bytes(), StandardCharsets.UTF_8)).isEqualTo(CANARY);
            assertThat(secret.version()).isEqualTo("2");
            assertThat(secret.createdAt()).isEqualTo(Instant.parse("2026-11-02T10:00:00.123456789Z"));
        }
        assertThat(vault.requests()).contains("GET /v1/secret/data/app");
    }

    @Test
    void readsAnOlderVersionOnRequest() throws Exception {
        try (SecretStore store = tokenStore()) {
            assertThat(text(store.resolve(SecretRef.parse("vault:secret/app#password?version=1")))).isEqualTo("v1-" + CANARY);
        }
    }

    @Test
    void acceptsTheApiFormOfThePath() throws Exception {
        try (SecretStore store = tokenStore()) {
            assertThat(text(store.resolve(SecretRef.parse("vault:secret/data/app#user")))).isEqualTo("app");
        }
    }

    @Test
    void sendsTheNamespace() throws Exception {
        refs.put("env:VAULT_TOKEN", vault.issueToken());
        try (SecretStore store = store(settings("ca.pem").put("namespace", "team-a"))) {
            text(store.resolve(SecretRef.parse("vault:secret/app#user")));
        }
        assertThat(vault.namespaces).isNotEmpty().containsOnly("team-a");
    }

    @Test
    void logsInWithAppRole() throws Exception {
        try (SecretStore store = appRoleStore()) {
            assertThat(text(store.resolve(SecretRef.parse("vault:secret/app#password")))).isEqualTo(CANARY);
        }
        assertThat(vault.logins).hasValue(1);
    }

    @Test
    void renewsTheTokenOnceTwoThirdsOfItsLeaseHavePassed() throws Exception {
        vault.leaseSeconds = 60;
        try (SecretStore store = appRoleStore()) {
            text(store.resolve(SecretRef.parse("vault:secret/app#user")));
            time.advance(Duration.ofSeconds(30));
            text(store.resolve(SecretRef.parse("vault:secret/app#user")));
            assertThat(vault.renewals).hasValue(0);
            time.advance(Duration.ofSeconds(11));
            text(store.resolve(SecretRef.parse("vault:secret/app#user")));
            assertThat(vault.renewals).hasValue(1);
            assertThat(vault.logins).hasValue(1);
        }
    }

    @Test
    void logsInAgainWhenRenewalIsRefused() throws Exception {
        vault.leaseSeconds = 60;
        try (SecretStore store = appRoleStore()) {
            text(store.resolve(SecretRef.parse("vault:secret/app#user")));
            vault.refuseRenewal = true;
            time.advance(Duration.ofSeconds(45));
            assertThat(text(store.resolve(SecretRef.parse("vault:secret/app#user")))).isEqualTo("app");
            assertThat(vault.logins).hasValue(2);
        }
    }

    @Test
    void aRevokedTokenIsReplacedAndTheReadRetriedOnce() throws Exception {
        try (SecretStore store = appRoleStore()) {
            text(store.resolve(SecretRef.parse("vault:secret/app#user")));
            vault.validTokens.clear();
            assertThat(text(store.resolve(SecretRef.parse("vault:secret/app#user")))).isEqualTo("app");
            assertThat(vault.logins).hasValue(2);
        }
    }

    @Test
    void aRefusedAppRoleLoginIsUnavailableWithoutTheSecretId() throws Exception {
        try (SecretStore store = appRoleStore()) {
            vault.secretId = "another";
            assertThatThrownBy(() -> store.resolve(SecretRef.parse("vault:secret/app#user")))
                    .isInstanceOf(SecretUnavailableException.class).hasMessageContaining("AppRole login refused")
                    .hasMessageNotContaining(CANARY);
        }
    }

    @Test
    void forbiddenIsUnavailableAndNamesThePolicy() throws Exception {
        vault.forbidReads = true;
        try (SecretStore store = tokenStore()) {
            assertThatThrownBy(() -> store.resolve(SecretRef.parse("vault:secret/app#password")))
                    .isInstanceOf(SecretUnavailableException.class).hasMessageContaining("403").hasMessageContaining("policy")
                    .hasMessageNotContaining("hvs.");
        }
    }

    @Test
    void aMissingSecretIsNotFound() throws Exception {
        try (SecretStore store = tokenStore()) {
            assertThatThrownBy(() -> store.resolve(SecretRef.parse("vault:secret/nothing#password")))
                    .isInstanceOf(SecretNotFoundException.class).hasMessageContaining("404");
        }
    }

    @Test
    void aSealedVaultIsUnavailable() throws Exception {
        try (SecretStore store = tokenStore()) {
            vault.sealed = true;
            assertThatThrownBy(() -> store.resolve(SecretRef.parse("vault:secret/app#password")))
                    .isInstanceOf(SecretUnavailableException.class).hasMessageContaining("sealed").hasMessageContaining("503");
        }
    }

    @Test
    void aMissingFieldIsNotFoundAndNamed() throws Exception {
        try (SecretStore store = tokenStore()) {
            assertThatThrownBy(() -> store.resolve(SecretRef.parse("vault:secret/app#pasword")))
                    .isInstanceOf(SecretNotFoundException.class).hasMessageContaining("'pasword'")
                    .hasMessageNotContaining(CANARY);
        }
    }

    @Test
    void aMalformedBodyIsUnavailableAndNotQuoted() throws Exception {
        vault.rawReadBody = "{\"data\": {\"data\": {\"password\": " + CANARY;
        try (SecretStore store = tokenStore()) {
            assertThatThrownBy(() -> store.resolve(SecretRef.parse("vault:secret/app#password")))
                    .isInstanceOf(SecretUnavailableException.class).hasMessageContaining("malformed")
                    .hasMessageNotContaining(CANARY).hasNoCause();
        }
    }

    @Test
    void aBodyWithoutKvDataIsUnavailable() throws Exception {
        vault.rawReadBody = "{\"data\": {\"password\": \"" + CANARY + "\"}}";
        try (SecretStore store = tokenStore()) {
            assertThatThrownBy(() -> store.resolve(SecretRef.parse("vault:secret/app#password")))
                    .isInstanceOf(SecretUnavailableException.class).hasMessageContaining("KV version 2")
                    .hasMessageNotContaining(CANARY);
        }
    }

    @Test
    void aServerWhoseCertificateIsNotTrustedIsRefused() throws Exception {
        refs.put("env:VAULT_TOKEN", vault.issueToken());
        ObjectNode untrusted = JSON.createObjectNode().put("address", vault.address())
                .put("caBundle", otherPki.writeCaPem(dir.resolve("other.pem")).toString());
        try (SecretStore store = store(untrusted)) {
            assertThatThrownBy(() -> store.resolve(SecretRef.parse("vault:secret/app#password")))
                    .isInstanceOf(SecretUnavailableException.class).hasMessageContaining("not trusted")
                    .hasMessageNotContaining("hvs.");
        }
        assertThat(vault.requests()).isEmpty();
    }

    @Test
    void withoutACaBundleTheJvmTrustStoreDoesNotTrustTheTestCa() throws Exception {
        refs.put("env:VAULT_TOKEN", vault.issueToken());
        try (SecretStore store = store(JSON.createObjectNode().put("address", vault.address()))) {
            assertThatThrownBy(() -> store.resolve(SecretRef.parse("vault:secret/app#password")))
                    .isInstanceOf(SecretUnavailableException.class).hasMessageContaining("not trusted");
        }
    }

    @Test
    void plainHttpIsRefused() {
        assertThatThrownBy(() -> store(JSON.createObjectNode().put("address", "http://127.0.0.1:8200")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("https");
    }

    @Test
    void thereIsNoSettingToSkipCertificateChecks() throws Exception {
        for (String insecure : new String[] {"tlsSkipVerify", "insecure", "verify", "skipVerify"}) {
            ObjectNode settings = settings("ca.pem").put(insecure, true);
            assertThatThrownBy(() -> store(settings)).isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("unknown setting");
        }
    }

    @Test
    void aReferenceWithoutAFieldOrMountIsRefused() throws Exception {
        try (SecretStore store = tokenStore()) {
            assertThatThrownBy(() -> store.resolve(SecretRef.parse("vault:secret/app")))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("'vault'");
            assertThatThrownBy(() -> store.resolve(SecretRef.parse("vault:app#password")))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> store.resolve(SecretRef.parse("vault:secret/../sys#x")))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> store.resolve(SecretRef.parse("vault:secret/app#password?version=abc")))
                    .isInstanceOf(InvalidInputException.class);
        }
    }
}
