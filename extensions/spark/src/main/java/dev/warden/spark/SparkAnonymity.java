package dev.warden.spark;

import dev.warden.ConfigurationException;
import dev.warden.core.job.CompiledPlan;
import dev.warden.core.job.JobReport;
import dev.warden.core.job.TableAnonymization;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;

/**
 * Statistical de-identification of one table on Spark (k-anonymity, l-diversity, t-closeness as the spec's
 * {@code anonymity} gives them), with the single-machine job's output cell for cell. Core's search numbers the values
 * in the order they first appear, and a distributed search would not, so the analysis runs where the single-machine
 * job runs it, on one JVM:
 *
 * <ol>
 *   <li>{@link #analyse}: the executors apply the column rules to the table's quasi-identifiers and sensitive column
 *       only, and the driver collects those cells, partition by partition in order (the rows in the single-machine job's
 *       order; each partition's values shared, so repeated values cost one reference); core's
 *       {@link TableAnonymization#analyse} finds the generalization and the classes to suppress;
 *   <li>the decision ({@link TableAnonymization.Release}: per quasi-identifier its value-to-generalization map, and the
 *       suppressed classes; its size is the distinct values, not the rows) is broadcast, and each executor applies it
 *       to every transformed row as it writes ({@link PartitionTransform});
 *   <li>{@link #check}: the written table's equivalence classes are counted by a Spark aggregation (group by the
 *       quasi-identifiers and the sensitive column, count) and checked by core's {@link TableAnonymization#check}
 *       against the privacy models and against the search's own outcome (records written, classes).
 * </ol>
 *
 * <p>Bound: the driver holds the analysed cells of the whole table at once (rows x analysed columns) while the search
 * runs, as the single-machine job does; see the module's README for the memory measured per million rows.
 */
final class SparkAnonymity {

    private SparkAnonymity() {
    }

    /**
     * Collects the analysed cells of a table and runs core's analysis on the driver.
     *
     * @param anonymization the table's anonymization, not yet analysed
     * @param in the table's input, in the single-machine job's row order, columns as the plan reads them (then the
     *     subset's flag when {@code subset})
     * @return the decision, broadcast to the executors; the caller destroys it
     * @throws dev.warden.InvalidInputException if the table is empty, a value is missing from its hierarchy, or the
     *     models cannot be met within the suppression limit (names the table, partition, row and column)
     * @throws ConfigurationException if the table has more rows than one list holds (2^31 - 9)
     */
    static Broadcast<TableAnonymization.Release> analyse(SparkSession spark, TableAnonymization anonymization,
            Dataset<Row> in, PlanRecipe recipe, String table, boolean subset) {
        int[] outputs = anonymization.analysedOutputs();
        spark.sparkContext().setJobDescription("warden: analyse " + table + " for its privacy models");
        List<Part> parts = new ArrayList<>(SparkDeidentificationJob.internalRows(in).toJavaRDD()
                .mapPartitions(new AnalysedCells(recipe, table, outputs, subset)).collect());
        long total = 0;
        for (Part p : parts) {
            total += p.size;
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new ConfigurationException("table " + table + ": " + total + " rows to analyse for its privacy models; "
                    + "the analysis holds every row on the driver and takes at most 2^31 - 9: split the table");
        }
        List<List<String>> rows = new ArrayList<>((int) total);
        Map<String, String> shared = new HashMap<>();
        long[] ends = new long[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            for (int r = 0; r < p.size; r++) {
                String[] cells = new String[outputs.length];
                for (int c = 0; c < outputs.length; c++) {
                    String v = p.columns[c][r];
                    cells[c] = shared.computeIfAbsent(v, x -> x);
                }
                rows.add(Arrays.asList(cells));
            }
            ends[i] = rows.size();
            // The part's columns are no longer needed once copied.
            parts.set(i, new Part(p.partition, p.size, null, p.rowNumbers));
        }
        anonymization.analyse(rows, index -> {
            int at = 0;
            while (ends[at] <= index) {
                at++;
            }
            Part p = parts.get(at);
            long within = index - (at == 0 ? 0 : ends[at - 1]);
            return "partition " + p.partition + ", row " + (p.rowNumbers == null ? within + 1 : p.rowNumbers[(int) within]);
        });
        return JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(anonymization.release());
    }

    /**
     * Counts the written table's equivalence classes with a Spark aggregation and checks them with core.
     *
     * @param staged the written table, every column a string
     * @param outputColumns the table's output columns
     * @param dropped the records left out because their class was suppressed, counted while writing
     * @return the "privacy model" check of the report
     */
    static JobReport.Check check(TableAnonymization anonymization, Dataset<Row> staged, List<String> outputColumns,
            long dropped) {
        int[] outputs = anonymization.analysedOutputs();
        Column[] by = new Column[outputs.length];
        for (int c = 0; c < outputs.length; c++) {
            by[c] = SparkTables.column(outputColumns.get(outputs[c]));
        }
        int qis = outputs.length - (anonymization.hasSensitiveColumn() ? 1 : 0);
        Map<List<String>, Map<String, Integer>> classes = new LinkedHashMap<>();
        for (Row r : staged.groupBy(by).count().collectAsList()) {
            String[] key = new String[qis];
            for (int c = 0; c < qis; c++) {
                key[c] = r.isNullAt(c) ? "" : r.getString(c);
            }
            String sensitive = qis < outputs.length && !r.isNullAt(qis) ? r.getString(qis) : "";
            classes.computeIfAbsent(List.of(key), k -> new LinkedHashMap<>())
                    .merge(sensitive, Math.toIntExact(r.getLong(outputs.length)), Integer::sum);
        }
        return anonymization.check(classes, dropped);
    }

    /** One partition's analysed cells, column by column, each distinct value one object. */
    record Part(int partition, int size, String[][] columns, long[] rowNumbers) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Applies the column rules to the analysed columns of each row of a partition. */
    static final class AnalysedCells implements FlatMapFunction<Iterator<InternalRow>, Part>, Serializable {
        private static final long serialVersionUID = 1L;
        private final PlanRecipe recipe;
        private final String table;
        private final int[] outputs;
        private final boolean subset;

        AnalysedCells(PlanRecipe recipe, String table, int[] outputs, boolean subset) {
            this.recipe = recipe;
            this.table = table;
            this.outputs = outputs.clone();
            this.subset = subset;
        }

        @Override
        public Iterator<Part> call(Iterator<InternalRow> rows) {
            CompiledPlan.Table t = ExecutorPlans.plan(recipe).table(table);
            int width = t.inputColumns().size();
            TaskContext task = TaskContext.get();
            int partition = task == null ? 0 : task.partitionId();
            String part = "partition " + partition + ", ";
            List<String[]> columns = new ArrayList<>();
            for (int c = 0; c < outputs.length; c++) {
                columns.add(new String[1024]);
            }
            long[] numbers = subset ? new long[1024] : null;
            Map<String, String> shared = new HashMap<>();
            int size = 0;
            long n = 0;
            while (rows.hasNext()) {
                InternalRow row = rows.next();
                n++;
                if (subset && !PartitionTransform.INTERNAL_ROWS.included(row, width)) {
                    continue;
                }
                String[] cells = t.apply(PartitionTransform.INTERNAL_ROWS.cells(row, width), outputs, part, n);
                if (size == columns.get(0).length) {
                    int grown = Math.addExact(size, size >> 1);
                    columns.replaceAll(c -> Arrays.copyOf(c, grown));
                    if (numbers != null) {
                        numbers = Arrays.copyOf(numbers, grown);
                    }
                }
                for (int c = 0; c < outputs.length; c++) {
                    String v = cells[c] == null ? "" : cells[c];
                    columns.get(c)[size] = shared.computeIfAbsent(v, x -> x);
                }
                if (numbers != null) {
                    numbers[size] = n;
                }
                size++;
            }
            String[][] out = new String[outputs.length][];
            for (int c = 0; c < outputs.length; c++) {
                out[c] = Arrays.copyOf(columns.get(c), size);
            }
            return List.of(new Part(partition, size, out, numbers == null ? null : Arrays.copyOf(numbers, size))).iterator();
        }
    }
}
