package dev.warden.core.secrets.keystore;

import dev.warden.InvalidInputException;

/**
 * Argon2id cost parameters (RFC 9106) for deriving a keystore's file key from a passphrase.
 *
 * @param memoryKiB memory in KiB; at least 19456 (19 MiB, the OWASP floor for Argon2id), at most 4194304 (4 GiB)
 * @param iterations passes over memory; at least 2, at most 100
 * @param parallelism lanes; 1 to 16
 */
public record Argon2idParameters(int memoryKiB, int iterations, int parallelism) {

    private static final int MINIMUM_MEMORY_KIB = 19 * 1024;

    /** RFC 9106 section 4, second recommended option: 64 MiB, 3 passes, 4 lanes. */
    public static final Argon2idParameters RECOMMENDED = new Argon2idParameters(64 * 1024, 3, 4);

    /** The cheapest parameters accepted: 19 MiB, 2 passes, 1 lane (OWASP's minimum for Argon2id). */
    public static final Argon2idParameters MINIMUM = new Argon2idParameters(19 * 1024, 2, 1);

    /** @throws InvalidInputException if a parameter is outside the documented range */
    public Argon2idParameters {
        if (memoryKiB < MINIMUM_MEMORY_KIB || memoryKiB > 4 * 1024 * 1024) {
            throw new InvalidInputException("keystore Argon2id memory must be 19456 to 4194304 KiB, found " + memoryKiB);
        }
        if (iterations < 2 || iterations > 100) {
            throw new InvalidInputException("keystore Argon2id iterations must be 2 to 100, found " + iterations);
        }
        if (parallelism < 1 || parallelism > 16) {
            throw new InvalidInputException("keystore Argon2id parallelism must be 1 to 16, found " + parallelism);
        }
    }
}
