package com.example.warden.props;

import dev.warden.secrets.SecretRef;
import dev.warden.spi.secrets.SecretStore;
import dev.warden.testkit.SecretStoreContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The SPI's contract kit (from {@code warden-spi-secrets}' {@code tests} jar), run against the plug-in. */
class PropertiesSecretStoreContractTest extends SecretStoreContract {

    private static final String CANARY = "canary-5d1e0b-props-store";

    @TempDir
    Path dir;

    @Override
    protected SecretStore store() {
        try {
            Path file = dir.resolve("secrets.properties");
            Files.writeString(file, "# test secrets\ndb.password = " + CANARY + "\nother=x\n");
            return new PropertiesSecretStoreFactory().create(StoreConfig.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected SecretRef existingRef() {
        return SecretRef.parse("props:db.password");
    }

    @Override
    protected String expectedValue() {
        return CANARY;
    }

    @Override
    protected SecretRef missingRef() {
        return SecretRef.parse("props:absent.key");
    }
}
