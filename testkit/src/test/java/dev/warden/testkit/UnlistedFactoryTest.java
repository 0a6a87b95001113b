package dev.warden.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.config.ConfigNode;
import dev.warden.spi.secrets.SecretStore;
import dev.warden.spi.secrets.SecretStoreFactory;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The factory contract fails, naming the services file, for a factory its jar does not list. */
class UnlistedFactoryTest {

    /** A correct factory that no META-INF/services file names. */
    public static final class Unlisted implements SecretStoreFactory {
        @Override
        public Set<String> schemes() {
            return Set.of("unlisted");
        }

        @Override
        public SecretStore create(ConfigNode config) {
            return ref -> {
                throw new IllegalStateException("not used");
            };
        }
    }

    private static final class Contract extends SecretStoreFactoryContract {
        @Override
        protected Class<? extends SecretStoreFactory> factoryClass() {
            return Unlisted.class;
        }

        @Override
        protected ConfigNode validConfig() {
            return TestConfig.of(Map.of());
        }

        @Override
        protected ConfigNode invalidConfig() {
            return TestConfig.of(Map.of("x", 1));
        }
    }

    @Test
    void anUnlistedFactoryFailsTheServiceLoaderCheckWithWhereToListIt() {
        assertThatThrownBy(() -> new Contract().discovered())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(Unlisted.class.getName())
                .hasMessageContaining("META-INF/services/dev.warden.spi.secrets.SecretStoreFactory");
    }
}
