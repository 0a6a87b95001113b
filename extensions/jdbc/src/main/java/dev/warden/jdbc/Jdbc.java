package dev.warden.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import dev.warden.core.job.ForeignKey;
import dev.warden.core.job.RowReader;
import dev.warden.core.job.SourceColumn;
import dev.warden.core.job.TableSchema;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** JDBC helpers shared by the source and the target: pools, quoting, metadata, streaming reads. */
final class Jdbc {

    private Jdbc() {
    }

    static HikariDataSource pool(String url, Optional<String> user, Optional<char[]> password, boolean readOnly, String name) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        user.ifPresent(config::setUsername);
        password.ifPresent(p -> config.setPassword(new String(p)));
        config.setReadOnly(readOnly);
        config.setAutoCommit(false);
        config.setMaximumPoolSize(2);
        config.setMinimumIdle(0);
        config.setPoolName(name);
        config.setInitializationFailTimeout(-1);
        ConnectTimeout.apply(config, ConnectTimeout.processDefault());
        if (isPostgres(url)) {
            // Text parameters are sent untyped so the server casts them to the column's type.
            config.addDataSourceProperty("stringtype", "unspecified");
        }
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new ConfigurationException("database " + describe(url) + ": cannot open a connection pool ("
                    + e.getClass().getSimpleName() + "); check the URL and that its driver is on the class path", e);
        }
    }

    static boolean isPostgres(String url) {
        return url.startsWith("jdbc:postgresql:");
    }

    static boolean isH2(String url) {
        return url.startsWith("jdbc:h2:");
    }

    /** @return the URL without user, password or other parameters, for messages and reports */
    static String describe(String url) {
        String shown = url;
        int cut = shown.length();
        for (char c : new char[] {'?', ';'}) {
            int i = shown.indexOf(c);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        shown = shown.substring(0, cut);
        int at = shown.indexOf('@');
        if (at >= 0 && shown.startsWith("jdbc:") && shown.indexOf("//") >= 0 && shown.indexOf("//") < at) {
            shown = shown.substring(0, shown.indexOf("//") + 2) + shown.substring(at + 1);
        }
        return shown;
    }

    static String quote(String identifier) {
        if (identifier.indexOf('\0') >= 0) {
            throw new ConfigurationException("an identifier contains a NUL character");
        }
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static SQLException sqlError(Exception e) {
        return e instanceof SQLException s ? s : new SQLException(e);
    }

    /** @return the portable SQL type used to create a copy of this column */
    static String portableType(int jdbcType, String typeName, int size, int scale) {
        return switch (jdbcType) {
            case Types.BIT, Types.BOOLEAN -> "BOOLEAN";
            case Types.TINYINT, Types.SMALLINT -> "SMALLINT";
            case Types.INTEGER -> "INTEGER";
            case Types.BIGINT -> "BIGINT";
            case Types.REAL -> "REAL";
            case Types.FLOAT, Types.DOUBLE -> "DOUBLE PRECISION";
            case Types.NUMERIC, Types.DECIMAL -> size > 0 && size <= 1000 ? "NUMERIC(" + size + "," + Math.max(scale, 0) + ")" : "NUMERIC";
            case Types.DATE -> "DATE";
            case Types.TIME -> "TIME";
            case Types.TIMESTAMP -> "TIMESTAMP";
            case Types.TIMESTAMP_WITH_TIMEZONE -> "TIMESTAMP WITH TIME ZONE";
            default -> "VARCHAR";
        };
    }

    static List<String> tables(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        return tables;
    }

    static Optional<String> exactTable(Connection c, String table) throws SQLException {
        for (String t : tables(c)) {
            if (t.equals(table)) {
                return Optional.of(t);
            }
        }
        for (String t : tables(c)) {
            if (t.equalsIgnoreCase(table)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** @return whether a JDBC type holds bytes rather than text */
    static boolean binary(int jdbcType) {
        return jdbcType == Types.BINARY || jdbcType == Types.VARBINARY || jdbcType == Types.LONGVARBINARY || jdbcType == Types.BLOB;
    }

    /**
     * Reads a table's columns, primary key and foreign keys from {@link DatabaseMetaData}. A composite key is read
     * whole: primary key columns in {@code KEY_SEQ} order; imported keys grouped by {@code FK_NAME} (or, when the driver
     * gives no name, by a {@code KEY_SEQ} that starts again at 1) and ordered by {@code KEY_SEQ}.
     */
    static TableSchema schema(Connection c, String table, String shownName) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        List<SourceColumn> columns = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(c.getCatalog(), c.getSchema(), escape(meta, table), "%")) {
            while (rs.next()) {
                int type = rs.getInt("DATA_TYPE");
                columns.add(new SourceColumn(rs.getString("COLUMN_NAME"), Optional.of(portableType(
                        type, rs.getString("TYPE_NAME"), rs.getInt("COLUMN_SIZE"), rs.getInt("DECIMAL_DIGITS"))), binary(type)));
            }
        }
        java.util.TreeMap<Short, String> pk = new java.util.TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(c.getCatalog(), c.getSchema(), table)) {
            while (rs.next()) {
                pk.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        // One entry per foreign key: KEY_SEQ -> {referencing column, referenced column}, keyed by name and parent.
        java.util.Map<String, java.util.TreeMap<Short, String[]>> parts = new java.util.LinkedHashMap<>();
        java.util.Map<String, String> parents = new java.util.HashMap<>();
        try (ResultSet rs = meta.getImportedKeys(c.getCatalog(), c.getSchema(), table)) {
            int unnamed = 0;
            while (rs.next()) {
                String name = rs.getString("FK_NAME");
                String parent = rs.getString("PKTABLE_NAME");
                short seq = rs.getShort("KEY_SEQ");
                if (name == null && seq <= 1) {
                    unnamed++;
                }
                String id = (name == null ? "\u0000" + unnamed : name) + "\u0000" + parent;
                parents.put(id, parent);
                parts.computeIfAbsent(id, k -> new java.util.TreeMap<>())
                        .put(seq, new String[] {rs.getString("FKCOLUMN_NAME"), rs.getString("PKCOLUMN_NAME")});
            }
        }
        List<ForeignKey> fks = new ArrayList<>();
        parts.forEach((id, seqs) -> fks.add(new ForeignKey(seqs.values().stream().map(p -> p[0]).toList(), parents.get(id),
                seqs.values().stream().map(p -> p[1]).toList())));
        return new TableSchema(shownName, columns, List.copyOf(pk.values()), fks);
    }

    private static String escape(DatabaseMetaData meta, String name) throws SQLException {
        String esc = meta.getSearchStringEscape();
        if (esc == null || esc.isEmpty()) {
            return name;
        }
        return name.replace(esc, esc + esc).replace("_", esc + "_").replace("%", esc + "%");
    }

    /** Streams a query's rows as text; the connection is kept in a read-only, non-auto-commit transaction. */
    static RowReader stream(Connection c, String sql, String table, int width) {
        try {
            PreparedStatement st = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            st.setFetchSize(1000);
            ResultSet rs = st.executeQuery();
            return new RowReader() {
                long row;

                @Override
                public String[] next() {
                    try {
                        if (!rs.next()) {
                            return null;
                        }
                        row++;
                        String[] out = new String[width];
                        for (int i = 0; i < width; i++) {
                            out[i] = rs.getString(i + 1);
                        }
                        return out;
                    } catch (SQLException e) {
                        throw new InvalidInputException("table " + table + ", row " + (row + 1) + ": cannot read (SQLState "
                                + e.getSQLState() + ")", null);
                    }
                }

                @Override
                public long rowNumber() {
                    return row;
                }

                @Override
                public void close() {
                    try {
                        rs.close();
                        st.close();
                    } catch (SQLException e) {
                        // closing a read-only cursor; nothing is lost
                    }
                }
            };
        } catch (SQLException e) {
            throw new InvalidInputException("table " + table + ": the query failed (SQLState " + e.getSQLState() + "): "
                    + safeMessage(e), null);
        }
    }

    /** A driver message can quote a value (a failing literal); keep only its first line, cut at a quote. */
    static String safeMessage(SQLException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        int nl = m.indexOf('\n');
        if (nl >= 0) {
            m = m.substring(0, nl);
        }
        int q = m.indexOf('\'');
        if (q >= 0) {
            m = m.substring(0, q) + "...";
        }
        return m.length() > 200 ? m.substring(0, 200) + "..." : m.toLowerCase(Locale.ROOT).contains("password") ? "authentication or connection failed" : m;
    }

    static String selectList(List<String> columns) {
        StringBuilder sb = new StringBuilder();
        for (String col : columns) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(quote(col));
        }
        return sb.toString();
    }
}
