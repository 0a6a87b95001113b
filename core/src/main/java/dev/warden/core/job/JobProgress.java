package dev.warden.core.job;

/** Receives a job's progress, for a progress line on standard error. Called from the job's thread. */
public interface JobProgress {

    /** A listener that ignores everything. */
    JobProgress NONE = new JobProgress() {
    };

    /** @param phase what the job is doing, e.g. {@code planning the subset} or {@code validating} */
    default void phase(String phase) {
    }

    /**
     * Called every few thousand rows and at the end of a table.
     *
     * @param table the table being written
     * @param rowsRead rows read so far
     * @param rowsWritten rows written so far
     * @param rowsPerSecond rows read per second in this table so far
     * @param done whether the table is complete
     */
    default void rows(String table, long rowsRead, long rowsWritten, double rowsPerSecond, boolean done) {
    }
}
