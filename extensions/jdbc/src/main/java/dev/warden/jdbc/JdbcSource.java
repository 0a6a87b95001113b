package dev.warden.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import dev.warden.ConfigurationException;
import dev.warden.core.job.RowReader;
import dev.warden.core.job.TableSchema;
import dev.warden.core.job.TableSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A database read through JDBC, opened read-only: the pool sets {@link Connection#setReadOnly(boolean)}, and every
 * read runs in one read-only transaction (PostgreSQL: {@code BEGIN READ ONLY}), so a write through it fails. H2
 * ignores the read-only flag, so an H2 database is opened with {@code ACCESS_MODE_DATA=r} and must be a file database
 * that no other connection in this process holds open; otherwise the job refuses to start.
 */
final class JdbcSource implements TableSource {

    private final String url;
    private final HikariDataSource pool;
    private final Connection connection;

    JdbcSource(String url, Optional<String> user, Optional<char[]> password) {
        this.url = url;
        String effective = Jdbc.isH2(url) && !url.toUpperCase(Locale.ROOT).contains("ACCESS_MODE_DATA") ? url + ";ACCESS_MODE_DATA=r" : url;
        this.pool = Jdbc.pool(effective, user, password, true, "warden-source");
        try {
            this.connection = pool.getConnection();
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
            if (Jdbc.isPostgres(url)) {
                try (var st = connection.createStatement()) {
                    st.execute("SET TRANSACTION READ ONLY");
                }
            }
            if (Jdbc.isH2(url) && !connection.isReadOnly()) {
                throw new ConfigurationException("database " + Jdbc.describe(url) + ": H2 could not open it read-only; use a "
                        + "file database (jdbc:h2:file:...) that no other connection in this process holds open");
            }
        } catch (SQLException e) {
            pool.close();
            throw new ConfigurationException("database " + Jdbc.describe(url) + ": cannot connect (SQLState " + e.getSQLState()
                    + "): " + Jdbc.safeMessage(e), null);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** @return the open read-only connection, for tests that show a write through it fails */
    Connection connection() {
        return connection;
    }

    @Override
    public String describe() {
        return "database " + Jdbc.describe(url);
    }

    @Override
    public List<String> tables() {
        try {
            return Jdbc.tables(connection);
        } catch (SQLException e) {
            throw new ConfigurationException(describe() + ": cannot list tables: " + Jdbc.safeMessage(e), null);
        }
    }

    @Override
    public TableSchema schema(String table) {
        try {
            String exact = exact(table);
            return Jdbc.schema(connection, exact, exact);
        } catch (SQLException e) {
            throw new ConfigurationException(describe() + ", table " + table + ": cannot read metadata: " + Jdbc.safeMessage(e), null);
        }
    }

    private String exact(String table) throws SQLException {
        return Jdbc.exactTable(connection, table).orElseThrow(() -> new ConfigurationException(
                describe() + ": no table " + table));
    }

    @Override
    public RowReader open(String table, List<String> columns) {
        try {
            String exact = exact(table);
            return Jdbc.stream(connection, "SELECT " + Jdbc.selectList(columns) + " FROM " + Jdbc.quote(exact), exact, columns.size());
        } catch (SQLException e) {
            throw new ConfigurationException(describe() + ", table " + table + ": " + Jdbc.safeMessage(e), null);
        }
    }

    @Override
    public Optional<RowReader> select(String table, String column, String condition) {
        if (condition.contains(";") || condition.contains("--") || condition.contains("/*")) {
            throw new ConfigurationException("subset filter on table " + table + ": a SQL condition may not contain ';', '--' or '/*'");
        }
        try {
            String exact = exact(table);
            return Optional.of(Jdbc.stream(connection, "SELECT " + Jdbc.quote(column) + " FROM " + Jdbc.quote(exact)
                    + " WHERE (" + condition + ")", exact, 1));
        } catch (SQLException e) {
            throw new ConfigurationException(describe() + ", table " + table + ": " + Jdbc.safeMessage(e), null);
        }
    }

    @Override
    public void close() {
        try {
            connection.rollback();
            connection.close();
        } catch (SQLException e) {
            // read-only: nothing to lose
        } finally {
            pool.close();
        }
    }
}
