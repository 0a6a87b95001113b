package dev.warden.core.job;

import dev.warden.WardenException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A {@link RowReader} that reads its source on a thread of its own, up to {@value #IN_FLIGHT} batches of
 * {@value #BATCH} rows ahead, so the job's thread transforms rows while the next ones are parsed (CSV parsing is about a
 * third of the job thread's work on the Synthea export). Rows, row numbers and failures arrive in the source's order:
 * a failure of the source (a malformed row, an I/O error) is thrown by {@link #next()} after the rows read before it,
 * the same exception, as if read on the caller's thread. Memory stays flat. The first batch is read on the caller's
 * thread, and the read-ahead thread starts only when the source has more rows than that: a small table (most of a
 * typical schema's tables: 8 of the Synthea export's 15 have fewer than {@value #BATCH} rows) costs no thread, whose
 * start and end cost about as much CPU as reading a few hundred rows. Once started, the thread alone reads the
 * source until {@link #close()}, which stops it, waits for it to end and closes the source on the caller's thread.
 * One caller thread; not thread-safe.
 */
final class ReadAhead implements RowReader {

    static final int BATCH = 512;
    static final int IN_FLIGHT = 8;

    private final RowReader source;
    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(IN_FLIGHT);
    private final Thread thread;
    private volatile boolean stopped;
    private boolean started;
    private Batch current = new Batch();
    private int position;
    private long rowNumber;

    /**
     * @param table the table's name, for the thread's name
     * @param source the rows to read ahead; closed by {@link #close()}
     */
    ReadAhead(String table, RowReader source) {
        this.source = source;
        this.thread = new Thread(this::fill, "warden-job-input-" + table);
        thread.setDaemon(true);
    }

    @Override
    public String[] next() {
        if (!started) {
            started = true;
            current = read();
            position = 0;
            if (!current.last && current.failure == null) {
                thread.start(); // hands the source over: the caller's thread reads it no more
            }
        }
        while (position == current.size) {
            if (current.failure != null) {
                rethrow(current.failure);
            }
            if (current.last) {
                return null;
            }
            try {
                current = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new WardenException("the job was interrupted while reading; nothing was moved into place");
            }
            position = 0;
        }
        rowNumber = current.numbers[position];
        return current.rows[position++];
    }

    @Override
    public long rowNumber() {
        return rowNumber;
    }

    @Override
    public void close() {
        stopped = true;
        boolean interrupted = false;
        while (thread.isAlive()) {
            queue.clear(); // a reader blocked on a full queue can put its batch and see the stop
            try {
                thread.join(10);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        source.close();
    }

    /** Reads the next batch; a failure ends it. */
    private Batch read() {
        Batch b = new Batch();
        try {
            while (b.size < BATCH) {
                String[] row = source.next();
                if (row == null) {
                    b.last = true;
                    break;
                }
                b.rows[b.size] = row;
                b.numbers[b.size++] = source.rowNumber();
            }
        } catch (Throwable t) {
            b.failure = t;
        }
        return b;
    }

    private void fill() {
        while (!stopped) {
            Batch b = read();
            try {
                queue.put(b);
            } catch (InterruptedException e) {
                return; // nobody interrupts this thread but the JVM's shutdown
            }
            if (b.last || b.failure != null) {
                return;
            }
        }
    }

    private static void rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new WardenException("reading the input failed (" + t.getClass().getSimpleName() + ")", t);
    }

    /** Rows read together, with their row numbers; the last batch of a table, or one that ends in a failure. */
    private static final class Batch {
        final String[][] rows = new String[BATCH][];
        final long[] numbers = new long[BATCH];
        int size;
        boolean last;
        Throwable failure;
    }
}
