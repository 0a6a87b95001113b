package dev.warden.core.job;

import dev.warden.deid.ValueTransformer;
import java.util.List;

/**
 * One table's compiled plan: which source columns are read, which are written and with what transformer. Built once
 * by {@link JobPlanner}; the per-row path only indexes arrays.
 */
final class TablePlan {

    /** A foreign key with its positions: {@code input} in the source row, {@code output} in the written row or -1. */
    record Fk(String column, int input, int output, String parentTable, String parentColumn) {
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
    /** Input index of the primary key, or -1. */
    final int primaryKeyInput;
    final String primaryKey;
    final List<Fk> foreignKeys;
    final List<JobReport.ColumnReport> columnReports;

    TablePlan(String name, List<String> inputColumns, List<SourceColumn> outputColumns, int[] outputFrom,
            ValueTransformer[] transformers, boolean[] needsEntity, boolean[] identifier, boolean[] detectorCheck,
            int entityInput, int primaryKeyInput, String primaryKey, List<Fk> foreignKeys,
            List<JobReport.ColumnReport> columnReports) {
        this.name = name;
        this.inputColumns = List.copyOf(inputColumns);
        this.outputColumns = List.copyOf(outputColumns);
        this.outputFrom = outputFrom;
        this.transformers = transformers;
        this.needsEntity = needsEntity;
        this.identifier = identifier;
        this.detectorCheck = detectorCheck;
        this.entityInput = entityInput;
        this.primaryKeyInput = primaryKeyInput;
        this.primaryKey = primaryKey;
        this.foreignKeys = List.copyOf(foreignKeys);
        this.columnReports = List.copyOf(columnReports);
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
