package dev.warden.core.secrets;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretNotFoundException;
import dev.warden.secrets.SecretRef;
import dev.warden.secrets.SecretUnavailableException;
import dev.warden.spi.secrets.SecretStore;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.slf4j.Logger;

/**
 * The cache in front of one store. Caffeine bounds the size, expires entries at the end of their grace period and
 * refreshes them in the background {@code refreshAhead} before their time-to-live ends; this class adds what
 * Caffeine does not know: serving the previous value only within the grace period, and telling the resolver of
 * rotations.
 *
 * <p>It also keeps the resolver's <em>hot map</em> (reference to {@link Entry}) in step with Caffeine: an entry is
 * published there only once it is observed (audited, listeners told) and only while Caffeine still holds it; it
 * leaves the hot map when Caffeine evicts it (size or expiry, through the synchronous eviction listener), when a
 * rotation signal or a lookup past the time-to-live replaces it, and when it is invalidated. The resolver serves a
 * hot entry without Caffeine until its {@link Entry#hotUntil} (the start of the refresh window, or the end of the
 * time-to-live when there is no refresh ahead), after which resolutions take the Caffeine path again, which refreshes,
 * applies the grace period and re-publishes.
 */
final class StoreCache implements AutoCloseable {

    private static final Logger LOG = SecretMaskingLogger.of(CachedSecretResolver.class);

    /**
     * One cached version.
     *
     * <p>{@code observed} turns true the first time a resolution sees the entry after it was installed in the cache;
     * that is when rotation listeners are told, outside any cache lock, so that a listener may resolve again.
     */
    static final class Entry {
        /** The owning secret; callers get {@link Secret#share() handles}. */
        final Secret secret;
        /** Ticker time (ns) until which it is served without asking the store. */
        final long freshUntil;
        /** Ticker time (ns) until which it may be served while the store fails. */
        final long servableUntil;
        /**
         * Ticker time (ns) until which the resolver may serve it from its hot map without asking Caffeine: the start
         * of the refresh window, never after {@link #freshUntil}.
         */
        final long hotUntil;
        volatile boolean observed;
        /** Set once Caffeine has evicted or replaced it: it is then never (again) served from the hot map. */
        volatile boolean retired;
        /** Set on a cache hit once the time-to-live has passed (see the Expiry's expireAfterRead). */
        volatile boolean stale;

        Entry(Secret secret, long freshUntil, long servableUntil, long hotUntil) {
            this.secret = secret;
            this.freshUntil = freshUntil;
            this.servableUntil = servableUntil;
            this.hotUntil = hotUntil;
        }

        Secret secret() {
            return secret;
        }

        long freshUntil() {
            return freshUntil;
        }

        long servableUntil() {
            return servableUntil;
        }

        @Override
        public String toString() {
            return "Entry[" + secret + "]";
        }
    }

    private final String scheme;
    private final SecretStore store;
    private final CacheSettings settings;
    private final CachedSecretResolver resolver;
    private final Ticker ticker;
    private final LoadingCache<SecretRef, Entry> cache;
    /** The resolver's hot map, shared by all stores (references of different stores never collide). */
    private final ConcurrentHashMap<SecretRef, Entry> hot;
    /** How long after a read from the store an entry is served from the hot map at most; Long.MAX_VALUE for no refresh. */
    private final long hotNanos;
    /** While the store fails within the grace period, how long to serve the previous value before trying again. */
    private final long retryNanos;

    StoreCache(String scheme, SecretStore store, CacheSettings settings, CachedSecretResolver resolver,
               Ticker ticker, Executor executor, ConcurrentHashMap<SecretRef, Entry> hot) {
        this.scheme = scheme;
        this.hot = hot;
        this.store = store;
        this.settings = settings;
        this.resolver = resolver;
        this.ticker = ticker;
        this.retryNanos = Math.max(java.time.Duration.ofSeconds(1).toNanos(),
                Math.min(java.time.Duration.ofSeconds(30).toNanos(), settings.ttl().toNanos() / 10));
        Caffeine<Object, Object> builder = Caffeine.newBuilder()
                .maximumSize(settings.maxSize())
                .ticker(ticker)
                .executor(executor);
        Caffeine<SecretRef, Entry> typed = builder.expireAfter(new Expiry<SecretRef, Entry>() {
            @Override
            public long expireAfterCreate(SecretRef key, Entry value, long currentTime) {
                return Math.max(0, value.servableUntil() - currentTime);
            }

            @Override
            public long expireAfterUpdate(SecretRef key, Entry value, long currentTime, long currentDuration) {
                return Math.max(0, value.servableUntil() - currentTime);
            }

            @Override
            public long expireAfterRead(SecretRef key, Entry value, long currentTime, long currentDuration) {
                // Caffeine has just read the ticker for this hit: note here whether the time-to-live has passed, so
                // that the hot path needs no clock read of its own.
                if (currentTime - value.freshUntil >= 0) {
                    value.stale = true;
                }
                return currentDuration;
            }
        });
        long refreshAfter = settings.ttl().minus(settings.refreshAhead()).toNanos();
        if (!settings.refreshAhead().isZero() && refreshAfter > 0) {
            typed = typed.refreshAfterWrite(java.time.Duration.ofNanos(refreshAfter));
            this.hotNanos = refreshAfter;
        } else {
            this.hotNanos = Long.MAX_VALUE;
        }
        // Synchronous, inside Caffeine's removal of the entry: the hot map never outgrows Caffeine's bound.
        typed = typed.evictionListener((SecretRef key, Entry evicted, RemovalCause cause) -> {
            if (evicted != null) {
                evicted.retired = true;
                if (key != null) {
                    hot.remove(key, evicted);
                }
            }
        });
        // A background refresh that installs a new version tells the listeners without waiting for a resolution.
        typed = typed.removalListener((SecretRef key, Entry old, RemovalCause cause) -> {
            if (cause == RemovalCause.REPLACED && key != null && old != null) {
                hot.remove(key, old); // already past its hotUntil (a refresh starts after it); this frees it sooner
            }
            if (cause == RemovalCause.REPLACED && key != null) {
                Entry current = cache().asMap().get(key);
                if (current != null && !current.observed) {
                    try {
                        resolver.observe(key, current);
                    } catch (RuntimeException e) {
                        LOG.warn("Secret {}: after a background refresh: {}", key, CachedSecretResolver.describe(e));
                    }
                }
            }
        });
        this.cache = typed.build(new Loader());
    }

    /**
     * The Caffeine path, taken when the resolver's hot map has no servable entry: a cached, fresh entry costs a
     * Caffeine lookup, a ticker read and the handle, and is published to the hot map for the next resolutions.
     */
    Secret resolve(SecretRef ref) {
        Entry entry;
        try {
            entry = cache.getIfPresent(ref);
            if (entry == null) {
                entry = cache.get(ref);
            }
            if (entry.stale) {
                entry = stale(ref, entry);
            }
        } catch (RuntimeException e) {
            resolver.auditFailure(ref, e); // outside the cache's locks: recording may wait for a durable write
            throw e;
        }
        if (!entry.observed) {
            resolver.observe(ref, entry);
        }
        if (resolver.auditEvery()) {
            resolver.audited(ref, entry.secret().version());
        }
        Secret handle = entry.secret.share();
        publish(ref, entry);
        return handle;
    }

    /**
     * Lets the resolver serve {@code entry} from its hot map until {@link Entry#hotUntil}. Put first, then check that
     * Caffeine still holds it: whatever replaces or evicts it in Caffeine removes it from the hot map after that
     * change, so either that removal or this check takes a superseded entry out again.
     */
    private void publish(SecretRef ref, Entry entry) {
        if (ticker.read() - entry.hotUntil >= 0 || entry.retired) {
            return;
        }
        hot.put(ref, entry);
        if (entry.retired || cache.policy().getIfPresentQuietly(ref) != entry || resolver.closed()) {
            hot.remove(ref, entry);
        }
    }

    /** Drops {@code ref} from Caffeine and from the hot map. */
    private void invalidate(SecretRef ref) {
        Entry old = cache.asMap().remove(ref);
        if (old != null) {
            old.retired = true;
        }
        hot.remove(ref);
    }

    private LoadingCache<SecretRef, Entry> cache() {
        return cache;
    }

    /** Reads the reference again now, whatever its age, and tells the listeners if it changed. */
    void reread(SecretRef ref) {
        Entry current = cache.getIfPresent(ref);
        try {
            Entry fresh = cache.asMap().compute(ref, (k, cur) -> load(k, cur));
            if (current != null && current != fresh) {
                current.retired = true;
            }
            hot.remove(ref); // at once: the next resolution takes the Caffeine path and sees the new entry
            resolver.observe(ref, fresh);
        } catch (SecretNotFoundException e) {
            invalidate(ref);
            resolver.auditFailure(ref, e);
            throw e;
        } catch (RuntimeException e) {
            if (current != null) {
                warnServingPrevious(ref, e, current);
            }
            resolver.auditFailure(ref, e);
            throw resolver.sanitized(scheme, e);
        }
    }

    /** @return the cached owner of {@code ref}, if cached */
    Secret peek(SecretRef ref) {
        Entry entry = cache.getIfPresent(ref);
        return entry == null ? null : entry.secret();
    }

    /** Past its time-to-live: read it again now; within the grace period a failure serves the previous value. */
    private Entry stale(SecretRef ref, Entry seen) {
        try {
            return cache.asMap().compute(ref, (k, cur) -> {
                if (cur != null && cur != seen && ticker.read() - cur.freshUntil() < 0) {
                    return cur; // another thread refreshed it meanwhile
                }
                return load(k, cur);
            });
        } catch (SecretNotFoundException e) {
            invalidate(ref);
            throw e;
        } catch (RuntimeException e) {
            long now = ticker.read();
            if (now - seen.servableUntil() < 0) {
                warnServingPrevious(ref, e, seen);
                // Serve it from the cache for a while before asking the failing store again, so that callers do
                // not each wait for the store's time-out.
                long backoffUntil = now + Math.min(retryNanos, seen.servableUntil() - now);
                Entry backoff = new Entry(seen.secret(), backoffUntil, seen.servableUntil(), hotUntil(now, backoffUntil));
                backoff.observed = true;
                cache.asMap().replace(ref, seen, backoff);
                return backoff;
            }
            throw resolver.sanitized(scheme, e);
        }
    }

    /** Reads from the store, audits, tells the resolver of a rotation. Failures are sanitized. */
    private Entry load(SecretRef ref, Entry previous) {
        Secret secret;
        try {
            secret = store.resolve(ref);
        } catch (RuntimeException e) {
            throw resolver.sanitized(scheme, e);
        }
        if (secret == null) {
            throw new SecretUnavailableException("secret store '" + scheme + "' returned nothing for a reference; "
                    + "this is a bug in the store");
        }
        long now = ticker.read();
        long ttl = settings.ttl().toNanos();
        long grace = settings.grace().toNanos();
        long fresh = now + ttl;
        long servable = saturatedAdd(fresh, grace);
        if (secret.expiresAt().isPresent()) {
            long leaseLeft = java.time.Duration.between(resolver.clock().instant(), secret.expiresAt().get()).toNanos();
            fresh = Math.min(fresh, now + Math.max(0, leaseLeft));
            servable = Math.min(servable, now + Math.max(0, leaseLeft)); // an ended lease is never served
        }
        return new Entry(secret, fresh, servable, hotUntil(now, fresh));
    }

    /** @return the end of the hot-map service of an entry written at {@code now}: its refresh point, at most {@code fresh} */
    private long hotUntil(long now, long fresh) {
        return hotNanos == Long.MAX_VALUE ? fresh : Math.min(fresh, saturatedAdd(now, hotNanos));
    }

    private void warnServingPrevious(SecretRef ref, RuntimeException failure, Entry previous) {
        long leftNanos = previous.servableUntil() - ticker.read();
        Instant until = resolver.clock().instant().plusNanos(Math.max(0, leftNanos));
        LOG.warn("Secret {}: the store '{}' failed ({}); serving the previous version {} until {}",
                ref, scheme, CachedSecretResolver.describe(failure), previous.secret().version(), until);
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }

    String scheme() {
        return scheme;
    }

    @Override
    public void close() {
        for (Entry entry : cache.asMap().values()) {
            entry.secret().close();
        }
        cache.invalidateAll();
        try {
            store.close();
        } catch (RuntimeException e) {
            LOG.warn("Secret store '{}' failed to close: {}", scheme, CachedSecretResolver.describe(e));
        }
    }

    @Override
    public String toString() {
        return "StoreCache[" + scheme + ", " + settings + "]";
    }

    private final class Loader implements CacheLoader<SecretRef, Entry> {

        @Override
        public Entry load(SecretRef key) {
            return StoreCache.this.load(key, null);
        }

        @Override
        public Entry reload(SecretRef key, Entry oldValue) {
            try {
                return StoreCache.this.load(key, oldValue);
            } catch (SecretNotFoundException e) {
                LOG.warn("Secret {}: no longer found in store '{}'; dropped from the cache", key, scheme);
                return null;
            } catch (RuntimeException e) {
                warnServingPrevious(key, e, oldValue);
                return oldValue;
            }
        }
    }
}
