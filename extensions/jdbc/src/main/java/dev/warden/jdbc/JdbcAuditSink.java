package dev.warden.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import dev.warden.audit.Actor;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.audit.AuditPage;
import dev.warden.audit.AuditQuery;
import dev.warden.audit.AuditReader;
import dev.warden.core.audit.ChainVerifier;
import dev.warden.core.audit.ChainVerifier.RawLine;
import dev.warden.core.audit.EventJson;
import dev.warden.core.audit.HashChain;
import dev.warden.core.audit.VerificationReport;
import dev.warden.core.secrets.SecretMaskingLogger;
import dev.warden.spi.audit.AuditSink;
import dev.warden.spi.audit.ChainKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;

/**
 * An audit sink storing events in a database table (H2 or PostgreSQL), with the same hash chain as the JSON Lines
 * sink: column {@code record} holds the chained canonical line ({@link HashChain}), the other columns repeat the
 * searchable fields for the indexes.
 *
 * <p>Schema, created on first use ({@code <table>} defaults to {@code warden_audit_event}):
 * <pre>
 * &lt;table&gt;(seq BIGINT PRIMARY KEY, id VARCHAR(64) UNIQUE, event_time TIMESTAMP WITH TIME ZONE, type VARCHAR(64),
 *         outcome VARCHAR(16), principal_id VARCHAR(512), project VARCHAR(512), resource VARCHAR(512),
 *         source_address VARCHAR(512), correlation_id VARCHAR(512), mac CHAR(64), record TEXT)
 *   indexes on (event_time), (principal_id, event_time), (type, event_time), (resource, event_time), (project, event_time)
 * &lt;table&gt;_head(id INT PRIMARY KEY, seq BIGINT, mac CHAR(64))   -- the chain's end, one row
 * </pre>
 * Searchable columns hold at most 512 characters (longer values are cut there, NUL becomes U+FFFD); {@code record}
 * always holds the exact event.
 *
 * <p>A batch is one transaction: lock the head row ({@code SELECT ... FOR UPDATE}), insert the batch with JDBC
 * batching, move the head, commit. Several processes may therefore share one table and still build one chain.
 * <b>Retention</b>, when set, deletes rows older than the period (checked at most once an hour) in the same
 * transaction as an {@link AuditEventType#AUDIT_LOG_PURGED} record giving the last deleted sequence number and MAC.
 */
public final class JdbcAuditSink implements AuditSink, AuditReader {

    private static final Logger LOG = SecretMaskingLogger.of(JdbcAuditSink.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final Pattern TABLE = Pattern.compile("[a-z_][a-z0-9_]{0,40}");
    private static final int COLUMN = 512;

    private final String name;
    private final DataSource dataSource;
    private final AutoCloseable owned;
    private final String table;
    private final String head;
    private final HashChain chain;
    private final JdbcAuditReader reader;
    private final Optional<Duration> retention;
    private final Clock clock;
    private Instant lastRetentionCheck = Instant.MIN;

    private JdbcAuditSink(Builder b) throws SQLException {
        this.name = b.name;
        this.dataSource = b.dataSource;
        this.owned = b.owned;
        this.table = b.table;
        this.head = b.table + "_head";
        this.retention = Optional.ofNullable(b.retention);
        this.clock = b.clock;
        this.chain = new HashChain(b.key, 0, HashChain.GENESIS);
        createSchema();
        this.reader = new JdbcAuditReader(dataSource, table);
    }

    /** @return a builder; {@link Builder#dataSource} and {@link Builder#chainKey} are required */
    public static Builder builder() {
        return new Builder();
    }

    private void createSchema() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + table + " (seq BIGINT PRIMARY KEY, id VARCHAR(64) NOT NULL UNIQUE, "
                    + "event_time TIMESTAMP WITH TIME ZONE NOT NULL, type VARCHAR(64) NOT NULL, outcome VARCHAR(16) NOT NULL, "
                    + "principal_id VARCHAR(512) NOT NULL, project VARCHAR(512) NOT NULL, resource VARCHAR(512) NOT NULL, "
                    + "source_address VARCHAR(512) NOT NULL, correlation_id VARCHAR(512) NOT NULL, mac CHAR(64) NOT NULL, "
                    + "record TEXT NOT NULL)");
            s.execute("CREATE INDEX IF NOT EXISTS " + table + "_time ON " + table + " (event_time)");
            s.execute("CREATE INDEX IF NOT EXISTS " + table + "_principal ON " + table + " (principal_id, event_time)");
            s.execute("CREATE INDEX IF NOT EXISTS " + table + "_type ON " + table + " (type, event_time)");
            s.execute("CREATE INDEX IF NOT EXISTS " + table + "_resource ON " + table + " (resource, event_time)");
            s.execute("CREATE INDEX IF NOT EXISTS " + table + "_project ON " + table + " (project, event_time)");
            s.execute("CREATE TABLE IF NOT EXISTS " + head + " (id INT PRIMARY KEY, seq BIGINT NOT NULL, mac CHAR(64) NOT NULL)");
            try {
                s.execute("INSERT INTO " + head + " (id, seq, mac) SELECT 1, 0, '" + HashChain.GENESIS + "' WHERE NOT EXISTS "
                        + "(SELECT 1 FROM " + head + " WHERE id = 1)");
            } catch (SQLException e) {
                LOG.debug("Audit table {}: head row created concurrently ({})", head, e.getSQLState());
            }
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public synchronized void write(List<AuditEvent> batch) throws IOException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                writeIn(c, batch);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                rollback(c);
                throw e;
            }
        } catch (SQLException e) {
            throw new IOException("audit table " + table + ": " + e.getMessage() + " (SQLState " + e.getSQLState() + ")", e);
        }
    }

    private void writeIn(Connection c, List<AuditEvent> batch) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("SELECT seq, mac FROM " + head + " WHERE id = 1 FOR UPDATE");
             ResultSet rs = lock.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("the chain head row of " + head + " is missing; run 'warden audit verify'");
            }
            chain.reset(rs.getLong(1), rs.getString(2));
        }
        List<AuditEvent> all = new ArrayList<>(batch.size() + 1);
        Instant now = clock.instant();
        Long purgeThrough = null;
        if (retention.isPresent() && Duration.between(lastRetentionCheck, now).toHours() >= 1) {
            lastRetentionCheck = now;
            Instant cutoff = now.minus(retention.get());
            try (PreparedStatement last = c.prepareStatement("SELECT seq, mac FROM " + table
                    + " WHERE seq = (SELECT MAX(seq) FROM " + table + " WHERE event_time < ?)")) {
                last.setObject(1, OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC));
                try (ResultSet rs = last.executeQuery()) {
                    if (rs.next()) {
                        purgeThrough = rs.getLong(1);
                        all.add(AuditEvent.builder(AuditEventType.AUDIT_LOG_PURGED).time(now).actor(Actor.system())
                                .resource("audit-log:audit").detail("purgedThroughSeq", purgeThrough)
                                .detail("lastMac", rs.getString(2)).detail("retention", retention.get().toString()).build());
                    }
                }
            }
        }
        all.addAll(batch);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " (seq, id, event_time, type, outcome, "
                + "principal_id, project, resource, source_address, correlation_id, mac, record) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (AuditEvent event : all) {
                String line = chain.next(event);
                insert.setLong(1, chain.lastSeq());
                insert.setString(2, column(event.id()));
                insert.setObject(3, OffsetDateTime.ofInstant(event.time(), ZoneOffset.UTC));
                insert.setString(4, event.type().name());
                insert.setString(5, event.outcome().name());
                insert.setString(6, column(event.actor().principalId()));
                insert.setString(7, column(event.project()));
                insert.setString(8, column(event.resource()));
                insert.setString(9, column(event.sourceAddress()));
                insert.setString(10, column(event.correlationId()));
                insert.setString(11, chain.lastMac());
                insert.setString(12, line.substring(0, line.length() - 1));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement move = c.prepareStatement("UPDATE " + head + " SET seq = ?, mac = ? WHERE id = 1")) {
            move.setLong(1, chain.lastSeq());
            move.setString(2, chain.lastMac());
            move.executeUpdate();
        }
        if (purgeThrough != null) {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + table + " WHERE seq <= ?")) {
                delete.setLong(1, purgeThrough);
                int deleted = delete.executeUpdate();
                LOG.info("Audit table {}: retention deleted {} record(s)", table, deleted);
            }
        }
    }

    static String column(String value) {
        String cut = value.length() > COLUMN ? value.substring(0, COLUMN) : value;
        return cut.indexOf('\0') >= 0 ? cut.replace('\0', '\uFFFD') : cut;
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            LOG.debug("rollback failed: {}", e.getSQLState());
        }
    }

    /**
     * @param key the chain key
     * @return what verification of the whole table found
     * @throws InvalidInputException if the table cannot be read
     */
    public VerificationReport verify(ChainKey key) {
        return reader.verify(key);
    }

    @Override
    public AuditPage query(AuditQuery query) {
        return reader.query(query);
    }

    /** @return every event in the table, by sequence number */
    public List<AuditEvent> readAll() {
        return reader.readAll();
    }

    @Override
    public synchronized void close() throws IOException {
        if (owned != null) {
            try {
                owned.close();
            } catch (Exception e) {
                throw new IOException("audit table " + table + ": closing the pool failed", e);
            }
        }
    }

    @Override
    public String toString() {
        return "JdbcAuditSink[" + name + ", " + table + "]";
    }

    static JsonNode parse(String record) throws IOException {
        return JSON.readTree(record);
    }

    /** Builds a {@link JdbcAuditSink}. */
    public static final class Builder {

        private String name = "jdbc";
        private DataSource dataSource;
        private AutoCloseable owned;
        private String table = "warden_audit_event";
        private Duration retention;
        private Clock clock = Clock.systemUTC();
        private ChainKey key;

        private Builder() {
        }

        /** @param name the sink's name; default {@code jdbc} */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /** @param dataSource where to store; the caller keeps ownership (see {@link #ownedDataSource}) */
        public Builder dataSource(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
            return this;
        }

        /** @param pool a pool the sink closes when it is closed (e.g. a HikariDataSource built from configuration) */
        public <T extends DataSource & AutoCloseable> Builder ownedDataSource(T pool) {
            this.dataSource = pool;
            this.owned = pool;
            return this;
        }

        /** @param table the table name: lower-case letters, digits and {@code _}, at most 41 characters */
        public Builder table(String table) {
            if (!TABLE.matcher(table).matches()) {
                throw new ConfigurationException("audit sink '" + name + "': table must be lower-case letters, digits and '_' "
                        + "(at most 41), starting with a letter or '_'");
            }
            this.table = table;
            return this;
        }

        /** @param period delete rows older than this; default keep forever */
        public Builder retention(Duration period) {
            if (period.isNegative() || period.isZero()) {
                throw new ConfigurationException("audit sink '" + name + "': retention must be positive");
            }
            this.retention = period;
            return this;
        }

        /** @param clock the time source for retention; default the UTC system clock */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** @param key the hash chain key */
        public Builder chainKey(ChainKey key) {
            this.key = Objects.requireNonNull(key, "key");
            return this;
        }

        /**
         * Creates the schema if needed and returns the sink.
         *
         * @throws ConfigurationException if the data source or key is missing
         * @throws IOException if the database cannot be reached or the schema cannot be created
         */
        public JdbcAuditSink open() throws IOException {
            if (dataSource == null || key == null) {
                throw new ConfigurationException("audit sink '" + name + "': a data source and the chain key are required");
            }
            try {
                return new JdbcAuditSink(this);
            } catch (SQLException e) {
                throw new IOException("audit table " + table + ": schema cannot be created: " + e.getMessage()
                        + " (SQLState " + e.getSQLState() + ")", e);
            }
        }
    }
}
