package dev.warden.core.job;

import java.util.List;
import java.util.Optional;

/**
 * Where a job reads: a directory of CSV files or a database opened read-only. Not thread-safe.
 */
public interface TableSource extends AutoCloseable {

    /** @return a description for reports and messages, without credentials */
    String describe();

    /** @return the table names, as the source spells them */
    List<String> tables();

    /**
     * @param table a table name, matched case-insensitively
     * @return its shape
     * @throws dev.warden.ConfigurationException if there is no such table
     */
    TableSchema schema(String table);

    /**
     * Opens a table for streaming.
     *
     * @param table the table
     * @param columns the columns to read, in the order wanted
     * @return a reader; the caller closes it. {@link DeidentificationJob} calls its {@code next} from a thread of its
     *     own and {@code close} from the job's thread (never two calls at once), and keeps the arrays it returns, so
     *     a reader must not depend on the thread that opened it, and must return a new array for each row
     */
    RowReader open(String table, List<String> columns);

    /**
     * Reads the values of one column for the rows that match a native filter (a SQL {@code WHERE} condition), for
     * subsetting; a source without a query language returns empty, and the job evaluates a column predicate instead.
     *
     * @param table the table
     * @param column the column whose values are wanted (the primary key)
     * @param condition the condition
     * @return a reader of one-cell rows, or empty when this source has no query language
     */
    default Optional<RowReader> select(String table, String column, String condition) {
        return Optional.empty();
    }

    /**
     * @param table a table
     * @return its number of rows; the default reads the table through
     */
    default long count(String table) {
        long n = 0;
        try (RowReader reader = open(table, List.of(schema(table).columnNames().get(0)))) {
            while (reader.next() != null) {
                n++;
            }
        }
        return n;
    }

    @Override
    void close();
}
