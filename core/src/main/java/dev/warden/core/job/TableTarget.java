package dev.warden.core.job;

import java.util.List;

/**
 * Where a job writes. Tables are written to a staging place (a temporary directory, or staging tables) and become
 * visible only at {@link #commit()}; {@link #abort()} removes them and leaves the previous output untouched.
 */
public interface TableTarget extends AutoCloseable {

    /** @return a description for reports and messages, without credentials */
    String describe();

    /**
     * @param table the table's name
     * @param columns its columns (a copied column keeps its source type where the target has types)
     * @return a writer into the staging place; {@link DeidentificationJob} calls its {@code write} from a thread
     *     of its own and {@code close} from the job's thread after the last write (never two calls at once), so a
     *     writer must not depend on the thread that created it
     */
    TableWriter create(String table, List<SourceColumn> columns);

    /**
     * @return the staged output, readable before {@link #commit()}, for validation
     */
    TableSource staged();

    /** Moves the staged tables into place, replacing tables of the same names. */
    void commit();

    /** Removes the staged tables; the previous output stays as it was. Idempotent. */
    void abort();

    /** Aborts if neither {@link #commit()} nor {@link #abort()} was called, and releases resources. */
    @Override
    void close();
}
