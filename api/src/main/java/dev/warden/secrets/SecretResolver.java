package dev.warden.secrets;

import java.util.Set;

/**
 * Resolves {@link SecretRef secret references} to {@link Secret secrets} through the secret store that serves each
 * reference's scheme ({@code env:}, {@code file:}, {@code keystore:}, {@code vault:} or a plug-in's), caching them.
 * Thread-safe; obtained from the Warden facade ({@code warden.secrets()}).
 *
 * <pre>{@code
 * try (Secret password = warden.secrets().resolve("vault:secret/app#db-password")) {
 *     char[] chars = password.chars();
 *     try { ...use... } finally { java.util.Arrays.fill(chars, '\0'); }
 * }
 * }</pre>
 *
 * <p>A rotated secret becomes visible after the cache's time-to-live, or at once after {@link #signalRotation}; the
 * listeners registered with {@link #onRotation} are told once per rotation. No method puts a value in a message, log
 * line or audit event.
 */
public interface SecretResolver {

    /**
     * @param ref the reference
     * @return a handle on the current version; close it when done (closing the handle does not disturb other callers)
     * @throws dev.warden.InvalidInputException if no store serves the scheme, or the reference is malformed for its
     *     store; the message names the scheme, never the value
     * @throws SecretNotFoundException if the store has no such secret, field or version
     * @throws SecretUnavailableException if the store cannot be reached or refuses, and no previous version may still
     *     be served (grace period)
     */
    Secret resolve(SecretRef ref);

    /**
     * Parses and resolves a reference such as {@code env:WARDEN_JOB_KEY}.
     *
     * @param ref the reference in text form
     * @return as {@link #resolve(SecretRef)}
     * @throws dev.warden.InvalidInputException if it does not parse (see {@link SecretRef#parse})
     */
    default Secret resolve(String ref) {
        return resolve(SecretRef.parse(ref));
    }

    /** @return the URI schemes that can be resolved */
    Set<String> schemes();

    /**
     * Reads the reference from its store again now, bypassing the cache's time-to-live; if the value or version
     * changed, the rotation listeners of the reference are told. Stores call it when they learn of a change; a host
     * can call it when told of one (for example by a Vault event notification).
     *
     * @param ref the reference that may have rotated
     * @throws SecretNotFoundException as {@link #resolve(SecretRef)}
     * @throws SecretUnavailableException as {@link #resolve(SecretRef)}
     */
    void signalRotation(SecretRef ref);

    /**
     * Registers a listener told each time the secret at {@code ref} rotates (a new value or version is seen), once per
     * rotation. Listeners run on the thread that observed the rotation and must not block for long; an exception
     * from a listener is logged and does not stop others.
     *
     * @param ref the reference to watch
     * @param listener what to tell
     * @return closing it removes the listener
     */
    Subscription onRotation(SecretRef ref, SecretRotationListener listener);

    /** Removes a rotation listener when closed. */
    interface Subscription extends AutoCloseable {
        /** Removes the listener. Idempotent. */
        @Override
        void close();
    }
}
