package dev.warden.core.policy;

/**
 * Where a {@link PolicyState} lives between runs: {@link InMemoryGrantStore}, {@link JsonFileGrantStore} (a
 * documented JSON file) or {@code dev.warden.jdbc.JdbcGrantStore} (warden-jdbc) (H2 or PostgreSQL through HikariCP).
 *
 * <p>The {@link RbacPolicyEngine} calls {@link #write} with each validated change before it makes the change visible
 * to checks, and never concurrently; a store that throws leaves the engine's policy unchanged.
 */
public interface GrantStore extends AutoCloseable {

    /**
     * @return the stored policy, validated
     * @throws dev.warden.ConfigurationException if it is malformed, naming where
     */
    PolicyState load();

    /**
     * Persists one change durably.
     *
     * @param change what changed
     * @param next the whole state after the change (its version is the new version)
     * @throws dev.warden.WardenException if it cannot be stored; the engine then keeps the previous state
     */
    void write(PolicyChange change, PolicyState next);

    /**
     * The stored policy's version, read cheaply, so that a process sharing the store can poll for changes without
     * loading the whole policy ({@link RbacPolicyEngine#reload()}).
     *
     * @return the version, or empty when this store cannot tell it without loading (then reload loads)
     * @throws dev.warden.WardenException if the store cannot be read
     */
    default java.util.OptionalLong storedVersion() {
        return java.util.OptionalLong.empty();
    }

    /** @return a short description for reports, never a password */
    String describe();

    @Override
    default void close() {
    }
}
