package dev.warden.spark;

import dev.warden.core.job.CompiledPlan;
import dev.warden.deid.IdentifierType;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import dev.warden.core.job.TableAnonymization;
import org.apache.spark.TaskContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.unsafe.Platform;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * De-identifies one partition of a table, and gathers the validation's facts in the same pass: per row, the
 * detectors' hits and identifier cells left unchanged ({@link TableCounts}); keyed fingerprints of the primary key, of
 * the keys that foreign keys refer to, of the foreign key values, of the input's identifier values and of the copied
 * output cells ({@link FingerprintSets}), added to the job's accumulators when the partition ends. Only the recipe, the
 * table's name, the run's id and the accumulators travel in the closure.
 */
final class PartitionTransform implements Serializable {

    private static final long serialVersionUID = 1L;

    private final PlanRecipe recipe;
    private final String table;
    private final String run;
    private final TableCounts counts;
    private final FingerprintSets sets;
    private final boolean subset;
    /** The table's statistical de-identification as the driver's analysis decided it, or null. */
    private final Broadcast<TableAnonymization.Release> release;

    /**
     * @param subset whether each input row ends with the boolean column {@link SubsetJoins#INCLUDED}: every row is
     *     counted as read, only those flagged are transformed and written
     * @param release the generalization and suppressed classes to apply to each transformed row, or null
     */
    PartitionTransform(PlanRecipe recipe, String table, String run, TableCounts counts, FingerprintSets sets, boolean subset,
            Broadcast<TableAnonymization.Release> release) {
        this.recipe = recipe;
        this.table = table;
        this.run = run;
        this.counts = counts;
        this.sets = sets;
        this.subset = subset;
        this.release = release;
    }

    /** A partition's output rows; {@link #wrote} adds the bytes its writer wrote for the row-count check. */
    interface Rows extends Iterator<String[]> {
        /** @param bytes bytes written for a row (or the header), line end included */
        void wrote(long bytes);
    }

    /** How a partition's input rows are read: every column a string, in the plan's input order (then the subset's flag). */
    interface Input<T> {
        /** @return the row's first {@code width} cells, an empty cell as null (as the single-machine job reads CSV) */
        String[] cells(T row, int width);

        /** @return the subset's flag in the cell after them */
        boolean included(T row, int width);
    }

    /** Spark's internal rows, as the scan produces them: each cell decoded from UTF-8 once, no {@link Row} built. */
    static final Input<InternalRow> INTERNAL_ROWS = new Input<>() {
        @Override
        public String[] cells(InternalRow row, int width) {
            String[] in = new String[width];
            for (int i = 0; i < width; i++) {
                if (!row.isNullAt(i)) {
                    UTF8String v = row.getUTF8String(i);
                    in[i] = v.numBytes() == 0 ? null : string(v);
                }
            }
            return in;
        }

        @Override
        public boolean included(InternalRow row, int width) {
            return row.getBoolean(width);
        }
    };

    /**
     * @return the cell as {@link UTF8String#toString} decodes it, straight from the row's bytes when they are on the
     *     heap (the scan's rows): no copy of the bytes first
     */
    static String string(UTF8String v) {
        if (v.getBaseObject() instanceof byte[] bytes) {
            return new String(bytes, Math.toIntExact(v.getBaseOffset() - Platform.BYTE_ARRAY_OFFSET), v.numBytes(),
                    StandardCharsets.UTF_8);
        }
        return v.toString();
    }

    /** External rows. */
    static final Input<Row> ROWS = new Input<>() {
        @Override
        public String[] cells(Row row, int width) {
            String[] in = new String[width];
            for (int i = 0; i < width; i++) {
                String v = row.getString(i);
                in[i] = v == null || v.isEmpty() ? null : v;
            }
            return in;
        }

        @Override
        public boolean included(Row row, int width) {
            return row.getBoolean(width);
        }
    };

    /** @return the name of the set of the keys of {@code fk}'s parent; the parent table adds them */
    static String parentSet(CompiledPlan.ForeignKeyCheck fk) {
        return "parent\u0000" + parentId(fk);
    }

    /** @return the name of the set of {@code fk}'s values */
    static String foreignKeySet(CompiledPlan.ForeignKeyCheck fk) {
        return "fk\u0000" + fk.name() + "\u0000" + parentId(fk);
    }

    /** @return the name of a table's set of primary keys */
    static String primaryKeySet(String table) {
        return "pk\u0000" + table;
    }

    /** @return the name of a table's count of bytes written */
    static String bytesCount(String table) {
        return "bytes\u0000" + table;
    }

    static String parentId(CompiledPlan.ForeignKeyCheck fk) {
        return fk.parentTable().toLowerCase(Locale.ROOT) + "(" + String.join(",", fk.parentColumns()).toLowerCase(Locale.ROOT) + ")";
    }

    /**
     * @param rows the partition's rows
     * @param input how to read them
     * @return the output rows, lazily
     */
    <T> Rows apply(Iterator<T> rows, Input<T> input) {
        CompiledPlan plan = ExecutorPlans.plan(recipe);
        CompiledPlan.Table t = plan.table(table);
        CompiledPlan.Fingerprinter fp = plan.fingerprinter(run);
        TaskContext task = TaskContext.get();
        String part = "partition " + (task == null ? 0 : task.partitionId()) + ", ";
        int width = t.inputColumns().size();
        int outWidth = t.outputColumns().size();
        long[] local = counts.empty();
        FingerprintSets.Builder facts = new FingerprintSets.Builder();
        FingerprintSets.LongList inputs = facts.set("in");
        FingerprintSets.LongList copied = facts.set("copied");
        int[] pk = t.primaryKeyOutputs();
        FingerprintSets.LongList pkSet = pk.length == 0 ? null : facts.set(primaryKeySet(t.name()));
        List<int[]> parentAt = new ArrayList<>();
        List<FingerprintSets.LongList> parentSets = new ArrayList<>();
        List<String> parentNames = new ArrayList<>();
        for (CompiledPlan.Table child : plan.tables()) {
            for (CompiledPlan.ForeignKeyCheck fk : child.foreignKeys()) {
                if (fk.parentTable().equalsIgnoreCase(t.name())) {
                    int[] at = fk.parentColumns().stream().mapToInt(t::outputIndex).toArray();
                    if (!parentNames.contains(parentSet(fk)) && java.util.Arrays.stream(at).allMatch(o -> o >= 0)) {
                        parentNames.add(parentSet(fk));
                        parentAt.add(at);
                        parentSets.add(facts.set(parentSet(fk)));
                    }
                }
            }
        }
        List<CompiledPlan.ForeignKeyCheck> fks = t.foreignKeys();
        FingerprintSets.LongList[] fkSets = new FingerprintSets.LongList[fks.size()];
        long[] fkValues = new long[fks.size()];
        for (int i = 0; i < fks.size(); i++) {
            fkSets[i] = facts.set(foreignKeySet(fks.get(i)));
        }
        boolean[] identifier = new boolean[outWidth];
        boolean[] transformed = new boolean[outWidth];
        boolean[] detected = new boolean[outWidth];
        int[] inputOf = new int[outWidth];
        for (int o = 0; o < outWidth; o++) {
            identifier[o] = t.identifier(o);
            transformed[o] = t.transformed(o);
            detected[o] = t.detectorChecked(o);
            inputOf[o] = t.inputOf(o);
        }
        TableAnonymization.Release anonymity = release == null ? null : release.value();
        return new Rows() {
            private long n;
            private long pkRows;
            private long bytes;
            private boolean done;
            private String[] pendingIn;
            private String[] pendingOut;

            @Override
            public void wrote(long written) {
                bytes += written;
            }

            /**
             * Reads and transforms up to the next row to write (with a subset, the next one flagged; with statistical
             * de-identification, the next one not dropped), counting every row read. Reads each row's cells before the
             * next row, which Spark's scan may reuse.
             */
            private boolean advance() {
                while (pendingOut == null && rows.hasNext()) {
                    T r = rows.next();
                    n++;
                    local[TableCounts.ROWS_IN]++;
                    if (subset && !input.included(r, width)) {
                        continue;
                    }
                    String[] in = input.cells(r, width);
                    String[] out = t.apply(in, part, n);
                    if (anonymity != null && !anonymity.apply(out)) {
                        local[TableCounts.DROPPED]++;
                        continue;
                    }
                    pendingIn = in;
                    pendingOut = out;
                }
                return pendingOut != null;
            }

            @Override
            public boolean hasNext() {
                boolean more = advance();
                if (!more && !done) {
                    done = true;
                    counts.add(local);
                    for (int i = 0; i < fks.size(); i++) {
                        facts.count(foreignKeySet(fks.get(i)), fkValues[i]);
                    }
                    if (pkSet != null) {
                        facts.count(primaryKeySet(t.name()), pkRows);
                    }
                    facts.count(bytesCount(t.name()), bytes);
                    sets.add(facts.build());
                }
                return more;
            }

            @Override
            public String[] next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                String[] in = pendingIn;
                String[] out = pendingOut;
                pendingIn = null;
                pendingOut = null;
                for (int o = 0; o < outWidth; o++) {
                    String value = out[o];
                    if (identifier[o]) {
                        String original = in[inputOf[o]];
                        if (t.fingerprinted(o, original)) {
                            local[TableCounts.FINGERPRINTED]++;
                            inputs.add(fp.of(original));
                        }
                        if (original != null && original.equals(value) && t.leaksUnchanged(o, original, value)) {
                            local[TableCounts.unchanged(o)]++;
                        }
                    }
                    if (value == null || value.isEmpty()) {
                        continue;
                    }
                    if (!transformed[o]) {
                        copied.add(fp.of(value));
                    }
                    if (!detected[o]) {
                        continue;
                    }
                    local[transformed[o] ? TableCounts.CHECKED : TableCounts.KEPT_CHECKED]++;
                    Optional<IdentifierType> hit = t.detect(o, value, local, counts.evidence(o));
                    if (hit.isPresent()) {
                        local[counts.hits(o)]++;
                        if (local[counts.type(o)] == 0) {
                            local[counts.type(o)] = hit.get().ordinal() + 1L;
                        }
                    }
                }
                if (pkSet != null) {
                    String k = CompiledPlan.Table.keyOf(out, pk);
                    if (k != null) {
                        pkRows++;
                        pkSet.add(fp.of(k));
                    }
                }
                for (int i = 0; i < parentSets.size(); i++) {
                    String k = CompiledPlan.Table.keyOf(out, parentAt.get(i));
                    if (k != null) {
                        parentSets.get(i).add(fp.of(k));
                    }
                }
                for (int i = 0; i < fkSets.length; i++) {
                    String k = CompiledPlan.Table.keyOf(out, fks.get(i).outputs());
                    if (k != null) {
                        fkValues[i]++;
                        fkSets[i].add(fp.of(k));
                    }
                }
                local[TableCounts.ROWS_OUT]++;
                return out;
            }
        };
    }
}
