package dev.warden.core.job;

/**
 * A forward-only stream of one table's rows. Not thread-safe. Memory use does not grow with the table.
 */
public interface RowReader extends AutoCloseable {

    /**
     * @return the next row's cells in the order of the columns asked for ({@code null} for SQL NULL or an empty
     *     cell), a new array for each row (the caller may keep it), or {@code null} at the end
     * @throws dev.warden.InvalidInputException if the row is malformed; the message names the table and row, never a
     *     value
     */
    String[] next();

    /** @return the 1-based number of the row last returned (data rows; the header is not counted) */
    long rowNumber();

    @Override
    void close();
}
