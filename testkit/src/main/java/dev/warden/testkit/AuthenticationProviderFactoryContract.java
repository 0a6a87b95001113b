package dev.warden.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import dev.warden.config.ConfigNode;
import dev.warden.spi.auth.AuthenticationProvider;
import dev.warden.spi.auth.AuthenticationProviderFactory;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link AuthenticationProviderFactory} meets, as Warden uses it: {@link ServiceLoader} finds it
 * through {@code META-INF/services/dev.warden.spi.auth.AuthenticationProviderFactory}, it has a type name, builds a
 * provider from valid settings and refuses bad settings with a {@link ConfigurationException}. A plug-in author
 * extends this class in a test next to an {@link AuthenticationProviderContract} for the provider itself.
 *
 * <p>Available as {@code dev.warden:warden-testkit} (test scope; it brings JUnit Jupiter and AssertJ).
 */
public abstract class AuthenticationProviderFactoryContract {

    /** @return the factory class the plug-in lists in its service file */
    protected abstract Class<? extends AuthenticationProviderFactory> factoryClass();

    /** @return a provider entry the factory accepts (see {@link TestConfig}), as in {@code auth.providers[]} */
    protected abstract ConfigNode validConfig();

    /** @return a provider entry the factory must refuse: a required setting missing, or one of the wrong kind */
    protected abstract ConfigNode invalidConfig();

    /** @return the factory as {@link ServiceLoader} finds it on the test class path */
    protected final AuthenticationProviderFactory discovered() {
        return ServiceLoader.load(AuthenticationProviderFactory.class).stream()
                .filter(p -> p.type() == factoryClass()).findFirst().map(ServiceLoader.Provider::get)
                .orElseThrow(() -> new AssertionError("ServiceLoader does not find " + factoryClass().getName()
                        + ": list it in src/main/resources/META-INF/services/"
                        + AuthenticationProviderFactory.class.getName()));
    }

    @Test
    void serviceLoaderFindsTheFactory() {
        assertThat(discovered()).isInstanceOf(factoryClass());
    }

    @Test
    void theFactoryHasATypeName() {
        assertThat(discovered().type()).isNotBlank().doesNotContainAnyWhitespaces();
    }

    @Test
    void theFactoryBuildsAProviderFromValidSettings() {
        AuthenticationProvider provider = discovered().create(validConfig());
        assertThat(provider).isNotNull();
        assertThat(provider.name()).isNotBlank();
        provider.close();
    }

    @Test
    void theFactoryRefusesBadSettingsWithAConfigurationException() {
        assertThatThrownBy(() -> discovered().create(invalidConfig()))
                .isInstanceOf(ConfigurationException.class)
                .satisfies(e -> assertThat(e.getMessage()).as("the message names what is wrong").isNotBlank());
    }
}
