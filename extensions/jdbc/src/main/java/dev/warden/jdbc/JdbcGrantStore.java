package dev.warden.jdbc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.warden.ConfigurationException;
import dev.warden.WardenException;
import dev.warden.core.config.JsonConfigNode;
import dev.warden.core.policy.GrantCodec;
import dev.warden.core.policy.GrantStore;
import dev.warden.core.policy.PolicyChange;
import dev.warden.core.policy.PolicyState;
import dev.warden.core.policy.RbacPolicyEngine;
import dev.warden.policy.Grant;
import dev.warden.policy.RoleMapping;
import dev.warden.policy.RoleMappingRule;
import dev.warden.policy.Subject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Keeps the policy in a relational database (H2 or PostgreSQL) through a HikariCP pool, so several host processes
 * share one policy. The tables are created on first use ({@code CREATE TABLE IF NOT EXISTS}):
 *
 * <ul>
 *   <li>{@code warden_policy_meta(id, version)}: one row; the policy version, raised by every change;</li>
 *   <li>{@code warden_policy_user(id)}, {@code warden_policy_project(name)}, {@code warden_policy_group(name)};</li>
 *   <li>{@code warden_policy_member(group_name, member, position)}: {@code member} is {@code user:<id>} or
 *       {@code group:<name>};</li>
 *   <li>{@code warden_policy_grant(grant_key, position, kind, subject, project, grant_value, resource, permissions,
 *       reason)}: one row per grant, {@code grant_key} the SHA-256 of its fields;</li>
 *   <li>{@code warden_policy_role_mapping(position, rule)}: each rule as a JSON object.</li>
 * </ul>
 *
 * <p>Each change is one transaction that also moves the version from {@code n-1} to {@code n}; if another process
 * changed the policy in between, the change is refused ({@link ConfigurationException}, "reload and retry") and the
 * engine keeps its state. {@link RbacPolicyEngine#reload()} picks up other processes' changes.
 */
public final class JdbcGrantStore implements GrantStore {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private static final List<String> SCHEMA = List.of(
            "CREATE TABLE IF NOT EXISTS warden_policy_meta (id INT PRIMARY KEY, version BIGINT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS warden_policy_user (id VARCHAR(256) PRIMARY KEY, position BIGINT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS warden_policy_project (name VARCHAR(256) PRIMARY KEY, position BIGINT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS warden_policy_group (name VARCHAR(256) PRIMARY KEY, position BIGINT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS warden_policy_member (group_name VARCHAR(256) NOT NULL, member VARCHAR(300) NOT NULL,"
                    + " position BIGINT NOT NULL, PRIMARY KEY (group_name, member))",
            "CREATE TABLE IF NOT EXISTS warden_policy_grant (grant_key VARCHAR(64) PRIMARY KEY, position BIGINT NOT NULL,"
                    + " kind VARCHAR(16) NOT NULL, subject VARCHAR(300) NOT NULL, project VARCHAR(256) NOT NULL,"
                    + " grant_value VARCHAR(64) NOT NULL, resource VARCHAR(800) NOT NULL, permissions VARCHAR(2000) NOT NULL,"
                    + " reason VARCHAR(200) NOT NULL)",
            "CREATE TABLE IF NOT EXISTS warden_policy_role_mapping (position INT PRIMARY KEY, rule VARCHAR(4000) NOT NULL)");

    private final DataSource dataSource;
    private final HikariDataSource ownedPool;
    private final String description;
    private volatile boolean schemaReady;

    /**
     * Uses a data source the host application owns (and closes).
     *
     * @param dataSource a pooled data source
     * @param description how to name it in errors, without credentials
     */
    public JdbcGrantStore(DataSource dataSource, String description) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.ownedPool = null;
        this.description = Objects.requireNonNull(description, "description");
    }

    /**
     * Opens its own HikariCP pool (at most 4 connections), closed by {@link #close()}.
     *
     * @param jdbcUrl e.g. {@code jdbc:h2:file:./warden-policy} or {@code jdbc:postgresql://db:5432/warden}
     * @param username the database user
     * @param password the database password; copied into the pool, the caller may wipe its array afterwards
     */
    public JdbcGrantStore(String jdbcUrl, String username, char[] password) {
        this(jdbcUrl, username, password, ConnectTimeout.processDefault());
    }

    /**
     * Like {@link #JdbcGrantStore(String, String, char[])} with a bound on waiting for a connection.
     *
     * @param connectionTimeout how long to wait for a connection before failing; at least 250 ms (default
     *     {@link ConnectTimeout#processDefault()}, 5 s)
     */
    public JdbcGrantStore(String jdbcUrl, String username, char[] password, java.time.Duration connectionTimeout) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(username);
        config.setPassword(password == null ? null : new String(password));
        config.setMaximumPoolSize(4);
        config.setPoolName("warden-policy");
        config.setInitializationFailTimeout(-1);
        ConnectTimeout.apply(config, connectionTimeout.compareTo(java.time.Duration.ofMillis(250)) < 0
                ? java.time.Duration.ofMillis(250) : connectionTimeout);
        this.ownedPool = new HikariDataSource(config);
        this.dataSource = ownedPool;
        this.description = "JDBC " + withoutParameters(jdbcUrl);
    }

    private static String withoutParameters(String url) {
        int cut = url.length();
        for (char c : new char[] {'?', ';'}) {
            int i = url.indexOf(c, 5);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        return url.substring(0, cut);
    }

    private void ensureSchema(Connection c) throws SQLException {
        if (schemaReady) {
            return;
        }
        try (Statement s = c.createStatement()) {
            for (String ddl : SCHEMA) {
                s.execute(ddl);
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM warden_policy_meta")) {
            rs.next();
            if (rs.getLong(1) == 0) {
                try (Statement insert = c.createStatement()) {
                    insert.executeUpdate("INSERT INTO warden_policy_meta (id, version) VALUES (1, 0)");
                } catch (SQLException raced) {
                    // another process created the row first; fine
                }
            }
        }
        if (!c.getAutoCommit()) {
            c.commit();
        }
        schemaReady = true;
    }

    @Override
    public PolicyState load() {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            ensureSchema(c);
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                PolicyState state = read(c);
                c.commit();
                return state;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw unavailable("read", e);
        }
    }

    private PolicyState read(Connection c) throws SQLException {
        PolicyState.Builder b = PolicyState.builder();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT version FROM warden_policy_meta WHERE id = 1")) {
                b.version(rs.next() ? rs.getLong(1) : 0);
            }
            try (ResultSet rs = s.executeQuery("SELECT id FROM warden_policy_user ORDER BY position, id")) {
                while (rs.next()) {
                    b.user(rs.getString(1));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT name FROM warden_policy_project ORDER BY position, name")) {
                while (rs.next()) {
                    b.project(rs.getString(1));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT name FROM warden_policy_group ORDER BY position, name")) {
                while (rs.next()) {
                    b.group(rs.getString(1));
                }
            }
            try (ResultSet rs = s.executeQuery(
                    "SELECT group_name, member FROM warden_policy_member ORDER BY position, group_name, member")) {
                while (rs.next()) {
                    b.member(rs.getString(1), Subject.parse(rs.getString(2)));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT kind, subject, project, grant_value, resource, permissions, reason,"
                    + " grant_key FROM warden_policy_grant ORDER BY position, grant_key")) {
                while (rs.next()) {
                    GrantCodec.Fields f = new GrantCodec.Fields(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7));
                    b.grant(GrantCodec.grant(f, "table warden_policy_grant, row " + rs.getString(8)));
                }
            }
            StringBuilder rules = new StringBuilder("{\"roleMapping\":[");
            try (ResultSet rs = s.executeQuery("SELECT rule FROM warden_policy_role_mapping ORDER BY position")) {
                boolean first = true;
                while (rs.next()) {
                    rules.append(first ? "" : ",").append(rs.getString(1));
                    first = false;
                }
            }
            rules.append("]}");
            try {
                b.roleMapping(RoleMapping.fromConfig(
                        new JsonConfigNode(JSON.readTree(rules.toString()), "table warden_policy_role_mapping"),
                        "roleMapping"));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new ConfigurationException("table warden_policy_role_mapping: a rule is not valid JSON", e);
            }
        } catch (dev.warden.InvalidInputException e) {
            throw new ConfigurationException(description + ": " + e.getMessage(), e);
        }
        return b.build();
    }

    /** @return {@code SELECT version FROM warden_policy_meta}: one row, for polling */
    @Override
    public java.util.OptionalLong storedVersion() {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            ensureSchema(c);
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT version FROM warden_policy_meta WHERE id = 1")) {
                return rs.next() ? java.util.OptionalLong.of(rs.getLong(1)) : java.util.OptionalLong.of(0);
            }
        } catch (SQLException e) {
            throw unavailable("read the version of", e);
        }
    }

    @Override
    public void write(PolicyChange change, PolicyState next) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            ensureSchema(c);
            c.setAutoCommit(false);
            try {
                long version = next.version();
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE warden_policy_meta SET version = ? WHERE id = 1 AND version = ?")) {
                    ps.setLong(1, version);
                    ps.setLong(2, version - 1);
                    if (ps.executeUpdate() != 1) {
                        throw new ConfigurationException("policy in " + description + " was changed by another process; "
                                + "reload the policy and retry");
                    }
                }
                apply(c, change, next);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw unavailable("write", e);
        }
    }

    private static void apply(Connection c, PolicyChange change, PolicyState next) throws SQLException {
        long pos = next.version();
        if (change instanceof PolicyChange.AddUser x) {
            update(c, "INSERT INTO warden_policy_user (id, position) VALUES (?, ?)", x.id(), pos);
        } else if (change instanceof PolicyChange.RemoveUser x) {
            String subject = new Subject.User(x.id()).toString();
            update(c, "DELETE FROM warden_policy_user WHERE id = ?", x.id());
            update(c, "DELETE FROM warden_policy_member WHERE member = ?", subject);
            update(c, "DELETE FROM warden_policy_grant WHERE subject = ?", subject);
        } else if (change instanceof PolicyChange.CreateProject x) {
            update(c, "INSERT INTO warden_policy_project (name, position) VALUES (?, ?)", x.name(), pos);
        } else if (change instanceof PolicyChange.DeleteProject x) {
            update(c, "DELETE FROM warden_policy_project WHERE name = ?", x.name());
            update(c, "DELETE FROM warden_policy_grant WHERE project = ?", x.name());
        } else if (change instanceof PolicyChange.AddMember x) {
            if (count(c, "SELECT COUNT(*) FROM warden_policy_group WHERE name = ?", x.group()) == 0) {
                update(c, "INSERT INTO warden_policy_group (name, position) VALUES (?, ?)", x.group(), pos);
            }
            update(c, "INSERT INTO warden_policy_member (group_name, member, position) VALUES (?, ?, ?)",
                    x.group(), x.member().toString(), pos);
        } else if (change instanceof PolicyChange.RemoveMember x) {
            update(c, "DELETE FROM warden_policy_member WHERE group_name = ? AND member = ?", x.group(),
                    x.member().toString());
        } else if (change instanceof PolicyChange.AddGrant x) {
            GrantCodec.Fields f = GrantCodec.fields(x.grant());
            update(c, "INSERT INTO warden_policy_grant (grant_key, position, kind, subject, project, grant_value, resource,"
                    + " permissions, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", key(f), pos, f.kind(), f.subject(),
                    f.project(), f.value(), f.resource(), f.permissions(), f.reason());
        } else if (change instanceof PolicyChange.RevokeGrant x) {
            update(c, "DELETE FROM warden_policy_grant WHERE grant_key = ?", key(GrantCodec.fields(x.grant())));
        } else if (change instanceof PolicyChange.ReplaceRoleMapping x) {
            update(c, "DELETE FROM warden_policy_role_mapping");
            int i = 0;
            for (RoleMappingRule rule : x.mapping().rules()) {
                ObjectNode o = GrantCodec.toJson(rule);
                update(c, "INSERT INTO warden_policy_role_mapping (position, rule) VALUES (?, ?)", i++, o.toString());
            }
        }
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    private static long count(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static String key(GrantCodec.Fields f) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(f.key().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private WardenException unavailable(String what, SQLException e) {
        return new WardenException("policy store " + description + ": cannot " + what + " the policy (SQLState "
                + e.getSQLState() + "); check the database is reachable and the user may create and write the "
                + "warden_policy_* tables", e);
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
