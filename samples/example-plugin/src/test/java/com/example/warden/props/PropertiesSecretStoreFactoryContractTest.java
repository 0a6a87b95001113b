package com.example.warden.props;

import dev.warden.config.ConfigNode;
import dev.warden.spi.secrets.SecretStoreFactory;
import dev.warden.testkit.SecretStoreFactoryContract;
import dev.warden.testkit.TestConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kit's factory contract (from {@code warden-testkit}): ServiceLoader finds {@link PropertiesSecretStoreFactory}
 * through this jar's services file, it builds a store from a {@code file} setting and refuses settings without one.
 */
// readme:begin plugin-contract
class PropertiesSecretStoreFactoryContractTest extends SecretStoreFactoryContract {

    @TempDir
    Path dir;

    @Override
    protected Class<? extends SecretStoreFactory> factoryClass() {
        return PropertiesSecretStoreFactory.class;
    }

    @Override
    protected ConfigNode validConfig() {
        try {
            Path file = Files.writeString(dir.resolve("secrets.properties"), "db.password = not-a-real-secret\n");
            return TestConfig.of("secrets.stores.props", Map.of("file", file.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected ConfigNode invalidConfig() {
        return TestConfig.of("secrets.stores.props", Map.of("maxBytes", 65536));
    }
}
// readme:end
