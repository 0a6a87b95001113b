package dev.warden.spark;

import dev.warden.core.job.CompiledPlan;
import org.apache.spark.util.AccumulatorV2;

/**
 * The per-row findings of one table, summed over partitions: rows, the detectors' hits per column with the first type
 * found, and identifier cells left unchanged per column. Updated inside the write's tasks, so Spark applies each
 * partition's update once (result-stage accumulators count the first successful attempt only).
 *
 * <p>Layout of the {@code long[]}: {@value #ROWS_IN} rows in, {@value #ROWS_OUT} rows out, {@value #CHECKED} transformed
 * cells checked, {@value #KEPT_CHECKED} copied cells checked, {@value #FINGERPRINTED} input identifier cells, {@value #DROPPED} rows left out
 * because statistical de-identification suppressed their class, then per
 * output column: unchanged identifier cells, detector hits, then {@link CompiledPlan.Table#KEPT_EVIDENCE} counts per
 * output column that judge a copied column's bare yyyymmdd dates ({@link CompiledPlan.Table#keptDates}), all summed; last,
 * per output column, the first type hit (its ordinal plus one).
 */
final class TableCounts extends AccumulatorV2<long[], long[]> {

    private static final long serialVersionUID = 1L;

    static final int ROWS_IN = 0;
    static final int ROWS_OUT = 1;
    static final int CHECKED = 2;
    static final int KEPT_CHECKED = 3;
    static final int FINGERPRINTED = 4;
    static final int DROPPED = 5;
    private static final int HEAD = 6;

    private final int columns;
    private long[] counts;

    TableCounts(int columns) {
        this.columns = columns;
        this.counts = new long[HEAD + (3 + CompiledPlan.Table.KEPT_EVIDENCE) * columns];
    }

    static int unchanged(int o) {
        return HEAD + o;
    }

    int hits(int o) {
        return HEAD + columns + o;
    }

    /** @return the first of the output column's {@link CompiledPlan.Table#KEPT_EVIDENCE} evidence slots */
    int evidence(int o) {
        return HEAD + 2 * columns + CompiledPlan.Table.KEPT_EVIDENCE * o;
    }

    int type(int o) {
        return HEAD + (2 + CompiledPlan.Table.KEPT_EVIDENCE) * columns + o;
    }

    long[] empty() {
        return new long[counts.length];
    }

    @Override
    public boolean isZero() {
        for (long c : counts) {
            if (c != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public TableCounts copy() {
        TableCounts c = new TableCounts(columns);
        c.counts = counts.clone();
        return c;
    }

    @Override
    public void reset() {
        counts = new long[counts.length];
    }

    @Override
    public void add(long[] update) {
        int types = type(0);
        for (int i = 0; i < types; i++) {
            counts[i] += update[i];
        }
        for (int i = types; i < counts.length; i++) {
            if (counts[i] == 0) {
                counts[i] = update[i];
            }
        }
    }

    @Override
    public void merge(AccumulatorV2<long[], long[]> other) {
        add(other.value());
    }

    @Override
    public long[] value() {
        return counts;
    }
}
