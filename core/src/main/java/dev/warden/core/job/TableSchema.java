package dev.warden.core.job;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A source table's shape: its columns, and the keys its source declares (JDBC metadata; nothing for files).
 *
 * @param name the table's name as the source spells it
 * @param columns the columns, in source order
 * @param primaryKey the declared single-column primary key, if any
 * @param foreignKeys the declared single-column foreign keys
 */
public record TableSchema(String name, List<SourceColumn> columns, Optional<String> primaryKey, List<ForeignKey> foreignKeys) {

    public TableSchema {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        primaryKey = primaryKey == null ? Optional.empty() : primaryKey;
        foreignKeys = List.copyOf(foreignKeys);
    }

    /** @return the column names, in source order */
    public List<String> columnNames() {
        return columns.stream().map(SourceColumn::name).toList();
    }
}
