package dev.warden.spi.auth;

import dev.warden.config.ConfigNode;

/**
 * Builds {@link AuthenticationProvider}s of one type from configuration. Found through {@link java.util.ServiceLoader}:
 * list the implementing class in {@code META-INF/services/dev.warden.spi.auth.AuthenticationProviderFactory}.
 * Needs a public no-argument constructor.
 *
 * <p>In {@code warden.json}: {@code "auth": {"providers": [{"type": "<type()>", "name": "...", ...}]}}.
 */
public interface AuthenticationProviderFactory {

    /** @return the short type name used in configuration, e.g. {@code ldap}; unique among installed plug-ins */
    String type();

    /**
     * @param config this provider's configuration object
     * @return a ready provider
     * @throws dev.warden.ConfigurationException naming the setting that is missing or wrong
     */
    AuthenticationProvider create(ConfigNode config);
}
