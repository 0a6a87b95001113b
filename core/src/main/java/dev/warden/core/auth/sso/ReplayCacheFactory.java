package dev.warden.core.auth.sso;

import dev.warden.config.ConfigNode;

/**
 * Builds the {@link ReplayCache} named by a provider's {@code replayCache.type}. Found through
 * {@link java.util.ServiceLoader} ({@code META-INF/services/dev.warden.core.auth.sso.ReplayCacheFactory});
 * {@code dev.warden:warden-jdbc} provides {@code jdbc}.
 */
public interface ReplayCacheFactory {

    /** @return the {@code replayCache.type} served, e.g. {@code jdbc} */
    String type();

    /**
     * @param store the {@code replayCache} object
     * @return the open cache; closing it releases what it holds
     * @throws dev.warden.ConfigurationException naming the setting that is wrong, or when the store cannot be reached
     */
    ReplayCache open(ConfigNode store);
}
