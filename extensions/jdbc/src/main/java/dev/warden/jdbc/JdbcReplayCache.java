package dev.warden.jdbc;

import dev.warden.WardenException;
import dev.warden.auth.AuthenticationException;
import dev.warden.core.auth.sso.ReplayCache;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * The ids of accepted single-sign-on messages (SAML assertion ids) in a database (H2 or PostgreSQL) shared by every
 * host, so that a response accepted by one host is refused by all the others (SAML Profiles 2.0 §4.1.4.5).
 *
 * <p>One table, created if missing: {@code warden_replay} (the SHA-256 of the key — the IdP entity id and assertion
 * id — as primary key, and when the row may be forgotten, in epoch milliseconds). A first use is an {@code INSERT}:
 * the primary key makes it atomic across hosts, and a duplicate key is a replay. An expired row for the same key is
 * deleted first; other expired rows are purged every 1,024 inserts. A database that cannot be reached makes the
 * message undecidable ({@link AuthenticationException}): the provider fails closed rather than accept a possible
 * replay.
 */
public final class JdbcReplayCache implements ReplayCache {

    private static final String TABLE = "warden_replay";
    private static final int PURGE_EVERY = 1024;

    private final DataSource dataSource;
    private final AutoCloseable owned;
    private final AtomicInteger inserts = new AtomicInteger();

    /**
     * @param dataSource where the table lives; the caller keeps ownership
     * @throws WardenException if the table cannot be created
     */
    public JdbcReplayCache(DataSource dataSource) {
        this(dataSource, null);
    }

    JdbcReplayCache(DataSource dataSource, AutoCloseable owned) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.owned = owned;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + TABLE
                    + " (key_hash CHAR(64) PRIMARY KEY, keep_until BIGINT NOT NULL)");
        } catch (SQLException e) {
            throw new WardenException("replay cache (JDBC): cannot create table " + TABLE + ": SQLState "
                    + e.getSQLState() + "; check the database connection and permissions", e);
        }
    }

    @Override
    public Use firstUse(String key, Instant keepUntil, Instant now) {
        String hash = JdbcLockoutCounters.hash(key);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement expired = c.prepareStatement("DELETE FROM " + TABLE
                    + " WHERE key_hash = ? AND keep_until < ?")) {
                expired.setString(1, hash);
                expired.setLong(2, now.toEpochMilli());
                expired.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + TABLE
                    + " (key_hash, keep_until) VALUES (?, ?)")) {
                insert.setString(1, hash);
                insert.setLong(2, keepUntil.toEpochMilli());
                insert.executeUpdate();
            } catch (SQLException e) {
                if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                    return Use.REPLAYED; // integrity constraint violation: the key is recorded
                }
                throw e;
            }
            if (inserts.incrementAndGet() % PURGE_EVERY == 0) {
                try (PreparedStatement purge = c.prepareStatement("DELETE FROM " + TABLE + " WHERE keep_until < ?")) {
                    purge.setLong(1, now.toEpochMilli());
                    purge.executeUpdate();
                }
            }
            return Use.FIRST;
        } catch (SQLException e) {
            throw new AuthenticationException("replay cache (JDBC): the database cannot be reached (SQLState "
                    + e.getSQLState() + "); refusing single-sign-on messages that cannot be checked for replay", e);
        }
    }

    @Override
    public void close() {
        if (owned != null) {
            try {
                owned.close();
            } catch (Exception e) {
                // Closing a pool does not fail in a way the caller can act on.
            }
        }
    }

    @Override
    public String toString() {
        return "JdbcReplayCache";
    }
}
