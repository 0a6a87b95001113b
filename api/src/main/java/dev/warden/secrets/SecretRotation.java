package dev.warden.secrets;

import java.time.Instant;
import java.util.Objects;

/**
 * A secret was seen to change: a new version, or (for stores without versions) a new value under the same label.
 *
 * @param ref the reference that rotated
 * @param previousVersion the version served before
 * @param newVersion the version served from now on (may equal {@code previousVersion} for stores without versions)
 * @param detectedAt when Warden saw the change
 */
public record SecretRotation(SecretRef ref, String previousVersion, String newVersion, Instant detectedAt) {

    public SecretRotation {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(previousVersion, "previousVersion");
        Objects.requireNonNull(newVersion, "newVersion");
        Objects.requireNonNull(detectedAt, "detectedAt");
    }
}
