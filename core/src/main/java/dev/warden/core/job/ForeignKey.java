package dev.warden.core.job;

import java.util.Objects;

/**
 * A single-column foreign key: {@code table.column} refers to {@code referencedTable.referencedColumn}. The
 * referencing column takes the referenced column's transformation and consistency domain, so joins survive.
 *
 * @param column the referencing column
 * @param referencedTable the parent table
 * @param referencedColumn the parent's key column
 */
public record ForeignKey(String column, String referencedTable, String referencedColumn) {

    public ForeignKey {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(referencedTable, "referencedTable");
        Objects.requireNonNull(referencedColumn, "referencedColumn");
    }

    @Override
    public String toString() {
        return column + " -> " + referencedTable + "." + referencedColumn;
    }
}
