package dev.warden.spi.secrets;

import dev.warden.config.ConfigNode;
import java.util.Set;

/**
 * Builds a {@link SecretStore} for one or more URI schemes. Found through {@link java.util.ServiceLoader}: list the
 * implementing class in {@code META-INF/services/dev.warden.spi.secrets.SecretStoreFactory}. Needs a public
 * no-argument constructor.
 *
 * <p>In {@code warden.json}: {@code "secrets": {"stores": {"<scheme>": {...settings...}}}}; a store with no settings
 * is built from an empty object.
 */
public interface SecretStoreFactory {

    /** @return the lower-case URI schemes served, e.g. {@code vault}; each unique among installed plug-ins */
    Set<String> schemes();

    /**
     * @param config the store's settings (an empty object when none are given)
     * @return a ready store
     * @throws dev.warden.ConfigurationException naming the setting that is missing or wrong
     */
    SecretStore create(ConfigNode config);

    /**
     * Builds the store with access to Warden's other stores, the environment and the rotation signal. Warden's
     * resolver calls this method; the default ignores the context and calls {@link #create(ConfigNode)}.
     *
     * @param config the store's settings (an empty object when none are given)
     * @param context the other stores, the environment and the rotation signal
     * @return a ready store
     * @throws dev.warden.ConfigurationException naming the setting that is missing or wrong
     */
    default SecretStore create(ConfigNode config, SecretStoreContext context) {
        return create(config);
    }
}
