package dev.warden.core.job;

import dev.warden.WardenException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The second stage of one table's copy: the per-row checks ({@link OutputValidator.TableCheck#row}) and the writing of
 * the row, on a thread of their own, fed by the job's thread in batches of {@value #BATCH} rows through a queue of at
 * most {@value #IN_FLIGHT} batches. The job's thread reads and transforms the next rows meanwhile, so on a machine
 * with a free core a table takes about the time of the slower stage, not of both; memory stays flat (at most
 * {@code (IN_FLIGHT + 2) * BATCH} rows are held).
 *
 * <p>Fail-closed as before: a failure of the checks or the writer is rethrown on the job's thread at the next
 * batch or at {@link #finish()} (the same exception), and the job aborts. A failure on the job's thread stops the stage
 * in {@link #close()}, which returns only when the stage's thread has ended, so nothing is written after the caller
 * aborts the target. The stage's thread starts with the first full batch: a table of fewer rows (8 of the Synthea
 * export's 15) is checked and written by the job's thread in {@link #finish()}, which costs less than starting and
 * ending a thread. Once started, the stage's thread is the only one that touches the check and the writer until the
 * end of {@link #finish()} or {@link #close()} (handed over by {@link Thread#start()} and {@link Thread#join()}). One
 * table, one use.
 */
final class OutputStage implements AutoCloseable {

    /** Rows per hand-over: large enough that the queue costs nothing per row, small enough to keep memory flat. */
    static final int BATCH = 512;
    /** Batches queued for the stage's thread before the job's thread waits. */
    static final int IN_FLIGHT = 8;

    private static final Batch END = new Batch(0);

    private final OutputValidator.TableCheck check;
    private final TableWriter writer;
    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(IN_FLIGHT);
    private final Thread thread;
    /** The stage's first failure; once set, the stage discards what it is handed until {@link #END}. */
    private volatile Throwable failure;
    private Batch filling = new Batch(BATCH);
    private boolean started;
    private boolean ended;

    /**
     * @param table the table's name, for the thread's name
     * @param check the table's per-row checks
     * @param writer the table's writer
     */
    OutputStage(String table, OutputValidator.TableCheck check, TableWriter writer) {
        this.check = check;
        this.writer = writer;
        this.thread = new Thread(this::drain, "warden-job-output-" + table);
        thread.setDaemon(true);
    }

    /**
     * Hands a row over to be checked and written.
     *
     * @param input the row as read (the stage keeps the array; the caller must not change it)
     * @param output the row as transformed (likewise)
     * @throws RuntimeException the stage's failure, if the checks or the writer failed on an earlier row
     */
    void accept(String[] input, String[] output) {
        Batch b = filling;
        b.inputs[b.size] = input;
        b.outputs[b.size] = output;
        if (++b.size == BATCH) {
            handOver(b);
            filling = new Batch(BATCH);
        }
    }

    /**
     * Hands over the last rows and waits until every row is checked and written.
     *
     * @throws RuntimeException the stage's failure, if the checks or the writer failed
     */
    void finish() {
        if (!started) {
            // Fewer rows than a batch: checked and written here, failures thrown as they come.
            ended = true;
            Batch b = filling;
            filling = new Batch(0);
            for (int i = 0; i < b.size; i++) {
                check.row(b.inputs[i], b.outputs[i]);
                writer.write(b.outputs[i]);
            }
            return;
        }
        if (filling.size > 0) {
            handOver(filling);
            filling = new Batch(0);
        }
        end();
        rethrow();
    }

    /** Stops the stage (rows not yet checked are discarded) and waits for its thread to end; idempotent. */
    @Override
    public void close() {
        if (!started) {
            ended = true;
            return;
        }
        if (!ended) {
            if (failure == null) {
                failure = new CancellationMarker();
            }
            queue.clear();
            end();
        }
    }

    private void handOver(Batch b) {
        if (!started) {
            started = true;
            thread.start();
        }
        rethrow();
        try {
            queue.put(b);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WardenException("the job was interrupted while writing; nothing was moved into place");
        }
    }

    /** Sends the end and joins the stage's thread (the queue has room: only this thread puts, and the stage drains). */
    private void end() {
        ended = true;
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(END);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void rethrow() {
        Throwable t = failure;
        if (t == null || t instanceof CancellationMarker) {
            return;
        }
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new WardenException("the output stage failed (" + t.getClass().getSimpleName() + ")", t);
    }

    private void drain() {
        while (true) {
            Batch b;
            try {
                b = queue.take();
            } catch (InterruptedException e) {
                // Nobody interrupts this thread but the JVM's shutdown; keep draining until the end.
                continue;
            }
            if (b == END) {
                return;
            }
            if (failure != null) {
                continue;
            }
            try {
                for (int i = 0; i < b.size; i++) {
                    check.row(b.inputs[i], b.outputs[i]);
                    writer.write(b.outputs[i]);
                }
            } catch (Throwable t) {
                failure = t;
            }
        }
    }

    /** Rows handed over together. */
    private static final class Batch {
        final String[][] inputs;
        final String[][] outputs;
        int size;

        Batch(int capacity) {
            inputs = new String[capacity][];
            outputs = new String[capacity][];
        }
    }

    /** Marks a stage stopped by the job's thread, which has its own failure to report. */
    private static final class CancellationMarker extends Throwable {
        private static final long serialVersionUID = 1L;

        CancellationMarker() {
            super(null, null, false, false);
        }
    }
}
