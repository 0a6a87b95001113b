package dev.warden.secrets;

/**
 * Told when a secret rotates, for example so that a connection pool can take a new database password: resolve the
 * reference again inside {@link #rotated} to get the new value.
 */
@FunctionalInterface
public interface SecretRotationListener {

    /** @param rotation which reference changed, from which version to which */
    void rotated(SecretRotation rotation);
}
