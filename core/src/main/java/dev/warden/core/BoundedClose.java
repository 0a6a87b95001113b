package dev.warden.core;

import dev.warden.core.secrets.SecretMaskingLogger;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;

/**
 * Runs a {@code close()} that may hang (a plug-in's, a remote connection's) on a daemon thread and waits for it at
 * most a bounded time, so that closing Warden always returns. A close that does not finish in time is left running on
 * its daemon thread (it cannot be interrupted safely) and logged at WARN; one that throws is logged and swallowed.
 */
public final class BoundedClose {

    private static final Logger LOG = SecretMaskingLogger.of(BoundedClose.class);

    private BoundedClose() {
    }

    /** A close action. */
    @FunctionalInterface
    public interface Action {
        /** @throws Exception whatever closing throws; logged, never rethrown */
        void close() throws Exception;
    }

    /**
     * @param what what is closed, for the log (no secret or personal value)
     * @param action the close
     * @param limit how long to wait
     * @return true when the close finished (normally or by throwing) within {@code limit}
     */
    public static boolean run(String what, Action action, Duration limit) {
        CountDownLatch done = new CountDownLatch(1);
        Thread thread = new Thread(() -> {
            try {
                action.close();
            } catch (Exception | Error e) {
                LOG.warn("Closing {} failed: {}", what, e.getClass().getSimpleName());
            } finally {
                done.countDown();
            }
        }, "warden-close-" + what);
        thread.setDaemon(true);
        thread.start();
        try {
            if (done.await(Math.max(1, limit.toMillis()), TimeUnit.MILLISECONDS)) {
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.warn("Closing {} did not finish within {} ms; going on without it (it keeps running on a daemon thread)",
                what, limit.toMillis());
        return false;
    }
}
