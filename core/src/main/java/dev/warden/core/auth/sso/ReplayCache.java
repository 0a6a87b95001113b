package dev.warden.core.auth.sso;

import java.time.Instant;

/**
 * The one-time-use record of single-sign-on messages: the ids of SAML assertions already accepted (SAML Profiles 2.0
 * §4.1.4.5), each kept until the message could no longer be accepted anyway, so that a captured response cannot be
 * posted twice. In this process by default ({@link #inMemory}), or in a database shared by every host
 * ({@code dev.warden.jdbc.JdbcReplayCache}, configured as a SAML provider's {@code replayCache}), so that a response
 * accepted by one host is refused by the others. Implementations are thread-safe and {@link #firstUse} is atomic per
 * key across every process that shares the store.
 */
public interface ReplayCache extends AutoCloseable {

    /** What {@link #firstUse} found. */
    enum Use {
        /** The key was not recorded (or its record had expired); it is recorded now. */
        FIRST,
        /** The key is recorded and has not expired: a replay. */
        REPLAYED,
        /** The cache is bounded and full of unexpired keys; nothing was recorded (callers refuse: fail closed). */
        FULL
    }

    /**
     * Records a key unless it is already recorded.
     *
     * @param key the message's id qualified by its issuer (e.g. IdP entity id, a newline, assertion ID); kept only as
     *     a hash by stores outside this process
     * @param keepUntil when the record may be forgotten
     * @param now the current time, for expiry
     * @return whether this is the first use
     * @throws dev.warden.auth.AuthenticationException if a shared store cannot be reached: the caller cannot tell a
     *     replay from a first use, so the message is refused
     */
    Use firstUse(String key, Instant keepUntil, Instant now);

    /** Releases connections; nothing for the in-memory cache. */
    @Override
    default void close() {
    }

    /**
     * @param capacity how many unexpired keys it holds at most (then {@link Use#FULL})
     * @return a cache in this process's memory; expired keys are purged as new ones arrive
     */
    static ReplayCache inMemory(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        return new InMemoryReplayCache(capacity);
    }
}
