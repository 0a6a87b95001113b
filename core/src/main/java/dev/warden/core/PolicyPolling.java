package dev.warden.core;

import dev.warden.core.policy.RbacPolicyEngine;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;

/**
 * Reloads the policy from a store several processes share, every interval, so that a grant or revocation made by one
 * process is enforced by the others within about one interval (plus the time of one check of the stored version).
 * One daemon thread; a failing store is logged once per failure streak and the last policy stays in force.
 */
final class PolicyPolling implements AutoCloseable {

    private static final Logger LOG = dev.warden.core.secrets.SecretMaskingLogger.of(PolicyPolling.class);

    private final ScheduledExecutorService executor;

    private PolicyPolling(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    static PolicyPolling start(RbacPolicyEngine policy, Duration every, String store) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "warden-policy-reload");
            t.setDaemon(true);
            return t;
        });
        AtomicBoolean failing = new AtomicBoolean();
        long millis = Math.max(1, every.toMillis());
        executor.scheduleWithFixedDelay(() -> {
            try {
                if (policy.reload()) {
                    LOG.debug("policy reloaded from {}: version {}", store, policy.version());
                }
                if (failing.compareAndSet(true, false)) {
                    LOG.info("policy reload from {} works again (version {})", store, policy.version());
                }
            } catch (RuntimeException e) {
                if (failing.compareAndSet(false, true)) {
                    LOG.warn("policy reload from {} failed ({}); checks keep the policy of version {} until it works",
                            store, e.getClass().getSimpleName(), policy.version());
                }
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
        return new PolicyPolling(executor);
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
