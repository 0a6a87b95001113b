package dev.warden.sso.saml;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The ids of assertions already accepted, each kept until the assertion could no longer be accepted anyway (its
 * bearer confirmation's {@code NotOnOrAfter} plus clock skew), so that a captured response cannot be posted twice
 * (SAML 2.0 Profiles §4.1.4.5). Bounded: when full of unexpired ids it refuses new assertions (fails closed) rather
 * than forgetting ids that could then be replayed.
 */
final class ReplayCache {

    private static final int PURGE_EVERY = 1024;

    private final ConcurrentHashMap<String, Instant> seen = new ConcurrentHashMap<>();
    private final int capacity;
    private final Clock clock;
    private final AtomicInteger inserts = new AtomicInteger();

    ReplayCache(int capacity, Clock clock) {
        this.capacity = capacity;
        this.clock = clock;
    }

    /**
     * Records an assertion id.
     *
     * @param id the assertion's {@code ID}, qualified by its issuer
     * @param keepUntil when the id may be forgotten
     * @throws Refusal if the id was seen before and has not expired, or the cache is full
     */
    void recordFirstUse(String id, Instant keepUntil) throws Refusal {
        Instant now = clock.instant();
        if (inserts.incrementAndGet() % PURGE_EVERY == 0 || seen.size() >= capacity) {
            seen.values().removeIf(until -> until.isBefore(now));
        }
        if (seen.size() >= capacity) {
            throw new Refusal("the replay cache is full; refusing new assertions until entries expire");
        }
        Instant previous = seen.putIfAbsent(id, keepUntil);
        if (previous != null) {
            if (previous.isBefore(now) && seen.replace(id, previous, keepUntil)) {
                return;
            }
            throw new Refusal("assertion replayed (its ID was already accepted)");
        }
    }

    int size() {
        return seen.size();
    }
}
