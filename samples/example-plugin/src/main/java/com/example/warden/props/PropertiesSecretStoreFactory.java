package com.example.warden.props;

import dev.warden.ConfigurationException;
import dev.warden.config.ConfigNode;
import dev.warden.spi.secrets.SecretStore;
import dev.warden.spi.secrets.SecretStoreContext;
import dev.warden.spi.secrets.SecretStoreFactory;
import java.nio.file.Path;
import java.util.Set;

/**
 * Serves {@code props:<key>} references from one {@code .properties} file. Registered for
 * {@link java.util.ServiceLoader} in {@code META-INF/services/dev.warden.spi.secrets.SecretStoreFactory}; Warden's
 * resolver builds it from {@code secrets.stores.props} in {@code warden.json}:
 *
 * <pre>{@code
 * "secrets": {"stores": {"props": {"file": "/etc/myapp/secrets.properties", "maxBytes": 65536}}}
 * }</pre>
 *
 * <table>
 * <caption>Settings</caption>
 * <tr><th>setting</th><th>meaning</th><th>default</th></tr>
 * <tr><td>{@code file}</td><td>the properties file (ISO-8859-1 escapes or plain UTF-8, as
 *     {@link java.util.Properties#load(java.io.Reader)} reads it)</td><td>required</td></tr>
 * <tr><td>{@code maxBytes}</td><td>the largest file accepted, 1 byte to 16 MiB</td><td>1 MiB</td></tr>
 * </table>
 *
 * <p>The file is read when the store is built, so a missing or malformed file stops Warden's start with a
 * {@link ConfigurationException} naming the setting ({@code secrets.stores.props.file}); in production a file that
 * its group or others may read is refused.
 */
public final class PropertiesSecretStoreFactory implements SecretStoreFactory {

    /** The URI scheme served. */
    public static final String SCHEME = "props";

    static final long DEFAULT_MAX_BYTES = 1L << 20;
    static final long MAX_MAX_BYTES = 16L << 20;
    private static final Set<String> KEYS = Set.of("file", "maxBytes", "cache");

    /** Needed by {@link java.util.ServiceLoader}. */
    public PropertiesSecretStoreFactory() {
    }

    @Override
    public Set<String> schemes() {
        return Set.of(SCHEME);
    }

    /** Builds the store with development checks, for a store used on its own. */
    @Override
    public SecretStore create(ConfigNode config) {
        return create(config, SecretStoreContext.standalone(false));
    }

    @Override
    public SecretStore create(ConfigNode config, SecretStoreContext context) {
        config.requireOnlyKeys(KEYS);
        String file = config.requireString("file");
        if (file.isBlank()) {
            throw new ConfigurationException("configuration " + config.qualified("file")
                    + ": empty; give the path of a .properties file");
        }
        long maxBytes = config.longValue("maxBytes", DEFAULT_MAX_BYTES);
        if (maxBytes < 1 || maxBytes > MAX_MAX_BYTES) {
            throw new ConfigurationException("configuration " + config.qualified("maxBytes") + ": " + maxBytes
                    + " is out of range; use 1 to " + MAX_MAX_BYTES + " bytes");
        }
        Path path;
        try {
            path = Path.of(file);
        } catch (java.nio.file.InvalidPathException e) {
            throw new ConfigurationException("configuration " + config.qualified("file") + ": not a valid path", e);
        }
        return new PropertiesSecretStore(path, config.qualified("file"), maxBytes, context.production());
    }
}
