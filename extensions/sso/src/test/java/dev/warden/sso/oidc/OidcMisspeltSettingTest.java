package dev.warden.sso.oidc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import dev.warden.core.config.WardenConfiguration;
import org.junit.jupiter.api.Test;

/** A misspelt oidc provider setting is refused naming its path, not silently left at its default. */
class OidcMisspeltSettingTest {

    @Test
    void refusesAMisspeltAlgorithmsSettingNamingItsPath() {
        var node = WardenConfiguration.parse("""
                {"auth": {"providers": [{"type": "oidc", "name": "corporate-sso", "issuer": "https://login.example.org",
                  "audiences": ["warden"], "algoritms": ["RS256"]}]}}
                """, "test").section("auth").children("providers").get(0);
        assertThatThrownBy(() -> new OidcAuthenticationProviderFactory().create(node))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("configuration auth.providers[0].algoritms: unknown setting (did you mean 'algorithms'?)");
    }
}
