package dev.warden.core.secrets;

import dev.warden.ConfigurationException;
import dev.warden.config.ConfigNode;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * How the resolver caches the secrets of one store.
 *
 * <p>In {@code warden.json}: {@code secrets.cache} sets the defaults, {@code secrets.stores.<scheme>.cache} overrides
 * them for one store, with the keys {@code ttl}, {@code maxSize}, {@code refreshAhead} and {@code grace}.
 *
 * @param ttl how long a resolved value is served before the store is asked again (default 5 minutes; never longer
 *     than a lease the store reports); zero disables caching for the store
 * @param maxSize how many references are cached at most (default 10,000); the least valuable are evicted first
 * @param refreshAhead how long before the end of {@code ttl} a resolution starts a background refresh, so that
 *     callers do not wait for the store (default 1 minute; zero for none; must be below {@code ttl})
 * @param grace how long after the end of {@code ttl} the previous value is still served while the store cannot be
 *     reached (default 5 minutes; zero for none); a secret that is no longer found is never served from grace
 */
public record CacheSettings(Duration ttl, long maxSize, Duration refreshAhead, Duration grace) {

    private static final Set<String> KEYS = Set.of("ttl", "maxSize", "refreshAhead", "grace");

    /** The defaults: ttl 5 minutes, max size 10,000, refresh ahead 1 minute, grace 5 minutes. */
    public static final CacheSettings DEFAULTS =
            new CacheSettings(Duration.ofMinutes(5), 10_000, Duration.ofMinutes(1), Duration.ofMinutes(5));

    /**
     * @throws ConfigurationException if a duration is negative, {@code maxSize} is below 1, or {@code refreshAhead}
     *     is not below a non-zero {@code ttl}
     */
    public CacheSettings {
        Objects.requireNonNull(ttl, "ttl");
        Objects.requireNonNull(refreshAhead, "refreshAhead");
        Objects.requireNonNull(grace, "grace");
        if (ttl.isNegative() || refreshAhead.isNegative() || grace.isNegative()) {
            throw new ConfigurationException("secret cache settings: durations cannot be negative");
        }
        if (maxSize < 1) {
            throw new ConfigurationException("secret cache settings: maxSize must be at least 1");
        }
        if (!ttl.isZero() && refreshAhead.compareTo(ttl) >= 0) {
            throw new ConfigurationException("secret cache settings: refreshAhead (" + refreshAhead
                    + ") must be shorter than ttl (" + ttl + ")");
        }
    }

    /**
     * Reads settings, taking what is absent from {@code defaults}.
     *
     * @param node an object with optional {@code ttl}, {@code maxSize}, {@code refreshAhead}, {@code grace}
     * @param defaults the values for absent keys
     * @return the settings
     * @throws ConfigurationException naming the setting's path when a key is unknown or a value is wrong
     */
    public static CacheSettings from(ConfigNode node, CacheSettings defaults) {
        for (String key : node.keys()) {
            if (!KEYS.contains(key)) {
                throw new ConfigurationException("configuration " + node.qualified(key)
                        + ": unknown cache setting; known settings are grace, maxSize, refreshAhead, ttl");
            }
        }
        Duration ttl = node.duration("ttl", defaults.ttl());
        Duration ahead = node.duration("refreshAhead", defaults.refreshAhead());
        if (!node.has("refreshAhead") && !ttl.isZero() && ahead.compareTo(ttl) >= 0) {
            ahead = ttl.dividedBy(5); // a short ttl given without refreshAhead: refresh in its last fifth
        }
        try {
            return new CacheSettings(ttl, node.longValue("maxSize", defaults.maxSize()), ahead,
                    node.duration("grace", defaults.grace()));
        } catch (ConfigurationException e) {
            throw new ConfigurationException("configuration " + (node.path().isEmpty() ? "root" : node.path())
                    + ": " + e.getMessage());
        }
    }
}
