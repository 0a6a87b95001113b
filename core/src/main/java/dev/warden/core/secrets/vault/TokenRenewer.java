package dev.warden.core.secrets.vault;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The Vault store's background token renewal timer: one daemon thread, started the first time a renewal is scheduled
 * (so a store whose token never needs renewing owns no thread), at most one pending task (scheduling replaces it),
 * exponential back-off between failed attempts, and stopped by {@link #close()}.
 *
 * <p>The thread is named {@code warden-vault-token-renewal[<address>]}. The task itself is the client's; it runs
 * under the client's lock.
 */
final class TokenRenewer implements AutoCloseable {

    /** Shortest delay ever scheduled, so that a server answering with tiny leases cannot make a busy loop. */
    static final Duration MIN_DELAY = Duration.ofMillis(50);
    /** Longest wait between failed attempts. */
    static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    private final String threadName;
    private final Runnable task;
    private volatile ScheduledThreadPoolExecutor executor;
    /** The timer's one thread, once started: close() joins it, as the executor reports termination before it ends. */
    private volatile Thread thread;
    private volatile boolean closed;
    /** Guarded by this. */
    private ScheduledFuture<?> pending;
    /** Failed attempts since the last success. Guarded by this. */
    private int failures;

    /**
     * @param address the Vault address, for the thread's name
     * @param task what runs when a renewal is due (the client's renewal)
     */
    TokenRenewer(String address, Runnable task) {
        this.threadName = "warden-vault-token-renewal[" + address + "]";
        this.task = task;
    }

    /**
     * Schedules the next renewal after a success, replacing any pending one, and resets the back-off.
     *
     * @param delay until the renewal is due (two thirds of the lease); at least {@link #MIN_DELAY} is waited
     */
    synchronized void renewIn(Duration delay) {
        failures = 0;
        schedule(delay);
    }

    /**
     * Schedules a retry after a failed renewal: the delay doubles with each failure in a row, starting at a thirtieth
     * of the lease (between {@link #MIN_DELAY} and 5 seconds) and never above a third of the lease or
     * {@link #MAX_BACKOFF}.
     *
     * @param lease the lease of the token that failed to renew
     * @return the delay scheduled
     */
    synchronized Duration retryAfterFailure(Duration lease) {
        failures++;
        Duration delay = backoff(lease, failures);
        schedule(delay);
        return delay;
    }

    /** @return the back-off before retry number {@code failures} (1 for the first) of a token with {@code lease} */
    static Duration backoff(Duration lease, int failures) {
        long base = clamp(lease.toMillis() / 30, MIN_DELAY.toMillis(), 5_000);
        long cap = Math.max(base, Math.min(MAX_BACKOFF.toMillis(), lease.toMillis() / 3));
        int shift = Math.min(Math.max(failures - 1, 0), 20);
        return Duration.ofMillis(Math.min(cap, base << shift));
    }

    /** Cancels the pending renewal, if any (the token no longer needs renewing). */
    synchronized void cancel() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    private void schedule(Duration delay) {
        if (closed) {
            return;
        }
        if (pending != null) {
            pending.cancel(false);
        }
        ScheduledThreadPoolExecutor timer = executor;
        if (timer == null) {
            timer = new ScheduledThreadPoolExecutor(1, runnable -> {
                Thread started = new Thread(runnable, threadName);
                started.setDaemon(true);
                thread = started;
                return started;
            });
            timer.setRemoveOnCancelPolicy(true);
            timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
            executor = timer;
            if (closed) { // closed meanwhile: close() may have missed this executor
                timer.shutdownNow();
                return;
            }
        }
        long millis = Math.max(MIN_DELAY.toMillis(), delay.toMillis());
        try {
            pending = timer.schedule(task, millis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            pending = null; // shut down by close()
        }
    }

    /**
     * Stops the timer: interrupts a renewal in progress and waits up to {@code wait} for the thread to end. Idempotent;
     * does not take the client's lock, so it does not wait for a renewal's HTTP request to time out.
     *
     * @param wait the longest wait for the thread to end
     */
    void close(Duration wait) {
        closed = true;
        ScheduledThreadPoolExecutor timer = executor;
        if (timer != null) {
            timer.shutdownNow();
            long deadline = System.nanoTime() + wait.toNanos();
            try {
                timer.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
                Thread worker = thread;
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (worker != null && left > 0) {
                    worker.join(left); // the worker signals termination a moment before it ends
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(5));
    }

    boolean closed() {
        return closed;
    }

    private static long clamp(long value, long min, long max) {
        return Math.max(min, Math.min(max, value));
    }

    @Override
    public String toString() {
        return "TokenRenewer[" + threadName + "]";
    }
}
