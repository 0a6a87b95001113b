package dev.warden.core.auth;

import java.time.Instant;
import java.util.Optional;

/**
 * Where the authentication chain keeps failure counts and locks ({@link LockoutPolicy}): in this process by default,
 * or in a database shared by every host ({@code dev.warden.jdbc.JdbcLockoutCounters}, configured as
 * {@code auth.lockout.store}), so that an attacker who spreads attempts over several hosts, or waits for one to
 * restart, is still locked out. Implementations are thread-safe and {@link #recordFailure} is atomic per key.
 */
public interface LockoutCounters extends AutoCloseable {

    /** @return until when {@code key} is locked, if it is locked at {@code now} */
    Optional<Instant> lockedUntil(String key, Instant now);

    /**
     * Counts one failure.
     *
     * @param key the account name, address or principal key
     * @param limit failures allowed within the window for this kind of key
     * @param now the time of the failure
     * @return whether this failure started a lock
     */
    boolean recordFailure(String key, int limit, Instant now);

    /** Forgets the failures and lock history of {@code key} (after a success). */
    void reset(String key);

    /** Releases connections; nothing for the in-memory counters. */
    @Override
    default void close() {
    }

    /**
     * @param policy the lockout policy
     * @return counters in this process: bounded to 100,000 keys, each forgotten once idle past the window and locks
     */
    static LockoutCounters inMemory(LockoutPolicy policy) {
        return new LoginThrottle(policy);
    }
}
