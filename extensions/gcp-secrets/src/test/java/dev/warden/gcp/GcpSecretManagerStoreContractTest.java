package dev.warden.gcp;

import dev.warden.core.secrets.vault.TestPki;
import dev.warden.secrets.SecretRef;
import dev.warden.spi.secrets.SecretStore;
import dev.warden.testkit.SecretStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gcp-sm: store meets the SPI contract, the real client library talking to {@link FakeSecretManager} — a
 * STAND-IN for Secret Manager and Google's token endpoint (an in-test HTTPS server speaking their REST protocols),
 * since neither can be reached from here.
 */
class GcpSecretManagerStoreContractTest extends SecretStoreContract {

    private static final String CANARY = "canary-gcp-contract-7f30";
    private static FakeSecretManager fake;
    private static com.fasterxml.jackson.databind.node.ObjectNode settings;

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        TestPki pki = TestPki.create("Warden GCP Contract CA");
        fake = new FakeSecretManager(pki);
        fake.put("db", "{\"password\":\"" + CANARY + "\"}");
        // no contract case waits for the time-out: a generous one keeps the first call (TLS, token, the library's
        // class loading) from running out of it on a loaded machine (a CI run saw DEADLINE_EXCEEDED at 3 s)
        settings = GcpTestSetup.settings(fake, pki.writeCaPem(dir.resolve("ca.pem")), dir).put("timeout", "30s");
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @Override
    protected SecretStore store() {
        return GcpTestSetup.store(settings);
    }

    @Override
    protected SecretRef existingRef() {
        return SecretRef.parse("gcp-sm:projects/" + FakeSecretManager.PROJECT + "/secrets/db#password");
    }

    @Override
    protected String expectedValue() {
        return CANARY;
    }

    @Override
    protected SecretRef missingRef() {
        return SecretRef.parse("gcp-sm:projects/" + FakeSecretManager.PROJECT + "/secrets/absent");
    }
}
