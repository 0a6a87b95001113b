package dev.warden.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import dev.warden.ConfigurationException;
import dev.warden.core.job.RowReader;
import dev.warden.core.job.SourceColumn;
import dev.warden.core.job.TableSchema;
import dev.warden.core.job.TableSource;
import dev.warden.core.job.TableTarget;
import dev.warden.core.job.TableWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A database written through JDBC. Each table is first written to a staging table ({@code ws_<run>_<table>}) with
 * batched inserts, committed per table; {@link #commit()} then drops the old tables of the same names and renames
 * the staging tables into place (in one transaction where the database has transactional DDL, as PostgreSQL does).
 * {@link #abort()} drops the staging tables, leaving the previous tables untouched.
 */
final class JdbcTarget implements TableTarget {

    private static final int BATCH = 1000;

    private final String url;
    private final HikariDataSource pool;
    private final Connection connection;
    private final String run = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    private final Map<String, String> staged = new LinkedHashMap<>();
    private boolean finished;

    JdbcTarget(String url, Optional<String> user, Optional<char[]> password) {
        this.url = url;
        this.pool = Jdbc.pool(url, user, password, false, "warden-target");
        try {
            this.connection = pool.getConnection();
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            pool.close();
            throw new ConfigurationException("database " + Jdbc.describe(url) + ": cannot connect (SQLState " + e.getSQLState()
                    + "): " + Jdbc.safeMessage(e), null);
        }
    }

    @Override
    public String describe() {
        return "database " + Jdbc.describe(url);
    }

    @Override
    public TableWriter create(String table, List<SourceColumn> columns) {
        String stage = "ws_" + run + "_" + table;
        if (staged.containsValue(stage) || staged.keySet().stream().anyMatch(t -> t.equalsIgnoreCase(table))) {
            throw new ConfigurationException("table " + table + " is written twice");
        }
        StringBuilder ddl = new StringBuilder("CREATE TABLE ").append(Jdbc.quote(stage)).append(" (");
        StringBuilder insert = new StringBuilder("INSERT INTO ").append(Jdbc.quote(stage)).append(" VALUES (");
        for (int i = 0; i < columns.size(); i++) {
            SourceColumn c = columns.get(i);
            ddl.append(i == 0 ? "" : ", ").append(Jdbc.quote(c.name())).append(' ').append(c.sqlType().orElse("VARCHAR"));
            insert.append(i == 0 ? "?" : ", ?");
        }
        ddl.append(')');
        insert.append(')');
        try (Statement st = connection.createStatement()) {
            st.execute(ddl.toString());
            connection.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw new ConfigurationException(describe() + ", table " + table + ": cannot create the staging table (SQLState "
                    + e.getSQLState() + "): " + Jdbc.safeMessage(e), null);
        }
        staged.put(table, stage);
        int width = columns.size();
        try {
            PreparedStatement ps = connection.prepareStatement(insert.toString());
            return new TableWriter() {
                int pending;
                long row;

                @Override
                public void write(String[] cells) {
                    row++;
                    try {
                        for (int i = 0; i < width; i++) {
                            ps.setString(i + 1, cells[i]);
                        }
                        ps.addBatch();
                        if (++pending == BATCH) {
                            ps.executeBatch();
                            pending = 0;
                        }
                    } catch (SQLException e) {
                        throw failure(table, row, e);
                    }
                }

                @Override
                public void close() {
                    try {
                        if (pending > 0) {
                            ps.executeBatch();
                        }
                        ps.close();
                        connection.commit();
                    } catch (SQLException e) {
                        throw failure(table, row, e);
                    }
                }
            };
        } catch (SQLException e) {
            throw new ConfigurationException(describe() + ", table " + table + ": " + Jdbc.safeMessage(e), null);
        }
    }

    private RuntimeException failure(String table, long row, SQLException e) {
        rollbackQuietly();
        SQLException first = e.getNextException() != null ? e.getNextException() : e;
        return new dev.warden.InvalidInputException(describe() + ", table " + table + ", batch ending at row " + row
                + ": the insert failed (SQLState " + first.getSQLState() + "); check the column types of the target", null);
    }

    @Override
    public TableSource staged() {
        JdbcTarget self = this;
        return new TableSource() {
            @Override
            public String describe() {
                return "staged output in " + self.describe();
            }

            @Override
            public List<String> tables() {
                return new ArrayList<>(staged.keySet());
            }

            @Override
            public TableSchema schema(String table) {
                try {
                    TableSchema s = Jdbc.schema(connection, stage(table), table);
                    return new TableSchema(table, s.columns(), Optional.empty(), List.of());
                } catch (SQLException e) {
                    throw new ConfigurationException(self.describe() + ": " + Jdbc.safeMessage(e), null);
                }
            }

            @Override
            public RowReader open(String table, List<String> columns) {
                return Jdbc.stream(connection, "SELECT " + Jdbc.selectList(columns) + " FROM " + Jdbc.quote(stage(table)), table, columns.size());
            }

            @Override
            public long count(String table) {
                try (Statement st = connection.createStatement();
                     java.sql.ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + Jdbc.quote(stage(table)))) {
                    rs.next();
                    return rs.getLong(1);
                } catch (SQLException e) {
                    throw new ConfigurationException(self.describe() + ": " + Jdbc.safeMessage(e), null);
                }
            }

            @Override
            public void close() {
            }
        };
    }

    private String stage(String table) {
        return staged.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(table)).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new ConfigurationException("no staged table " + table));
    }

    @Override
    public void commit() {
        if (finished) {
            throw new IllegalStateException("already committed or aborted");
        }
        try (Statement st = connection.createStatement()) {
            for (Map.Entry<String, String> e : staged.entrySet()) {
                st.execute("DROP TABLE IF EXISTS " + Jdbc.quote(e.getKey()));
                st.execute("ALTER TABLE " + Jdbc.quote(e.getValue()) + " RENAME TO " + Jdbc.quote(e.getKey()));
            }
            connection.commit();
            finished = true;
        } catch (SQLException e) {
            rollbackQuietly();
            throw new ConfigurationException(describe() + ": cannot move the staging tables into place (SQLState "
                    + e.getSQLState() + "): " + Jdbc.safeMessage(e), null);
        }
    }

    @Override
    public void abort() {
        if (finished) {
            return;
        }
        finished = true;
        rollbackQuietly();
        try (Statement st = connection.createStatement()) {
            for (String stage : staged.values()) {
                st.execute("DROP TABLE IF EXISTS " + Jdbc.quote(stage));
            }
            connection.commit();
        } catch (SQLException e) {
            rollbackQuietly();
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is unusable; the pool discards it
        }
    }

    @Override
    public void close() {
        try {
            abort();
            connection.close();
        } catch (SQLException e) {
            // closing
        } finally {
            pool.close();
        }
    }
}
