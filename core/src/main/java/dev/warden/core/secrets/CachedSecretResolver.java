package dev.warden.core.secrets;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import dev.warden.WardenException;
import dev.warden.audit.Actor;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.audit.AuditLog;
import dev.warden.audit.Outcome;
import dev.warden.config.ConfigNode;
import dev.warden.core.config.JsonConfigNode;
import dev.warden.core.plugin.PluginRegistry;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretNotFoundException;
import dev.warden.secrets.SecretRef;
import dev.warden.secrets.SecretResolver;
import dev.warden.secrets.SecretRotation;
import dev.warden.secrets.SecretRotationListener;
import dev.warden.secrets.SecretUnavailableException;
import dev.warden.spi.secrets.SecretStore;
import dev.warden.spi.secrets.SecretStoreContext;
import dev.warden.spi.secrets.SecretStoreFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;

/**
 * Warden's {@link SecretResolver}: selects the store by the reference's URI scheme and caches with Caffeine, with
 * per-store {@link CacheSettings} (time-to-live, maximum size, refresh ahead of expiry, grace period on failure).
 *
 * <p>Build one from the discovered plug-ins and the {@code secrets} section of {@code warden.json}:
 *
 * <pre>{@code
 * CachedSecretResolver resolver = CachedSecretResolver.builder()
 *         .plugins(warden.secretStores())          // SecretStoreFactory plug-ins by scheme
 *         .configuration(config.section("secrets"))
 *         .production(true)
 *         .auditLog(auditLog)                      // optional: SECRET_ACCESSED events
 *         .build();
 * }</pre>
 *
 * <p>{@code secrets} settings: {@code cache} (see {@link CacheSettings}), {@code audit} ({@link AuditMode}, default
 * {@code load}) and {@code stores}, an object from scheme to that store's settings (each may hold its own
 * {@code cache}). Stores named in {@code stores} are built at once, so configuration errors surface at start-up;
 * others are built with empty settings when first used.
 *
 * <p>A store's failure reaches the caller as a {@link WardenException}; an exception of any other type is replaced
 * by a {@link SecretUnavailableException} naming only its class, since foreign messages may quote what they parsed.
 * Closing the resolver wipes every cached value and closes the stores. Thread-safe.
 */
public final class CachedSecretResolver implements SecretResolver, AutoCloseable {

    private static final Logger LOG = SecretMaskingLogger.of(CachedSecretResolver.class);
    private static final Set<String> SECTION_KEYS = Set.of("cache", "audit", "stores");

    private final Map<String, SecretStoreFactory> factories;
    private final Map<String, ConfigNode> storeConfigs;
    private final CacheSettings defaults;
    private final Map<String, CacheSettings> perStore;
    private final boolean production;
    private final AuditMode auditMode;
    private final AuditLog auditLog;
    private final Ticker ticker;
    private final Clock clock;
    private final Executor executor;
    private final ConcurrentHashMap<String, StoreCache> caches = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<SecretRef, Watch> watches = new ConcurrentHashMap<>();
    /**
     * The hot map: observed, fresh entries served without Caffeine until their {@link StoreCache.Entry#hotUntil}.
     * Kept in step with the stores' Caffeine caches by {@link StoreCache}, so never larger than they are.
     */
    private final ConcurrentHashMap<SecretRef, StoreCache.Entry> hot = new ConcurrentHashMap<>();
    private final boolean auditEvery;
    private volatile boolean closed;

    private CachedSecretResolver(Builder b) {
        this.factories = Map.copyOf(b.factories);
        this.storeConfigs = Map.copyOf(b.storeConfigs);
        this.defaults = b.defaults;
        this.perStore = Map.copyOf(b.perStore);
        this.production = b.production;
        this.auditLog = b.auditLog;
        this.auditMode = b.auditLog == null ? AuditMode.OFF : b.auditMode;
        this.auditEvery = auditMode == AuditMode.EVERY;
        this.ticker = b.ticker;
        this.clock = b.clock;
        this.executor = b.executor;
        b.stores.forEach((scheme, store) -> caches.put(scheme, newCache(scheme, store)));
        for (String scheme : storeConfigs.keySet()) {
            if (!caches.containsKey(scheme)) {
                cacheFor(scheme);
            }
        }
    }

    /** @return a builder with no stores, the default cache settings, development checks and no audit */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@inheritDoc}
     *
     * <p>A reference resolved before, whose value is still fresh and outside its refresh window, is served from a hot
     * map with one hash lookup, one ticker read and the handle (audited too in {@link AuditMode#EVERY}); anything else
     * (first resolution, refresh window, past the time-to-live, grace period, after a rotation signal or an eviction)
     * takes the Caffeine-backed path.
     */
    @Override
    public Secret resolve(SecretRef ref) {
        StoreCache.Entry entry = hot.get(ref);
        if (entry != null && ticker.read() - entry.hotUntil < 0 && !entry.retired) {
            if (auditEvery) {
                audited(ref, entry.secret.version());
            }
            return entry.secret.share();
        }
        StoreCache cache = caches.get(ref.scheme());
        if (cache == null) {
            cache = cacheFor(ref.scheme());
        }
        return cache.resolve(ref);
    }

    @Override
    public Set<String> schemes() {
        Set<String> all = new LinkedHashSet<>(factories.keySet());
        all.addAll(caches.keySet());
        return Set.copyOf(all);
    }

    @Override
    public void signalRotation(SecretRef ref) {
        StoreCache cache = caches.get(ref.scheme());
        if (cache == null) {
            cache = cacheFor(ref.scheme());
        }
        cache.reread(ref);
    }

    @Override
    public Subscription onRotation(SecretRef ref, SecretRotationListener listener) {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(listener, "listener");
        Watch watch = watches.computeIfAbsent(ref, r -> new Watch());
        StoreCache cache = caches.get(ref.scheme());
        if (cache != null) {
            Secret cached = cache.peek(ref);
            if (cached != null) {
                watch.lastSeen.compareAndSet(null, cached);
            }
        }
        watch.listeners.add(listener);
        return () -> watch.listeners.remove(listener);
    }

    /** Wipes every cached value and closes the stores. Idempotent. */
    @Override
    public void close() {
        closed = true;
        hot.clear(); // stop serving at once; cleared again below for what a resolution in flight published meanwhile
        for (StoreCache cache : caches.values()) {
            cache.close();
        }
        caches.clear();
        hot.clear();
        watches.clear();
    }

    @Override
    public String toString() {
        return "CachedSecretResolver[schemes=" + schemes() + ", audit=" + auditMode + ", production=" + production + "]";
    }

    // ---- used by StoreCache ----

    boolean auditEvery() {
        return auditEvery;
    }

    Clock clock() {
        return clock;
    }

    /** @return whether {@link #close()} has been called */
    boolean closed() {
        return closed;
    }

    /** @return how many references the hot map holds (tests check that eviction bounds it) */
    int hotSize() {
        return hot.size();
    }

    /**
     * A cached entry is seen for the first time since it was read from its store and installed: audit the read
     * ({@link AuditMode#LOAD}; if recording fails the entry stays unobserved and the resolution fails, so the next
     * one tries again), then, if it differs from what the reference's listeners last saw, tell them, once. Runs
     * outside the cache's locks, but under the entry's: a second caller (a rotation signal racing the cache's
     * background removal notice for the same new entry) waits until the first has told the listeners, so that
     * {@link #signalRotation} returns only after they have been told. A listener may resolve again (the entry is
     * observed by then) or signal another rotation (another entry).
     */
    void observe(SecretRef ref, StoreCache.Entry entry) {
        synchronized (entry) {
            if (entry.observed) {
                return;
            }
            if (auditMode == AuditMode.LOAD) {
                audited(ref, entry.secret().version());
            }
            entry.observed = true;
            Watch watch = watches.get(ref);
            if (watch == null) {
                return;
            }
            Secret fresh = entry.secret();
            while (true) {
                Secret seen = watch.lastSeen.get();
                if (seen == null) {
                    if (watch.lastSeen.compareAndSet(null, fresh)) {
                        return; // the first value seen since the listener came is its baseline
                    }
                    continue;
                }
                if (seen == fresh || seen.equals(fresh)) {
                    return;
                }
                if (watch.lastSeen.compareAndSet(seen, fresh)) {
                    fire(watch, ref, seen, fresh);
                    return;
                }
            }
        }
    }

    private void fire(Watch watch, SecretRef ref, Secret before, Secret after) {
        SecretRotation rotation = new SecretRotation(ref, before.version(), after.version(), clock.instant());
        LOG.info("Secret {} rotated: version {} -> {}", ref, rotation.previousVersion(), rotation.newVersion());
        for (SecretRotationListener listener : watch.listeners) {
            try {
                listener.rotated(rotation);
            } catch (RuntimeException e) {
                LOG.warn("A rotation listener for secret {} failed: {}", ref, describe(e));
            }
        }
    }

    void audited(SecretRef ref, String version) {
        auditLog.record(event(ref, Outcome.SUCCESS, Map.of("reference", ref.toString(), "store", ref.scheme(),
                "version", version)));
    }

    void auditFailure(SecretRef ref, RuntimeException failure) {
        if (auditMode == AuditMode.OFF || failure instanceof dev.warden.audit.AuditUnavailableException) {
            return;
        }
        // A reference its store calls malformed may be a secret pasted where a reference belongs: scheme only.
        String reference = failure instanceof InvalidInputException ? ref.scheme() + ":(malformed)" : ref.toString();
        auditLog.record(event(ref, Outcome.FAILURE, Map.of("reference", reference, "store", ref.scheme(),
                "reason", failure.getClass().getSimpleName())));
    }

    /**
     * @return {@code e} itself if it is a Warden exception (whose messages never carry values), otherwise an
     *     unavailable-store exception naming only its class, without the foreign message or cause
     */
    WardenException sanitized(String scheme, RuntimeException e) {
        if (e instanceof WardenException warden) {
            return warden;
        }
        return new SecretUnavailableException("secret store '" + scheme + "' failed with " + e.getClass().getName()
                + "; its message is withheld because it may quote a secret");
    }

    /** @return a Warden exception's message, or only the class name of any other */
    static String describe(Throwable e) {
        return e instanceof WardenException ? e.getClass().getSimpleName() + ": " + e.getMessage()
                : e.getClass().getName();
    }

    // ---- internals ----

    private StoreCache cacheFor(String scheme) {
        if (closed) {
            throw new IllegalStateException("the secret resolver is closed");
        }
        StoreCache existing = caches.get(scheme);
        if (existing != null) {
            return existing;
        }
        SecretStoreFactory factory = factories.get(scheme);
        if (factory == null) {
            throw new InvalidInputException("secret reference with scheme '" + scheme + "': no secret store serves "
                    + "this scheme; installed: " + (factories.isEmpty() && caches.isEmpty() ? "none"
                    : String.join(", ", new java.util.TreeSet<>(schemes())))
                    + "; check the reference or add the store's plug-in to the class path");
        }
        ConfigNode config = storeConfigs.getOrDefault(scheme, JsonConfigNode.empty("secrets.stores." + scheme));
        // Built outside computeIfAbsent: a store may resolve other schemes while it is built.
        SecretStore store = factory.create(config, new Context(scheme));
        StoreCache created = newCache(scheme, store);
        StoreCache raced = caches.putIfAbsent(scheme, created);
        if (raced != null) {
            created.close();
            return raced;
        }
        return created;
    }

    private StoreCache newCache(String scheme, SecretStore store) {
        return new StoreCache(scheme, store, perStore.getOrDefault(scheme, defaults), this, ticker, executor,
                hot);
    }

    private AuditEvent event(SecretRef ref, Outcome outcome, Map<String, String> details) {
        AuditEvent.Builder event = AuditEvent.builder(AuditEventType.SECRET_ACCESSED).time(clock.instant())
                .outcome(outcome).actor(Actor.system());
        details.forEach(event::detail);
        return event.build();
    }

    /** The listeners of one reference and the last version they were told of. */
    private static final class Watch {
        final List<SecretRotationListener> listeners = new CopyOnWriteArrayList<>();
        final AtomicReference<Secret> lastSeen = new AtomicReference<>();
    }

    /** What a store built by this resolver sees of it. */
    private final class Context implements SecretStoreContext {
        private final String scheme;

        Context(String scheme) {
            this.scheme = scheme;
        }

        @Override
        public Secret resolve(SecretRef ref) {
            if (ref.scheme().equals(scheme)) {
                throw new InvalidInputException("secret reference with scheme '" + scheme
                        + "': a store cannot take its own settings from itself; use another scheme such as env: or file:");
            }
            return CachedSecretResolver.this.resolve(ref);
        }

        @Override
        public boolean production() {
            return production;
        }

        @Override
        public void signalRotation(SecretRef ref) {
            try {
                CachedSecretResolver.this.signalRotation(ref);
            } catch (RuntimeException e) {
                LOG.warn("Secret {}: re-reading after a rotation signal failed: {}", ref, describe(e));
            }
        }

        @Override
        public String toString() {
            return "SecretStoreContext[" + scheme + "]";
        }
    }

    /** Builds a {@link CachedSecretResolver}. Not thread-safe; the resolver is. */
    public static final class Builder {
        private final Map<String, SecretStoreFactory> factories = new LinkedHashMap<>();
        private final Map<String, SecretStore> stores = new LinkedHashMap<>();
        private final Map<String, ConfigNode> storeConfigs = new LinkedHashMap<>();
        private final Map<String, CacheSettings> perStore = new LinkedHashMap<>();
        private CacheSettings defaults = CacheSettings.DEFAULTS;
        private boolean production;
        private AuditMode auditMode = AuditMode.LOAD;
        private AuditLog auditLog;
        private Ticker ticker = Ticker.systemTicker();
        private Clock clock = Clock.systemUTC();
        private Executor executor = ForkJoinPool.commonPool();

        private Builder() {
        }

        /** @param registry the secret store plug-ins by scheme, e.g. {@code warden.secretStores()} */
        public Builder plugins(PluginRegistry<SecretStoreFactory> registry) {
            for (String scheme : registry.names()) {
                factories.put(scheme, registry.find(scheme).orElseThrow());
            }
            return this;
        }

        /** Adds a factory for its schemes; replaces one given before for the same scheme. */
        public Builder factory(SecretStoreFactory factory) {
            for (String scheme : factory.schemes()) {
                factories.put(scheme, factory);
            }
            return this;
        }

        /** Adds a ready store for {@code scheme}; it wins over a factory for the same scheme. */
        public Builder store(String scheme, SecretStore store) {
            stores.put(Objects.requireNonNull(scheme, "scheme"), Objects.requireNonNull(store, "store"));
            return this;
        }

        /**
         * Reads the {@code secrets} section of {@code warden.json}.
         *
         * @param section the section ({@code cache}, {@code audit}, {@code stores})
         * @throws ConfigurationException naming the setting when a key is unknown or a value wrong
         */
        public Builder configuration(ConfigNode section) {
            section.requireOnlyKeys(SECTION_KEYS);
            defaults = CacheSettings.from(section.child("cache").orElseGet(() -> JsonConfigNode.empty(section.qualified("cache"))),
                    CacheSettings.DEFAULTS);
            section.string("audit").ifPresent(text -> auditMode = AuditMode.parse(text, section.qualified("audit")));
            Optional<ConfigNode> storesNode = section.child("stores");
            if (storesNode.isPresent()) {
                ConfigNode all = storesNode.get();
                for (String scheme : all.keys()) {
                    ConfigNode store = all.child(scheme).orElseGet(() -> JsonConfigNode.empty(all.qualified(scheme)));
                    store.child("cache").ifPresent(c -> perStore.put(scheme, CacheSettings.from(c, defaults)));
                    storeConfigs.put(scheme, withoutCache(store));
                }
            }
            return this;
        }

        /** @param defaults the cache settings of stores without their own */
        public Builder cache(CacheSettings defaults) {
            this.defaults = Objects.requireNonNull(defaults, "defaults");
            return this;
        }

        /** @param scheme a store's scheme @param settings its cache settings */
        public Builder cache(String scheme, CacheSettings settings) {
            perStore.put(scheme, Objects.requireNonNull(settings, "settings"));
            return this;
        }

        /** @param production whether stores apply production checks (e.g. refusing files readable by others) */
        public Builder production(boolean production) {
            this.production = production;
            return this;
        }

        /** @param auditLog where SECRET_ACCESSED events go; without one there are none */
        public Builder auditLog(AuditLog auditLog) {
            this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
            return this;
        }

        /** @param mode which resolutions are audited; default {@link AuditMode#LOAD} */
        public Builder auditMode(AuditMode mode) {
            this.auditMode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /** @param ticker the nanosecond time source for cache ages (tests pass a fake one) */
        public Builder ticker(Ticker ticker) {
            this.ticker = Objects.requireNonNull(ticker, "ticker");
            return this;
        }

        /** @param clock the wall clock for lease ends and audit times */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** @param executor runs background refreshes; default the common fork-join pool */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * @return the resolver, with the stores named in the configuration already built
         * @throws ConfigurationException if a configured scheme has no plug-in or a store's settings are wrong
         */
        public CachedSecretResolver build() {
            for (String scheme : storeConfigs.keySet()) {
                if (!factories.containsKey(scheme) && !stores.containsKey(scheme)) {
                    throw new ConfigurationException("configuration secrets.stores." + scheme
                            + ": no secret store plug-in serves the scheme '" + scheme + "'; installed: "
                            + (factories.isEmpty() ? "none" : String.join(", ", new java.util.TreeSet<>(factories.keySet()))));
                }
            }
            return new CachedSecretResolver(this);
        }

        private static ConfigNode withoutCache(ConfigNode store) {
            if (store instanceof JsonConfigNode json && json.json() instanceof ObjectNode object && object.has("cache")) {
                ObjectNode copy = object.deepCopy();
                copy.remove("cache");
                return new JsonConfigNode(copy, store.path());
            }
            return store;
        }
    }
}
