package dev.warden.testkit;

import dev.warden.config.ConfigNode;
import dev.warden.spi.secrets.SecretStoreFactory;
import java.util.Map;

/** The factory kit run against {@link ExampleFactories.Store}, so the kit itself is known to work. */
class ExampleStoreFactoryContractTest extends SecretStoreFactoryContract {

    @Override
    protected Class<? extends SecretStoreFactory> factoryClass() {
        return ExampleFactories.Store.class;
    }

    @Override
    protected ConfigNode validConfig() {
        return TestConfig.of("secrets.stores.memory", Map.of("key", "db", "value", "x"));
    }

    @Override
    protected ConfigNode invalidConfig() {
        return TestConfig.of("secrets.stores.memory", Map.of("key", "db"));
    }
}
