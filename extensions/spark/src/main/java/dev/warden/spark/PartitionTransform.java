package dev.warden.spark;

import dev.warden.core.job.CompiledPlan;
import dev.warden.deid.IdentifierType;
import java.io.Serializable;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.Row;

/**
 * De-identifies one partition of a table: rows stream through this executor thread's compiled plan, and the per-row
 * findings of the validation (detector hits, identifier cells left unchanged, rows) are summed into the table's
 * {@link TableCounts} when the partition ends. Only the recipe, the table's name and the accumulator travel in the
 * closure.
 */
final class PartitionTransform implements Serializable {

    private static final long serialVersionUID = 1L;

    private final PlanRecipe recipe;
    private final String table;
    private final TableCounts counts;

    PartitionTransform(PlanRecipe recipe, String table, TableCounts counts) {
        this.recipe = recipe;
        this.table = table;
        this.counts = counts;
    }

    /**
     * @param rows the partition's rows, every column a string, in the plan's input order
     * @return the output rows, lazily
     */
    Iterator<String[]> apply(Iterator<Row> rows) {
        CompiledPlan.Table t = ExecutorPlans.plan(recipe).table(table);
        TaskContext task = TaskContext.get();
        String part = "partition " + (task == null ? 0 : task.partitionId()) + ", ";
        int width = t.inputColumns().size();
        int outWidth = t.outputColumns().size();
        long[] local = counts.empty();
        return new Iterator<>() {
            private long n;
            private boolean done;

            @Override
            public boolean hasNext() {
                boolean more = rows.hasNext();
                if (!more && !done) {
                    done = true;
                    counts.add(local);
                }
                return more;
            }

            @Override
            public String[] next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Row r = rows.next();
                String[] in = new String[width];
                for (int i = 0; i < width; i++) {
                    String v = r.getString(i);
                    in[i] = v == null || v.isEmpty() ? null : v;
                }
                n++;
                local[TableCounts.ROWS_IN]++;
                String[] out = t.apply(in, part, n);
                for (int o = 0; o < outWidth; o++) {
                    String value = out[o];
                    if (t.identifier(o)) {
                        String original = in[t.inputOf(o)];
                        if (t.fingerprinted(o, original)) {
                            local[TableCounts.FINGERPRINTED]++;
                        }
                        if (t.leaksUnchanged(o, original, value)) {
                            local[TableCounts.unchanged(o)]++;
                        }
                    }
                    if (value == null || value.isEmpty() || !t.detectorChecked(o)) {
                        continue;
                    }
                    local[t.transformed(o) ? TableCounts.CHECKED : TableCounts.KEPT_CHECKED]++;
                    Optional<IdentifierType> hit = t.detect(o, value);
                    if (hit.isPresent()) {
                        local[counts.hits(o)]++;
                        if (local[counts.type(o)] == 0) {
                            local[counts.type(o)] = hit.get().ordinal() + 1L;
                        }
                    }
                }
                local[TableCounts.ROWS_OUT]++;
                return out;
            }
        };
    }
}
