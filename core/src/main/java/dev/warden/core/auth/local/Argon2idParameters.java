package dev.warden.core.auth.local;

import dev.warden.ConfigurationException;
import dev.warden.config.ConfigNode;

/**
 * Cost parameters of Argon2id (RFC 9106), version 0x13.
 *
 * @param memoryKiB memory per hash in KiB (1 KiB blocks); 8 × parallelism to 4,194,304 (4 GiB)
 * @param iterations passes over memory; 1 to 100
 * @param parallelism lanes; 1 to 16
 */
public record Argon2idParameters(int memoryKiB, int iterations, int parallelism) {

    /** OWASP Password Storage Cheat Sheet's first Argon2id option: 19 MiB, 2 iterations, parallelism 1. */
    public static final Argon2idParameters OWASP = new Argon2idParameters(19 * 1024, 2, 1);

    public Argon2idParameters {
        if (parallelism < 1 || parallelism > 16) {
            throw new ConfigurationException("argon2id: parallelism must be 1 to 16, was " + parallelism);
        }
        if (memoryKiB < 8 * parallelism || memoryKiB > 4 * 1024 * 1024) {
            throw new ConfigurationException("argon2id: memoryKiB must be 8 × parallelism to 4194304, was " + memoryKiB);
        }
        if (iterations < 1 || iterations > 100) {
            throw new ConfigurationException("argon2id: iterations must be 1 to 100, was " + iterations);
        }
    }

    /**
     * Reads {@code memoryKiB}, {@code iterations} and {@code parallelism} (each optional, OWASP defaults).
     *
     * @param node the {@code argon2id} object
     * @return the parameters
     * @throws ConfigurationException naming the setting when a value is out of range
     */
    public static Argon2idParameters from(ConfigNode node) {
        node.requireOnlyKeys(java.util.Set.of("memoryKiB", "iterations", "parallelism"));
        try {
            return new Argon2idParameters(node.intValue("memoryKiB", OWASP.memoryKiB),
                    node.intValue("iterations", OWASP.iterations), node.intValue("parallelism", OWASP.parallelism));
        } catch (ConfigurationException e) {
            throw new ConfigurationException("configuration " + node.path() + ": " + e.getMessage(), e);
        }
    }
}
