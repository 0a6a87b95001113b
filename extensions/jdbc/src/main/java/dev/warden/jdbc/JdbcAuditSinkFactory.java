package dev.warden.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.warden.ConfigurationException;
import dev.warden.config.ConfigNode;
import dev.warden.secrets.Secret;
import dev.warden.spi.audit.AuditSink;
import dev.warden.spi.audit.AuditSinkContext;
import dev.warden.spi.audit.AuditSinkFactory;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;

/**
 * Type {@code jdbc}: a {@link JdbcAuditSink} on a HikariCP pool. Settings: {@code url} (required, e.g.
 * {@code jdbc:postgresql://db:5432/warden} or {@code jdbc:h2:file:/var/lib/warden/audit}), {@code user},
 * {@code password} (a secret reference, e.g. {@code env:WARDEN_DB_PASSWORD}), {@code table} (default
 * {@code warden_audit_event}), {@code name} (default {@code jdbc}), {@code retention} (e.g. {@code 400d}),
 * {@code poolSize} (default 4), {@code connectTimeout} (how long to wait for a connection; default 5 s, see
 * {@link ConnectTimeout}).
 */
public final class JdbcAuditSinkFactory implements AuditSinkFactory {

    @Override
    public String type() {
        return "jdbc";
    }

    @Override
    public AuditSink create(ConfigNode config) {
        throw new ConfigurationException("configuration " + config.path() + ": the jdbc audit sink needs the audit key; "
                + "build it through the audit pipeline (audit.key)");
    }

    @Override
    public void validate(ConfigNode config) {
        config.requireOnlyKeys(java.util.Set.of("type", "name", "url", "user", "password", "poolSize", "table",
                "retention", "connectTimeout"));
        ConnectTimeout.of(config);
        config.requireString("url");
        config.secretRef("password");
        config.intValue("poolSize", 4);
        String table = config.string("table").orElse("warden_audit_event");
        if (!JdbcAuditSink.TABLE.matcher(table).matches()) {
            throw new ConfigurationException("configuration " + config.qualified("table") + ": lower-case letters, digits "
                    + "and '_' (at most 41), starting with a letter or '_'");
        }
        Duration retention = config.duration("retention", Duration.ZERO);
        if (retention.isNegative()) {
            throw new ConfigurationException("configuration " + config.qualified("retention") + ": must be positive");
        }
    }

    @Override
    public AuditSink create(ConfigNode config, AuditSinkContext context) {
        validate(config);
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(config.requireString("url"));
        config.string("user").ifPresent(pool::setUsername);
        config.secretRef("password").ifPresent(ref -> {
            try (Secret secret = context.secrets().apply(ref)) {
                char[] chars = secret.chars();
                pool.setPassword(new String(chars));
                Arrays.fill(chars, '\0');
            }
        });
        pool.setMaximumPoolSize(config.intValue("poolSize", 4));
        pool.setPoolName("warden-audit-" + config.string("name").orElse("jdbc"));
        pool.setAutoCommit(true);
        ConnectTimeout.apply(pool, ConnectTimeout.of(config));
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(pool);
        } catch (RuntimeException e) {
            throw new ConfigurationException("configuration " + config.qualified("url") + ": cannot connect to the audit "
                    + "database (" + e.getClass().getSimpleName() + ")", e);
        }
        JdbcAuditSink.Builder builder = JdbcAuditSink.builder().name(config.string("name").orElse("jdbc"))
                .ownedDataSource(dataSource).chainKey(context.chainKey())
                .table(config.string("table").orElse("warden_audit_event"));
        Duration retention = config.duration("retention", Duration.ZERO);
        if (!retention.isZero()) {
            builder.retention(retention);
        }
        try {
            return builder.open();
        } catch (IOException | RuntimeException e) {
            dataSource.close();
            throw new ConfigurationException("configuration " + config.path() + ": " + e.getMessage(), e);
        }
    }
}
