package dev.warden.core.secrets.keystore;

import dev.warden.core.secrets.MapContext;
import dev.warden.secrets.SecretRef;
import dev.warden.spi.secrets.SecretStore;
import dev.warden.testkit.SecretStoreContract;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** The keystore: store meets the SPI contract over a real keystore file opened with a passphrase reference. */
class KeystoreSecretStoreContractTest extends SecretStoreContract {

    static final String CANARY = "canary-keystore-5a0e3c";
    static final String PASSPHRASE = "correct horse battery staple";

    @TempDir
    Path dir;

    @Override
    protected SecretStore store() {
        Path file = dir.resolve("warden.keystore");
        if (!file.toFile().exists()) {
            try (Keystore keystore = Keystore.create(file, PASSPHRASE.toCharArray(), Argon2idParameters.MINIMUM)) {
                keystore.put("db-password", CANARY.getBytes(StandardCharsets.UTF_8));
            }
        }
        return new KeystoreSecretStore(file, SecretRef.parse("env:PASS"), null,
                new MapContext(Map.of("env:PASS", PASSPHRASE), true));
    }

    @Override
    protected SecretRef existingRef() {
        return SecretRef.parse("keystore:db-password");
    }

    @Override
    protected String expectedValue() {
        return CANARY;
    }

    @Override
    protected SecretRef missingRef() {
        return SecretRef.parse("keystore:absent");
    }
}
