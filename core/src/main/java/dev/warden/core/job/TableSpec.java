package dev.warden.core.job;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One table of a {@link JobSpec}.
 *
 * @param name the table's name (a file {@code <name>.csv} in a directory, or a JDBC table)
 * @param primaryKeyColumns the primary key's columns in key order (several for a composite key); empty to read it from
 *     JDBC metadata or when the table has none
 * @param foreignKeys the foreign keys, single-column and composite; for a JDBC source, those declared in the database
 *     are added
 * @param entityColumn the column holding the key of the job's entity (e.g. the patient) in this table, used to shift
 *     the dates of one entity by the same amount; found from the foreign keys when absent
 * @param columns the column rules, in the order given
 * @param anonymity the statistical de-identification of the table (k-anonymity and more), if any
 */
public record TableSpec(String name, List<String> primaryKeyColumns, List<ForeignKey> foreignKeys,
        Optional<String> entityColumn, List<ColumnSpec> columns, Optional<AnonymitySpec> anonymity) {

    public TableSpec {
        Objects.requireNonNull(name, "name");
        primaryKeyColumns = List.copyOf(primaryKeyColumns);
        entityColumn = entityColumn == null ? Optional.empty() : entityColumn;
        foreignKeys = List.copyOf(foreignKeys);
        columns = List.copyOf(columns);
        anonymity = anonymity == null ? Optional.empty() : anonymity;
    }

    /** A table without statistical de-identification. */
    public TableSpec(String name, List<String> primaryKeyColumns, List<ForeignKey> foreignKeys,
            Optional<String> entityColumn, List<ColumnSpec> columns) {
        this(name, primaryKeyColumns, foreignKeys, entityColumn, columns, Optional.empty());
    }

    /** @return a copy with this statistical de-identification */
    public TableSpec withAnonymity(AnonymitySpec spec) {
        return new TableSpec(name, primaryKeyColumns, foreignKeys, entityColumn, columns, Optional.of(spec));
    }

    /** A table with at most a single-column primary key. */
    public TableSpec(String name, Optional<String> primaryKey, List<ForeignKey> foreignKeys,
            Optional<String> entityColumn, List<ColumnSpec> columns) {
        this(name, primaryKey == null ? List.of() : primaryKey.stream().toList(), foreignKeys, entityColumn, columns);
    }

    /** @return the primary key when it has exactly one column; empty when there is none or it is composite */
    public Optional<String> primaryKey() {
        return primaryKeyColumns.size() == 1 ? Optional.of(primaryKeyColumns.get(0)) : Optional.empty();
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
     * @return the first foreign key that it is a referencing column of (alone or in a composite key), if any
     */
    public Optional<ForeignKey> foreignKey(String column) {
        return foreignKeys.stream().filter(f -> f.indexOf(column) >= 0).findFirst();
    }
}
