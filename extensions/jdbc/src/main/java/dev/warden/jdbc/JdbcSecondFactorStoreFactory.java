package dev.warden.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.warden.ConfigurationException;
import dev.warden.config.ConfigNode;
import dev.warden.core.auth.mfa.SecondFactorStore;
import dev.warden.core.auth.mfa.SecondFactorStoreFactory;

/**
 * {@code "secondFactors": {"store": {"type": "jdbc", "url": "jdbc:postgresql://db/warden", "username": "warden",
 * "password": "${secret:env:WARDEN_DB_PASSWORD}", "maximumPoolSize": 2}, ...}}: a {@link JdbcSecondFactorStore} on a
 * HikariCP pool (default 2 connections), closed with the store. The driver of the URL comes from the host.
 */
public final class JdbcSecondFactorStoreFactory implements SecondFactorStoreFactory {

    /** Public no-argument constructor for {@link java.util.ServiceLoader}. */
    public JdbcSecondFactorStoreFactory() {
    }

    @Override
    public String type() {
        return "jdbc";
    }

    @Override
    public SecondFactorStore open(ConfigNode store) {
        store.requireOnlyKeys(java.util.Set.of("type", "url", "username", "password", "maximumPoolSize"));
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(store.requireString("url"));
        store.string("username").ifPresent(hikari::setUsername);
        store.string("password").ifPresent(hikari::setPassword); // ${secret:...} is substituted when Warden is built
        hikari.setMaximumPoolSize(store.intValue("maximumPoolSize", 2));
        hikari.setPoolName("warden-second-factors");
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            throw new ConfigurationException("configuration " + store.qualified("url")
                    + ": cannot connect to the second-factor database (" + e.getClass().getSimpleName() + ")", e);
        }
        try {
            return new JdbcSecondFactorStore(dataSource, dataSource);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }
}
