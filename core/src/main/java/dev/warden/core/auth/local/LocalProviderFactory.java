package dev.warden.core.auth.local;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.warden.ConfigurationException;
import dev.warden.config.ConfigNode;
import dev.warden.secrets.SecretRef;
import dev.warden.spi.auth.AuthenticationProvider;
import dev.warden.spi.auth.AuthenticationProviderFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

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
 * "warden", "password": "env:WARDEN_DB_PASSWORD", "maximumPoolSize": 4}} (a pool through HikariCP).
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
                return new JsonFileUserStore(Path.of(store.requireString("file")));
            case "jdbc":
                HikariConfig hikari = new HikariConfig();
                hikari.setJdbcUrl(store.requireString("url"));
                store.string("username").ifPresent(hikari::setUsername);
                Optional<SecretRef> password = store.secretRef("password");
                if (password.isPresent()) {
                    hikari.setPassword(resolve(password.get(), store.qualified("password")));
                }
                hikari.setMaximumPoolSize(store.intValue("maximumPoolSize", 4));
                hikari.setPoolName("warden-users");
                HikariDataSource dataSource;
                try {
                    dataSource = new HikariDataSource(hikari);
                } catch (RuntimeException e) {
                    throw new ConfigurationException("configuration " + store.qualified("url")
                            + ": cannot connect to the user database (" + e.getClass().getSimpleName() + ")", e);
                }
                try {
                    return new JdbcUserStore(dataSource, dataSource);
                } catch (RuntimeException e) {
                    dataSource.close();
                    throw e;
                }
            default:
                throw new ConfigurationException("configuration " + store.qualified("type") + ": '"
                        + dev.warden.core.auth.Printable.of(type) + "' is not a user store type; use json or jdbc");
        }
    }

    /** Resolves {@code env:NAME}; other schemes need the secrets engine, which the host wires in. */
    private static String resolve(SecretRef ref, String where) {
        if (!ref.scheme().equals("env")) {
            throw new ConfigurationException("configuration " + where + ": only env: references are resolved here; "
                    + "scheme '" + ref.scheme() + "' needs a secret store");
        }
        String value = System.getenv(ref.path());
        if (value == null) {
            throw new ConfigurationException("configuration " + where + ": environment variable is not set");
        }
        return value;
    }
}
