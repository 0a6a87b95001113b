package dev.warden.secrets;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A resolved secret value with its metadata. The value is held as bytes (UTF-8 for text), handed out only as copies
 * the caller should wipe, and wiped by {@link #close()}.
 *
 * <p>{@link #toString()} shows the reference and version, never the value. {@link #equals(Object)} compares values in
 * constant time; {@link #hashCode()} depends only on the reference and version, so it reveals nothing of the value.
 */
public final class Secret implements AutoCloseable {

    private final SecretRef ref;
    private final byte[] value;
    private final String version;
    private final Instant createdAt;
    private final Instant expiresAt;
    /** The secret whose value this handle shares, or {@code null} when this secret owns its value. */
    private final Secret owner;
    private volatile boolean closed;

    private Secret(SecretRef ref, byte[] value, String version, Instant createdAt, Instant expiresAt) {
        this.ref = Objects.requireNonNull(ref, "ref");
        this.value = value;
        this.version = Objects.requireNonNull(version, "version");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.expiresAt = expiresAt;
        this.owner = null;
    }

    private Secret(Secret owner) {
        this.ref = owner.ref;
        this.value = owner.value;
        this.version = owner.version;
        this.createdAt = owner.createdAt;
        this.expiresAt = owner.expiresAt;
        this.owner = owner;
    }

    /**
     * @param ref the reference it was resolved from
     * @param value the value; copied, so the caller may wipe its array
     * @param version the store's version label (e.g. {@code "3"} for Vault KV v2); {@code "1"} where the store has none
     * @param createdAt when this version was created, or when it was read where the store does not say
     * @param expiresAt the end of the lease, for stores with leases
     * @return the secret
     */
    public static Secret of(SecretRef ref, byte[] value, String version, Instant createdAt, Optional<Instant> expiresAt) {
        return new Secret(ref, value.clone(), version, createdAt, expiresAt.orElse(null));
    }

    /**
     * Like {@link #of(SecretRef, byte[], String, Instant, Optional)} for a text value, stored as UTF-8.
     */
    public static Secret ofChars(SecretRef ref, char[] value, String version, Instant createdAt, Optional<Instant> expiresAt) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(value));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return new Secret(ref, bytes, version, createdAt, expiresAt.orElse(null));
    }

    /** @return the reference this secret was resolved from */
    public SecretRef ref() {
        return ref;
    }

    /** @return the store's version label */
    public String version() {
        return version;
    }

    /** @return when this version was created (or read, where the store does not say) */
    public Instant createdAt() {
        return createdAt;
    }

    /** @return the end of the lease, for stores with leases */
    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    /**
     * @return a copy of the value's bytes; wipe it when done
     * @throws IllegalStateException after {@link #close()}
     */
    public byte[] bytes() {
        requireOpen();
        return value.clone();
    }

    /**
     * @return a copy of the value decoded as UTF-8; wipe it when done
     * @throws IllegalStateException after {@link #close()}
     */
    public char[] chars() {
        requireOpen();
        CharBuffer decoded = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(value));
        char[] chars = new char[decoded.remaining()];
        decoded.get(chars);
        if (decoded.hasArray()) {
            Arrays.fill(decoded.array(), '\0');
        }
        return chars;
    }

    /**
     * A handle on the same value, without copying it: closing the handle marks only the handle closed, while closing
     * this (owning) secret wipes the value and makes every handle unusable. A cache hands out handles so that a caller
     * closing what it resolved cannot wipe the cached value for others.
     *
     * @return a new handle; allocates the handle object only
     * @throws IllegalStateException after {@link #close()}
     */
    public Secret share() {
        requireOpen();
        return new Secret(owner == null ? this : owner);
    }

    /** @return the value's length in bytes */
    public int length() {
        return value.length;
    }

    /** @return whether this secret (or, for a {@link #share() shared handle}, its owner) has been closed */
    public boolean isClosed() {
        return closed || (owner != null && owner.closed);
    }

    /**
     * Wipes the value, or for a {@link #share() shared handle} marks the handle closed and leaves the owner's value to
     * its owner. Idempotent.
     */
    @Override
    public void close() {
        closed = true;
        if (owner == null) {
            Arrays.fill(value, (byte) 0);
        }
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Secret that)) {
            return false;
        }
        return ref.equals(that.ref) && version.equals(that.version) && MessageDigest.isEqual(value, that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ref, version);
    }

    @Override
    public String toString() {
        return "Secret[ref=" + ref + ", version=" + version + ", value=***]";
    }

    private void requireOpen() {
        if (isClosed()) {
            throw new IllegalStateException("secret " + ref.scheme() + ": already closed and wiped");
        }
    }
}
