package dev.warden.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.warden.core.deid.detect.CodeSystem;
import dev.warden.core.deid.detect.CodeSystemMatch;
import dev.warden.core.deid.detect.CodeSystems;
import dev.warden.core.job.CompiledPlan;
import dev.warden.core.job.JobReport;
import dev.warden.deid.IdentifierType;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The single-machine job's checks ({@code OutputValidator}) on the facts the write gathered in its own pass
 * ({@link PartitionTransform}: {@link TableCounts} and {@link FingerprintSets}), with the same names, order and
 * wording, so the {@link JobReport} has the same shape. Nothing is read again while every check passes:
 *
 * <ul>
 *   <li><b>foreign keys</b>: each foreign key's value fingerprints must all be among its parent's key fingerprints;
 *       if one is not, the staged tables are joined (one left join of the child's key tuples against the parent's
 *       distinct keys) to count the rows exactly;</li>
 *   <li><b>primary keys</b>: as many distinct key fingerprints as rows with a key; otherwise an exact group-by of the
 *       staged table's keys (so a 64-bit collision can cost time, never a false failure);</li>
 *   <li><b>row counts</b>: CSV part files hold exactly the bytes the write passed (a listing, no read), Parquet's
 *       footers count the rows; on a byte mismatch the staged rows are counted;</li>
 *   <li><b>detectors</b>: counted row by row during the write ({@link TableCounts});</li>
 *   <li><b>original values</b>: identifier cells left unchanged, counted during the write; the fingerprints of the
 *       input's identifier values intersected with those of the copied output cells; only when some match are the
 *       staged tables read for those cells, grouped by value with the number of distinct entities carrying it (three
 *       or more: shared vocabulary), and the column's closed vocabulary recognized on its distinct values.</li>
 * </ul>
 *
 * Fingerprints are keyed (SipHash-1-3 under a key derived from the job key for this run, see
 * {@link CompiledPlan#fingerprinter}), so no input identifier value leaves its task, only 64-bit fingerprints (which
 * the driver holds, 8 bytes per distinct value per set); the copied output cells that match are collected to the
 * driver to judge them.
 */
final class SparkValidation {

    /** Distinct values of a copied column read to judge whether it is a closed vocabulary, as on one machine. */
    private static final int MAX_VOCABULARY_VALUES = 100_000;

    private final SparkSession spark;
    private final CompiledPlan shape;
    private final PlanRecipe recipe;
    private final String run;
    private final Map<String, Dataset<Row>> staged;
    private final Map<String, TableCounts> counts;
    private final FingerprintSets.Part facts;
    private final ToLongFunction<String> stagedBytes;
    private final Map<String, Long> violations = new java.util.LinkedHashMap<>();
    private final Map<String, Long> duplicateKeys = new HashMap<>();
    private long foreignKeyValues;

    /**
     * @param run the run's id, as the write's fingerprints were keyed with it
     * @param staged the staged tables, read again only where a fingerprint check needs an exact count
     * @param counts the write's per-row findings per table
     * @param facts the write's fingerprint sets
     * @param stagedBytes a staged CSV table's bytes on disk; null for Parquet (counted from its footers)
     */
    SparkValidation(SparkSession spark, CompiledPlan shape, PlanRecipe recipe, String run, Map<String, Dataset<Row>> staged,
            Map<String, TableCounts> counts, FingerprintSets.Part facts, ToLongFunction<String> stagedBytes) {
        this.spark = spark;
        this.shape = shape;
        this.recipe = recipe;
        this.run = run;
        this.staged = staged;
        this.counts = counts;
        this.facts = facts;
        this.stagedBytes = stagedBytes;
    }

    List<JobReport.Check> checks() {
        List<JobReport.Check> checks = new ArrayList<>();
        keys();
        checks.add(foreignKeys());
        checks.add(primaryKeys());
        checks.add(rowCounts());
        checks.add(detectors());
        checks.add(originalValues());
        return checks;
    }

    private static Column present(Column c) {
        return c.isNotNull().and(c.notEqual(""));
    }

    /**
     * Per foreign key: its values and whether each is a key of the parent; per table: rows that repeat a primary key.
     * Decided on the write's fingerprint sets (a value whose fingerprint is no parent key's cannot join; as many distinct
     * key fingerprints as rows with a key means no key repeats); only when a set says otherwise are the staged tables
     * joined and grouped by their values, so that the counts reported are exact and a fingerprint collision cannot
     * fail a job.
     */
    private void keys() {
        boolean exact = false;
        for (CompiledPlan.Table t : shape.tables()) {
            for (CompiledPlan.ForeignKeyCheck fk : t.foreignKeys()) {
                violations.put(fk.name(), 0L);
                foreignKeyValues += facts.count(PartitionTransform.foreignKeySet(fk));
                exact |= !FingerprintSets.containsAll(facts.set(PartitionTransform.parentSet(fk)),
                        facts.set(PartitionTransform.foreignKeySet(fk)));
            }
            if (t.primaryKeyOutputs().length > 0) {
                String pk = PartitionTransform.primaryKeySet(t.name());
                long repeated = facts.count(pk) - facts.set(pk).length;
                duplicateKeys.put(t.name(), repeated);
                exact |= repeated > 0;
            }
        }
        if (exact) {
            exactKeys();
        }
    }

    /** The key checks on the staged tables' values: per table, rows that repeat a primary key; per foreign key, rows not joining. */
    private void exactKeys() {
        StructType facts = new StructType().add("kind", DataTypes.IntegerType).add("grp", DataTypes.StringType)
                .add("k", DataTypes.StringType);
        Dataset<Row> all = null;
        for (CompiledPlan.Table t : shape.tables()) {
            Dataset<Row> f = staged.get(t.name()).mapPartitions(new KeyFacts(recipe, t.name()), Encoders.row(facts));
            all = all == null ? f : all.union(f);
        }
        for (Row r : all.filter(col("kind").equalTo(0)).groupBy("grp", "k").count()
                .groupBy("grp").agg(sum(when(col("k").isNotNull().and(col("count").gt(1)), col("count").minus(1)).otherwise(0)))
                .collectAsList()) {
            duplicateKeys.put(r.getString(0), r.getLong(1));
        }
        Dataset<Row> refs = all.filter(col("kind").equalTo(2)).select(col("grp").as("fk"),
                functions.substring_index(col("grp"), "\u0000", -1).as("parent"), col("k").as("ref"));
        Dataset<Row> parents = all.filter(col("kind").equalTo(1)).select(col("grp").as("pgrp"), col("k").as("pk")).distinct()
                .withColumn("hit", lit(1));
        foreignKeyValues = 0;
        for (Row r : refs.join(parents, col("parent").equalTo(col("pgrp")).and(col("ref").equalTo(col("pk"))), "left")
                .groupBy("fk").agg(count(lit(1)), sum(when(col("hit").isNull(), 1).otherwise(0))).collectAsList()) {
            String fk = r.getString(0);
            foreignKeyValues += r.getLong(1);
            violations.put(fk.substring(0, fk.indexOf('\u0000')), r.getLong(2));
        }
    }

    private JobReport.Check foreignKeys() {
        List<String> broken = new ArrayList<>();
        violations.forEach((edge, n) -> {
            if (n > 0) {
                broken.add(edge + " (" + n + " rows)");
            }
        });
        return new JobReport.Check("foreign keys", broken.isEmpty(), broken.isEmpty()
                ? violations.size() + " foreign keys, " + foreignKeyValues + " values, all join"
                : "values that do not join: " + String.join(", ", broken));
    }

    private JobReport.Check primaryKeys() {
        List<String> duplicated = new ArrayList<>();
        long checked = 0;
        for (CompiledPlan.Table t : shape.tables()) {
            int[] pk = t.primaryKeyOutputs();
            if (pk.length == 0) {
                continue;
            }
            checked++;
            long extra = duplicateKeys.getOrDefault(t.name(), 0L);
            if (extra > 0) {
                List<String> names = java.util.Arrays.stream(pk).mapToObj(o -> t.outputColumns().get(o)).toList();
                duplicated.add(t.name() + " (" + extra + " rows repeat a primary key of (" + String.join(", ", names) + "))");
            }
        }
        return new JobReport.Check("primary keys", duplicated.isEmpty(), duplicated.isEmpty()
                ? checked + " tables' primary keys are unique in the output"
                : "duplicate primary keys in the output: " + String.join(", ", duplicated));
    }

    private JobReport.Check rowCounts() {
        List<String> wrong = new ArrayList<>();
        for (CompiledPlan.Table t : shape.tables()) {
            long expected = counts.get(t.name()).value()[TableCounts.ROWS_OUT];
            // CSV: the part files hold exactly the bytes the write passed (a listing, no read); else count the rows.
            long actual = stagedBytes != null && stagedBytes.applyAsLong(t.name()) == facts.count(PartitionTransform.bytesCount(t.name()))
                    ? expected : staged.get(t.name()).count();
            if (actual != expected) {
                wrong.add(t.name() + " (" + actual + " staged, " + expected + " expected)");
            }
        }
        return new JobReport.Check("row counts", wrong.isEmpty(), wrong.isEmpty()
                ? shape.tables().size() + " tables hold the rows planned" : "mismatch: " + String.join(", ", wrong));
    }

    private JobReport.Check detectors() {
        long checked = 0;
        long keptChecked = 0;
        Map<String, String> hits = new TreeMap<>();
        Map<String, String> keptHits = new TreeMap<>();
        Map<String, String> coincidences = new TreeMap<>();
        for (CompiledPlan.Table t : shape.tables()) {
            TableCounts c = counts.get(t.name());
            long[] v = c.value();
            checked += v[TableCounts.CHECKED];
            keptChecked += v[TableCounts.KEPT_CHECKED];
            for (int o = 0; o < t.outputColumns().size(); o++) {
                String column = t.name() + "." + t.outputColumns().get(o);
                long dates = t.transformed(o) ? 0 : t.keptDates(o, v, c.evidence(o));
                t.coincidentalDates(o, v, c.evidence(o)).ifPresent(d -> coincidences.put(column, d));
                long n = v[c.hits(o)] + dates;
                if (n > 0) {
                    String type = v[c.type(o)] == 0 ? IdentifierType.DATE.name()
                            : IdentifierType.values()[(int) v[c.type(o)] - 1].name();
                    (t.transformed(o) ? hits : keptHits).put(column, column + " (" + n + " values "
                            + (t.transformed(o) ? "look like " : "hold ") + type + ")");
                }
            }
        }
        boolean passed = hits.isEmpty() && keptHits.isEmpty();
        List<String> skipped = shape.detectorNotApplicable();
        return new JobReport.Check("detectors", passed, (passed
                ? checked + " transformed and " + keptChecked + " kept values checked, no identifier found"
                : (hits.isEmpty() ? "" : "identifiers found in transformed columns: " + String.join(", ", hits.values())
                        + (keptHits.isEmpty() ? "" : "; "))
                        + (keptHits.isEmpty() ? "" : "identifiers found in columns copied unchanged: "
                        + String.join(", ", keptHits.values()) + "; give each a rule (an identifier type, suppress or drop)"))
                + CompiledPlan.Table.coincidentalDatesNote(coincidences)
                + (skipped.isEmpty() ? "" : "; foreign keys are checked at their parent key; not applicable to format-preserving columns: "
                        + String.join(", ", skipped)));
    }

    private JobReport.Check originalValues() {
        Map<String, Long> leaks = new TreeMap<>();
        Map<String, Long> coincidences = new TreeMap<>();
        long fingerprinted = 0;
        for (CompiledPlan.Table t : shape.tables()) {
            TableCounts c = counts.get(t.name());
            fingerprinted += c.value()[TableCounts.FINGERPRINTED];
            for (int o = 0; o < t.outputColumns().size(); o++) {
                long n = c.value()[TableCounts.unchanged(o)];
                if (n > 0) {
                    leaks.merge(t.name() + "." + t.outputColumns().get(o), n, Long::sum);
                }
            }
        }
        List<Long> candidates = new ArrayList<>();
        for (long f : FingerprintSets.intersection(facts.set("in"), facts.set("copied"))) {
            candidates.add(f);
        }
        if (!candidates.isEmpty()) {
            Broadcast<HashSet<Long>> wanted = spark.sparkContext().broadcast(new HashSet<>(candidates),
                    scala.reflect.ClassTag$.MODULE$.apply(HashSet.class));
            StructType cells = new StructType().add("column", DataTypes.StringType).add("value", DataTypes.StringType)
                    .add("who", DataTypes.StringType);
            Dataset<Row> matches = null;
            for (CompiledPlan.Table t : shape.tables()) {
                Dataset<Row> m = staged.get(t.name()).mapPartitions(new CopiedCells(recipe, t.name(), run, wanted), Encoders.row(cells));
                matches = matches == null ? m : matches.union(m);
            }
            List<Row> spread = matches.groupBy("column", "value")
                    .agg(count(lit(1)).as("cells"), countDistinct(col("who")).as("entities")).collectAsList();
            Map<String, List<Row>> byColumn = new TreeMap<>();
            for (Row r : spread) {
                byColumn.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(r);
            }
            for (Map.Entry<String, List<Row>> e : byColumn.entrySet()) {
                int dot = e.getKey().indexOf('\u0000');
                CompiledPlan.Table t = shape.table(e.getKey().substring(0, dot));
                String column = e.getKey().substring(dot + 1);
                List<String> distinct = staged.get(t.name()).select(SparkTables.column(column).as("v")).filter(present(col("v")))
                        .distinct().limit(MAX_VOCABULARY_VALUES).as(Encoders.STRING()).collectAsList();
                CodeSystem vocabulary = CodeSystems.recognize(t.name(), column, distinct)
                        .map(CodeSystemMatch::system).filter(CodeSystem::selfEvident).orElse(null);
                for (Row r : e.getValue()) {
                    boolean shared = r.getLong(3) >= 3 || vocabulary != null && vocabulary.matches(r.getString(1));
                    (shared ? coincidences : leaks).merge(t.name() + "." + column, r.getLong(2), Long::sum);
                }
            }
            wanted.destroy();
        }
        List<String> leaked = new ArrayList<>();
        leaks.forEach((column, n) -> leaked.add(column + " (" + n + " cells)"));
        List<String> shared = new ArrayList<>();
        coincidences.forEach((column, n) -> shared.add(column + " (" + n + " cells)"));
        String vocabulary = shared.isEmpty() ? "" : "; cells of copied columns equal to an input identifier value but "
                + "carried there by three or more entities or values of the column's closed vocabulary (country, state, "
                + "currency, code system): shared vocabulary, not a copy of the identifier: "
                + String.join(", ", shared);
        return new JobReport.Check("original values", leaked.isEmpty(), (leaked.isEmpty()
                ? fingerprinted + " input identifier values fingerprinted; none is in a copied column, "
                        + "and no transformed cell kept its input value"
                : "input identifier values found in the output: " + String.join(", ", leaked)) + vocabulary);
    }

    /** The copied output cells whose fingerprint is a candidate: (table.column's column, value, entity or row). */
    static final class CopiedCells implements MapPartitionsFunction<Row, Row>, Serializable {
        private static final long serialVersionUID = 1L;
        private final PlanRecipe recipe;
        private final String table;
        private final String run;
        private final Broadcast<HashSet<Long>> wanted;

        CopiedCells(PlanRecipe recipe, String table, String run, Broadcast<HashSet<Long>> wanted) {
            this.recipe = recipe;
            this.table = table;
            this.run = run;
            this.wanted = wanted;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> rows) {
            CompiledPlan plan = ExecutorPlans.plan(recipe);
            CompiledPlan.Table t = plan.table(table);
            CompiledPlan.Fingerprinter fp = plan.fingerprinter(run);
            Set<Long> candidates = wanted.value();
            int entity = t.entityOutput();
            TaskContext task = TaskContext.get();
            String part = (task == null ? 0 : task.partitionId()) + ":";
            long[] n = new long[1];
            List<Row> batch = new ArrayList<>();
            return new Flattened<>(rows, r -> {
                batch.clear();
                n[0]++;
                String who = null;
                for (int o = 0; o < t.outputColumns().size(); o++) {
                    if (!t.transformed(o)) {
                        String v = r.getString(o);
                        if (v != null && !v.isEmpty() && candidates.contains(fp.of(v))) {
                            if (who == null) {
                                String e = entity >= 0 ? r.getString(entity) : null;
                                who = e != null ? e : "row " + part + n[0];
                            }
                            batch.add(RowFactory.create(table + "\u0000" + t.outputColumns().get(o), v, who));
                        }
                    }
                }
                return batch;
            });
        }
    }

    /**
     * A staged table's key facts: per row (0, table, primary key or null); per parent key set this table holds
     * (1, parent key id, key); per foreign key value (2, fk name NUL parent key id, key).
     */
    static final class KeyFacts implements MapPartitionsFunction<Row, Row>, Serializable {
        private static final long serialVersionUID = 1L;
        private final PlanRecipe recipe;
        private final String table;

        KeyFacts(PlanRecipe recipe, String table) {
            this.recipe = recipe;
            this.table = table;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> rows) {
            CompiledPlan plan = ExecutorPlans.plan(recipe);
            CompiledPlan.Table t = plan.table(table);
            int[] pk = t.primaryKeyOutputs();
            List<String> parentIds = new ArrayList<>();
            List<int[]> parentAt = new ArrayList<>();
            for (CompiledPlan.Table child : plan.tables()) {
                for (CompiledPlan.ForeignKeyCheck fk : child.foreignKeys()) {
                    if (fk.parentTable().equalsIgnoreCase(t.name())) {
                        String id = PartitionTransform.parentId(fk);
                        int[] at = fk.parentColumns().stream().mapToInt(t::outputIndex).toArray();
                        if (!parentIds.contains(id) && java.util.Arrays.stream(at).allMatch(o -> o >= 0)) {
                            parentIds.add(id);
                            parentAt.add(at);
                        }
                    }
                }
            }
            List<CompiledPlan.ForeignKeyCheck> fks = t.foreignKeys();
            int width = t.outputColumns().size();
            List<Row> batch = new ArrayList<>();
            return new Flattened<>(rows, r -> {
                batch.clear();
                String[] cells = new String[width];
                for (int i = 0; i < width; i++) {
                    cells[i] = r.getString(i);
                }
                batch.add(RowFactory.create(0, table, pk.length == 0 ? null : CompiledPlan.Table.keyOf(cells, pk)));
                for (int i = 0; i < parentIds.size(); i++) {
                    String k = CompiledPlan.Table.keyOf(cells, parentAt.get(i));
                    if (k != null) {
                        batch.add(RowFactory.create(1, parentIds.get(i), k));
                    }
                }
                for (CompiledPlan.ForeignKeyCheck fk : fks) {
                    String k = CompiledPlan.Table.keyOf(cells, fk.outputs());
                    if (k != null) {
                        batch.add(RowFactory.create(2, fk.name() + "\u0000" + PartitionTransform.parentId(fk), k));
                    }
                }
                return batch;
            });
        }
    }

    /** Streams the elements that a function gives for each row, lazily. */
    private static final class Flattened<T> implements Iterator<T> {
        private final Iterator<Row> rows;
        private final java.util.function.Function<Row, List<T>> expand;
        private Iterator<T> current = java.util.Collections.emptyIterator();

        Flattened(Iterator<Row> rows, java.util.function.Function<Row, List<T>> expand) {
            this.rows = rows;
            this.expand = expand;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext()) {
                if (!rows.hasNext()) {
                    return false;
                }
                current = new ArrayList<>(expand.apply(rows.next())).iterator();
            }
            return true;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            return current.next();
        }
    }
}
