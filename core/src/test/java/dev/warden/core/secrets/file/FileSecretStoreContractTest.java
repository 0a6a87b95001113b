package dev.warden.core.secrets.file;

import dev.warden.secrets.SecretRef;
import dev.warden.spi.secrets.SecretStore;
import dev.warden.testkit.SecretStoreContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The file: store meets the SPI contract in production mode, reading a field of a real JSON file (mode 600). */
class FileSecretStoreContractTest extends SecretStoreContract {

    private static final String CANARY = "canary-file-8e2c71";

    @TempDir
    Path dir;

    @Override
    protected SecretStore store() {
        try {
            Path file = dir.resolve("db.json");
            Files.writeString(file, "{\"user\":\"app\",\"password\":\"" + CANARY + "\"}");
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FileSecretStore(dir, true, 1 << 20);
    }

    @Override
    protected SecretRef existingRef() {
        return SecretRef.parse("file:" + dir.resolve("db.json") + "#password");
    }

    @Override
    protected String expectedValue() {
        return CANARY;
    }

    @Override
    protected SecretRef missingRef() {
        return SecretRef.parse("file:" + dir.resolve("absent.json") + "#password");
    }
}
