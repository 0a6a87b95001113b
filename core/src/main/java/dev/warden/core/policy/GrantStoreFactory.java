package dev.warden.core.policy;

import dev.warden.config.ConfigNode;

/**
 * Builds the {@link GrantStore} that {@code policy.store} names, for a type other than the built-in {@code memory}
 * and {@code file}. Found through {@link java.util.ServiceLoader}: list the implementing class in
 * {@code META-INF/services/dev.warden.core.policy.GrantStoreFactory}; it needs a public no-argument constructor.
 * {@code dev.warden:warden-jdbc} provides {@code jdbc}.
 */
public interface GrantStoreFactory {

    /** @return the {@code policy.store} value served, e.g. {@code jdbc}; unique among installed factories */
    String type();

    /** @return the settings of the {@code policy} section this store reads, besides {@code store} */
    java.util.Set<String> settings();

    /**
     * @param section the whole {@code policy} section (its keys already checked against {@link #settings()})
     * @return the open store; closing it releases what it holds
     * @throws dev.warden.ConfigurationException naming the setting that is missing or wrong
     */
    GrantStore open(ConfigNode section);

    /** @return whether several processes share this store, so that each should poll it for changes (default true) */
    default boolean shared() {
        return true;
    }
}
