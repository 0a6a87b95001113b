package dev.warden.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.warden.ConfigurationException;
import dev.warden.config.ConfigNode;
import dev.warden.core.auth.LockoutCounters;
import dev.warden.core.auth.LockoutCountersFactory;
import dev.warden.core.auth.LockoutPolicy;

/**
 * {@code "lockout": {"store": {"type": "jdbc", "url": "jdbc:postgresql://db/warden", "username": "warden",
 * "password": "${secret:env:WARDEN_DB_PASSWORD}", "maximumPoolSize": 2}}}: {@link JdbcLockoutCounters} on a HikariCP
 * pool (default 2 connections). The driver of the URL comes from the host.
 */
public final class JdbcLockoutCountersFactory implements LockoutCountersFactory {

    /** Public no-argument constructor for {@link java.util.ServiceLoader}. */
    public JdbcLockoutCountersFactory() {
    }

    @Override
    public String type() {
        return "jdbc";
    }

    @Override
    public LockoutCounters open(ConfigNode store, LockoutPolicy policy) {
        store.requireOnlyKeys(java.util.Set.of("type", "url", "username", "password", "maximumPoolSize"));
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(store.requireString("url"));
        store.string("username").ifPresent(hikari::setUsername);
        store.string("password").ifPresent(hikari::setPassword); // ${secret:...} is substituted when Warden is built
        hikari.setMaximumPoolSize(store.intValue("maximumPoolSize", 2));
        hikari.setPoolName("warden-lockout");
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            throw new ConfigurationException("configuration " + store.qualified("url")
                    + ": cannot connect to the lockout database (" + e.getClass().getSimpleName() + ")", e);
        }
        try {
            return new JdbcLockoutCounters(dataSource, policy, dataSource);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }
}
