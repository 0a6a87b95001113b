package dev.warden.azure;

import dev.warden.core.secrets.vault.TestPki;
import dev.warden.secrets.SecretRef;
import dev.warden.spi.secrets.SecretStore;
import dev.warden.testkit.SecretStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The azure-kv: store meets the SPI contract, the real Azure SDK client talking to {@link FakeKeyVault} — a STAND-IN
 * for Key Vault and Entra ID (an in-test HTTPS server speaking their REST protocols), since neither can be reached
 * from here.
 */
class KeyVaultSecretStoreContractTest extends SecretStoreContract {

    private static final String CANARY = "canary-azure-contract-0b7e";
    private static FakeKeyVault vault;
    private static Path caPem;

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        TestPki pki = TestPki.create("Warden Azure Contract CA");
        vault = new FakeKeyVault(pki);
        vault.put("db-password", CANARY);
        caPem = pki.writeCaPem(dir.resolve("ca.pem"));
    }

    @AfterAll
    static void stop() {
        vault.close();
    }

    @Override
    protected SecretStore store() {
        // no contract case waits for the time-out: a generous one for a loaded machine (the GCP twin saw DEADLINE_EXCEEDED)
        return AzureTestSetup.store(vault, AzureTestSetup.settings(vault, caPem).put("timeout", "30s"));
    }

    @Override
    protected SecretRef existingRef() {
        return SecretRef.parse("azure-kv:" + vault.url() + "/secrets/db-password");
    }

    @Override
    protected String expectedValue() {
        return CANARY;
    }

    @Override
    protected SecretRef missingRef() {
        return SecretRef.parse("azure-kv:" + vault.url() + "/secrets/absent");
    }
}
