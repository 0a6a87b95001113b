package dev.warden.core.auth;

import dev.warden.config.ConfigNode;

/**
 * Builds the {@link LockoutCounters} named by {@code auth.lockout.store.type}. Found through
 * {@link java.util.ServiceLoader} ({@code META-INF/services/dev.warden.core.auth.LockoutCountersFactory});
 * {@code dev.warden:warden-jdbc} provides {@code jdbc}.
 */
public interface LockoutCountersFactory {

    /** @return the {@code store.type} served, e.g. {@code jdbc} */
    String type();

    /**
     * @param store the {@code auth.lockout.store} object
     * @param policy the lockout policy the counters apply
     * @return the open counters; closing them releases what they hold
     * @throws dev.warden.ConfigurationException naming the setting that is wrong, or when the store cannot be reached
     */
    LockoutCounters open(ConfigNode store, LockoutPolicy policy);
}
