package dev.warden.samples.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.warden.InvalidInputException;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditPage;
import dev.warden.audit.AuditQuery;
import dev.warden.audit.AuditReader;
import dev.warden.core.Warden;
import dev.warden.core.audit.VerificationReport;
import dev.warden.jdbc.JdbcAuditReader;
import dev.warden.core.audit.jsonl.JsonlAuditReader;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretRef;
import dev.warden.spi.audit.ChainKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The audit log a {@code warden audit} command reads: a JSON Lines directory (or one of its files), or a database
 * table written by the {@code jdbc} sink when LOG is a {@code jdbc:} URL (H2 or PostgreSQL). A picocli mixin giving
 * LOG and the JDBC options; {@link #open} connects.
 */
final class AuditLogSource {

    @Parameters(index = "0", paramLabel = "LOG",
            description = "The log directory or one of its files, or a jdbc: URL of the database the jdbc sink writes "
                    + "(with --table).")
    String log;

    @Option(names = "--table", defaultValue = "warden_audit_event", paramLabel = "TABLE",
            description = "With a jdbc: LOG: the audit table (default warden_audit_event).")
    String table;

    @Option(names = "--db-user", paramLabel = "USER", description = "With a jdbc: LOG: the database user.")
    String user;

    @Option(names = "--db-password", paramLabel = "SECRET-REF",
            description = "With a jdbc: LOG: the database password, as a secret reference (env:NAME, file:/path, ...).")
    String password;

    /** An open log: read it, verify it, then close it. */
    interface Opened extends AutoCloseable {
        /** @return the reader (paged queries) */
        AuditReader reader();

        /** @return what verification of the whole log found */
        VerificationReport verify(ChainKey key);

        /** @return how to name the log in a message, e.g. "3 file(s)" or "table warden_audit_event" */
        String describe();

        @Override
        void close();

        /** Calls {@code consumer} with every event matching {@code query}, in log order. */
        default void forEach(AuditQuery query, Consumer<AuditEvent> consumer) {
            AuditQuery page = query.limit(AuditQuery.MAX_LIMIT);
            while (true) {
                AuditPage result = reader().query(page);
                result.events().forEach(consumer);
                if (result.next().isEmpty()) {
                    return;
                }
                page = result.next().get();
            }
        }
    }

    /**
     * Opens LOG: a directory or file path, or a {@code jdbc:} URL.
     *
     * @param config a warden.json with the secret stores' settings (for {@code --db-password}), or null
     * @return the opened log
     * @throws InvalidInputException if the database cannot be reached or the table read (no password in the message)
     */
    Opened open(Path config) {
        if (!log.startsWith("jdbc:")) {
            JsonlAuditReader jsonl = new JsonlAuditReader(Path.of(log));
            int files = jsonl.files().size();
            return new Opened() {
                @Override public AuditReader reader() { return jsonl; }
                @Override public VerificationReport verify(ChainKey key) { return jsonl.verify(key); }
                @Override public String describe() { return files + " file(s)"; }
                @Override public void close() { }
            };
        }
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(log);
        pool.setMaximumPoolSize(1);
        pool.setConnectionTimeout(dev.warden.jdbc.ConnectTimeout.processDefault().toMillis());
        pool.setReadOnly(true);
        pool.setPoolName("warden-audit-cli");
        if (user != null) {
            pool.setUsername(user);
        }
        if (password != null) {
            pool.setPassword(resolvePassword(config));
        }
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(pool);
        } catch (RuntimeException e) {
            throw new InvalidInputException("LOG: cannot connect to the audit database (" + e.getClass().getSimpleName()
                    + "); check the URL, --db-user and --db-password");
        }
        JdbcAuditReader jdbc;
        try {
            jdbc = new JdbcAuditReader(dataSource, table).requireTable();
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new Opened() {
            @Override public AuditReader reader() { return jdbc; }
            @Override public VerificationReport verify(ChainKey key) { return jdbc.verify(key); }
            @Override public String describe() { return "table " + table; }
            @Override public void close() { dataSource.close(); }
        };
    }

    private String resolvePassword(Path config) {
        Warden.Builder builder = AuditOptions.readOnlyWarden(config);
        try (Warden warden = builder.build(); Secret secret = warden.secrets().resolve(SecretRef.parse(password))) {
            return new String(secret.bytes(), StandardCharsets.UTF_8);
        } catch (dev.warden.secrets.SecretNotFoundException | dev.warden.secrets.SecretUnavailableException e) {
            throw new dev.warden.ConfigurationException("--db-password: " + e.getMessage(), e);
        }
    }
}
