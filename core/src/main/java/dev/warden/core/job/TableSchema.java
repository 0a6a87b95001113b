package dev.warden.core.job;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A source table's shape: its columns, and the keys its source declares (JDBC metadata; nothing for files).
 *
 * @param name the table's name as the source spells it
 * @param columns the columns, in source order
 * @param primaryKeyColumns the declared primary key's columns in key order (several for a composite key); empty when
 *     none is declared
 * @param foreignKeys the declared foreign keys, single-column and composite
 */
public record TableSchema(String name, List<SourceColumn> columns, List<String> primaryKeyColumns, List<ForeignKey> foreignKeys) {

    public TableSchema {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        primaryKeyColumns = List.copyOf(primaryKeyColumns);
        foreignKeys = List.copyOf(foreignKeys);
    }

    /** A table with at most a single-column primary key. */
    public TableSchema(String name, List<SourceColumn> columns, Optional<String> primaryKey, List<ForeignKey> foreignKeys) {
        this(name, columns, primaryKey == null ? List.of() : primaryKey.stream().toList(), foreignKeys);
    }

    /** @return the primary key when it has exactly one column; empty when there is none or it is composite */
    public Optional<String> primaryKey() {
        return primaryKeyColumns.size() == 1 ? Optional.of(primaryKeyColumns.get(0)) : Optional.empty();
    }

    /** @return the column names, in source order */
    public List<String> columnNames() {
        return columns.stream().map(SourceColumn::name).toList();
    }
}
