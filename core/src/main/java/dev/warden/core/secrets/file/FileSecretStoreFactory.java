package dev.warden.core.secrets.file;

import dev.warden.ConfigurationException;
import dev.warden.config.ConfigNode;
import dev.warden.spi.secrets.SecretStore;
import dev.warden.spi.secrets.SecretStoreContext;
import dev.warden.spi.secrets.SecretStoreFactory;
import java.nio.file.Path;
import java.util.Set;

/**
 * Registers the {@code file:} store. Settings ({@code secrets.stores.file}): {@code baseDirectory} (where relative
 * paths start; default the working directory) and {@code maxBytes} (largest file read; default 1048576).
 */
public final class FileSecretStoreFactory implements SecretStoreFactory {

    private static final Set<String> KEYS = Set.of("baseDirectory", "maxBytes");

    @Override
    public Set<String> schemes() {
        return Set.of("file");
    }

    @Override
    public SecretStore create(ConfigNode config) {
        return create(config, SecretStoreContext.standalone(false));
    }

    @Override
    public SecretStore create(ConfigNode config, SecretStoreContext context) {
        config.requireOnlyKeys(KEYS);
        long maxBytes = config.longValue("maxBytes", 1L << 20);
        if (maxBytes < 1 || maxBytes > (64L << 20)) {
            throw new ConfigurationException("configuration " + config.qualified("maxBytes") + ": must be 1 to 67108864");
        }
        Path base = Path.of(config.string("baseDirectory").orElse("")).toAbsolutePath();
        return new FileSecretStore(base, context.production(), maxBytes);
    }
}
