package dev.warden.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.InvalidInputException;
import dev.warden.WardenException;
import dev.warden.core.auth.local.LocalApiKey;
import dev.warden.core.auth.local.LocalUser;
import dev.warden.core.auth.local.MfaEnrollment;
import dev.warden.core.auth.local.StoreJson;
import dev.warden.core.auth.local.UserStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Accounts and API keys in a database (H2 or PostgreSQL), shared by every host that points at it.
 *
 * <p>Two tables, created if missing: {@code warden_users} (name, kind, global role, disabled flag, the TOTP step last
 * used as a column of its own for an atomic compare-and-set, the account's version, and the rest of the account as a
 * JSON document) and
 * {@code warden_api_keys} (one column per field; only the key's SHA-256). Creating a key locks the account's row
 * ({@code SELECT ... FOR UPDATE}) so the active-key limit holds across hosts. Every change of an account adds one
 * to its version, and {@link #updateIfUnchanged} writes only while the version is the one the caller read
 * ({@code UPDATE ... WHERE version = ?}), so hosts sharing the database do not undo each other's changes.
 */
public final class JdbcUserStore implements UserStore {

    private static final String USERS = "warden_users";
    private static final String KEYS = "warden_api_keys";

    private final DataSource dataSource;
    private final AutoCloseable owned;

    /**
     * @param dataSource where the tables live; the caller keeps ownership
     * @throws WardenException if the tables cannot be created
     */
    public JdbcUserStore(DataSource dataSource) {
        this(dataSource, null);
    }

    JdbcUserStore(DataSource dataSource, AutoCloseable owned) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.owned = owned;
        createTables();
    }

    private void createTables() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + USERS + " (username VARCHAR(128) PRIMARY KEY, kind VARCHAR(32) NOT NULL, "
                    + "global_role VARCHAR(32) NOT NULL, disabled BOOLEAN NOT NULL, totp_last_step BIGINT, "
                    + "document VARCHAR(65535) NOT NULL, version BIGINT DEFAULT 0 NOT NULL)");
            // Tables made before accounts carried a version (compare-and-set updates) get the column here.
            s.execute("ALTER TABLE " + USERS + " ADD COLUMN IF NOT EXISTS version BIGINT DEFAULT 0 NOT NULL");
            s.execute("CREATE TABLE IF NOT EXISTS " + KEYS + " (key_id VARCHAR(16) PRIMARY KEY, "
                    + "account VARCHAR(128) NOT NULL, sha256 CHAR(64) NOT NULL, projects VARCHAR(65535) NOT NULL, "
                    + "role_ceiling VARCHAR(16) NOT NULL, created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL, "
                    + "revoked_at BIGINT, last_used_at BIGINT)");
            s.execute("CREATE INDEX IF NOT EXISTS warden_api_keys_account ON " + KEYS + " (account)");
        } catch (SQLException e) {
            throw failure("create tables " + USERS + " and " + KEYS, e);
        }
    }

    private static WardenException failure(String what, SQLException e) {
        return new WardenException("user store (JDBC): cannot " + what + ": SQLState " + e.getSQLState()
                + " (" + e.getClass().getSimpleName() + "); check the database connection and permissions", e);
    }

    private static String document(LocalUser user) {
        ObjectNode node = StoreJson.user(user);
        node.remove("version"); // the column is authoritative
        if (node.has("mfa")) {
            ((ObjectNode) node.get("mfa")).remove("lastUsedStep");
        }
        return StoreJson.toText(node);
    }

    private static LocalUser user(ResultSet rs) throws SQLException {
        JsonNode node = StoreJson.parse(rs.getString("document"));
        long step = rs.getLong("totp_last_step");
        if (rs.wasNull()) {
            step = Long.MIN_VALUE;
        }
        if (node.has("mfa")) {
            ((ObjectNode) node.get("mfa")).put("lastUsedStep", step);
        }
        ((ObjectNode) node).put("version", rs.getLong("version"));
        return StoreJson.user(node);
    }

    @Override
    public Optional<LocalUser> find(String username) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT document, totp_last_step, version FROM " + USERS + " WHERE username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(user(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read " + USERS, e);
        }
    }

    @Override
    public List<LocalUser> list() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT document, totp_last_step, version FROM " + USERS + " ORDER BY username");
             ResultSet rs = ps.executeQuery()) {
            List<LocalUser> out = new ArrayList<>();
            while (rs.next()) {
                out.add(user(rs));
            }
            return out;
        } catch (SQLException e) {
            throw failure("read " + USERS, e);
        }
    }

    @Override
    public void create(LocalUser user) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO " + USERS
                     + " (username, kind, global_role, disabled, totp_last_step, document, version) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, user.username());
            ps.setString(2, user.kind().name());
            ps.setString(3, user.globalRole().name());
            ps.setBoolean(4, user.disabled());
            setStep(ps, 5, user);
            ps.setString(6, document(user));
            ps.setLong(7, user.version());
            ps.executeUpdate();
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                throw new InvalidInputException("user store: an account of that name exists already");
            }
            throw failure("insert into " + USERS, e);
        }
    }

    private static void setStep(PreparedStatement ps, int index, LocalUser user) throws SQLException {
        if (user.mfa().isPresent() && user.mfa().get().lastUsedStep() != Long.MIN_VALUE) {
            ps.setLong(index, user.mfa().get().lastUsedStep());
        } else {
            ps.setNull(index, Types.BIGINT);
        }
    }

    @Override
    public boolean updateIfUnchanged(LocalUser user) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE " + USERS
                     + " SET kind = ?, global_role = ?, disabled = ?, totp_last_step = CASE WHEN totp_last_step IS NULL "
                     + "OR totp_last_step < ? THEN ? ELSE totp_last_step END, document = ?, version = version + 1 "
                     + "WHERE username = ? AND version = ?")) {
            ps.setString(1, user.kind().name());
            ps.setString(2, user.globalRole().name());
            ps.setBoolean(3, user.disabled());
            setStep(ps, 4, user);
            setStep(ps, 5, user);
            ps.setString(6, document(user));
            ps.setString(7, user.username());
            ps.setLong(8, user.version());
            if (ps.executeUpdate() == 1) {
                return true;
            }
        } catch (SQLException e) {
            throw failure("update " + USERS, e);
        }
        if (find(user.username()).isEmpty()) {
            throw new InvalidInputException("user store: no such account");
        }
        return false;
    }

    @Override
    public boolean advanceTotpStep(String username, long step) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE " + USERS + " SET totp_last_step = ?, version = version + 1 WHERE username = ? "
                     + "AND (totp_last_step IS NULL OR totp_last_step < ?)")) {
            ps.setLong(1, step);
            ps.setString(2, username);
            ps.setLong(3, step);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failure("update " + USERS, e);
        }
    }

    @Override
    public boolean consumeRecoveryCode(String username, String codeHash) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                LocalUser user;
                try (PreparedStatement ps = c.prepareStatement("SELECT document, totp_last_step, version FROM " + USERS
                        + " WHERE username = ? FOR UPDATE")) {
                    ps.setString(1, username);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            c.rollback();
                            return false;
                        }
                        user = user(rs);
                    }
                }
                if (user.mfa().isEmpty() || !user.mfa().get().recoveryCodeHashes().contains(codeHash)) {
                    c.rollback();
                    return false;
                }
                MfaEnrollment m = user.mfa().get();
                List<String> left = new ArrayList<>(m.recoveryCodeHashes());
                left.remove(codeHash);
                LocalUser changed = user.withMfa(Optional.of(new MfaEnrollment(m.algorithm(), m.digits(),
                        m.secretBase32(), m.lastUsedStep(), left)));
                try (PreparedStatement ps = c.prepareStatement("UPDATE " + USERS + " SET document = ?, version = version + 1 WHERE username = ?")) {
                    ps.setString(1, document(changed));
                    ps.setString(2, username);
                    ps.executeUpdate();
                }
                c.commit();
                return true;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure("update " + USERS, e);
        }
    }

    private static LocalApiKey key(ResultSet rs) throws SQLException {
        long revoked = rs.getLong("revoked_at");
        Optional<Instant> revokedAt = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(revoked));
        long used = rs.getLong("last_used_at");
        Optional<Instant> lastUsed = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(used));
        return new LocalApiKey(rs.getString("key_id"), rs.getString("account"), rs.getString("sha256").trim(),
                StoreJson.setOf(StoreJson.strings(StoreJson.parse(rs.getString("projects")))),
                dev.warden.policy.ProjectRole.valueOf(rs.getString("role_ceiling")),
                Instant.ofEpochMilli(rs.getLong("created_at")), Instant.ofEpochMilli(rs.getLong("expires_at")),
                revokedAt, lastUsed);
    }

    @Override
    public Optional<LocalApiKey> findKey(String keyId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT * FROM " + KEYS + " WHERE key_id = ?")) {
            ps.setString(1, keyId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(key(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read " + KEYS, e);
        }
    }

    @Override
    public List<LocalApiKey> keys(String account) {
        String sql = "SELECT * FROM " + KEYS + (account.isEmpty() ? "" : " WHERE account = ?") + " ORDER BY created_at DESC";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (!account.isEmpty()) {
                ps.setString(1, account);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<LocalApiKey> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(key(rs));
                }
                return out;
            }
        } catch (SQLException e) {
            throw failure("read " + KEYS, e);
        }
    }

    @Override
    public void createKey(LocalApiKey key, int maxActive, Instant now) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement ps = c.prepareStatement("SELECT username FROM " + USERS + " WHERE username = ? FOR UPDATE")) {
                    ps.setString(1, key.account());
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            throw new InvalidInputException("api key: no such account");
                        }
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + KEYS
                        + " WHERE account = ? AND revoked_at IS NULL AND expires_at > ?")) {
                    ps.setString(1, key.account());
                    ps.setLong(2, now.toEpochMilli());
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        long active = rs.getLong(1);
                        if (active >= maxActive) {
                            throw new InvalidInputException("api key: the account has " + active
                                    + " active keys already (at most " + maxActive + "); revoke one first");
                        }
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + KEYS + " (key_id, account, sha256, projects, "
                        + "role_ceiling, created_at, expires_at, revoked_at, last_used_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL)")) {
                    ps.setString(1, key.keyId());
                    ps.setString(2, key.account());
                    ps.setString(3, key.sha256());
                    ps.setString(4, StoreJson.toText(StoreJson.strings(key.projects())));
                    ps.setString(5, key.roleCeiling().name());
                    ps.setLong(6, key.createdAt().toEpochMilli());
                    ps.setLong(7, key.expiresAt().toEpochMilli());
                    ps.executeUpdate();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure("insert into " + KEYS, e);
        }
    }

    @Override
    public void updateKey(LocalApiKey key) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE " + KEYS + " SET revoked_at = ?, last_used_at = ? WHERE key_id = ?")) {
            if (key.revokedAt().isPresent()) {
                ps.setLong(1, key.revokedAt().get().toEpochMilli());
            } else {
                ps.setNull(1, Types.BIGINT);
            }
            if (key.lastUsedAt().isPresent()) {
                ps.setLong(2, key.lastUsedAt().get().toEpochMilli());
            } else {
                ps.setNull(2, Types.BIGINT);
            }
            ps.setString(3, key.keyId());
            if (ps.executeUpdate() == 0) {
                throw new InvalidInputException("api key: no key with that id");
            }
        } catch (SQLException e) {
            throw failure("update " + KEYS, e);
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
        return "JdbcUserStore";
    }
}
