package dev.warden.core.auth;

import dev.warden.ConfigurationException;
import dev.warden.config.ConfigNode;
import java.time.Duration;
import java.util.Objects;

/**
 * When the authentication chain refuses further attempts after repeated failures.
 *
 * <p>After {@code maxFailuresPerUser} failures for one account name (or {@code maxFailuresPerAddress} from one source
 * address) within {@code window}, attempts for it are refused for {@code firstLock}; each further lock doubles the time,
 * up to {@code maxLock}. A successful authentication resets the account's count and lock history. The address count
 * is not reset by a success (an attacker holding one valid account could otherwise clear it); it expires with the
 * window. Defaults follow OWASP's Authentication Cheat Sheet ("account lockout"): 5 per account, 20 per address,
 * 15 minutes, 1 minute doubling to 1 hour.
 *
 * @param maxFailuresPerUser failures of one account name before it is locked; 1 to 1000
 * @param maxFailuresPerAddress failures from one source address before it is throttled; 1 to 100000
 * @param window how long failures are counted
 * @param firstLock the first lock time
 * @param maxLock the longest lock time; at least {@code firstLock}
 */
public record LockoutPolicy(int maxFailuresPerUser, int maxFailuresPerAddress, Duration window, Duration firstLock,
                            Duration maxLock) {

    public LockoutPolicy {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(firstLock, "firstLock");
        Objects.requireNonNull(maxLock, "maxLock");
        if (maxFailuresPerUser < 1 || maxFailuresPerUser > 1000) {
            throw new ConfigurationException("lockout: maxFailuresPerUser must be 1 to 1000, was " + maxFailuresPerUser);
        }
        if (maxFailuresPerAddress < 1 || maxFailuresPerAddress > 100_000) {
            throw new ConfigurationException("lockout: maxFailuresPerAddress must be 1 to 100000, was " + maxFailuresPerAddress);
        }
        if (window.isNegative() || window.isZero() || firstLock.isNegative() || firstLock.isZero()
                || maxLock.compareTo(firstLock) < 0) {
            throw new ConfigurationException("lockout: window and firstLock must be positive and maxLock at least firstLock");
        }
    }

    /** @return 5 per account, 20 per address, in 15 minutes; locked 1 minute, doubling up to 1 hour */
    public static LockoutPolicy defaults() {
        return new LockoutPolicy(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofHours(1));
    }

    /**
     * Reads {@code auth.lockout}: {@code maxFailuresPerUser}, {@code maxFailuresPerAddress}, {@code window},
     * {@code firstLock}, {@code maxLock} (each optional, defaults as in {@link #defaults()}); {@code store} (where the
     * counters are kept, read by the authentication chain) is not part of the policy.
     *
     * @param node the {@code lockout} object
     * @return the policy
     * @throws ConfigurationException naming the setting when a value is out of range
     */
    public static LockoutPolicy from(ConfigNode node) {
        node.requireOnlyKeys(java.util.Set.of("maxFailuresPerUser", "maxFailuresPerAddress", "window", "firstLock",
                "maxLock", "store"));
        LockoutPolicy d = defaults();
        try {
            return new LockoutPolicy(node.intValue("maxFailuresPerUser", d.maxFailuresPerUser),
                    node.intValue("maxFailuresPerAddress", d.maxFailuresPerAddress),
                    node.duration("window", d.window), node.duration("firstLock", d.firstLock),
                    node.duration("maxLock", d.maxLock));
        } catch (ConfigurationException e) {
            throw new ConfigurationException("configuration " + node.path() + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param lockNumber 1 for the first lock in a row, 2 for the second...
     * @return how long that lock lasts
     */
    public Duration lockTime(int lockNumber) {
        int shift = Math.min(Math.max(lockNumber - 1, 0), 30);
        Duration time = firstLock.multipliedBy(1L << shift);
        return time.compareTo(maxLock) > 0 ? maxLock : time;
    }
}
