package dev.warden.core.audit;

import dev.warden.ConfigurationException;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditListener;
import dev.warden.audit.AuditLog;
import dev.warden.audit.AuditUnavailableException;
import dev.warden.config.ConfigNode;
import dev.warden.core.config.Environment;
import dev.warden.core.plugin.PluginRegistry;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretRef;
import dev.warden.spi.audit.AuditSink;
import dev.warden.spi.audit.AuditSinkContext;
import dev.warden.spi.audit.AuditSinkFactory;
import dev.warden.spi.audit.ChainKey;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javax.crypto.Mac;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit pipeline: a fail-closed, group-committing {@link AuditLog} over one or more {@link AuditSink}s.
 *
 * <p><b>Durability.</b> {@link #record} returns once at least one sink has durably stored the event. Each sink has
 * one writer thread; while it writes a batch, events recorded meanwhile queue up and go out together in the next
 * batch (one write, one fsync or commit: <em>group commit</em>), so durability stays cheap under load.
 *
 * <p><b>Fail closed.</b> If no sink stores the event within the timeout (default 1 s) — sinks failing, a sink that
 * hangs, a full queue — {@code record} throws {@link AuditUnavailableException} and the caller must not go on with
 * the action. A hung sink is never waited on past the timeout. Events whose caller has given up are not written to
 * sinks that had not started on them yet. Best-effort mode (log a warning instead of throwing) exists only outside
 * {@link Environment#PRODUCTION} and is never the default.
 *
 * <p><b>Sensitive details.</b> Before any sink sees an event, the values of its {@link AuditEvent#sensitiveKeys()}
 * are replaced by {@code hmac-sha256:<hex>}, HMAC-SHA256 under a key derived (HKDF, purpose
 * {@value #SENSITIVE_PURPOSE}) from the audit secret; {@link #sensitiveDigest} computes the same value for a search.
 *
 * <p><b>Listeners</b> ({@link AuditListener}, e.g. {@link AlertRules}) get each stored event once, in order, on a
 * dispatch thread of their own.
 */
public final class AuditPipeline implements AuditLog, AutoCloseable {

    /** HKDF purpose of the key that digests sensitive detail values. */
    public static final String SENSITIVE_PURPOSE = "warden audit sensitive values v1";
    /** The prefix of a digested sensitive value. */
    public static final String DIGEST_PREFIX = "hmac-sha256:";

    private static final Logger LOG = LoggerFactory.getLogger(AuditPipeline.class);

    /** Delivery guarantee. */
    public enum Mode {
        /** {@code record} throws when no sink stored the event in time. The default, and the only mode in production. */
        FAIL_CLOSED,
        /** {@code record} logs a warning and returns when no sink stored the event in time. Not in production. */
        BEST_EFFORT
    }

    private final List<SinkWorker> workers;
    private final long timeoutNanos;
    private final Duration timeout;
    private final Mode mode;
    private final ChainKey sensitiveKey;
    private final ThreadLocal<Mac> sensitiveMac;
    private final List<AuditListener> listeners;
    private final Dispatcher dispatcher;
    private volatile boolean closed;

    private AuditPipeline(Builder b) {
        this.timeout = b.timeout;
        this.timeoutNanos = b.timeout.toNanos();
        this.mode = b.mode;
        this.sensitiveKey = b.sensitiveKey;
        this.sensitiveMac = ThreadLocal.withInitial(sensitiveKey::newMac);
        this.listeners = List.copyOf(b.listeners);
        this.dispatcher = listeners.isEmpty() ? null : new Dispatcher(listeners);
        List<SinkWorker> built = new ArrayList<>();
        for (AuditSink sink : b.sinks) {
            built.add(new SinkWorker(sink, b.queueCapacity, b.maxBatch, dispatcher));
        }
        this.workers = List.copyOf(built);
        workers.forEach(SinkWorker::start);
        for (AuditListener listener : listeners) {
            if (listener instanceof AlertRules rules) {
                rules.recordTo(this);
            }
        }
        if (dispatcher != null) {
            dispatcher.start();
        }
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a pipeline from the {@code audit} section of {@code warden.json}:
     *
     * <pre>{@code
     * "audit": {
     *   "key": "env:WARDEN_AUDIT_KEY",        // secret reference; the chain and sensitive-value keys derive from it
     *   "timeout": "1s",                      // how long record() waits for a sink (default 1s)
     *   "mode": "fail-closed",                // or "best-effort" (refused in production)
     *   "sinks": [ {"type": "jsonl", "name": "file", "directory": "/var/log/warden/audit"} ]
     * }
     * }</pre>
     *
     * @param audit the {@code audit} section
     * @param environment where this runs; in development a missing {@code key} gets an ephemeral random key (with a
     *     warning), elsewhere it is an error
     * @param factories the installed sink factories
     * @param secrets resolves the {@code key} reference through the secret stores
     * @return the running pipeline
     * @throws ConfigurationException naming the setting that is missing or wrong
     */
    public static AuditPipeline fromConfiguration(ConfigNode audit, Environment environment,
                                                  PluginRegistry<AuditSinkFactory> factories,
                                                  Function<SecretRef, Secret> secrets) {
        Builder builder = builder().environment(environment)
                .timeout(audit.duration("timeout", Duration.ofSeconds(1)));
        String mode = audit.string("mode").orElse("fail-closed");
        switch (mode) {
            case "fail-closed" -> { }
            case "best-effort" -> builder.bestEffort();
            default -> throw new ConfigurationException("configuration " + audit.qualified("mode")
                    + ": expected fail-closed or best-effort");
        }
        var keyRef = audit.secretRef("key");
        if (keyRef.isPresent()) {
            try (Secret secret = secrets.apply(keyRef.get())) {
                byte[] bytes = secret.bytes();
                try {
                    builder.secret(bytes);
                } finally {
                    Arrays.fill(bytes, (byte) 0);
                }
            }
        } else if (environment == Environment.DEVELOPMENT) {
            LOG.warn("configuration {}: no audit key; using an ephemeral random key (development only): the hash chain "
                    + "cannot be verified after this process ends", audit.qualified("key"));
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            builder.secret(random);
        } else {
            throw new ConfigurationException("configuration " + audit.qualified("key") + ": required outside development; "
                    + "a secret reference such as env:WARDEN_AUDIT_KEY (at least 16 bytes)");
        }
        List<ConfigNode> sinkConfigs = audit.children("sinks");
        if (sinkConfigs.isEmpty()) {
            throw new ConfigurationException("configuration " + audit.qualified("sinks")
                    + ": no audit sink configured; add at least one, e.g. {\"type\": \"jsonl\", \"directory\": \"audit\"}");
        }
        AuditSinkContext context = new AuditSinkContext(builder.chainKey, secrets);
        List<AuditSink> opened = new ArrayList<>();
        Set<String> names = new HashSet<>();
        try {
            for (ConfigNode sinkConfig : sinkConfigs) {
                String type = sinkConfig.requireString("type");
                AuditSink sink = factories.require(type, sinkConfig.qualified("type")).create(sinkConfig, context);
                opened.add(sink);
                if (!names.add(sink.name())) {
                    throw new ConfigurationException("configuration " + sinkConfig.qualified("name") + ": two audit sinks are named '"
                            + sink.name() + "'; give each a distinct name");
                }
                builder.sink(sink);
            }
        } catch (RuntimeException e) {
            for (AuditSink sink : opened) {
                closeQuietly(sink);
            }
            throw e;
        }
        return builder.build();
    }

    /**
     * {@inheritDoc}
     *
     * @throws AuditUnavailableException in fail-closed mode when no sink stored the event within the timeout, or
     *     after {@link #close()}; the message names each sink and its failure, never the event's values
     */
    @Override
    public void record(AuditEvent event) {
        Objects.requireNonNull(event, "event");
        try {
            recordOrThrow(event);
        } catch (AuditUnavailableException e) {
            if (mode == Mode.FAIL_CLOSED) {
                throw e;
            }
            LOG.warn("Audit event {} ({}) was NOT stored (best-effort mode): {}", event.id(), event.type(), e.getMessage());
        }
    }

    private void recordOrThrow(AuditEvent event) {
        if (closed) {
            throw new AuditUnavailableException("audit log is closed; event " + event.type() + " not recorded");
        }
        Pending pending = new Pending(protect(event), workers.size());
        if (workers.isEmpty()) {
            throw new AuditUnavailableException("no audit sink is configured; event " + event.type() + " not recorded");
        }
        for (SinkWorker worker : workers) {
            worker.offer(pending);
        }
        try {
            pending.done.get(timeoutNanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            AuditUnavailableException failure = new AuditUnavailableException("no audit sink stored event "
                    + event.type() + " within " + timeout.toMillis() + " ms (" + pending.describe(workers)
                    + "); the action must not proceed");
            if (pending.claim()) {
                pending.done.completeExceptionally(failure);
                throw failure;
            }
            // A sink stored it (or all failed) in the instant between the timeout and now: take that outcome.
            try {
                pending.done.join();
            } catch (java.util.concurrent.CompletionException completion) {
                throw new AuditUnavailableException(completion.getCause().getMessage(), completion.getCause().getCause());
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new AuditUnavailableException(cause.getMessage(), cause.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (pending.claim()) {
                pending.done.completeExceptionally(new AuditUnavailableException("interrupted"));
            }
            throw new AuditUnavailableException("interrupted while waiting for the audit sinks; event " + event.type()
                    + " may not be stored; the action must not proceed");
        }
    }

    /**
     * @param value a clear value of a sensitive detail
     * @return what is stored in its place: {@code hmac-sha256:} and 64 hex digits
     */
    public String sensitiveDigest(String value) {
        Mac mac = sensitiveMac.get();
        return DIGEST_PREFIX + HashChain.hex(mac.doFinal(value.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private AuditEvent protect(AuditEvent event) {
        if (event.sensitiveKeys().isEmpty()) {
            return event;
        }
        Map<String, String> details = new HashMap<>(event.details());
        for (String key : event.sensitiveKeys()) {
            String value = details.get(key);
            if (value != null && !value.startsWith(DIGEST_PREFIX)) {
                details.put(key, sensitiveDigest(value));
            }
        }
        return event.withDetails(details);
    }

    /** @return the names of the sinks, in configuration order */
    public List<String> sinkNames() {
        return workers.stream().map(w -> w.sink.name()).toList();
    }

    /** @return the delivery mode */
    public Mode mode() {
        return mode;
    }

    /** Stops accepting events, lets the writers finish what is queued (up to the timeout), closes the sinks. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        long deadline = System.nanoTime() + timeoutNanos;
        for (SinkWorker worker : workers) {
            worker.stop(deadline);
        }
        if (dispatcher != null) {
            dispatcher.stop(deadline);
        }
        for (SinkWorker worker : workers) {
            closeQuietly(worker.sink);
        }
        sensitiveKey.destroy();
    }

    private static void closeQuietly(AuditSink sink) {
        try {
            sink.close();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Audit sink '{}' failed to close: {}", sink.name(), e.toString());
        }
    }

    /** One event on its way to the sinks. */
    private static final class Pending {
        final AuditEvent event;
        final CompletableFuture<Void> done = new CompletableFuture<>();
        final AtomicInteger outstanding;
        /** Set by whoever decides the outcome first: a sink that stored it, the last sink failing, or the timeout. */
        private final java.util.concurrent.atomic.AtomicBoolean decided = new java.util.concurrent.atomic.AtomicBoolean();
        final Map<String, String> failures = new java.util.concurrent.ConcurrentHashMap<>();

        Pending(AuditEvent event, int sinks) {
            this.event = event;
            this.outstanding = new AtomicInteger(sinks);
        }

        boolean claim() {
            return decided.compareAndSet(false, true);
        }

        boolean abandoned() {
            return done.isCompletedExceptionally();
        }

        void failed(String sink, Throwable error) {
            failures.put(sink, reason(error));
            if (outstanding.decrementAndGet() == 0 && claim()) {
                done.completeExceptionally(new AuditUnavailableException("no audit sink stored event " + event.type()
                        + " (" + describe(null) + "); the action must not proceed", error));
            }
        }

        String describe(List<SinkWorker> all) {
            StringBuilder out = new StringBuilder();
            if (all != null) {
                for (SinkWorker worker : all) {
                    out.append(out.length() == 0 ? "" : "; ").append(worker.sink.name()).append(": ")
                            .append(failures.getOrDefault(worker.sink.name(), "timed out"));
                }
            } else {
                failures.forEach((k, v) -> out.append(out.length() == 0 ? "" : "; ").append(k).append(": ").append(v));
            }
            return out.toString();
        }

        private static String reason(Throwable error) {
            String message = error.getMessage();
            return error.getClass().getSimpleName() + (message == null ? "" : " " + message.replace('\n', ' ').replace('\r', ' '));
        }
    }

    /** The writer thread of one sink. */
    private static final class SinkWorker implements Runnable {
        final AuditSink sink;
        private final LinkedBlockingQueue<Pending> queue;
        private final int maxBatch;
        private final Dispatcher dispatcher;
        private final Thread thread;
        private volatile boolean running = true;

        SinkWorker(AuditSink sink, int capacity, int maxBatch, Dispatcher dispatcher) {
            this.sink = sink;
            this.queue = new LinkedBlockingQueue<>(capacity);
            this.maxBatch = maxBatch;
            this.dispatcher = dispatcher;
            this.thread = new Thread(this, "warden-audit-" + sink.name());
            thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        void offer(Pending pending) {
            if (!queue.offer(pending)) {
                pending.failed(sink.name(), new IOException("queue full (the sink is not keeping up)"));
            }
        }

        @Override
        public void run() {
            List<Pending> batch = new ArrayList<>(maxBatch);
            List<AuditEvent> events = new ArrayList<>(maxBatch);
            while (running || !queue.isEmpty()) {
                Pending first;
                try {
                    first = queue.poll(50, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    if (!running) {
                        break;
                    }
                    continue;
                }
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                for (Pending pending : batch) {
                    if (!pending.abandoned()) {
                        events.add(pending.event);
                    }
                }
                try {
                    if (!events.isEmpty()) {
                        sink.write(events);
                    }
                    for (Pending pending : batch) {
                        if (pending.claim()) {
                            if (dispatcher != null) {
                                dispatcher.dispatch(pending.event);   // before waking the caller: keeps listener order
                            }
                            pending.done.complete(null);
                        }
                    }
                } catch (Throwable error) {
                    LOG.warn("Audit sink '{}' failed to store {} event(s): {}", sink.name(), events.size(), error.toString());
                    for (Pending pending : batch) {
                        pending.failed(sink.name(), error);
                    }
                    if (error instanceof Error fatal && !(error instanceof AssertionError)) {
                        throw fatal;
                    }
                }
                batch.clear();
                events.clear();
            }
        }

        void stop(long deadline) {
            running = false;
            try {
                thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (thread.isAlive()) {
                LOG.warn("Audit sink '{}' did not finish within the timeout; abandoning it", sink.name());
                thread.interrupt();
            }
            for (Pending left; (left = queue.poll()) != null; ) {
                left.failed(sink.name(), new IOException("audit log closed"));
            }
        }
    }

    /** Calls the listeners, in order, off the producers' and writers' threads. */
    private static final class Dispatcher implements Runnable {
        private final List<AuditListener> listeners;
        private final LinkedBlockingQueue<AuditEvent> queue = new LinkedBlockingQueue<>();
        private final Thread thread = new Thread(this, "warden-audit-listeners");
        private volatile boolean running = true;

        Dispatcher(List<AuditListener> listeners) {
            this.listeners = listeners;
            thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        void dispatch(AuditEvent event) {
            queue.add(event);
        }

        @Override
        public void run() {
            while (running || !queue.isEmpty()) {
                AuditEvent event;
                try {
                    event = queue.poll(50, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    if (!running) {
                        break;
                    }
                    continue;
                }
                if (event == null) {
                    continue;
                }
                for (AuditListener listener : listeners) {
                    try {
                        listener.onRecorded(event);
                    } catch (RuntimeException e) {
                        LOG.warn("Audit listener {} failed on event {}: {}", listener.getClass().getName(), event.id(), e.toString());
                    }
                }
            }
        }

        void stop(long deadline) {
            running = false;
            try {
                thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Builds an {@link AuditPipeline}. Not thread-safe. */
    public static final class Builder {

        private final List<AuditSink> sinks = new ArrayList<>();
        private final List<AuditListener> listeners = new ArrayList<>();
        private Duration timeout = Duration.ofSeconds(1);
        private Mode mode = Mode.FAIL_CLOSED;
        private Environment environment = Environment.DEVELOPMENT;
        private ChainKey chainKey;
        private ChainKey sensitiveKey;
        private int queueCapacity = 65_536;
        private int maxBatch = 1_024;

        private Builder() {
        }

        /** Adds a sink; the pipeline closes it on {@link AuditPipeline#close()}. */
        public Builder sink(AuditSink sink) {
            sinks.add(Objects.requireNonNull(sink, "sink"));
            return this;
        }

        /** Adds a listener on stored events (alerting rules). */
        public Builder listener(AuditListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /** @param timeout how long {@code record} waits for a sink; default 1 s; 1 ms to 1 min */
        public Builder timeout(Duration timeout) {
            if (timeout.toMillis() < 1 || timeout.compareTo(Duration.ofMinutes(1)) > 0) {
                throw new ConfigurationException("audit timeout must be between 1 ms and 1 min");
            }
            this.timeout = timeout;
            return this;
        }

        /** @param environment where this runs; default development. Best-effort mode is refused in production. */
        public Builder environment(Environment environment) {
            this.environment = Objects.requireNonNull(environment, "environment");
            return this;
        }

        /** Switches to {@link Mode#BEST_EFFORT}. {@link #build()} refuses it in production. */
        public Builder bestEffort() {
            this.mode = Mode.BEST_EFFORT;
            return this;
        }

        /**
         * @param secret the audit secret (at least 16 bytes, resolved from the secret store); the chain key and the
         *     sensitive-value key are derived from it with HKDF-SHA256; the array is not kept
         */
        public Builder secret(byte[] secret) {
            this.chainKey = ChainKey.derive(secret);
            this.sensitiveKey = ChainKey.derive(secret, SENSITIVE_PURPOSE);
            return this;
        }

        /** @return the chain key derived from {@link #secret}, to build sinks with */
        public ChainKey chainKey() {
            if (chainKey == null) {
                throw new ConfigurationException("audit: set the secret before asking for the chain key");
            }
            return chainKey;
        }

        /** @param capacity events queued per sink before that sink counts as failed; default 65,536 */
        public Builder queueCapacity(int capacity) {
            this.queueCapacity = capacity;
            return this;
        }

        /** @param max events per batch (one write and one fsync); default 1,024 */
        public Builder maxBatch(int max) {
            this.maxBatch = max;
            return this;
        }

        /**
         * @return the running pipeline
         * @throws ConfigurationException if no secret was given, or best-effort mode in production
         */
        public AuditPipeline build() {
            if (sensitiveKey == null) {
                throw new ConfigurationException("audit: the audit secret is required (audit.key), it keys the hash "
                        + "chain and the digests of sensitive details");
            }
            if (mode == Mode.BEST_EFFORT && environment == Environment.PRODUCTION) {
                throw new ConfigurationException("configuration audit.mode: best-effort is not allowed in production; "
                        + "audit must fail closed");
            }
            return new AuditPipeline(this);
        }
    }
}
