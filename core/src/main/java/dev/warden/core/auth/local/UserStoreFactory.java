package dev.warden.core.auth.local;

import dev.warden.config.ConfigNode;

/**
 * Builds the {@link UserStore} of a {@code local} provider for a {@code store.type} other than the built-in
 * {@code json}. Found through {@link java.util.ServiceLoader}: list the implementing class in
 * {@code META-INF/services/dev.warden.core.auth.local.UserStoreFactory}; it needs a public no-argument constructor.
 * {@code dev.warden:warden-jdbc} provides {@code jdbc}.
 */
public interface UserStoreFactory {

    /** @return the {@code store.type} served, e.g. {@code jdbc}; unique among installed factories */
    String type();

    /**
     * @param store the provider's {@code store} object
     * @return the open store; closing it releases what it holds (a connection pool)
     * @throws dev.warden.ConfigurationException naming the setting that is missing or wrong, or when the store
     *     cannot be reached
     */
    UserStore open(ConfigNode store);
}
