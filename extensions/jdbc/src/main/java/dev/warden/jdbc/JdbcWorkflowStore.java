package dev.warden.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.warden.WardenException;
import dev.warden.core.workflow.DataSource;
import dev.warden.core.workflow.WorkflowConflictException;
import dev.warden.core.workflow.WorkflowJson;
import dev.warden.core.workflow.WorkflowRun;
import dev.warden.core.workflow.WorkflowStore;
import dev.warden.core.workflow.WorkflowVersion;
import dev.warden.secrets.SecretRef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps data sources, workflow versions and runs in a relational database (H2 or PostgreSQL) through a HikariCP pool,
 * so several host processes share them. The tables are created on first use ({@code CREATE TABLE IF NOT EXISTS}):
 *
 * <ul>
 *   <li>{@code warden_data_source(project, name, location, role, user_ref, password_ref)}: one row per data source;
 *       the credentials are secret references, never values;</li>
 *   <li>{@code warden_workflow_version(project, name, version, author, changed_at, content_hash, definition)}: one
 *       row per version, primary key {@code (project, name, version)}; {@code definition} is the JSON form
 *       ({@link WorkflowJson#definition}, members in their written order), {@code NULL} for a deletion. Two processes storing the same next version
 *       collide on the primary key: the second gets a {@link WorkflowConflictException};</li>
 *   <li>{@code warden_workflow_run(id, project, workflow, version, actor, dry_run, started, finished, status,
 *       rows_read, rows_written, error, report)}: one row per run, the report as JSON text.</li>
 * </ul>
 * Times are stored as ISO-8601 text (UTC), which sorts in time order and reads back exactly on both databases.
 */
public final class JdbcWorkflowStore implements WorkflowStore {

    private static final List<String> SCHEMA = List.of(
            "CREATE TABLE IF NOT EXISTS warden_data_source (project VARCHAR(256) NOT NULL, name VARCHAR(256) NOT NULL,"
                    + " location VARCHAR(4000) NOT NULL, role VARCHAR(16) NOT NULL, user_ref VARCHAR(4096),"
                    + " password_ref VARCHAR(4096), PRIMARY KEY (project, name))",
            "CREATE TABLE IF NOT EXISTS warden_workflow_version (project VARCHAR(256) NOT NULL, name VARCHAR(256) NOT NULL,"
                    + " version INT NOT NULL, author VARCHAR(256) NOT NULL, changed_at VARCHAR(40) NOT NULL,"
                    + " content_hash CHAR(64) NOT NULL, definition TEXT, PRIMARY KEY (project, name, version))",
            "CREATE TABLE IF NOT EXISTS warden_workflow_run (id VARCHAR(64) PRIMARY KEY, project VARCHAR(256) NOT NULL,"
                    + " workflow VARCHAR(256) NOT NULL, version INT NOT NULL, actor VARCHAR(256) NOT NULL,"
                    + " dry_run BOOLEAN NOT NULL, started VARCHAR(40) NOT NULL, finished VARCHAR(40) NOT NULL,"
                    + " status VARCHAR(16) NOT NULL, rows_read BIGINT NOT NULL, rows_written BIGINT NOT NULL,"
                    + " error TEXT, report TEXT)",
            "CREATE INDEX IF NOT EXISTS warden_workflow_run_by_workflow ON warden_workflow_run (project, workflow, started)");

    private final javax.sql.DataSource dataSource;
    private final HikariDataSource ownedPool;
    private final String description;
    private volatile boolean schemaReady;

    /**
     * Over a pool the host owns (and closes).
     *
     * @param dataSource a pooled data source
     * @param description how to name it in errors, without credentials
     */
    public JdbcWorkflowStore(javax.sql.DataSource dataSource, String description) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.ownedPool = null;
        this.description = Objects.requireNonNull(description, "description");
    }

    /**
     * Opens its own HikariCP pool (at most 4 connections), closed by {@link #close()}.
     *
     * @param jdbcUrl e.g. {@code jdbc:h2:file:./warden-workflows} or
     *     {@code jdbc:postgresql://db:5432/warden?sslmode=verify-full}
     * @param username the database user
     * @param password the database password; copied into the pool, the caller may wipe its array afterwards
     */
    public JdbcWorkflowStore(String jdbcUrl, String username, char[] password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(username);
        config.setPassword(password == null ? null : new String(password));
        config.setMaximumPoolSize(4);
        config.setPoolName("warden-workflows");
        config.setInitializationFailTimeout(-1);
        this.ownedPool = new HikariDataSource(config);
        this.dataSource = ownedPool;
        this.description = "JDBC " + Jdbc.describe(jdbcUrl);
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs one transaction; rolls back on any failure. */
    private <T> T inTransaction(String what, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            ensureSchema(c);
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new WardenException("workflow store " + description + ": cannot " + what + " (SQLState "
                    + e.getSQLState() + "); check the database is reachable and the user may create and write the "
                    + "warden_data_source and warden_workflow_* tables", e);
        }
    }

    private void ensureSchema(Connection c) throws SQLException {
        if (schemaReady) {
            return;
        }
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            for (String ddl : SCHEMA) {
                s.execute(ddl);
            }
        }
        schemaReady = true;
    }

    @Override
    public Optional<DataSource> dataSource(String project, String name) {
        return inTransaction("read a data source", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT project, name, location, role, user_ref, password_ref "
                    + "FROM warden_data_source WHERE project = ? AND name = ?")) {
                ps.setString(1, project);
                ps.setString(2, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(dataSource(rs)) : Optional.<DataSource>empty();
                }
            }
        });
    }

    @Override
    public List<DataSource> dataSources(String project) {
        return inTransaction("read the data sources", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT project, name, location, role, user_ref, password_ref "
                    + "FROM warden_data_source WHERE project = ? ORDER BY name")) {
                ps.setString(1, project);
                List<DataSource> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(dataSource(rs));
                    }
                }
                return out;
            }
        });
    }

    private DataSource dataSource(ResultSet rs) throws SQLException {
        String where = "workflow store " + description + ", warden_data_source " + rs.getString(1) + "/" + rs.getString(2);
        try {
            return new DataSource(rs.getString(1), rs.getString(2), rs.getString(3),
                    DataSource.Role.parse(rs.getString(4)), Optional.ofNullable(rs.getString(5)).map(SecretRef::parse),
                    Optional.ofNullable(rs.getString(6)).map(SecretRef::parse));
        } catch (WardenException e) {
            throw new dev.warden.ConfigurationException(where + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void saveDataSource(DataSource source) {
        inTransaction("store a data source", c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM warden_data_source WHERE project = ? AND name = ?");
                 PreparedStatement ins = c.prepareStatement("INSERT INTO warden_data_source (project, name, location, role,"
                         + " user_ref, password_ref) VALUES (?, ?, ?, ?, ?, ?)")) {
                del.setString(1, source.project());
                del.setString(2, source.name());
                del.executeUpdate();
                ins.setString(1, source.project());
                ins.setString(2, source.name());
                ins.setString(3, source.location());
                ins.setString(4, source.role().name().toLowerCase(java.util.Locale.ROOT));
                ins.setString(5, source.user().map(WorkflowJson::reference).orElse(null));
                ins.setString(6, source.password().map(WorkflowJson::reference).orElse(null));
                ins.executeUpdate();
                return null;
            }
        });
    }

    @Override
    public boolean deleteDataSource(String project, String name) {
        return inTransaction("remove a data source", c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM warden_data_source WHERE project = ? AND name = ?")) {
                del.setString(1, project);
                del.setString(2, name);
                return del.executeUpdate() > 0;
            }
        });
    }

    @Override
    public List<WorkflowVersion> history(String project, String name) {
        return inTransaction("read a workflow's history", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT project, name, version, author, changed_at, "
                    + "content_hash, definition FROM warden_workflow_version WHERE project = ? AND name = ? ORDER BY version")) {
                ps.setString(1, project);
                ps.setString(2, name);
                List<WorkflowVersion> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(version(rs));
                    }
                }
                return out;
            }
        });
    }

    private WorkflowVersion version(ResultSet rs) throws SQLException {
        String where = "workflow store " + description + ", warden_workflow_version " + rs.getString(1) + "/"
                + rs.getString(2) + " version " + rs.getInt(3);
        String definition = rs.getString(7);
        try {
            return new WorkflowVersion(rs.getString(1), rs.getString(2), rs.getInt(3), definition == null
                    ? Optional.empty() : Optional.of(WorkflowJson.definition(WorkflowJson.parse(definition, where), where)),
                    rs.getString(4), Instant.parse(rs.getString(5)), rs.getString(6));
        } catch (java.time.format.DateTimeParseException e) {
            throw new dev.warden.ConfigurationException(where + ": changed_at is not an ISO-8601 instant");
        }
    }

    @Override
    public List<String> workflows(String project) {
        return inTransaction("list the workflows", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT v.name FROM warden_workflow_version v WHERE v.project = ?"
                    + " AND v.definition IS NOT NULL AND v.version = (SELECT MAX(w.version) FROM warden_workflow_version w"
                    + " WHERE w.project = v.project AND w.name = v.name) ORDER BY v.name")) {
                ps.setString(1, project);
                List<String> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public void append(WorkflowVersion version) {
        String key = version.project() + "/" + version.name();
        try (Connection c = dataSource.getConnection()) {
            ensureSchema(c);
            c.setAutoCommit(false);
            try {
                int latest;
                try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(version), 0) FROM "
                        + "warden_workflow_version WHERE project = ? AND name = ?")) {
                    ps.setString(1, version.project());
                    ps.setString(2, version.name());
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        latest = rs.getInt(1);
                    }
                }
                if (version.version() != latest + 1) {
                    throw conflict(key, version.version(), latest + 1);
                }
                try (PreparedStatement ins = c.prepareStatement("INSERT INTO warden_workflow_version (project, name, "
                        + "version, author, changed_at, content_hash, definition) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    ins.setString(1, version.project());
                    ins.setString(2, version.name());
                    ins.setInt(3, version.version());
                    ins.setString(4, version.author());
                    ins.setString(5, version.at().toString());
                    ins.setString(6, version.contentHash());
                    if (version.definition().isPresent()) {
                        ins.setString(7, WorkflowJson.text(WorkflowJson.definition(version.definition().get())));
                    } else {
                        ins.setNull(7, Types.VARCHAR);
                    }
                    ins.executeUpdate();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                // 23505 (PostgreSQL, H2): the same version was inserted by another process in between
                if ("23505".equals(e.getSQLState())) {
                    throw conflict(key, version.version(), version.version() + 1);
                }
                throw e;
            } catch (RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new WardenException("workflow store " + description + ": cannot store version " + version.version()
                    + " of workflow " + key + " (SQLState " + e.getSQLState() + ")", e);
        }
    }

    private static WorkflowConflictException conflict(String key, int given, int next) {
        return new WorkflowConflictException("workflow " + key + ": version " + given + " cannot be stored, the next "
                + "version is " + next + " (changed meanwhile); read it again and re-apply the change");
    }

    @Override
    public void saveRun(WorkflowRun run) {
        inTransaction("store a run", c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM warden_workflow_run WHERE id = ?");
                 PreparedStatement ins = c.prepareStatement("INSERT INTO warden_workflow_run (id, project, workflow, "
                         + "version, actor, dry_run, started, finished, status, rows_read, rows_written, error, report) "
                         + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                del.setString(1, run.id());
                del.executeUpdate();
                ins.setString(1, run.id());
                ins.setString(2, run.project());
                ins.setString(3, run.workflow());
                ins.setInt(4, run.version());
                ins.setString(5, run.actor());
                ins.setBoolean(6, run.dryRun());
                ins.setString(7, run.started().toString());
                ins.setString(8, run.finished().toString());
                ins.setString(9, run.status().name());
                ins.setLong(10, run.rowsRead());
                ins.setLong(11, run.rowsWritten());
                ins.setString(12, run.error().orElse(null));
                ins.setString(13, run.report().orElse(null));
                ins.executeUpdate();
                return null;
            }
        });
    }

    @Override
    public List<WorkflowRun> runs(String project, String workflow, int limit) {
        return inTransaction("read the runs", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, project, workflow, version, actor, dry_run, started,"
                    + " finished, status, rows_read, rows_written, error, report FROM warden_workflow_run"
                    + " WHERE project = ? AND workflow = ? ORDER BY started DESC, id DESC")) {
                ps.setString(1, project);
                ps.setString(2, workflow);
                ps.setMaxRows(Math.max(1, limit));
                List<WorkflowRun> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next() && out.size() < limit) {
                        out.add(new WorkflowRun(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                                rs.getString(5), rs.getBoolean(6), Instant.parse(rs.getString(7)),
                                Instant.parse(rs.getString(8)), WorkflowRun.Status.valueOf(rs.getString(9)),
                                rs.getLong(10), rs.getLong(11), Optional.ofNullable(rs.getString(12)),
                                Optional.ofNullable(rs.getString(13))));
                    }
                }
                Collections.reverse(out);
                return out;
            }
        });
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        if (ownedPool != null) {
            ownedPool.close();
        }
    }
}
