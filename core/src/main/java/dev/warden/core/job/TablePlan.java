package dev.warden.core.job;

import dev.warden.deid.ValueTransformer;
import java.util.List;

/**
 * One table's compiled plan: which source columns are read, which are written and with what transformer. Built once
 * by {@link JobPlanner}; the per-row path only indexes arrays.
 */
final class TablePlan {

    /**
     * A foreign key with its positions: {@code inputs} in the source row, {@code outputs} in the written row (-1 for a
     * dropped column), pairwise with {@code parentColumns}.
     */
    record Fk(List<String> columns, int[] inputs, int[] outputs, String parentTable, List<String> parentColumns) {

        /** @return whether every referencing column is written, so the output can be checked */
        boolean written() {
            for (int o : outputs) {
                if (o < 0) {
                    return false;
                }
            }
            return true;
        }

        /** @return the parent's referenced columns as a key of the key-set maps, see {@link #keyOf} */
        String parentKey() {
            return SubsetPlanner.columns(parentTable, parentColumns);
        }

        @Override
        public String toString() {
            return columns.size() == 1 ? columns.get(0) + " -> " + parentTable + "." + parentColumns.get(0)
                    : "(" + String.join(", ", columns) + ") -> " + parentTable + "(" + String.join(", ", parentColumns) + ")";
        }
    }

    /**
     * The key of a row at some positions: the cell itself for one position; for several, each cell prefixed by its
     * length, so that distinct tuples never share a key. Null when any cell is null or empty (SQL {@code MATCH SIMPLE}:
     * such a row refers to nothing and is not checked).
     */
    static String keyOf(String[] row, int[] positions) {
        if (positions.length == 1) {
            String v = row[positions[0]];
            return MissingValues.missing(v) ? null : v;
        }
        StringBuilder sb = new StringBuilder();
        for (int p : positions) {
            String v = row[p];
            if (MissingValues.missing(v)) {
                return null;
            }
            sb.append(v.length()).append(':').append(v);
        }
        return sb.toString();
    }

    final String name;
    final List<String> inputColumns;
    final List<SourceColumn> outputColumns;
    /** For each output column, its index in the input row. */
    final int[] outputFrom;
    /** For each output column, its transformer, or null to copy unchanged. */
    final ValueTransformer[] transformers;
    final boolean[] needsEntity;
    /** For each output column, whether its input values are identifiers (fingerprinted for the leak check). */
    final boolean[] identifier;
    /** For each output column, whether the detectors must find nothing in its output. */
    final boolean[] detectorCheck;
    /** Input index of the entity key, or -1. */
    final int entityInput;
    /** Input index of a single-column primary key, or -1 (none, or composite). */
    final int primaryKeyInput;
    /** Input indexes of the primary key's columns, in key order; empty when the table has none. */
    final int[] primaryKeyInputs;
    /** Output indexes of the primary key's columns; empty when it has none or one of them is dropped. */
    final int[] primaryKeyOutputs;
    final List<String> primaryKey;
    final List<Fk> foreignKeys;
    final List<JobReport.ColumnReport> columnReports;
    /**
     * For each output column copied unchanged, whether the words of its text are compared with the input identifier
     * values (false for text that names things: see {@link SpecProposer#namesThings}).
     */
    final boolean[] wordsChecked;

    TablePlan(String name, List<String> inputColumns, List<SourceColumn> outputColumns, int[] outputFrom,
            ValueTransformer[] transformers, boolean[] needsEntity, boolean[] identifier, boolean[] detectorCheck,
            int entityInput, int[] primaryKeyInputs, int[] primaryKeyOutputs, List<String> primaryKey, List<Fk> foreignKeys,
            List<JobReport.ColumnReport> columnReports, boolean[] wordsChecked) {
        this.name = name;
        this.inputColumns = List.copyOf(inputColumns);
        this.outputColumns = List.copyOf(outputColumns);
        this.outputFrom = outputFrom;
        this.transformers = transformers;
        this.needsEntity = needsEntity;
        this.identifier = identifier;
        this.detectorCheck = detectorCheck;
        this.entityInput = entityInput;
        this.primaryKeyInputs = primaryKeyInputs;
        this.primaryKeyInput = primaryKeyInputs.length == 1 ? primaryKeyInputs[0] : -1;
        this.primaryKeyOutputs = primaryKeyOutputs;
        this.primaryKey = List.copyOf(primaryKey);
        this.foreignKeys = List.copyOf(foreignKeys);
        this.columnReports = List.copyOf(columnReports);
        this.wordsChecked = wordsChecked;
    }

    int inputIndex(String column) {
        return CsvDirectorySource.indexOf(inputColumns, column);
    }

    int outputIndex(String column) {
        for (int i = 0; i < outputColumns.size(); i++) {
            if (outputColumns.get(i).name().equalsIgnoreCase(column)) {
                return i;
            }
        }
        return -1;
    }
}
