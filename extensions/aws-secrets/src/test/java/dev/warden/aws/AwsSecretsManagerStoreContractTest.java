package dev.warden.aws;

import dev.warden.core.secrets.vault.TestPki;
import dev.warden.secrets.SecretRef;
import dev.warden.spi.secrets.SecretStore;
import dev.warden.testkit.SecretStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The aws-sm: store meets the SPI contract, the real AWS SDK client talking to {@link FakeSecretsManager} — a
 * STAND-IN for AWS Secrets Manager (an in-test HTTPS server speaking its AWS JSON 1.1 protocol and verifying SigV4),
 * since the real service cannot be reached from here.
 */
class AwsSecretsManagerStoreContractTest extends SecretStoreContract {

    private static final String CANARY = "canary-aws-contract-5e1f";
    private static FakeSecretsManager fake;
    private static Path caPem;

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        TestPki pki = TestPki.create("Warden AWS Contract CA");
        fake = AwsTestSetup.start(pki);
        fake.putString("prod/db", "{\"username\":\"app\",\"password\":\"" + CANARY + "\"}");
        caPem = pki.writeCaPem(dir.resolve("ca.pem"));
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @Override
    protected SecretStore store() {
        // no contract case waits for the time-out: a generous one for a loaded machine (the GCP twin saw DEADLINE_EXCEEDED)
        return AwsTestSetup.store(AwsTestSetup.settings(fake, caPem).put("timeout", "30s"));
    }

    @Override
    protected SecretRef existingRef() {
        return SecretRef.parse("aws-sm:prod/db#password");
    }

    @Override
    protected String expectedValue() {
        return CANARY;
    }

    @Override
    protected SecretRef missingRef() {
        return SecretRef.parse("aws-sm:prod/absent#password");
    }
}
