package dev.warden.core.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The failure count and lock history of one key (an account name, a source address, a principal's second factor),
 * and the rule of {@link LockoutPolicy} that moves it on. Shared by the in-memory counters and stores that keep the
 * counters where several processes see them ({@code dev.warden.jdbc.JdbcLockoutCounters}).
 *
 * @param windowStart when the current counting window began, if one is open
 * @param failures failures in the current window
 * @param locks locks in a row (the next lock lasts {@code firstLock * 2^locks}, up to {@code maxLock})
 * @param lockedUntil the end of the current or last lock, if any
 */
public record LockoutState(Optional<Instant> windowStart, int failures, int locks, Optional<Instant> lockedUntil) {

    /** A key with no history. */
    public static final LockoutState NONE = new LockoutState(Optional.empty(), 0, 0, Optional.empty());

    /** @return whether the key is locked at {@code now} */
    public boolean lockedAt(Instant now) {
        return lockedUntil.filter(now::isBefore).isPresent();
    }

    /** @return whether this is the state a failure at {@code now} left when it started a lock */
    public boolean startedLockAt(Instant now) {
        return windowStart.isEmpty() && failures == 0 && lockedAt(now);
    }

    /**
     * @param policy the lockout policy
     * @param limit failures allowed within the window for this kind of key
     * @param now the time of the failure
     * @return the state after one more failure; {@link #lockedAt} tells whether it started a lock
     */
    public LockoutState afterFailure(LockoutPolicy policy, int limit, Instant now) {
        Optional<Instant> start = windowStart;
        int count = failures;
        int inARow = locks;
        Optional<Instant> until = lockedUntil;
        if (until.isPresent() && !now.isBefore(until.get().plus(policy.maxLock()))) {
            inARow = 0; // a long quiet time after the last lock: start the doubling again
            until = Optional.empty();
        }
        if (start.isEmpty() || !now.isBefore(start.get().plus(policy.window()))) {
            start = Optional.of(now);
            count = 0;
        }
        count++;
        if (count >= limit) {
            inARow++;
            Duration lock = policy.lockTime(inARow);
            return new LockoutState(Optional.empty(), 0, inARow, Optional.of(now.plus(lock)));
        }
        return new LockoutState(start, count, inARow, until);
    }
}
