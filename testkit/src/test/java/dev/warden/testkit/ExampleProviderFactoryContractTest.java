package dev.warden.testkit;

import dev.warden.config.ConfigNode;
import dev.warden.spi.auth.AuthenticationProviderFactory;
import java.util.Map;

/** The factory kit run against {@link ExampleFactories.Provider}, so the kit itself is known to work. */
class ExampleProviderFactoryContractTest extends AuthenticationProviderFactoryContract {

    @Override
    protected Class<? extends AuthenticationProviderFactory> factoryClass() {
        return ExampleFactories.Provider.class;
    }

    @Override
    protected ConfigNode validConfig() {
        return TestConfig.of("auth.providers[0]", Map.of("type", "reject-all", "name", "nobody"));
    }

    @Override
    protected ConfigNode invalidConfig() {
        return TestConfig.of("auth.providers[0]", Map.of("type", "reject-all"));
    }
}
