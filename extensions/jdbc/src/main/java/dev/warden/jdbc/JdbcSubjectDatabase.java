package dev.warden.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import dev.warden.core.job.ForeignKey;
import dev.warden.core.job.SubjectDatabase;
import dev.warden.core.job.SubjectQuery;
import dev.warden.core.job.SubjectRows;
import dev.warden.core.job.TableSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * One data subject's rows in a database, found by following foreign keys from the subject's table, and erased in one
 * transaction ({@link SubjectDatabase}). Table and column names are matched against the database's metadata and
 * quoted; every value, the identifier included, is a bound parameter. Rows are read with {@code SELECT *} in chunks of
 * {@value #CHUNK} keys; when erasing, with {@code FOR UPDATE}, so a concurrent change to them waits for the commit.
 */
final class JdbcSubjectDatabase implements SubjectDatabase {

    static final int CHUNK = 500;

    private final String url;
    private final HikariDataSource pool;

    JdbcSubjectDatabase(String url, Optional<String> user, Optional<char[]> password) {
        this.url = url;
        this.pool = Jdbc.pool(url, user, password, false, "warden-subjects");
    }

    @Override
    public String describe() {
        return "database " + Jdbc.describe(url);
    }

    @Override
    public SubjectRows find(SubjectQuery query) {
        try (Connection c = connect(true)) {
            try {
                return walk(c, query, false).rows();
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw translate(e, query, "read");
        }
    }

    @Override
    public Erased erase(SubjectQuery query, Map<String, Map<String, UnaryOperator<String>>> masks,
            Consumer<Erased> beforeCommit) {
        try (Connection c = connect(false)) {
            try {
                Walk walk = walk(c, query, true);
                if (walk.found.get(walk.subjectTable).isEmpty()) {
                    throw new InvalidInputException(describe() + ": no row of table " + walk.subjectTable + " has "
                            + walk.subjectColumn + " equal to the given identifier; nothing was erased");
                }
                Map<String, Map<String, UnaryOperator<String>>> exactMasks = exactMasks(c, walk, masks);
                checkKeptRowsKeepTheirParents(walk, exactMasks);
                Map<String, Long> masked = new LinkedHashMap<>();
                for (Map.Entry<String, Map<String, UnaryOperator<String>>> m : exactMasks.entrySet()) {
                    List<Row> rows = walk.found.getOrDefault(m.getKey(), List.of());
                    if (!rows.isEmpty() && !m.getValue().isEmpty()) { // no column: kept unchanged
                        masked.put(m.getKey(), mask(c, walk.schemas.get(m.getKey()), rows, m.getValue()));
                    }
                }
                Map<String, Long> deleted = new LinkedHashMap<>();
                for (String table : walk.deletionOrder()) {
                    if (!exactMasks.containsKey(table) && !walk.found.get(table).isEmpty()) {
                        deleted.put(table, delete(c, walk, table));
                    }
                }
                Erased erased = new Erased(deleted, masked);
                beforeCommit.accept(erased);
                c.commit();
                return erased;
            } catch (RuntimeException | SQLException e) {
                try {
                    c.rollback();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw translate(e, query, "erase");
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    private Connection connect(boolean readOnly) throws SQLException {
        Connection c = pool.getConnection();
        try {
            c.setAutoCommit(false);
            c.setReadOnly(readOnly);
            if (readOnly && Jdbc.isPostgres(url)) {
                try (var st = c.createStatement()) {
                    st.execute("SET TRANSACTION READ ONLY");
                }
            }
            return c;
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    /** One row: its values as read ({@code getObject}, for binding) and as exported. */
    private record Row(Object[] raw, Map<String, Object> exported) {
    }

    /** Rows whose {@code columns} equal {@code values}: how rows of a table without a primary key were found. */
    private record Finder(List<String> columns, Object[] values) {
    }

    /** A foreign key from {@code child} to {@code parent}, with exact names. */
    private record Edge(String child, String parent, List<String> childColumns, List<String> parentColumns) {
    }

    /** The state of one search: schemas, rows found per table, the edges rows were found through. */
    private final class Walk {
        final Map<String, TableSchema> schemas = new LinkedHashMap<>();
        final Map<String, List<Row>> found = new LinkedHashMap<>();
        final Map<String, Set<List<Object>>> seen = new HashMap<>();
        final Set<Edge> used = new LinkedHashSet<>();
        /** For tables without a primary key: the conditions that found their rows, to delete by. */
        final Map<String, List<Finder>> finders = new HashMap<>();
        String subjectTable;
        String subjectColumn;

        SubjectRows rows() {
            Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
            found.forEach((t, rows) -> out.put(t, rows.stream().map(Row::exported).toList()));
            return new SubjectRows(subjectTable, subjectColumn, out);
        }

        /** @return the tables with rows, each after every table that refers to it (children first) */
        List<String> deletionOrder() {
            List<String> tables = new ArrayList<>(found.keySet());
            List<String> order = new ArrayList<>();
            Set<String> done = new HashSet<>();
            while (order.size() < tables.size()) {
                boolean progress = false;
                for (String t : tables) {
                    if (done.contains(t)) {
                        continue;
                    }
                    boolean referredByPending = used.stream().anyMatch(e -> e.parent.equals(t) && !e.child.equals(t)
                            && !done.contains(e.child));
                    if (!referredByPending) {
                        order.add(t);
                        done.add(t);
                        progress = true;
                    }
                }
                if (!progress) { // a cycle between tables: the rest, last found first
                    for (int i = tables.size() - 1; i >= 0; i--) {
                        if (done.add(tables.get(i))) {
                            order.add(tables.get(i));
                        }
                    }
                }
            }
            return order;
        }

        List<Object> identity(String table, Row row) {
            TableSchema schema = schemas.get(table);
            if (schema.primaryKeyColumns().isEmpty()) {
                return java.util.Arrays.asList(row.raw.clone());
            }
            List<Object> key = new ArrayList<>();
            for (String pk : schema.primaryKeyColumns()) {
                key.add(row.raw[schema.columnNames().indexOf(pk)]);
            }
            return key;
        }
    }

    private Walk walk(Connection c, SubjectQuery query, boolean lock) throws SQLException {
        Walk w = new Walk();
        for (String t : Jdbc.tables(c)) {
            w.schemas.put(t, Jdbc.schema(c, t, t));
        }
        w.subjectTable = exactTable(w, query.table());
        TableSchema subject = w.schemas.get(w.subjectTable);
        w.subjectColumn = query.column().map(col -> exactColumn(subject, col)).orElseGet(() -> subject.primaryKey()
                .orElseThrow(() -> new InvalidInputException(describe() + ", table " + w.subjectTable + ": it has no "
                        + "single-column primary key; name the column that identifies the subject")));
        List<Edge> edges = edges(w, query.foreignKeys());
        Deque<Map.Entry<String, List<Row>>> queue = new ArrayDeque<>();
        List<Row> first = select(c, w, w.subjectTable, List.of(w.subjectColumn), List.<Object[]>of(new Object[] {query.id()}), lock);
        queue.add(Map.entry(w.subjectTable, first));
        while (!queue.isEmpty()) {
            Map.Entry<String, List<Row>> next = queue.poll();
            String parent = next.getKey();
            for (Edge e : edges) {
                if (!e.parent.equals(parent) || e.child.equals(w.subjectTable)) {
                    continue; // rows that refer back into the subject's table are other subjects'
                }
                TableSchema p = w.schemas.get(parent);
                List<Object[]> tuples = new ArrayList<>();
                Set<List<Object>> distinct = new HashSet<>();
                for (Row row : next.getValue()) {
                    Object[] tuple = new Object[e.parentColumns.size()];
                    boolean hasNull = false;
                    for (int i = 0; i < tuple.length; i++) {
                        tuple[i] = row.raw[p.columnNames().indexOf(e.parentColumns.get(i))];
                        hasNull |= tuple[i] == null;
                    }
                    if (!hasNull && distinct.add(java.util.Arrays.asList(tuple))) {
                        tuples.add(tuple);
                    }
                }
                if (tuples.isEmpty()) {
                    continue;
                }
                List<Row> rows = select(c, w, e.child, e.childColumns, tuples, lock);
                if (!rows.isEmpty()) {
                    w.used.add(e);
                    if (w.schemas.get(e.child).primaryKeyColumns().isEmpty()) {
                        for (Object[] t : tuples) {
                            w.finders.computeIfAbsent(e.child, k -> new ArrayList<>()).add(new Finder(e.childColumns, t));
                        }
                    }
                    queue.add(Map.entry(e.child, rows));
                }
            }
        }
        return w;
    }

    /** @return the new rows of {@code table} whose {@code columns} equal one of the tuples (recorded in the walk) */
    private List<Row> select(Connection c, Walk w, String table, List<String> columns, List<Object[]> tuples,
            boolean lock) throws SQLException {
        TableSchema schema = w.schemas.get(table);
        List<Row> fresh = new ArrayList<>();
        w.found.computeIfAbsent(table, t -> new ArrayList<>());
        Set<List<Object>> seen = w.seen.computeIfAbsent(table, t -> new HashSet<>());
        for (int from = 0; from < tuples.size(); from += CHUNK) {
            List<Object[]> chunk = tuples.subList(from, Math.min(tuples.size(), from + CHUNK));
            String sql = "SELECT " + Jdbc.selectList(schema.columnNames()) + " FROM " + Jdbc.quote(table) + " WHERE "
                    + condition(columns, chunk.size()) + (lock ? " FOR UPDATE" : "");
            try (PreparedStatement st = c.prepareStatement(sql)) {
                bind(st, chunk);
                try (ResultSet rs = st.executeQuery()) {
                    ResultSetMetaData meta = rs.getMetaData();
                    int n = meta.getColumnCount();
                    while (rs.next()) {
                        Object[] raw = new Object[n];
                        Map<String, Object> exported = new LinkedHashMap<>();
                        for (int i = 0; i < n; i++) {
                            raw[i] = rs.getObject(i + 1);
                            exported.put(schema.columnNames().get(i), exported(rs, i + 1, raw[i]));
                        }
                        Row row = new Row(raw, exported);
                        if (seen.add(w.identity(table, row))) {
                            fresh.add(row);
                        }
                    }
                }
            }
        }
        w.found.get(table).addAll(fresh);
        return fresh;
    }

    private static Object exported(ResultSet rs, int column, Object raw) throws SQLException {
        if (raw == null || raw instanceof Number || raw instanceof Boolean) {
            return raw;
        }
        if (raw instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        return rs.getString(column);
    }

    /** @return {@code c IN (?, ...)} for one column, else {@code (a = ? AND b = ?) OR ...} */
    private static String condition(List<String> columns, int tuples) {
        StringBuilder sb = new StringBuilder();
        if (columns.size() == 1) {
            sb.append(Jdbc.quote(columns.get(0))).append(" IN (");
            for (int i = 0; i < tuples; i++) {
                sb.append(i == 0 ? "?" : ", ?");
            }
            return sb.append(')').toString();
        }
        for (int i = 0; i < tuples; i++) {
            sb.append(i == 0 ? "(" : " OR (");
            for (int j = 0; j < columns.size(); j++) {
                sb.append(j == 0 ? "" : " AND ").append(Jdbc.quote(columns.get(j))).append(" = ?");
            }
            sb.append(')');
        }
        return sb.toString();
    }

    private static void bind(PreparedStatement st, List<Object[]> tuples) throws SQLException {
        int p = 1;
        for (Object[] tuple : tuples) {
            for (Object value : tuple) {
                if (value instanceof String s) {
                    st.setString(p++, s);
                } else {
                    st.setObject(p++, value);
                }
            }
        }
    }

    private long mask(Connection c, TableSchema schema, List<Row> rows, Map<String, UnaryOperator<String>> columns)
            throws SQLException {
        List<String> set = new ArrayList<>(columns.keySet());
        StringBuilder sql = new StringBuilder("UPDATE ").append(Jdbc.quote(schema.name())).append(" SET ");
        for (int i = 0; i < set.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(Jdbc.quote(set.get(i))).append(" = ?");
        }
        sql.append(" WHERE ").append(condition(schema.primaryKeyColumns(), 1));
        long n = 0;
        try (PreparedStatement st = c.prepareStatement(sql.toString())) {
            for (Row row : rows) {
                int p = 1;
                for (String column : set) {
                    Object before = row.exported.get(column);
                    String after = columns.get(column).apply(before == null ? null : before.toString());
                    if (after == null) {
                        st.setNull(p++, Types.VARCHAR);
                    } else {
                        st.setString(p++, after);
                    }
                }
                for (String pk : schema.primaryKeyColumns()) {
                    st.setObject(p++, row.raw[schema.columnNames().indexOf(pk)]);
                }
                n += st.executeUpdate();
            }
        }
        return n;
    }

    private long delete(Connection c, Walk w, String table) throws SQLException {
        TableSchema schema = w.schemas.get(table);
        long n = 0;
        if (schema.primaryKeyColumns().isEmpty()) {
            for (Finder finder : w.finders.getOrDefault(table, List.of())) {
                try (PreparedStatement st = c.prepareStatement("DELETE FROM " + Jdbc.quote(table) + " WHERE "
                        + condition(finder.columns(), 1))) {
                    bind(st, List.<Object[]>of(finder.values()));
                    n += st.executeUpdate();
                }
            }
            return n;
        }
        List<Object[]> keys = new ArrayList<>();
        for (Row row : w.found.get(table)) {
            keys.add(w.identity(table, row).toArray());
        }
        for (int from = 0; from < keys.size(); from += CHUNK) {
            List<Object[]> chunk = keys.subList(from, Math.min(keys.size(), from + CHUNK));
            try (PreparedStatement st = c.prepareStatement("DELETE FROM " + Jdbc.quote(table) + " WHERE "
                    + condition(schema.primaryKeyColumns(), chunk.size()))) {
                bind(st, chunk);
                n += st.executeUpdate();
            }
        }
        return n;
    }

    private List<Edge> edges(Walk w, Map<String, List<ForeignKey>> extra) {
        List<Edge> edges = new ArrayList<>();
        for (TableSchema child : w.schemas.values()) {
            for (ForeignKey fk : child.foreignKeys()) {
                Optional<String> parent = table(w, fk.referencedTable());
                parent.ifPresent(p -> edges.add(new Edge(child.name(), p, fk.columns(), fk.referencedColumns())));
            }
        }
        extra.forEach((childName, fks) -> {
            String child = exactTable(w, childName);
            for (ForeignKey fk : fks) {
                String parent = exactTable(w, fk.referencedTable());
                Edge e = new Edge(child, parent, fk.columns().stream().map(col -> exactColumn(w.schemas.get(child), col))
                        .toList(), fk.referencedColumns().stream().map(col -> exactColumn(w.schemas.get(parent), col))
                        .toList());
                if (!edges.contains(e)) {
                    edges.add(e);
                }
            }
        });
        return edges;
    }

    private Map<String, Map<String, UnaryOperator<String>>> exactMasks(Connection c, Walk w,
            Map<String, Map<String, UnaryOperator<String>>> masks) {
        Map<String, Map<String, UnaryOperator<String>>> out = new LinkedHashMap<>();
        masks.forEach((table, columns) -> {
            String exact = exactTable(w, table);
            TableSchema schema = w.schemas.get(exact);
            if (schema.primaryKeyColumns().isEmpty() && !columns.isEmpty()) {
                throw new InvalidInputException(describe() + ", table " + exact + ": it has no primary key, so its rows "
                        + "cannot be masked one by one; delete them instead (leave it out of the masks)");
            }
            Map<String, UnaryOperator<String>> cols = new LinkedHashMap<>();
            columns.forEach((column, f) -> {
                String col = exactColumn(schema, column);
                if (schema.primaryKeyColumns().contains(col)) {
                    throw new InvalidInputException(describe() + ", column " + exact + "." + col + ": it is part of the "
                            + "primary key, which a kept row keeps; mask other columns");
                }
                cols.put(col, f);
            });
            out.put(exact, cols);
        });
        return out;
    }

    /** A kept (masked) row that refers to a row about to be deleted would make the database refuse the erasure. */
    private void checkKeptRowsKeepTheirParents(Walk w, Map<String, Map<String, UnaryOperator<String>>> masks) {
        for (Edge e : w.used) {
            if (masks.containsKey(e.child) && !masks.containsKey(e.parent)
                    && !masks.get(e.child).keySet().containsAll(e.childColumns)) {
                throw new InvalidInputException(describe() + ": table " + e.child + " keeps its rows (masked), and they "
                        + "refer to rows of " + e.parent + " through " + e.childColumns + ", which would be deleted; "
                        + "mask " + e.parent + " as well, or mask " + e.childColumns + " with suppress");
            }
        }
    }

    private String exactTable(Walk w, String table) {
        return table(w, table).orElseThrow(() -> new InvalidInputException(describe() + ": no table "
                + printable(table) + "; give a table of the database (data-subject operations follow its foreign keys)"));
    }

    private static Optional<String> table(Walk w, String table) {
        if (w.schemas.containsKey(table)) {
            return Optional.of(table);
        }
        return w.schemas.keySet().stream().filter(t -> t.equalsIgnoreCase(table)).findFirst();
    }

    private String exactColumn(TableSchema schema, String column) {
        for (String c : schema.columnNames()) {
            if (c.equals(column)) {
                return c;
            }
        }
        return schema.columnNames().stream().filter(c -> c.equalsIgnoreCase(column)).findFirst()
                .orElseThrow(() -> new InvalidInputException(describe() + ", table " + schema.name() + ": no column "
                        + printable(column) + "; its columns are " + schema.columnNames()));
    }

    /** A name from the caller, shown in a message: at most 64 characters, control characters replaced. */
    private static String printable(String name) {
        String cut = name.length() > 64 ? name.substring(0, 64) + "..." : name;
        return '"' + cut.replaceAll("\\p{Cntrl}", "?") + '"';
    }

    private RuntimeException translate(SQLException e, SubjectQuery query, String what) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("22")) {
            return new InvalidInputException(describe() + ", table " + query.table() + ": the identifier is not a valid "
                    + "value of the identifying column (SQLState " + state + "); check the table and column");
        }
        if (state.startsWith("23")) {
            return new InvalidInputException(describe() + ": the database refused the erasure (SQLState " + state + ": "
                    + Jdbc.safeMessage(e) + "); rows outside the subject's still refer to it, or a masked value breaks "
                    + "a constraint; nothing was changed");
        }
        if (state.startsWith("40")) {
            return new InvalidInputException(describe() + ": the " + what + " conflicted with a concurrent transaction "
                    + "(SQLState " + state + "); nothing was changed, try again");
        }
        return new ConfigurationException(describe() + ": cannot " + what + " the subject's rows (SQLState " + state
                + "): " + Jdbc.safeMessage(e), null);
    }
}
