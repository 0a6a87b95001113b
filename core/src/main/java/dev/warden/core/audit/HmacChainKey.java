package dev.warden.core.audit;

import dev.warden.spi.audit.ChainKey;
import dev.warden.spi.audit.RecordMac;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Warden's {@link ChainKey}: the key of an audit hash chain: each stored record carries HMAC-SHA256 (RFC 2104, FIPS 198-1) under this key over
 * the record's canonical form and the previous record's MAC.
 *
 * <p>Derived from a secret (resolved from the secret store) with HKDF-SHA256 (RFC 5869) and a purpose label, so that
 * the same secret gives independent keys for the chain and for sensitive-value digests. {@link #toString()} never
 * shows key material; {@link #keyId()} is a short non-secret fingerprint that tells keys apart.
 */
public final class HmacChainKey implements ChainKey {

    /** HKDF "info" for the chain key. */
    public static final String CHAIN_PURPOSE = "warden audit chain v1";

    private final byte[] key;
    private final String keyId;

    private HmacChainKey(byte[] key) {
        this.key = key;
        this.keyId = hex(hmac(key, "warden audit key id".getBytes(StandardCharsets.US_ASCII)), 8);
    }

    /**
     * @param secret the secret's bytes (at least 16); not kept, the caller may wipe them
     * @return the chain key derived from it for {@link #CHAIN_PURPOSE}
     * @throws IllegalArgumentException if the secret is shorter than 16 bytes
     */
    public static HmacChainKey derive(byte[] secret) {
        return derive(secret, CHAIN_PURPOSE);
    }

    /**
     * @param secret the secret's bytes (at least 16); not kept
     * @param purpose the HKDF info label; different labels give independent keys
     * @return a 32-byte HMAC-SHA256 key derived with HKDF-SHA256 (empty salt)
     * @throws IllegalArgumentException if the secret is shorter than 16 bytes
     */
    public static HmacChainKey derive(byte[] secret, String purpose) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("audit chain key: the secret must have at least 16 bytes (128 bits), it has "
                    + secret.length);
        }
        byte[] okm = hkdfSha256(secret, purpose.getBytes(StandardCharsets.UTF_8));
        return new HmacChainKey(okm);
    }

    /** HKDF-SHA256 (RFC 5869) with an empty salt (HashLen zeros) and L = 32: T(1). */
    static byte[] hkdfSha256(byte[] ikm, byte[] info) {
        byte[] prk = hmac(new byte[32], ikm);                             // HKDF-Extract
        byte[] t = Arrays.copyOf(info, info.length + 1);
        t[info.length] = 1;
        byte[] okm = hmac(prk, t);                                        // HKDF-Expand, first block
        Arrays.fill(prk, (byte) 0);
        return okm;
    }

    @Override
    public RecordMac newMac() {
        Mac mac = jcaMac();
        return new RecordMac() {
            @Override
            public void update(byte[] data, int offset, int length) {
                mac.update(data, offset, length);
            }

            @Override
            public byte[] doFinal() {
                return mac.doFinal();
            }
        };
    }

    /** @return a JCA HMAC-SHA256 instance under this key; not thread-safe */
    Mac jcaMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    @Override
    public String keyId() {
        return keyId;
    }

    @Override
    public void destroy() {
        Arrays.fill(key, (byte) 0);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HmacChainKey that && MessageDigest.isEqual(key, that.key);
    }

    @Override
    public int hashCode() {
        return keyId.hashCode();
    }

    @Override
    public String toString() {
        return "HmacChainKey[id=" + keyId + "]";
    }

    static byte[] hmac(byte[] key, byte[] data) {
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
