package dev.warden.core.job;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rows of one data subject, table by table in the order they were found (the subject's table first), each row a
 * map from column name to value: {@link String}, {@link Number}, {@link Boolean}, or {@code null}; binary values as
 * Base64 text.
 *
 * @param table the subject's table as the database spells it
 * @param column the identifying column
 * @param rows per table, its rows
 */
public record SubjectRows(String table, String column, Map<String, List<Map<String, Object>>> rows) {

    public SubjectRows {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Map<String, List<Map<String, Object>>> copy = new LinkedHashMap<>();
        rows.forEach((t, r) -> copy.put(t, List.copyOf(r.stream().map(java.util.Collections::unmodifiableMap).toList())));
        rows = java.util.Collections.unmodifiableMap(copy);
    }

    /** @return per table, how many rows; in the order found */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        rows.forEach((t, r) -> counts.put(t, (long) r.size()));
        return counts;
    }

    /** @return whether the subject has no row at all */
    public boolean isEmpty() {
        return rows.values().stream().allMatch(List::isEmpty);
    }

    /** @return the table names and row counts only: values are personal data */
    @Override
    public String toString() {
        return "SubjectRows[table=" + table + ", column=" + column + ", counts=" + counts() + "]";
    }
}
