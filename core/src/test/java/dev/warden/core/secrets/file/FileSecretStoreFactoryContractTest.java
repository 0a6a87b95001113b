package dev.warden.core.secrets.file;

import dev.warden.config.ConfigNode;
import dev.warden.spi.secrets.SecretStoreFactory;
import dev.warden.testkit.SecretStoreFactoryContract;
import dev.warden.testkit.TestConfig;
import java.util.Map;

/** The kit's factory contract on the built-in file: store, found through core's services file. */
class FileSecretStoreFactoryContractTest extends SecretStoreFactoryContract {

    @Override
    protected Class<? extends SecretStoreFactory> factoryClass() {
        return FileSecretStoreFactory.class;
    }

    @Override
    protected ConfigNode validConfig() {
        return TestConfig.of("secrets.stores.file", Map.of("maxBytes", 4096));
    }

    @Override
    protected ConfigNode invalidConfig() {
        return TestConfig.of("secrets.stores.file", Map.of("maxBytes", 0));
    }
}
