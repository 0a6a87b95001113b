package dev.warden.samples.cli;

import dev.warden.core.job.JobProgress;
import java.io.PrintWriter;
import java.util.Locale;

/** Progress of a job on standard error: one line per table when done, and every second while a table is long. */
final class StderrProgress implements JobProgress {

    private final PrintWriter err;
    private long last = System.nanoTime();

    StderrProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void phase(String phase) {
        err.println(phase + "...");
        err.flush();
    }

    @Override
    public void rows(String table, long rowsRead, long rowsWritten, double rowsPerSecond, boolean done) {
        long now = System.nanoTime();
        if (!done && now - last < 1_000_000_000L) {
            return;
        }
        last = now;
        err.println(String.format(Locale.ROOT, "%s %s: %,d rows read, %,d written (%,.0f rows/s)",
                done ? "done" : "    ", table, rowsRead, rowsWritten, rowsPerSecond));
        err.flush();
    }
}
