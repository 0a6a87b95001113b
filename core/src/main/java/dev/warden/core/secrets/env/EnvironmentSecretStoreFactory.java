package dev.warden.core.secrets.env;

import dev.warden.ConfigurationException;
import dev.warden.config.ConfigNode;
import dev.warden.spi.secrets.SecretStore;
import dev.warden.spi.secrets.SecretStoreFactory;
import java.time.Clock;
import java.util.Set;
import java.util.function.Function;

/** Registers the {@code env:} store (environment variables). It has no settings. */
public final class EnvironmentSecretStoreFactory implements SecretStoreFactory {

    private final Function<String, String> environment;

    /** Reads the process environment ({@link System#getenv(String)}); the constructor ServiceLoader calls. */
    public EnvironmentSecretStoreFactory() {
        this(System::getenv);
    }

    /**
     * Reads variables from {@code environment} instead of the process environment, for hosts that pass their
     * environment explicitly (and for tests).
     *
     * @param environment gives a variable's value by name, or {@code null} when it is not set
     */
    public EnvironmentSecretStoreFactory(Function<String, String> environment) {
        this.environment = java.util.Objects.requireNonNull(environment, "environment");
    }

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
        return new EnvironmentSecretStore(environment, Clock.systemUTC());
    }
}
