package dev.warden.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import dev.warden.config.ConfigNode;
import dev.warden.spi.audit.AuditSink;
import dev.warden.spi.audit.AuditSinkContext;
import dev.warden.spi.audit.AuditSinkFactory;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link AuditSinkFactory} meets, as Warden uses it: {@link ServiceLoader} finds it through
 * {@code META-INF/services/dev.warden.spi.audit.AuditSinkFactory}, it has a type name, builds a sink from valid
 * settings and refuses bad settings with a {@link ConfigurationException}. A plug-in author extends this class in a
 * test next to an {@link AuditSinkContract} for the sink itself.
 *
 * <p>Available as {@code dev.warden:warden-testkit} (test scope; it brings JUnit Jupiter and AssertJ).
 */
public abstract class AuditSinkFactoryContract {

    /** @return the factory class the plug-in lists in its service file */
    protected abstract Class<? extends AuditSinkFactory> factoryClass();

    /** @return a sink entry the factory accepts (see {@link TestConfig}), as in {@code audit.sinks[]} */
    protected abstract ConfigNode validConfig();

    /** @return a sink entry the factory must refuse: a required setting missing, or one of the wrong kind */
    protected abstract ConfigNode invalidConfig();

    /**
     * @return what Warden's audit pipeline hands the factory; by default a fixed test chain key and no secret stores
     *     (override to resolve {@code password}-style references)
     */
    protected AuditSinkContext context() {
        return AuditSinkContext.of(AuditSinkContract.testChainKey());
    }

    /** @return the factory as {@link ServiceLoader} finds it on the test class path */
    protected final AuditSinkFactory discovered() {
        return ServiceLoader.load(AuditSinkFactory.class).stream()
                .filter(p -> p.type() == factoryClass()).findFirst().map(ServiceLoader.Provider::get)
                .orElseThrow(() -> new AssertionError("ServiceLoader does not find " + factoryClass().getName()
                        + ": list it in src/main/resources/META-INF/services/" + AuditSinkFactory.class.getName()));
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
    void theFactoryBuildsASinkFromValidSettings() throws Exception {
        try (AuditSink sink = discovered().create(validConfig(), context())) {
            assertThat(sink).isNotNull();
            assertThat(sink.name()).isNotBlank();
        }
    }

    @Test
    void theFactoryRefusesBadSettingsWithAConfigurationException() {
        assertThatThrownBy(() -> discovered().create(invalidConfig(), context()).close())
                .isInstanceOf(ConfigurationException.class)
                .satisfies(e -> assertThat(e.getMessage()).as("the message names what is wrong").isNotBlank());
    }
}
