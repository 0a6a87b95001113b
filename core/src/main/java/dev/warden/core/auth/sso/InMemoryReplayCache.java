package dev.warden.core.auth.sso;

import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link ReplayCache} in this process. Bounded: when full of unexpired keys it answers {@link Use#FULL} rather than
 * forget keys that could then be replayed.
 */
final class InMemoryReplayCache implements ReplayCache {

    private static final int PURGE_EVERY = 1024;

    private final ConcurrentHashMap<String, Instant> seen = new ConcurrentHashMap<>();
    private final int capacity;
    private final AtomicInteger inserts = new AtomicInteger();

    InMemoryReplayCache(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public Use firstUse(String key, Instant keepUntil, Instant now) {
        if (inserts.incrementAndGet() % PURGE_EVERY == 0 || seen.size() >= capacity) {
            seen.values().removeIf(until -> until.isBefore(now));
        }
        if (seen.size() >= capacity) {
            return Use.FULL;
        }
        Instant previous = seen.putIfAbsent(key, keepUntil);
        if (previous == null || (previous.isBefore(now) && seen.replace(key, previous, keepUntil))) {
            return Use.FIRST;
        }
        return Use.REPLAYED;
    }

    int size() {
        return seen.size();
    }

    @Override
    public String toString() {
        return "InMemoryReplayCache[capacity=" + capacity + "]";
    }
}
