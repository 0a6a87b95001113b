package dev.warden.spi.secrets;

import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretRef;

/**
 * Resolves {@link SecretRef secret references} of the schemes its factory declares. Thread-safe.
 *
 * <p>An implementation never puts a secret value, token or password in a message, a log line or {@code toString}.
 */
public interface SecretStore extends AutoCloseable {

    /**
     * @param ref a reference whose scheme this store serves
     * @return the secret; the caller closes it
     * @throws dev.warden.secrets.SecretNotFoundException if there is no such secret, field or version
     * @throws dev.warden.secrets.SecretUnavailableException if the store cannot be reached or refuses
     * @throws dev.warden.InvalidInputException if the reference is malformed for this store
     */
    Secret resolve(SecretRef ref);

    /** Releases connections and threads. The default does nothing. */
    @Override
    default void close() {
    }
}
