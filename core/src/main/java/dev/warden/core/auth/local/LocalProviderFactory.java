package dev.warden.core.auth.local;

import dev.warden.ConfigurationException;
import dev.warden.config.ConfigNode;
import dev.warden.core.plugin.MissingExtensionException;
import dev.warden.core.plugin.PluginRegistry;
import dev.warden.spi.auth.AuthenticationProvider;
import dev.warden.spi.auth.AuthenticationProviderFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Type {@code local}: local accounts and API keys.
 *
 * <pre>{@code
 * {"type": "local", "name": "local",
 *  "store": {"type": "json", "file": "/var/lib/warden/users.json"},
 *  "argon2id": {"memoryKiB": 19456, "iterations": 2, "parallelism": 1},
 *  "passwordPolicy": {"minLength": 12, "maxBytes": 1024, "commonPasswordFiles": ["/etc/warden/banned.txt"]},
 *  "inactivityLimit": "90d", "apiKeyMaxLifetime": "90d",
 *  "totp": {"algorithm": "SHA1", "digits": 6, "issuer": "Warden"}}
 * }</pre>
 *
 * <p>A JDBC store instead: {@code "store": {"type": "jdbc", "url": "jdbc:postgresql://db/warden", "username":
 * "warden", "password": "env:WARDEN_DB_PASSWORD", "maximumPoolSize": 4}} (a pool through HikariCP), served by
 * {@code dev.warden:warden-jdbc}; other store types come from {@link UserStoreFactory} plug-ins.
 */
public final class LocalProviderFactory implements AuthenticationProviderFactory {

    /** Public no-argument constructor for {@link java.util.ServiceLoader}. */
    public LocalProviderFactory() {
    }

    @Override
    public String type() {
        return "local";
    }

    @Override
    public AuthenticationProvider create(ConfigNode config) {
        LocalSettings settings = LocalSettings.from(config);
        String name = config.string("name").orElse("local");
        return new LocalProvider(name, openStore(config), settings, Clock.systemUTC(), true);
    }

    /**
     * Opens the accounts administration of a {@code local} provider entry, for the {@code warden} commands.
     *
     * @param config the provider's object in {@code auth.providers}
     * @return the administration; closing it closes the store
     */
    public static LocalAccounts accounts(ConfigNode config) {
        return new LocalAccounts(openStore(config), LocalSettings.from(config), Clock.systemUTC(), true);
    }

    /**
     * @param config a {@code local} provider entry with a {@code store} object
     * @return the store it names
     * @throws ConfigurationException naming the setting when the store is missing or wrong
     */
    public static UserStore openStore(ConfigNode config) {
        ConfigNode store = config.child("store").orElseThrow(() -> new ConfigurationException("configuration "
                + config.qualified("store") + ": required; e.g. {\"type\": \"json\", \"file\": \"users.json\"}"));
        String type = store.requireString("type");
        switch (type) {
            case "json":
                store.requireOnlyKeys(java.util.Set.of("type", "file"));
                return new JsonFileUserStore(Path.of(store.requireString("file")));
            default:
                PluginRegistry<UserStoreFactory> factories = PluginRegistry.discover(UserStoreFactory.class,
                        f -> List.of(f.type()), LocalProviderFactory.class.getClassLoader(), List.of());
                if (factories.find(type).isPresent()) {
                    return factories.find(type).get().open(store);
                }
                if (type.equals("jdbc")) {
                    throw MissingExtensionException.of("configuration " + store.qualified("type") + ": 'jdbc'", "warden-jdbc");
                }
                throw new ConfigurationException("configuration " + store.qualified("type") + ": '"
                        + dev.warden.core.auth.Printable.of(type) + "' is not a user store type; use json or jdbc");
        }
    }
}
