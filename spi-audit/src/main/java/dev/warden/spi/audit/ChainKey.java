package dev.warden.spi.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key of an audit hash chain: each stored record carries HMAC-SHA256 (RFC 2104, FIPS 198-1) under this key over
 * the record's canonical form and the previous record's MAC.
 *
 * <p>Derived from a secret (resolved from the secret store) with HKDF-SHA256 (RFC 5869) and a purpose label, so that
 * the same secret gives independent keys for the chain and for sensitive-value digests. {@link #toString()} never
 * shows key material; {@link #keyId()} is a short non-secret fingerprint that tells keys apart.
 */
public final class ChainKey {

    /** HKDF "info" for the chain key. */
    public static final String CHAIN_PURPOSE = "warden audit chain v1";

    private final byte[] key;
    private final String keyId;

    private ChainKey(byte[] key) {
        this.key = key;
        this.keyId = hex(hmac(key, "warden audit key id".getBytes(StandardCharsets.US_ASCII)), 8);
    }

    /**
     * @param secret the secret's bytes (at least 16); not kept, the caller may wipe them
     * @return the chain key derived from it for {@link #CHAIN_PURPOSE}
     * @throws IllegalArgumentException if the secret is shorter than 16 bytes
     */
    public static ChainKey derive(byte[] secret) {
        return derive(secret, CHAIN_PURPOSE);
    }

    /**
     * @param secret the secret's bytes (at least 16); not kept
     * @param purpose the HKDF info label; different labels give independent keys
     * @return a 32-byte HMAC-SHA256 key derived with HKDF-SHA256 (empty salt)
     * @throws IllegalArgumentException if the secret is shorter than 16 bytes
     */
    public static ChainKey derive(byte[] secret, String purpose) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("audit chain key: the secret must have at least 16 bytes (128 bits), it has "
                    + secret.length);
        }
        byte[] prk = hmac(new byte[32], secret);                          // HKDF-Extract, salt = HashLen zeros
        byte[] info = purpose.getBytes(StandardCharsets.UTF_8);
        byte[] t = Arrays.copyOf(info, info.length + 1);
        t[info.length] = 1;
        byte[] okm = hmac(prk, t);                                        // HKDF-Expand, L = 32: T(1)
        Arrays.fill(prk, (byte) 0);
        return new ChainKey(okm);
    }

    /** @return a new HMAC-SHA256 instance under this key; not thread-safe, keep one per thread */
    public Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    /** @return 16 hex digits identifying this key (an HMAC of a fixed label), safe to store and show */
    public String keyId() {
        return keyId;
    }

    /** Wipes the key material. Later use fails. */
    public void destroy() {
        Arrays.fill(key, (byte) 0);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChainKey that && MessageDigest.isEqual(key, that.key);
    }

    @Override
    public int hashCode() {
        return keyId.hashCode();
    }

    @Override
    public String toString() {
        return "ChainKey[id=" + keyId + "]";
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    private static String hex(byte[] bytes, int length) {
        StringBuilder out = new StringBuilder(length * 2);
        for (int i = 0; i < length; i++) {
            out.append(Character.forDigit((bytes[i] >> 4) & 0xF, 16)).append(Character.forDigit(bytes[i] & 0xF, 16));
        }
        return out.toString();
    }
}
