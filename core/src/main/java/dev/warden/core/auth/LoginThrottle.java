package dev.warden.core.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;

/**
 * Counts failed attempts per key (an account name, a source address) and locks a key for an increasing time once it
 * reaches its limit. In memory; bounded to 100,000 keys, each forgotten after it has been idle for the window plus
 * the longest lock.
 */
final class LoginThrottle {

    private static final long MAX_KEYS = 100_000;

    /** What a failure did to a key. */
    enum Effect { COUNTED, LOCKED }

    private final LockoutPolicy policy;
    private final Cache<String, State> states;

    LoginThrottle(LockoutPolicy policy) {
        this.policy = policy;
        this.states = Caffeine.newBuilder().maximumSize(MAX_KEYS)
                .expireAfterAccess(policy.window().plus(policy.maxLock()).plus(policy.maxLock())).build();
    }

    /** @return until when {@code key} is locked, or {@code null} if it is not locked at {@code now} */
    Instant lockedUntil(String key, Instant now) {
        State state = states.getIfPresent(key);
        if (state == null) {
            return null;
        }
        synchronized (state) {
            return state.lockedUntil != null && now.isBefore(state.lockedUntil) ? state.lockedUntil : null;
        }
    }

    /**
     * @param key the account name or address key
     * @param limit failures allowed within the window
     * @param now the time of the failure
     * @return whether this failure started a lock
     */
    Effect recordFailure(String key, int limit, Instant now) {
        State state = states.get(key, k -> new State());
        synchronized (state) {
            if (state.lockedUntil != null && !now.isBefore(state.lockedUntil.plus(policy.maxLock()))) {
                state.locks = 0; // a long quiet time after the last lock: start the doubling again
                state.lockedUntil = null;
            }
            if (state.windowStart == null || !now.isBefore(state.windowStart.plus(policy.window()))) {
                state.windowStart = now;
                state.failures = 0;
            }
            state.failures++;
            if (state.failures >= limit) {
                state.locks++;
                Duration lock = policy.lockTime(state.locks);
                state.lockedUntil = now.plus(lock);
                state.failures = 0;
                state.windowStart = null;
                return Effect.LOCKED;
            }
            return Effect.COUNTED;
        }
    }

    /** Forgets the failures and lock history of {@code key}. */
    void reset(String key) {
        states.invalidate(key);
    }

    private static final class State {
        Instant windowStart;
        int failures;
        int locks;
        Instant lockedUntil;
    }
}
