package dev.warden.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.warden.ConfigurationException;
import dev.warden.config.ConfigNode;
import dev.warden.core.auth.local.UserStore;
import dev.warden.core.auth.local.UserStoreFactory;
import dev.warden.secrets.SecretRef;
import java.util.Optional;

/**
 * {@code "store": {"type": "jdbc", "url": "jdbc:postgresql://db/warden", "username": "warden", "password":
 * "env:WARDEN_DB_PASSWORD", "maximumPoolSize": 4}} in a {@code local} provider: a {@link JdbcUserStore} on a HikariCP
 * pool (default 4 connections). {@code connectTimeout} bounds the wait for a connection (default 5 s, see
 * {@link ConnectTimeout}). The driver of the URL comes from the host.
 */
public final class JdbcUserStoreFactory implements UserStoreFactory {

    /** Public no-argument constructor for {@link java.util.ServiceLoader}. */
    public JdbcUserStoreFactory() {
    }

    @Override
    public String type() {
        return "jdbc";
    }

    @Override
    public UserStore open(ConfigNode store) {
        store.requireOnlyKeys(java.util.Set.of("type", "url", "username", "password", "maximumPoolSize",
                "connectTimeout"));
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(store.requireString("url"));
        store.string("username").ifPresent(hikari::setUsername);
        Optional<SecretRef> password = store.secretRef("password");
        if (password.isPresent()) {
            hikari.setPassword(resolve(password.get(), store.qualified("password")));
        }
        hikari.setMaximumPoolSize(store.intValue("maximumPoolSize", 4));
        hikari.setPoolName("warden-users");
        ConnectTimeout.apply(hikari, ConnectTimeout.of(store));
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
