package dev.warden.sso.oidc;

import dev.warden.config.ConfigNode;
import dev.warden.spi.auth.AuthenticationProviderFactory;
import dev.warden.testkit.AuthenticationProviderFactoryContract;
import dev.warden.testkit.TestConfig;
import java.util.List;
import java.util.Map;

/** The kit's factory contract on the oidc provider, found through warden-sso's services file (keys load lazily). */
class OidcAuthenticationProviderFactoryContractTest extends AuthenticationProviderFactoryContract {

    @Override
    protected Class<? extends AuthenticationProviderFactory> factoryClass() {
        return OidcAuthenticationProviderFactory.class;
    }

    @Override
    protected ConfigNode validConfig() {
        return TestConfig.of("auth.providers[0]", Map.of("type", "oidc", "name", "corporate-sso",
                "issuer", "https://login.example.org", "audiences", List.of("warden")));
    }

    @Override
    protected ConfigNode invalidConfig() {
        return TestConfig.of("auth.providers[0]", Map.of("type", "oidc", "name", "corporate-sso",
                "issuer", "https://login.example.org"));
    }
}
