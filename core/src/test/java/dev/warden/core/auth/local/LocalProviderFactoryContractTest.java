package dev.warden.core.auth.local;

import dev.warden.config.ConfigNode;
import dev.warden.spi.auth.AuthenticationProviderFactory;
import dev.warden.testkit.AuthenticationProviderFactoryContract;
import dev.warden.testkit.TestConfig;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** The kit's factory contract on the built-in local provider with a JSON file store. */
class LocalProviderFactoryContractTest extends AuthenticationProviderFactoryContract {

    @TempDir
    Path dir;

    @Override
    protected Class<? extends AuthenticationProviderFactory> factoryClass() {
        return LocalProviderFactory.class;
    }

    @Override
    protected ConfigNode validConfig() {
        return TestConfig.of("auth.providers[0]", Map.of("type", "local", "name", "local",
                "store", Map.of("type", "json", "file", dir.resolve("users.json").toString())));
    }

    @Override
    protected ConfigNode invalidConfig() {
        return TestConfig.of("auth.providers[0]", Map.of("type", "local", "name", "local"));
    }
}
