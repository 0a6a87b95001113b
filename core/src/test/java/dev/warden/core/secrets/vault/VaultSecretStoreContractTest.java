package dev.warden.core.secrets.vault;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.core.config.JsonConfigNode;
import dev.warden.core.secrets.MapContext;
import dev.warden.secrets.SecretRef;
import dev.warden.spi.secrets.SecretStore;
import dev.warden.testkit.SecretStoreContract;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The vault: store meets the SPI contract against {@link FakeVault} — a FAKE Vault (an in-test HTTPS server with the
 * documented KV v2 responses), since no Vault server can run here.
 */
class VaultSecretStoreContractTest extends SecretStoreContract {

    private static final String CANARY = "canary-vault-contract-91aa";
    private static FakeVault vault;
    private static Path caPem;
    private static String token;

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        TestPki pki = TestPki.create("Warden Contract CA");
        vault = new FakeVault(pki);
        vault.put("secret/db", Map.of("password", CANARY));
        token = vault.issueToken();
        caPem = pki.writeCaPem(dir.resolve("ca.pem"));
    }

    @AfterAll
    static void stop() {
        vault.close();
    }

    @Override
    protected SecretStore store() {
        ObjectNode settings = new ObjectMapper().createObjectNode().put("address", vault.address())
                .put("caBundle", caPem.toString());
        return new VaultSecretStoreFactory().create(new JsonConfigNode(settings, "secrets.stores.vault"),
                new MapContext(Map.of("env:VAULT_TOKEN", token), true));
    }

    @Override
    protected SecretRef existingRef() {
        return SecretRef.parse("vault:secret/db#password");
    }

    @Override
    protected String expectedValue() {
        return CANARY;
    }

    @Override
    protected SecretRef missingRef() {
        return SecretRef.parse("vault:secret/absent#password");
    }
}
