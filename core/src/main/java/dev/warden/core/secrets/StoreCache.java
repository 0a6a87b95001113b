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
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cache in front of one store. Caffeine bounds the size, expires entries at the end of their grace period and
 * refreshes them in the background {@code refreshAhead} before their time-to-live ends; this class adds what
 * Caffeine does not know: serving the previous value only within the grace period, and telling the resolver of
 * rotations.
 */
final class StoreCache implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CachedSecretResolver.class);

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
        volatile boolean observed;
        /** Set on a cache hit once the time-to-live has passed (see the Expiry's expireAfterRead). */
        volatile boolean stale;

        Entry(Secret secret, long freshUntil, long servableUntil) {
            this.secret = secret;
            this.freshUntil = freshUntil;
            this.servableUntil = servableUntil;
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
    /** While the store fails within the grace period, how long to serve the previous value before trying again. */
    private final long retryNanos;

    StoreCache(String scheme, SecretStore store, CacheSettings settings, CachedSecretResolver resolver,
               Ticker ticker, Executor executor) {
        this.scheme = scheme;
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
        }
        // A background refresh that installs a new version tells the listeners without waiting for a resolution.
        typed = typed.removalListener((SecretRef key, Entry old, RemovalCause cause) -> {
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

    /** The hot path: a cached, fresh entry costs a Caffeine lookup, a ticker read and the handle. */
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
        return entry.secret.share();
    }

    private LoadingCache<SecretRef, Entry> cache() {
        return cache;
    }

    /** Reads the reference again now, whatever its age, and tells the listeners if it changed. */
    void reread(SecretRef ref) {
        Entry current = cache.getIfPresent(ref);
        try {
            Entry fresh = cache.asMap().compute(ref, (k, cur) -> load(k, cur));
            resolver.observe(ref, fresh);
        } catch (SecretNotFoundException e) {
            cache.invalidate(ref);
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
            cache.invalidate(ref);
            throw e;
        } catch (RuntimeException e) {
            long now = ticker.read();
            if (now - seen.servableUntil() < 0) {
                warnServingPrevious(ref, e, seen);
                // Serve it from the cache for a while before asking the failing store again, so that callers do
                // not each wait for the store's time-out.
                Entry backoff = new Entry(seen.secret(), now + Math.min(retryNanos, seen.servableUntil() - now),
                        seen.servableUntil());
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
        return new Entry(secret, fresh, servable);
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
