package dev.warden.jdbc;

import dev.warden.WardenException;
import dev.warden.auth.AuthenticationException;
import dev.warden.core.auth.LockoutCounters;
import dev.warden.core.auth.LockoutPolicy;
import dev.warden.core.auth.LockoutState;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Failure counts and locks of the authentication chain in a database (H2 or PostgreSQL) shared by every host, so a
 * second host, or a restarted one, does not give an attacker a fresh count.
 *
 * <p>One table, created if missing: {@code warden_lockout} (the SHA-256 of the key — an account name, a source address
 * or a principal id never appears in clear — the window start, the failure count, the locks in a row and the end of
 * the last lock, times in epoch milliseconds). A failure is counted in one transaction that locks the key's row
 * ({@code SELECT ... FOR UPDATE}), so concurrent failures on several hosts are all counted. A database that cannot be
 * reached makes the attempt undecidable ({@link AuthenticationException}): the chain fails closed rather than stop
 * counting.
 */
public final class JdbcLockoutCounters implements LockoutCounters {

    private static final String TABLE = "warden_lockout";

    private final DataSource dataSource;
    private final LockoutPolicy policy;
    private final AutoCloseable owned;

    /**
     * @param dataSource where the table lives; the caller keeps ownership
     * @param policy the lockout policy (the same on every host)
     * @throws WardenException if the table cannot be created
     */
    public JdbcLockoutCounters(DataSource dataSource, LockoutPolicy policy) {
        this(dataSource, policy, null);
    }

    JdbcLockoutCounters(DataSource dataSource, LockoutPolicy policy, AutoCloseable owned) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.owned = owned;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (key_hash CHAR(64) PRIMARY KEY, window_start BIGINT, "
                    + "failures INT NOT NULL, locks INT NOT NULL, locked_until BIGINT)");
        } catch (SQLException e) {
            throw new WardenException("lockout counters (JDBC): cannot create table " + TABLE + ": SQLState "
                    + e.getSQLState() + "; check the database connection and permissions", e);
        }
    }

    private static AuthenticationException unavailable(SQLException e) {
        return new AuthenticationException("lockout counters (JDBC): the database cannot be reached (SQLState "
                + e.getSQLState() + "); refusing to authenticate without counting failures", e);
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static LockoutState state(ResultSet rs) throws SQLException {
        long start = rs.getLong("window_start");
        Optional<Instant> windowStart = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(start));
        int failures = rs.getInt("failures");
        int locks = rs.getInt("locks");
        long until = rs.getLong("locked_until");
        Optional<Instant> lockedUntil = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(until));
        return new LockoutState(windowStart, failures, locks, lockedUntil);
    }

    @Override
    public Optional<Instant> lockedUntil(String key, Instant now) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT window_start, failures, locks, locked_until FROM " + TABLE
                     + " WHERE key_hash = ?")) {
            ps.setString(1, hash(key));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                LockoutState state = state(rs);
                return state.lockedAt(now) ? state.lockedUntil() : Optional.empty();
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    @Override
    public boolean recordFailure(String key, int limit, Instant now) {
        String hash = hash(key);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + TABLE
                    + " (key_hash, window_start, failures, locks, locked_until) SELECT ?, NULL, 0, 0, NULL WHERE NOT EXISTS "
                    + "(SELECT 1 FROM " + TABLE + " WHERE key_hash = ?)")) {
                insert.setString(1, hash);
                insert.setString(2, hash);
                insert.executeUpdate();
            } catch (SQLException e) {
                if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
                    throw e; // a duplicate key means another host inserted the row first: fine
                }
            }
            c.setAutoCommit(false);
            try {
                LockoutState before;
                try (PreparedStatement ps = c.prepareStatement("SELECT window_start, failures, locks, locked_until FROM "
                        + TABLE + " WHERE key_hash = ? FOR UPDATE")) {
                    ps.setString(1, hash);
                    try (ResultSet rs = ps.executeQuery()) {
                        before = rs.next() ? state(rs) : LockoutState.NONE;
                    }
                }
                LockoutState after = before.afterFailure(policy, limit, now);
                try (PreparedStatement ps = c.prepareStatement("UPDATE " + TABLE + " SET window_start = ?, failures = ?, "
                        + "locks = ?, locked_until = ? WHERE key_hash = ?")) {
                    setInstant(ps, 1, after.windowStart());
                    ps.setInt(2, after.failures());
                    ps.setInt(3, after.locks());
                    setInstant(ps, 4, after.lockedUntil());
                    ps.setString(5, hash);
                    ps.executeUpdate();
                }
                c.commit();
                return after.startedLockAt(now);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    private static void setInstant(PreparedStatement ps, int index, Optional<Instant> value) throws SQLException {
        if (value.isPresent()) {
            ps.setLong(index, value.get().toEpochMilli());
        } else {
            ps.setNull(index, Types.BIGINT);
        }
    }

    @Override
    public void reset(String key) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM " + TABLE + " WHERE key_hash = ?")) {
            ps.setString(1, hash(key));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw unavailable(e);
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
        return "JdbcLockoutCounters";
    }
}
