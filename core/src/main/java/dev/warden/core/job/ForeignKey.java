package dev.warden.core.job;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key: the columns {@code columns} of a table refer to the columns {@code referencedColumns} of
 * {@code referencedTable}, pairwise in order (SQL:2016 {@code FOREIGN KEY (a, b) REFERENCES t (x, y)}). Each referencing
 * column takes its referenced column's transformation and consistency domain, so joins survive. A composite key is
 * checked as a tuple: a row whose referencing columns are all non-null must match one key tuple of the parent
 * ({@code MATCH SIMPLE}: a row with a null in any of them is not checked).
 *
 * @param columns the referencing columns, at least one
 * @param referencedTable the parent table
 * @param referencedColumns the parent's key columns, as many as {@code columns}
 */
public record ForeignKey(List<String> columns, String referencedTable, List<String> referencedColumns) {

    public ForeignKey {
        columns = List.copyOf(columns);
        Objects.requireNonNull(referencedTable, "referencedTable");
        referencedColumns = List.copyOf(referencedColumns);
        if (columns.isEmpty() || columns.size() != referencedColumns.size()) {
            throw new IllegalArgumentException("a foreign key needs as many referencing as referenced columns, at least one");
        }
    }

    /** A single-column foreign key. */
    public ForeignKey(String column, String referencedTable, String referencedColumn) {
        this(List.of(column), referencedTable, List.of(referencedColumn));
    }

    /** @return whether the key has more than one column */
    public boolean composite() {
        return columns.size() > 1;
    }

    /** @return the referencing column: the only one, or the first of a composite key */
    public String column() {
        return columns.get(0);
    }

    /** @return the referenced column: the only one, or the first of a composite key */
    public String referencedColumn() {
        return referencedColumns.get(0);
    }

    /**
     * @param column a column name, matched case-insensitively
     * @return the index of {@code column} among the referencing columns, or -1
     */
    public int indexOf(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).equalsIgnoreCase(column)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        if (!composite()) {
            return column() + " -> " + referencedTable + "." + referencedColumn();
        }
        return "(" + String.join(", ", columns) + ") -> " + referencedTable + "(" + String.join(", ", referencedColumns) + ")";
    }
}
