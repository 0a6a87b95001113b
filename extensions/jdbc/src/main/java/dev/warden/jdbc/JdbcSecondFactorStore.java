package dev.warden.jdbc;

import dev.warden.WardenException;
import dev.warden.core.auth.local.StoreJson;
import dev.warden.core.auth.mfa.SecondFactorEnrollment;
import dev.warden.core.auth.mfa.SecondFactorStore;
import dev.warden.core.auth.totp.TotpAlgorithm;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Second-factor enrolments of directory and single sign-on users in a database (H2 or PostgreSQL) shared by every
 * host, so that a code accepted on one host is refused on the others.
 *
 * <p>One table, created if missing: {@code warden_second_factors} (principal id, algorithm, digits, the sealed secret
 * as {@link SecondFactorEnrollment#sealedSecret()} gives it — never the secret in clear —, the last used step,
 * recovery code hashes as a JSON array, enrolment time in epoch milliseconds). The step moves on with one conditional
 * {@code UPDATE ... WHERE last_used_step < ?}; a recovery code is consumed in a transaction that locks the row.
 */
public final class JdbcSecondFactorStore implements SecondFactorStore {

    private static final String TABLE = "warden_second_factors";

    private final DataSource dataSource;
    private final AutoCloseable owned;

    /**
     * @param dataSource where the table lives; the caller keeps ownership
     * @throws WardenException if the table cannot be created
     */
    public JdbcSecondFactorStore(DataSource dataSource) {
        this(dataSource, null);
    }

    JdbcSecondFactorStore(DataSource dataSource, AutoCloseable owned) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.owned = owned;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (principal_id VARCHAR(2048) PRIMARY KEY, "
                    + "algorithm VARCHAR(16) NOT NULL, digits INT NOT NULL, sealed_secret VARCHAR(512) NOT NULL, "
                    + "last_used_step BIGINT NOT NULL, recovery_code_hashes VARCHAR(4096) NOT NULL, enrolled_at BIGINT NOT NULL)");
        } catch (SQLException e) {
            throw failure("create table " + TABLE, e);
        }
    }

    private static WardenException failure(String what, SQLException e) {
        return new WardenException("second-factor store (JDBC): cannot " + what + ": SQLState " + e.getSQLState()
                + "; check the database connection and permissions", e);
    }

    private static SecondFactorEnrollment enrollment(ResultSet rs) throws SQLException {
        return new SecondFactorEnrollment(rs.getString("principal_id"), TotpAlgorithm.valueOf(rs.getString("algorithm")),
                rs.getInt("digits"), rs.getString("sealed_secret"), rs.getLong("last_used_step"),
                StoreJson.strings(StoreJson.parse(rs.getString("recovery_code_hashes"))),
                Instant.ofEpochMilli(rs.getLong("enrolled_at")));
    }

    @Override
    public Optional<SecondFactorEnrollment> find(String principalId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT * FROM " + TABLE + " WHERE principal_id = ?")) {
            ps.setString(1, principalId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(enrollment(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read " + TABLE, e);
        }
    }

    @Override
    public List<SecondFactorEnrollment> list() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT * FROM " + TABLE + " ORDER BY principal_id");
             ResultSet rs = ps.executeQuery()) {
            List<SecondFactorEnrollment> out = new ArrayList<>();
            while (rs.next()) {
                out.add(enrollment(rs));
            }
            return out;
        } catch (SQLException e) {
            throw failure("read " + TABLE, e);
        }
    }

    @Override
    public void put(SecondFactorEnrollment e) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + TABLE + " WHERE principal_id = ?")) {
                    delete.setString(1, e.principalId());
                    delete.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE + " (principal_id, algorithm, digits, "
                        + "sealed_secret, last_used_step, recovery_code_hashes, enrolled_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setString(1, e.principalId());
                    ps.setString(2, e.algorithm().name());
                    ps.setInt(3, e.digits());
                    ps.setString(4, e.sealedSecret());
                    ps.setLong(5, e.lastUsedStep());
                    ps.setString(6, StoreJson.toText(StoreJson.strings(e.recoveryCodeHashes())));
                    ps.setLong(7, e.enrolledAt().toEpochMilli());
                    ps.executeUpdate();
                }
                c.commit();
            } catch (SQLException | RuntimeException ex) {
                c.rollback();
                throw ex;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException ex) {
            throw failure("write " + TABLE, ex);
        }
    }

    @Override
    public boolean remove(String principalId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM " + TABLE + " WHERE principal_id = ?")) {
            ps.setString(1, principalId);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failure("write " + TABLE, e);
        }
    }

    @Override
    public boolean advanceStep(String principalId, long step) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE " + TABLE + " SET last_used_step = ? WHERE principal_id = ? "
                     + "AND last_used_step < ?")) {
            ps.setLong(1, step);
            ps.setString(2, principalId);
            ps.setLong(3, step);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failure("write " + TABLE, e);
        }
    }

    @Override
    public boolean consumeRecoveryCode(String principalId, String codeHash) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<String> hashes;
                try (PreparedStatement ps = c.prepareStatement("SELECT recovery_code_hashes FROM " + TABLE
                        + " WHERE principal_id = ? FOR UPDATE")) {
                    ps.setString(1, principalId);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            c.rollback();
                            return false;
                        }
                        hashes = new ArrayList<>(StoreJson.strings(StoreJson.parse(rs.getString(1))));
                    }
                }
                if (!hashes.remove(codeHash)) {
                    c.rollback();
                    return false;
                }
                try (PreparedStatement ps = c.prepareStatement("UPDATE " + TABLE + " SET recovery_code_hashes = ? "
                        + "WHERE principal_id = ?")) {
                    ps.setString(1, StoreJson.toText(StoreJson.strings(hashes)));
                    ps.setString(2, principalId);
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
            throw failure("write " + TABLE, e);
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
        return "JdbcSecondFactorStore";
    }
}
