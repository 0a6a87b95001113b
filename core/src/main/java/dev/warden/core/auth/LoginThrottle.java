package dev.warden.core.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts failed attempts per key (an account name, a source address) and locks a key for an increasing time once it
 * reaches its limit. In memory; bounded to 100,000 keys, each forgotten after it has been idle for the window plus
 * the longest lock.
 */
final class LoginThrottle implements LockoutCounters {

    private static final long MAX_KEYS = 100_000;

    private final LockoutPolicy policy;
    private final Cache<String, State> states;

    LoginThrottle(LockoutPolicy policy) {
        this.policy = policy;
        this.states = Caffeine.newBuilder().maximumSize(MAX_KEYS)
                .expireAfterAccess(policy.window().plus(policy.maxLock()).plus(policy.maxLock())).build();
    }

    @Override
    public Optional<Instant> lockedUntil(String key, Instant now) {
        State state = states.getIfPresent(key);
        if (state == null) {
            return Optional.empty();
        }
        synchronized (state) {
            return state.value.lockedAt(now) ? state.value.lockedUntil() : Optional.empty();
        }
    }

    @Override
    public boolean recordFailure(String key, int limit, Instant now) {
        State state = states.get(key, k -> new State());
        synchronized (state) {
            state.value = state.value.afterFailure(policy, limit, now);
            return state.value.startedLockAt(now);
        }
    }

    @Override
    public void reset(String key) {
        states.invalidate(key);
    }

    private static final class State {
        LockoutState value = LockoutState.NONE;
    }
}
