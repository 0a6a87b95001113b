package dev.warden.core.job;

import dev.warden.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one data subject's rows start and how to follow them: the subject's table, the column that identifies the
 * subject there (its primary key unless named), the subject's identifier, and foreign keys to follow besides those the
 * database declares (e.g. a job spec's, for a schema that declares none).
 *
 * <p>The subject's rows are the rows of {@code table} whose {@code column} equals {@code id}, then, transitively, every
 * row of another table that refers to a row already found through a foreign key (the subject's orders, the orders'
 * lines, ...). Rows that refer back into the subject's own table are not followed: they belong to other subjects.
 *
 * @param table the subject's table (matched exactly, then case-insensitively)
 * @param column the identifying column; empty for the table's single-column primary key
 * @param id the subject's identifier as text; bound as a parameter, never spliced into SQL
 * @param foreignKeys further foreign keys by referencing table, followed like declared ones
 */
public record SubjectQuery(String table, Optional<String> column, String id, Map<String, List<ForeignKey>> foreignKeys) {

    /** @throws InvalidInputException if the table or id is missing or blank */
    public SubjectQuery {
        if (table == null || table.isBlank()) {
            throw new InvalidInputException("data subject: give the subject's table");
        }
        if (id == null || id.isEmpty()) {
            throw new InvalidInputException("data subject: give the subject's identifier");
        }
        Objects.requireNonNull(column, "column");
        foreignKeys = Map.copyOf(foreignKeys);
    }

    /** @return a query on the table's primary key, following the declared foreign keys only */
    public static SubjectQuery of(String table, String id) {
        return new SubjectQuery(table, Optional.empty(), id, Map.of());
    }

    /** @return the identifier never appears in {@code toString} (it is personal data) */
    @Override
    public String toString() {
        return "SubjectQuery[table=" + table + ", column=" + column.orElse("(primary key)") + "]";
    }
}
