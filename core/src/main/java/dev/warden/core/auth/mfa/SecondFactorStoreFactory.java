package dev.warden.core.auth.mfa;

import dev.warden.config.ConfigNode;

/**
 * Builds the {@link SecondFactorStore} of {@code auth.secondFactors.store} for a {@code type} other than the built-in
 * {@code json}. Found through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/dev.warden.core.auth.mfa.SecondFactorStoreFactory}); {@code dev.warden:warden-jdbc}
 * provides {@code jdbc}.
 */
public interface SecondFactorStoreFactory {

    /** @return the {@code store.type} served, e.g. {@code jdbc} */
    String type();

    /**
     * @param store the {@code store} object
     * @return the open store; closing it releases what it holds (a connection pool)
     * @throws dev.warden.ConfigurationException naming the setting that is wrong, or when the store cannot be reached
     */
    SecondFactorStore open(ConfigNode store);
}
