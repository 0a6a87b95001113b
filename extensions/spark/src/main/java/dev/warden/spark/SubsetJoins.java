package dev.warden.spark;

import dev.warden.ConfigurationException;
import dev.warden.core.job.CompiledPlan;
import dev.warden.core.job.SubsetRule;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.jdbc.JdbcDialects;
import org.apache.spark.storage.StorageLevel;

/**
 * A referentially complete subset as Spark joins, with the single-machine job's semantics step for step (its
 * {@code SubsetPlanner}, the algorithm of Jailer and condenser):
 *
 * <ol>
 *   <li>the root table's primary keys chosen by the rule (a keyed hash of the key, computed on the executors under the
 *       job key; a column predicate; or, for a JDBC input with a one-column key, the SQL condition run on the
 *       source);</li>
 *   <li>downward, parents first: a row of a table that refers to the root (directly or through other such tables) is
 *       in when a row it refers to is in;</li>
 *   <li>upward, children first: every row that an included row refers to is in, up to the tables with no parent; such
 *       rows do not pull in their own children.</li>
 * </ol>
 *
 * <p>Each key set of the single-machine planner is a cached, distinct {@code Dataset} of key tuples; "a row's key is in
 * the set" is a left outer join with the set broadcast, so a table's rows keep their partitions and their order (the
 * output stays byte for byte the single-machine file) and nothing of the table is shuffled. Each set is computed when
 * the single-machine planner would fill it, from the other sets as they stand at that moment, so tables in a cycle get
 * the same rows. The job's pass then reads every row, counts it, and writes those flagged {@link #INCLUDED}.
 *
 * <p>Bound: the key sets (keys of the subset's rows of referenced columns) are collected by the driver and broadcast
 * to every executor, as the single-machine job holds them in memory; Spark refuses a broadcast over 8 GiB.
 */
final class SubsetJoins {

    /** The boolean column the job's pass reads: whether the row is in the subset. */
    static final String INCLUDED = "__warden_subset";

    private final SparkSession spark;
    private final CompiledPlan shape;
    private final PlanRecipe recipe;
    private final Function<String, Dataset<Row>> inputs;
    private final String jdbcUrl;
    private final Properties jdbc;
    private final List<Dataset<Row>> cached = new ArrayList<>();
    private int joins;

    /**
     * @param inputs a table's input rows, in its plan's input column order
     * @param jdbcUrl the input's JDBC URL, or null for files
     */
    SubsetJoins(SparkSession spark, CompiledPlan shape, PlanRecipe recipe, Function<String, Dataset<Row>> inputs,
            String jdbcUrl, Properties jdbc) {
        this.spark = spark;
        this.shape = shape;
        this.recipe = recipe;
        this.inputs = inputs;
        this.jdbcUrl = jdbcUrl;
        this.jdbc = jdbc;
    }

    /** The key tuples of one of the planner's sets, as the contributions made so far (their union). */
    private static final class KeySet {
        final List<Dataset<Row>> parts = new ArrayList<>();
    }

    /** "The row's key at these input columns is in this set." */
    private record Test(List<String> columns, KeySet set) {
    }

    /** A set of key tuples of some of a table's columns that a foreign key refers to. */
    private record Referenced(List<String> columns, KeySet set) {
    }

    /**
     * Plans the subset: runs the Spark jobs that fill the key sets (each cached) and returns, per table, its input rows
     * with the column {@link #INCLUDED} added.
     *
     * @return by lower-case table name, every table of the plan
     * @throws ConfigurationException if the root table is not in the job or has no primary key, or a table refers to
     *     itself through columns that other tables refer to too (the single-machine result then depends on row order)
     */
    Map<String, Dataset<Row>> plan(SubsetRule rule) {
        List<CompiledPlan.Table> tables = shape.tables();
        CompiledPlan.Table root = tables.stream().filter(t -> t.name().equalsIgnoreCase(rule.table())).findFirst()
                .orElseThrow(() -> new ConfigurationException("subset: no table " + rule.table() + " in the job"));
        if (root.primaryKeyInputs().length == 0) {
            throw new ConfigurationException("subset: the root table " + root.name() + " has no primary key; declare \"primaryKey\" in the spec");
        }
        spark.sparkContext().setJobDescription("warden: subset, root keys of " + root.name());
        KeySet rootKeys = new KeySet();
        rootKeys.parts.add(materialize(rootKeys(root, rule)));
        Map<String, List<Test>> down = new LinkedHashMap<>();
        down.put(key(root.name()), List.of(new Test(names(root, root.primaryKeyInputs()), rootKeys)));

        // Downward, parents first.
        Map<String, KeySet> includedDown = new LinkedHashMap<>();
        Set<String> downward = new LinkedHashSet<>();
        downward.add(key(root.name()));
        for (CompiledPlan.Table t : tables) {
            if (downward.contains(key(t.name()))) {
                continue;
            }
            List<CompiledPlan.Reference> toDown = t.references().stream()
                    .filter(f -> downward.contains(key(f.parentTable())) && !f.parentTable().equalsIgnoreCase(t.name())).toList();
            if (toDown.isEmpty()) {
                continue;
            }
            downward.add(key(t.name()));
            List<Test> tests = new ArrayList<>();
            for (CompiledPlan.Reference f : toDown) {
                tests.add(new Test(names(t, f.inputs()), includedDown.computeIfAbsent(parentKey(f), k -> new KeySet())));
            }
            down.put(key(t.name()), tests);
        }
        for (CompiledPlan.Table t : tables) {
            List<Referenced> refs = referenced(t, includedDown);
            if (!downward.contains(key(t.name())) || refs.isEmpty()) {
                continue;
            }
            spark.sparkContext().setJobDescription("warden: subset, downward from " + t.name());
            Dataset<Row> in = flagged(t, down.get(key(t.name()))).where(SparkTables.column(INCLUDED));
            List<Dataset<Row>> sets = scan(in, refs.stream().map(Referenced::columns).toList());
            for (int r = 0; r < refs.size(); r++) {
                refs.get(r).set().parts.add(sets.get(r));
            }
        }

        // Upward, children first.
        Map<String, KeySet> needed = new LinkedHashMap<>();
        Map<String, List<Test>> result = new LinkedHashMap<>();
        for (int i = tables.size() - 1; i >= 0; i--) {
            CompiledPlan.Table t = tables.get(i);
            List<Test> included = new ArrayList<>(down.getOrDefault(key(t.name()), List.of()));
            Set<KeySet> read = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (Referenced r : referenced(t, needed)) {
                included.add(new Test(r.columns(), r.set()));
                read.add(r.set());
            }
            result.put(key(t.name()), included);
            List<CompiledPlan.Reference> fks = t.references();
            if (fks.isEmpty()) {
                continue;
            }
            List<KeySet> targets = new ArrayList<>();
            for (CompiledPlan.Reference f : fks) {
                KeySet target = needed.computeIfAbsent(parentKey(f), k -> new KeySet());
                if (read.contains(target)) {
                    // One machine adds to this set while it reads it, so which rows come in depends on their order.
                    throw new ConfigurationException("subset: table " + t.name() + " refers to itself (" + String.join(", ", f.columns())
                            + " -> " + f.parentTable() + "." + String.join(", ", f.parentColumns()) + ") through columns that other tables "
                            + "refer to as well; the Spark job cannot subset it with the single-machine job's result; run it on one machine");
                }
                targets.add(target);
            }
            spark.sparkContext().setJobDescription("warden: subset, upward from " + t.name());
            Dataset<Row> in = flagged(t, included).where(SparkTables.column(INCLUDED));
            List<Dataset<Row>> adds = scan(in, fks.stream().map(f -> names(t, f.inputs())).toList());
            for (int f = 0; f < fks.size(); f++) {
                targets.get(f).parts.add(adds.get(f));
            }
        }
        spark.sparkContext().setJobDescription(null);
        Map<String, Dataset<Row>> flaggedInputs = new LinkedHashMap<>();
        for (CompiledPlan.Table t : tables) {
            flaggedInputs.put(key(t.name()), flagged(t, result.get(key(t.name()))));
        }
        return flaggedInputs;
    }

    /** Drops the cached key sets; call when the job's pass has ended. */
    void release() {
        for (Dataset<Row> d : cached) {
            d.unpersist(false);
        }
        cached.clear();
    }

    /** The root's chosen primary keys, as key columns {@code k0..}. */
    private Dataset<Row> rootKeys(CompiledPlan.Table root, SubsetRule rule) {
        int[] pk = root.primaryKeyInputs();
        if (rule instanceof SubsetRule.Filter filter && jdbcUrl != null && pk.length == 1) {
            // As the single-machine job does on a database: the condition is SQL, run on the (read-only) source.
            String condition = filter.condition();
            if (condition.contains(";") || condition.contains("--") || condition.contains("/*")) {
                throw new ConfigurationException("subset filter on table " + root.name() + ": a SQL condition may not contain ';', '--' or '/*'");
            }
            var dialect = JdbcDialects.get(jdbcUrl);
            String column = root.inputColumns().get(pk[0]);
            Dataset<Row> keys = spark.read().format("jdbc").options(scala(jdbc)).option("url", jdbcUrl)
                    .option("query", "SELECT " + dialect.quoteIdentifier(column) + " FROM " + root.name() + " WHERE (" + condition + ")")
                    .load();
            return keys(keys.select(keys.col(keys.columns()[0]).cast("string").as(column)), List.of(column));
        }
        Dataset<Row> in = inputs.apply(root.name());
        String condition = rule instanceof SubsetRule.Filter f ? f.condition() : null;
        if (condition != null) {
            root.rowFilter(condition); // a condition that does not parse fails here, on the driver
        }
        return in.mapPartitions(new RootSelection(recipe, root.name(), rule, condition),
                Encoders.row(SparkTables.strings(keyNames(pk.length))));
    }

    /** A table's input rows with {@link #INCLUDED}: whether any test holds, by the sets' contents now. */
    private Dataset<Row> flagged(CompiledPlan.Table t, List<Test> tests) {
        Dataset<Row> rows = inputs.apply(t.name());
        List<Column> marks = new ArrayList<>();
        for (Test test : tests) {
            if (test.set().parts.isEmpty()) {
                continue;
            }
            Dataset<Row> set = test.set().parts.get(0);
            for (int p = 1; p < test.set().parts.size(); p++) {
                set = set.union(test.set().parts.get(p));
            }
            if (test.set().parts.size() > 1) {
                set = set.distinct();
            }
            String prefix = "__warden_j" + (joins++) + "_";
            List<Column> renamed = new ArrayList<>();
            Column on = null;
            for (int c = 0; c < test.columns().size(); c++) {
                renamed.add(SparkTables.column("k" + c).as(prefix + c));
                Column eq = SparkTables.column(test.columns().get(c)).equalTo(SparkTables.column(prefix + c));
                on = on == null ? eq : on.and(eq);
            }
            renamed.add(functions.lit(true).as(prefix + "m"));
            rows = rows.join(functions.broadcast(set.select(renamed.toArray(Column[]::new))), on, "left_outer");
            marks.add(functions.coalesce(SparkTables.column(prefix + "m"), functions.lit(false)));
        }
        Column included = marks.stream().reduce(Column::or).orElse(functions.lit(false));
        List<Column> out = new ArrayList<>();
        for (String c : t.inputColumns()) {
            out.add(SparkTables.column(c));
        }
        out.add(included.as(INCLUDED));
        return rows.select(out.toArray(Column[]::new));
    }

    /** The non-empty key tuples of some columns of some rows, as columns {@code k0..}. */
    private static Dataset<Row> keys(Dataset<Row> rows, List<String> columns) {
        List<Column> k = new ArrayList<>();
        Column present = null;
        for (int c = 0; c < columns.size(); c++) {
            Column col = SparkTables.column(columns.get(c));
            k.add(col.as("k" + c));
            Column p = col.isNotNull().and(col.notEqual(""));
            present = present == null ? p : present.and(p);
        }
        return rows.where(present).select(k.toArray(Column[]::new));
    }

    /**
     * One pass over a table's included rows, as the single-machine planner scans a table once for all its sets: the
     * rows' key columns are kept while the sets are taken from them.
     */
    private List<Dataset<Row>> scan(Dataset<Row> included, List<List<String>> columnSets) {
        if (columnSets.size() == 1) {
            return List.of(materialize(keys(included, columnSets.get(0))));
        }
        Set<String> columns = new LinkedHashSet<>();
        columnSets.forEach(columns::addAll);
        Dataset<Row> picked = included.select(columns.stream().map(SparkTables::column).toArray(Column[]::new))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            List<Dataset<Row>> sets = new ArrayList<>();
            for (List<String> c : columnSets) {
                sets.add(materialize(keys(picked, c)));
            }
            return sets;
        } finally {
            picked.unpersist(false);
        }
    }

    /** Computes a set once, distinct, and keeps it (memory, then disk) for the joins that read it. */
    private Dataset<Row> materialize(Dataset<Row> keys) {
        Dataset<Row> set = keys.distinct().persist(StorageLevel.MEMORY_AND_DISK());
        set.count();
        cached.add(set);
        return set;
    }

    /** The column sets of {@code t} that a foreign key refers to and whose key set exists in {@code sets}. */
    private List<Referenced> referenced(CompiledPlan.Table t, Map<String, KeySet> sets) {
        List<Referenced> refs = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (CompiledPlan.Table child : shape.tables()) {
            for (CompiledPlan.Reference f : child.references()) {
                KeySet keys = sets.get(parentKey(f));
                if (f.parentTable().equalsIgnoreCase(t.name()) && keys != null && seen.add(parentKey(f))) {
                    refs.add(new Referenced(f.parentColumns().stream().map(c -> t.inputColumns().get(index(t, c))).toList(), keys));
                }
            }
        }
        return refs;
    }

    private static int index(CompiledPlan.Table t, String column) {
        int i = t.inputIndex(column);
        if (i < 0) {
            throw new ConfigurationException("subset: table " + t.name() + " has no column " + column + " that a foreign key refers to");
        }
        return i;
    }

    private static List<String> names(CompiledPlan.Table t, int[] positions) {
        List<String> names = new ArrayList<>();
        for (int p : positions) {
            names.add(t.inputColumns().get(p));
        }
        return names;
    }

    private static List<String> keyNames(int n) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add("k" + i);
        }
        return names;
    }

    private static String key(String table) {
        return table.toLowerCase(Locale.ROOT);
    }

    private static String parentKey(CompiledPlan.Reference f) {
        return key(f.parentTable()) + "(" + String.join(",", f.parentColumns()).toLowerCase(Locale.ROOT) + ")";
    }

    private static scala.collection.immutable.Map<String, String> scala(Properties properties) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String name : properties.stringPropertyNames()) {
            m.put(name, properties.getProperty(name));
        }
        return scala.collection.immutable.Map.from(scala.jdk.CollectionConverters.MapHasAsScala(m).asScala());
    }

    /**
     * Chooses the root's rows on an executor: its primary key ({@link CompiledPlan.Table#keyOf}) non-empty, and chosen
     * by the rule under the job key (resolved on the executor); emits the key's cells.
     */
    static final class RootSelection implements MapPartitionsFunction<Row, Row>, Serializable {
        private static final long serialVersionUID = 1L;
        private final PlanRecipe recipe;
        private final String table;
        private final String root;
        private final double percent;
        private final String condition;

        RootSelection(PlanRecipe recipe, String table, SubsetRule rule, String condition) {
            this.recipe = recipe;
            this.table = table;
            this.root = rule.table();
            this.percent = rule instanceof SubsetRule.Percent p ? p.percent() : 100;
            this.condition = condition;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> rows) {
            CompiledPlan plan = ExecutorPlans.plan(recipe);
            CompiledPlan.Table t = plan.table(table);
            int[] pk = t.primaryKeyInputs();
            int width = t.inputColumns().size();
            Predicate<String[]> filter = condition == null ? null : t.rowFilter(condition);
            Predicate<String> selector = condition != null ? null : plan.subsetSelector(new SubsetRule.Percent(root, percent));
            return new Iterator<>() {
                private Row next;

                @Override
                public boolean hasNext() {
                    while (next == null && rows.hasNext()) {
                        Row r = rows.next();
                        String[] in = new String[width];
                        for (int i = 0; i < width; i++) {
                            String v = r.getString(i);
                            in[i] = v == null || v.isEmpty() ? null : v;
                        }
                        String k = CompiledPlan.Table.keyOf(in, pk);
                        if (k != null && (filter != null ? filter.test(in) : selector.test(k))) {
                            Object[] cells = new Object[pk.length];
                            for (int i = 0; i < pk.length; i++) {
                                cells[i] = in[pk[i]];
                            }
                            next = RowFactory.create(cells);
                        }
                    }
                    return next != null;
                }

                @Override
                public Row next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    Row r = next;
                    next = null;
                    return r;
                }
            };
        }
    }
}
