package dev.warden.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.warden.ConfigurationException;
import dev.warden.config.ConfigNode;
import dev.warden.core.auth.sso.ReplayCache;
import dev.warden.core.auth.sso.ReplayCacheFactory;

/**
 * {@code "replayCache": {"type": "jdbc", "url": "jdbc:postgresql://db/warden", "username": "warden",
 * "password": "${secret:env:WARDEN_DB_PASSWORD}", "maximumPoolSize": 2}} in a SAML provider's settings:
 * {@link JdbcReplayCache} on a HikariCP pool (default 2 connections). The driver of the URL comes from the host.
 */
public final class JdbcReplayCacheFactory implements ReplayCacheFactory {

    /** Public no-argument constructor for {@link java.util.ServiceLoader}. */
    public JdbcReplayCacheFactory() {
    }

    @Override
    public String type() {
        return "jdbc";
    }

    @Override
    public ReplayCache open(ConfigNode store) {
        store.requireOnlyKeys(java.util.Set.of("type", "url", "username", "password", "maximumPoolSize"));
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(store.requireString("url"));
        store.string("username").ifPresent(hikari::setUsername);
        store.string("password").ifPresent(hikari::setPassword); // ${secret:...} is substituted when Warden is built
        hikari.setMaximumPoolSize(store.intValue("maximumPoolSize", 2));
        hikari.setPoolName("warden-replay");
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            throw new ConfigurationException("configuration " + store.qualified("url")
                    + ": cannot connect to the replay cache database (" + e.getClass().getSimpleName() + ")", e);
        }
        try {
            return new JdbcReplayCache(dataSource, dataSource);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }
}
