package dev.warden.core.job;

/** Writes one table's rows to a target's staging place. Not thread-safe. */
public interface TableWriter extends AutoCloseable {

    /**
     * @param row the cells, in the order of the columns the writer was created with; {@code null} for SQL NULL
     */
    void write(String[] row);

    /** Flushes and closes; the table is complete in the staging place. */
    @Override
    void close();
}
