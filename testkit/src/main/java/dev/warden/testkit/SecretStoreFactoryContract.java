package dev.warden.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import dev.warden.config.ConfigNode;
import dev.warden.spi.secrets.SecretStore;
import dev.warden.spi.secrets.SecretStoreContext;
import dev.warden.spi.secrets.SecretStoreFactory;
import java.util.Locale;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link SecretStoreFactory} meets, as Warden uses it: {@link ServiceLoader} finds it through
 * {@code META-INF/services/dev.warden.spi.secrets.SecretStoreFactory}, it claims lower-case URI schemes, builds a store
 * from valid settings and refuses bad settings with a {@link ConfigurationException}. A plug-in author extends this
 * class in a test next to a {@link SecretStoreContract} for the store itself.
 *
 * <p>Available as {@code dev.warden:warden-testkit} (test scope; it brings JUnit Jupiter and AssertJ).
 */
public abstract class SecretStoreFactoryContract {

    /** @return the factory class the plug-in lists in its service file */
    protected abstract Class<? extends SecretStoreFactory> factoryClass();

    /** @return settings the factory accepts (see {@link TestConfig}) */
    protected abstract ConfigNode validConfig();

    /** @return settings the factory must refuse: a required setting missing, or one of the wrong kind */
    protected abstract ConfigNode invalidConfig();

    /**
     * @return what Warden's secret resolver hands the factory; by default a development deployment with no other
     *     stores ({@link SecretStoreContext#standalone(boolean)})
     */
    protected SecretStoreContext context() {
        return SecretStoreContext.standalone(false);
    }

    /** @return the factory as {@link ServiceLoader} finds it on the test class path */
    protected final SecretStoreFactory discovered() {
        return ServiceLoader.load(SecretStoreFactory.class).stream()
                .filter(p -> p.type() == factoryClass()).findFirst().map(ServiceLoader.Provider::get)
                .orElseThrow(() -> new AssertionError("ServiceLoader does not find " + factoryClass().getName()
                        + ": list it in src/main/resources/META-INF/services/" + SecretStoreFactory.class.getName()));
    }

    @Test
    void serviceLoaderFindsTheFactory() {
        assertThat(discovered()).isInstanceOf(factoryClass());
    }

    @Test
    void theFactoryClaimsAtLeastOneLowerCaseScheme() {
        assertThat(discovered().schemes()).isNotEmpty()
                .allSatisfy(s -> assertThat(s).isNotBlank().isEqualTo(s.toLowerCase(Locale.ROOT)).doesNotContain(":"));
    }

    @Test
    void theFactoryBuildsAStoreFromValidSettings() {
        try (SecretStore store = discovered().create(validConfig(), context())) {
            assertThat(store).isNotNull();
        }
    }

    @Test
    void theFactoryRefusesBadSettingsWithAConfigurationException() {
        assertThatThrownBy(() -> discovered().create(invalidConfig(), context()).close())
                .isInstanceOf(ConfigurationException.class)
                .satisfies(e -> assertThat(e.getMessage()).as("the message names what is wrong").isNotBlank());
    }
}
