package dev.warden.core.secrets.env;

import dev.warden.ConfigurationException;
import dev.warden.config.ConfigNode;
import dev.warden.spi.secrets.SecretStore;
import dev.warden.spi.secrets.SecretStoreFactory;
import java.time.Clock;
import java.util.Set;

/** Registers the {@code env:} store (environment variables). It has no settings. */
public final class EnvironmentSecretStoreFactory implements SecretStoreFactory {

    @Override
    public Set<String> schemes() {
        return Set.of("env");
    }

    @Override
    public SecretStore create(ConfigNode config) {
        if (!config.keys().isEmpty()) {
            throw new ConfigurationException("configuration " + config.path() + ": the env store has no settings; found "
                    + config.keys());
        }
        return new EnvironmentSecretStore(System::getenv, Clock.systemUTC());
    }
}
