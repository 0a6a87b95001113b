package dev.warden.core.job;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One table of a {@link JobSpec}.
 *
 * @param name the table's name (a file {@code <name>.csv} in a directory, or a JDBC table)
 * @param primaryKey the primary key column, if any; empty to read it from JDBC metadata or when the table has none
 * @param foreignKeys the foreign keys; for a JDBC source, those declared in the database are added
 * @param entityColumn the column holding the key of the job's entity (e.g. the patient) in this table, used to shift
 *     the dates of one entity by the same amount; found from the foreign keys when absent
 * @param columns the column rules, in the order given
 */
public record TableSpec(String name, Optional<String> primaryKey, List<ForeignKey> foreignKeys,
        Optional<String> entityColumn, List<ColumnSpec> columns) {

    public TableSpec {
        Objects.requireNonNull(name, "name");
        primaryKey = primaryKey == null ? Optional.empty() : primaryKey;
        entityColumn = entityColumn == null ? Optional.empty() : entityColumn;
        foreignKeys = List.copyOf(foreignKeys);
        columns = List.copyOf(columns);
    }

    /**
     * @param column a column name, matched case-insensitively
     * @return its spec, if the table lists it
     */
    public Optional<ColumnSpec> column(String column) {
        return columns.stream().filter(c -> c.name().equalsIgnoreCase(column)).findFirst();
    }

    /**
     * @param column a column name, matched case-insensitively
     * @return the foreign key whose referencing column it is, if any
     */
    public Optional<ForeignKey> foreignKey(String column) {
        return foreignKeys.stream().filter(f -> f.column().equalsIgnoreCase(column)).findFirst();
    }
}
