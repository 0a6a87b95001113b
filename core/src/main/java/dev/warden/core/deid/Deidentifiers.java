package dev.warden.core.deid;

import dev.warden.ConfigurationException;
import dev.warden.deid.Deidentifier;
import dev.warden.deid.KeyPolicy;
import dev.warden.deid.Profile;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * Builds {@link Deidentifier deidentifiers}: the entry point of the de-identification engine.
 *
 * <pre>{@code
 * Deidentifier deid = Deidentifiers.create(jobKey);                       // 16+ bytes of secret key
 * ValueTransformer ssn = deid.compile(Transformation.FormatPreservingEncryption.ff1(Alphabet.DIGITS),
 *         ConsistencyDomain.of("patients", "SSN"));
 * ssn.apply("999-49-3983");                                               // e.g. "183-05-6610", same every run
 * }</pre>
 *
 * <p>Keys: each transformation's key is derived with HKDF-SHA256 (RFC 5869) from the job key, the transformation's
 * purpose and the consistency domain's name, so columns in one domain transform identically and others do not. The
 * job key is copied; callers should wipe their copy.
 */
public final class Deidentifiers {

    /** Smallest job key accepted, in bytes. */
    public static final int MIN_KEY_BYTES = 16;

    private Deidentifiers() {
    }

    /**
     * @param jobKey the job key, at least 16 bytes (32 recommended)
     * @return a deidentifier deriving per-domain keys from it; re-identification off
     * @throws ConfigurationException when the key is shorter than 16 bytes
     */
    public static Deidentifier create(byte[] jobKey) {
        return builder().jobKey(jobKey).build();
    }

    /**
     * @param profile a profile; {@link KeyPolicy#RANDOM_PER_RUN} ignores {@code jobKey} and draws a random 32-byte key
     *     held only by the returned object
     * @param jobKey the job key, used with {@link KeyPolicy#JOB_KEY}
     * @return a deidentifier for the profile's key policy
     */
    public static Deidentifier forProfile(Profile profile, byte[] jobKey) {
        if (profile.keyPolicy() == KeyPolicy.RANDOM_PER_RUN) {
            byte[] runKey = new byte[32];
            new SecureRandom().nextBytes(runKey);
            try {
                return create(runKey);
            } finally {
                java.util.Arrays.fill(runKey, (byte) 0);
            }
        }
        return create(jobKey);
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Options of a {@link Deidentifier}. */
    public static final class Builder {
        private byte[] key;
        private boolean direct;
        private boolean reidentification;

        private Builder() {
        }

        /**
         * @param jobKey the job key, at least 16 bytes; per-domain keys are derived from it
         * @return this
         */
        public Builder jobKey(byte[] jobKey) {
            this.key = Objects.requireNonNull(jobKey, "jobKey").clone();
            this.direct = false;
            return this;
        }

        /**
         * Uses {@code key} as it is for every transformation, without derivation: the AES key of FF1/FF3-1 (16, 24 or
         * 32 bytes) and the HMAC key. For published test vectors and {@code warden transform --key-hex}; every
         * column then shares one key, so do not use it for jobs.
         *
         * @param key the key, at least 16 bytes ({@link #build()} refuses a shorter one)
         * @return this
         */
        public Builder directKey(byte[] key) {
            this.key = Objects.requireNonNull(key, "key").clone();
            this.direct = true;
            return this;
        }

        /**
         * @param enabled whether {@link Deidentifier#reverse} is allowed (re-identification); false by default
         * @return this
         */
        public Builder reidentification(boolean enabled) {
            this.reidentification = enabled;
            return this;
        }

        /**
         * @return the deidentifier
         * @throws ConfigurationException when no key was given or the job key or direct key is shorter than 16 bytes
         */
        public Deidentifier build() {
            if (key == null) {
                throw new ConfigurationException("deid: no key given; pass the job key (at least 16 bytes)");
            }
            if (!direct && key.length < MIN_KEY_BYTES) {
                throw new ConfigurationException("deid: the job key has " + key.length + " bytes; at least "
                        + MIN_KEY_BYTES + " are needed (32 recommended)");
            }
            if (direct && key.length < MIN_KEY_BYTES) {
                // RFC 2104 section 3 discourages HMAC keys shorter than the output; NIST SP 800-107 Rev. 1 section 5.2
                // bounds the strength by the key length. 16 bytes is the floor, as for job keys and AES-128.
                throw new ConfigurationException("deid: the direct key has " + key.length + " bytes; at least "
                        + MIN_KEY_BYTES + " are needed (an AES key of 16, 24 or 32 bytes, or an HMAC key of 16 or more)");
            }
            return new KeyedDeidentifier(new DomainKeys(key, direct), reidentification);
        }
    }
}
