package dev.warden.core.audit;

import dev.warden.ConfigurationException;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditListener;
import dev.warden.audit.AuditLog;
import dev.warden.audit.AuditUnavailableException;
import dev.warden.config.ConfigNode;
import dev.warden.core.config.Environment;
import dev.warden.core.plugin.PluginRegistry;
import dev.warden.core.secrets.SecretMaskingLogger;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretRef;
import dev.warden.spi.audit.AuditSink;
import dev.warden.spi.audit.AuditSinkContext;
import dev.warden.spi.audit.AuditSinkFactory;
import dev.warden.spi.audit.ChainKey;
import dev.warden.spi.audit.PipelinedAuditSink;
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
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.slf4j.Logger;

/**
 * The audit pipeline: a fail-closed, group-committing {@link AuditLog} over one or more {@link AuditSink}s.
 *
 * <p><b>Durability.</b> {@link #record} returns once at least one sink has durably stored the event. Each sink has
 * one writer thread; while it writes a batch, events recorded meanwhile queue up and go out together in the next
 * batch (one write, one fsync or commit: <em>group commit</em>), so durability stays cheap under load. With
 * {@link Builder#pipelined} a {@link PipelinedAuditSink} (the JSON Lines file) gets pipelined group commit: the writer
 * encodes, chains and writes batch N+1 while a second thread fsyncs batch N; an event is acknowledged only after an
 * fsync that began after its write returned has itself returned.
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

    private static final Logger LOG = SecretMaskingLogger.of(AuditPipeline.class);
    /** The settings of the {@code audit} section. */
    private static final Set<String> SECTION_KEYS = Set.of("key", "timeout", "mode", "sinks", "alerts", "pipelined");
    /** Events queued during an fsync before a producer wakes the writer to append them. */
    private static final int WAKE_CHUNK = 16;
    /** How long an idle writer or syncer parks before looking at its state again. */
    private static final long IDLE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

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
    private final HmacChainKey sensitiveKey;
    private final ThreadLocal<javax.crypto.Mac> sensitiveMac;
    private final List<AuditListener> listeners;
    private final Dispatcher dispatcher;
    private volatile boolean closed;

    private AuditPipeline(Builder b) {
        this.timeout = b.timeout;
        this.timeoutNanos = b.timeout.toNanos();
        this.mode = b.mode;
        this.sensitiveKey = b.sensitiveKey;
        this.sensitiveMac = ThreadLocal.withInitial(sensitiveKey::jcaMac);
        this.listeners = List.copyOf(b.listeners);
        this.dispatcher = listeners.isEmpty() ? null : new Dispatcher(listeners);
        List<SinkWorker> built = new ArrayList<>();
        for (AuditSink sink : b.sinks) {
            built.add(new SinkWorker(sink, b.queueCapacity, b.maxBatch, dispatcher, b.pipelined));
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
     *   "pipelined": false,                   // true: fsync of batch N overlaps the write of N+1 (see Builder.pipelined)
     *   "sinks": [ {"type": "jsonl", "name": "file", "directory": "/var/log/warden/audit"} ],
     *   "alerts": { "failedLoginsPerUser": {"count": 5, "window": "15m"} }   // see AlertRules.fromConfiguration
     * }
     * }</pre>
     *
     * Alert rules are on by default with the defaults of {@link AlertRules#fromConfiguration}; {@code "alerts":
     * {"enabled": false}} turns them off. Unknown settings are refused.
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
        validate(audit, factories);
        Builder builder = builder().environment(environment)
                .timeout(audit.duration("timeout", Duration.ofSeconds(1)));
        AlertRules.fromConfiguration(audit.child("alerts")).ifPresent(rules -> builder.listener(rules.build()));
        builder.pipelined(audit.booleanValue("pipelined", false));
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
                byte[] bytes = dev.warden.core.secrets.KeyMaterial.decode(keyRef.get(), secret,
                        "configuration " + audit.qualified("key"));
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
     * Checks the {@code audit} section without opening a sink or resolving the key: its own settings and their types,
     * the alert rules, each sink's type and each sink's settings ({@link AuditSinkFactory#validate}). Warden calls it
     * at start-up so a misspelt or wrong-typed audit setting is refused then, not when the log is first used.
     *
     * @param audit the {@code audit} section
     * @param factories the installed sink factories
     * @throws ConfigurationException naming the first wrong setting by its path
     */
    public static void validate(ConfigNode audit, PluginRegistry<AuditSinkFactory> factories) {
        validate(audit, factories, true);
    }

    /**
     * As {@link #validate(ConfigNode, PluginRegistry)}; with {@code requireInstalled} false a sink whose type is not
     * installed here is skipped (a posture check run away from the host's class path).
     */
    public static void validate(ConfigNode audit, PluginRegistry<AuditSinkFactory> factories, boolean requireInstalled) {
        audit.requireOnlyKeys(SECTION_KEYS);
        audit.duration("timeout", Duration.ofSeconds(1));
        audit.booleanValue("pipelined", false);
        String mode = audit.string("mode").orElse("fail-closed");
        if (!mode.equals("fail-closed") && !mode.equals("best-effort")) {
            throw new ConfigurationException("configuration " + audit.qualified("mode") + ": expected fail-closed or best-effort");
        }
        if (audit.has("key")) {
            audit.secretRef("key");
        }
        AlertRules.fromConfiguration(audit.child("alerts"));
        for (ConfigNode sinkConfig : audit.children("sinks")) {
            String type = sinkConfig.requireString("type");
            if (requireInstalled || factories.find(type).isPresent()) {
                factories.require(type, sinkConfig.qualified("type")).validate(sinkConfig);
            }
        }
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
        if (workers.isEmpty()) {
            throw new AuditUnavailableException("no audit sink is configured; event " + event.type() + " not recorded");
        }
        Pending pending = new Pending(protect(event), workers.size(), Thread.currentThread());
        long deadline = System.nanoTime() + timeoutNanos;
        for (SinkWorker worker : workers) {
            worker.offer(pending);
        }
        boolean interrupted = false;
        int state;
        while ((state = pending.state) == Pending.OPEN) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                if (pending.decide(Pending.ABANDONED)) {
                    restoreInterrupt(interrupted);
                    throw new AuditUnavailableException("no audit sink stored event " + event.type() + " within "
                            + timeout.toMillis() + " ms (" + pending.describe(workers) + "); the action must not proceed");
                }
                continue;           // a sink stored it (or all failed) in the instant between the timeout and now
            }
            LockSupport.parkNanos(pending, left);
            if (Thread.interrupted()) {
                interrupted = true;
                if (pending.decide(Pending.ABANDONED)) {
                    restoreInterrupt(true);
                    throw new AuditUnavailableException("interrupted while waiting for the audit sinks; event "
                            + event.type() + " may not be stored; the action must not proceed");
                }
            }
        }
        restoreInterrupt(interrupted);
        if (state == Pending.FAILED) {
            AuditUnavailableException failure = pending.failure;
            throw new AuditUnavailableException(failure.getMessage(), failure.getCause());
        }
    }

    private static void restoreInterrupt(boolean interrupted) {
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * @param value a clear value of a sensitive detail
     * @return what is stored in its place: {@code hmac-sha256:} and 64 hex digits
     */
    public String sensitiveDigest(String value) {
        javax.crypto.Mac mac = sensitiveMac.get();
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
        // A sink's own close may hang (a plug-in, a remote server): each is bounded, together at most SINK_CLOSE_LIMIT.
        long closeDeadline = System.nanoTime() + SINK_CLOSE_LIMIT.toNanos();
        for (SinkWorker worker : workers) {
            long left = Math.max(Duration.ofMillis(100).toNanos(), closeDeadline - System.nanoTime());
            dev.warden.core.BoundedClose.run("audit sink " + worker.sink.name(), () -> closeQuietly(worker.sink),
                    Duration.ofNanos(left));
        }
        sensitiveKey.destroy();
    }

    /** The longest {@link #close()} waits for the sinks' own close methods, in total. */
    static final Duration SINK_CLOSE_LIMIT = Duration.ofSeconds(5);

    private static void closeQuietly(AuditSink sink) {
        try {
            sink.close();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Audit sink '{}' failed to close: {}", sink.name(), e.toString());
        }
    }

    /**
     * One event on its way to the sinks, and the hand-off to the thread waiting in {@code record}: no future, one
     * compare-and-set decides the outcome (stored, failed, abandoned) and one unpark wakes the waiter.
     */
    private static final class Pending {
        static final int OPEN = 0;
        static final int STORED = 1;
        static final int FAILED = 2;
        static final int ABANDONED = 3;
        private static final VarHandle STATE;

        static {
            try {
                STATE = MethodHandles.lookup().findVarHandle(Pending.class, "state", int.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        final AuditEvent event;
        final Thread waiter;
        volatile int state;
        /** Set before the state becomes {@link #FAILED}. */
        volatile AuditUnavailableException failure;
        private final AtomicInteger outstanding;
        private Map<String, String> failures;

        Pending(AuditEvent event, int sinks, Thread waiter) {
            this.event = event;
            this.waiter = waiter;
            this.outstanding = new AtomicInteger(sinks);
        }

        /** Sets the outcome if none is set yet; whoever decides first wins. */
        boolean decide(int outcome) {
            return STATE.compareAndSet(this, OPEN, outcome);
        }

        /** The caller gave up, or every sink failed: sinks that have not started on it skip it. */
        boolean givenUp() {
            int s = state;
            return s == ABANDONED || s == FAILED;
        }

        void stored(Dispatcher dispatcher) {
            if (decide(STORED)) {
                if (dispatcher != null) {
                    dispatcher.dispatch(event);   // before waking the caller: keeps listener order
                }
                LockSupport.unpark(waiter);
            }
        }

        void failed(String sink, Throwable error) {
            synchronized (this) {
                if (failures == null) {
                    failures = new LinkedHashMap<>();
                }
                failures.put(sink, reason(error));
            }
            if (outstanding.decrementAndGet() == 0) {
                failure = new AuditUnavailableException("no audit sink stored event " + event.type()
                        + " (" + describe(null) + "); the action must not proceed", error);
                if (decide(FAILED)) {
                    LockSupport.unpark(waiter);
                }
            }
        }

        synchronized String describe(List<SinkWorker> all) {
            Map<String, String> known = failures == null ? Map.of() : failures;
            StringBuilder out = new StringBuilder();
            if (all != null) {
                for (SinkWorker worker : all) {
                    out.append(out.length() == 0 ? "" : "; ").append(worker.sink.name()).append(": ")
                            .append(known.getOrDefault(worker.sink.name(), "timed out"));
                }
            } else {
                known.forEach((k, v) -> out.append(out.length() == 0 ? "" : "; ").append(k).append(": ").append(v));
            }
            return out.toString();
        }

        private static String reason(Throwable error) {
            String message = error.getMessage();
            return error.getClass().getSimpleName() + (message == null ? "" : " " + message.replace('\n', ' ').replace('\r', ' '));
        }
    }

    /** A node of a sink's lock-free hand-off stack. */
    private static final class Node {
        final Pending pending;
        Node next;

        Node(Pending pending) {
            this.pending = pending;
        }
    }

    /**
     * The threads of one sink. Producers push onto a lock-free stack (one compare-and-set each) and wake the writer
     * only when it sleeps; the writer takes the whole stack at once. For a {@link PipelinedAuditSink} a second thread,
     * the syncer, makes appended batches durable while the writer appends the next ones, and acknowledges a batch
     * only once a sync that began after its append returned has returned; batches are acknowledged in append order,
     * which is the chain's order and the file's. Other sinks are written and acknowledged by the writer alone.
     */
    private static final class SinkWorker {
        final AuditSink sink;
        private final PipelinedAuditSink pipelined;
        private final String name;
        private final int capacity;
        private final int maxBatch;
        private final Dispatcher dispatcher;
        private final AtomicReference<Node> head = new AtomicReference<>();
        private final AtomicInteger queued = new AtomicInteger();
        private final Thread writer;
        private final Thread syncer;
        private volatile boolean running = true;
        private volatile boolean writerSleeping;
        private volatile boolean syncerSleeping;
        private volatile boolean writerDone;
        /** True while the syncer is inside {@code sync()}: then producers wake the writer only for a full chunk. */
        private volatile boolean syncing;
        /** Held while appending and while discarding: never both at once. */
        private final ReentrantLock appendLock = new ReentrantLock();
        /** Appended batches not yet acknowledged, in append order. */
        private final ConcurrentLinkedQueue<List<Pending>> inflight = new ConcurrentLinkedQueue<>();
        /** Batches appended so far (written by the writer only, after adding the batch to {@link #inflight}). */
        private volatile long appended;
        /** Set by the writer after a failed append: the syncer syncs (and discards if that fails) even if idle. */
        private volatile boolean syncRequested;
        /** Batches acknowledged or failed by the syncer (its own counter). */
        private long synced;

        SinkWorker(AuditSink sink, int capacity, int maxBatch, Dispatcher dispatcher, boolean pipeline) {
            this.sink = sink;
            this.pipelined = pipeline && sink instanceof PipelinedAuditSink p ? p : null;
            this.name = sink.name();
            this.capacity = capacity;
            this.maxBatch = maxBatch;
            this.dispatcher = dispatcher;
            this.writer = new Thread(this::writeLoop, "warden-audit-" + name);
            writer.setDaemon(true);
            if (pipelined != null) {
                syncer = new Thread(this::syncLoop, "warden-audit-" + name + "-sync");
                syncer.setDaemon(true);
            } else {
                syncer = null;
            }
        }

        void start() {
            writer.start();
            if (syncer != null) {
                syncer.start();
            }
        }

        void offer(Pending pending) {
            int waiting = queued.incrementAndGet();
            if (waiting > capacity) {
                queued.decrementAndGet();
                pending.failed(name, new IOException("queue full (the sink is not keeping up)"));
                return;
            }
            Node node = new Node(pending);
            Node top;
            do {
                top = head.get();
                node.next = top;
            } while (!head.compareAndSet(top, node));
            // While an fsync is in flight, what is queued cannot be acknowledged before the next one anyway: wake the
            // writer only for a chunk worth writing (the syncer wakes it for the rest when its fsync returns), rather
            // than once per event.
            if (writerSleeping && (!syncing || waiting >= WAKE_CHUNK)) {
                LockSupport.unpark(writer);
            }
        }

        private void writeLoop() {
            ArrayList<Pending> drained = new ArrayList<>();
            try {
                while (true) {
                    Node top = head.getAndSet(null);
                    if (top == null) {
                        if (!running) {
                            break;
                        }
                        writerSleeping = true;
                        if (head.get() == null && running) {
                            LockSupport.parkNanos(this, IDLE_NANOS);
                        }
                        writerSleeping = false;
                        continue;
                    }
                    drained.clear();
                    for (Node n = top; n != null; n = n.next) {
                        drained.add(n.pending);
                    }
                    Collections.reverse(drained);          // the stack is newest first; the batch is oldest first
                    queued.addAndGet(-drained.size());
                    for (int from = 0; from < drained.size(); from += maxBatch) {
                        List<Pending> chunk = drained.subList(from, Math.min(drained.size(), from + maxBatch));
                        List<Pending> live = new ArrayList<>(chunk.size());
                        List<AuditEvent> events = new ArrayList<>(chunk.size());
                        for (Pending pending : chunk) {
                            if (!pending.givenUp()) {
                                live.add(pending);
                                events.add(pending.event);
                            }
                        }
                        if (!live.isEmpty()) {
                            if (pipelined != null) {
                                append(live, events);
                            } else {
                                write(live, events);
                            }
                        }
                    }
                }
            } finally {
                writerDone = true;
                if (syncer != null) {
                    LockSupport.unpark(syncer);
                }
            }
        }

        private void write(List<Pending> live, List<AuditEvent> events) {
            try {
                sink.write(events);
            } catch (Throwable error) {
                fail(live, error, events.size());
                return;
            }
            for (Pending pending : live) {
                pending.stored(dispatcher);
            }
        }

        private void append(List<Pending> live, List<AuditEvent> events) {
            appendLock.lock();
            try {
                pipelined.append(events);
                inflight.add(live);
                appended++;                          // single writer; volatile write publishes the batch
            } catch (Throwable error) {
                syncRequested = true;
                fail(live, error, events.size());
            } finally {
                appendLock.unlock();
                if (syncerSleeping || syncRequested) {
                    LockSupport.unpark(syncer);
                }
            }
        }

        private void syncLoop() {
            while (true) {
                boolean done = writerDone;
                long target = appended;
                boolean requested = syncRequested;
                if (target == synced && !requested) {
                    if (done) {
                        break;
                    }
                    syncerSleeping = true;
                    if (appended == synced && !syncRequested && !writerDone) {
                        LockSupport.parkNanos(this, IDLE_NANOS);
                    }
                    syncerSleeping = false;
                    continue;
                }
                syncRequested = false;
                syncing = true;
                try {
                    pipelined.sync();
                } catch (Throwable error) {
                    syncing = false;
                    discardAfter(error);
                    continue;
                }
                syncing = false;
                if (writerSleeping && head.get() != null) {
                    LockSupport.unpark(writer);        // events that queued up during the fsync go out now
                }
                for (long i = synced; i < target; i++) {
                    for (Pending pending : inflight.poll()) {
                        pending.stored(dispatcher);
                    }
                }
                synced = target;
            }
        }

        /** A sync failed: nothing since the last good sync is durable. Fail it all, and return the sink to that state. */
        private void discardAfter(Throwable error) {
            appendLock.lock();
            try {
                try {
                    pipelined.discard();
                } catch (Throwable discardError) {
                    LOG.warn("Audit sink '{}' could not discard what a failed sync left: {}", name, discardError.toString());
                }
                int count = 0;
                for (List<Pending> batch; (batch = inflight.poll()) != null; ) {
                    for (Pending pending : batch) {
                        pending.failed(name, error);
                        count++;
                    }
                }
                synced = appended;
                if (count > 0) {
                    LOG.warn("Audit sink '{}' failed to make {} event(s) durable: {}", name, count, error.toString());
                }
            } finally {
                appendLock.unlock();
            }
            if (error instanceof Error fatal && !(error instanceof AssertionError)) {
                throw fatal;
            }
        }

        private void fail(List<Pending> batch, Throwable error, int events) {
            LOG.warn("Audit sink '{}' failed to store {} event(s): {}", name, events, error.toString());
            for (Pending pending : batch) {
                pending.failed(name, error);
            }
            if (error instanceof Error fatal && !(error instanceof AssertionError)) {
                throw fatal;
            }
        }

        void stop(long deadline) {
            running = false;
            LockSupport.unpark(writer);
            join(writer, deadline);
            if (syncer != null) {
                join(syncer, deadline);
            }
            if (writer.isAlive() || (syncer != null && syncer.isAlive())) {
                LOG.warn("Audit sink '{}' did not finish within the timeout; abandoning it", name);
                writer.interrupt();
                if (syncer != null) {
                    syncer.interrupt();
                }
            }
            IOException closedError = new IOException("audit log closed");
            for (Node n = head.getAndSet(null); n != null; n = n.next) {
                n.pending.failed(name, closedError);
            }
            for (List<Pending> batch; (batch = inflight.poll()) != null; ) {
                for (Pending pending : batch) {
                    pending.failed(name, closedError);
                }
            }
        }

        private static void join(Thread thread, long deadline) {
            try {
                thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
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
        private HmacChainKey sensitiveKey;
        private int queueCapacity = 65_536;
        private int maxBatch = 1_024;
        private boolean pipelined;

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
            this.chainKey = HmacChainKey.derive(secret);
            this.sensitiveKey = HmacChainKey.derive(secret, SENSITIVE_PURPOSE);
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

        /**
         * @param pipelined whether a {@link PipelinedAuditSink} (the JSON Lines file) gets a second thread that fsyncs
         *     batch N while the writer appends batch N+1; default false. It pays when an fsync costs much more than
         *     encoding a batch and there are idle cores; on a 2-core machine with 64 producers the pipeline is CPU-bound
         *     and the extra hand-off measured 10–30% slower (see README, audit benchmark), so serial group commit is the
         *     default
         */
        public Builder pipelined(boolean pipelined) {
            this.pipelined = pipelined;
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
