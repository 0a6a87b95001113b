package dev.warden.core.auth.totp;

/** The HMAC of a TOTP (RFC 6238 section 1.2 allows HMAC-SHA-1, HMAC-SHA-256 and HMAC-SHA-512). */
public enum TotpAlgorithm {
    /** HMAC-SHA-1: what most authenticator apps support; the default. */
    SHA1("HmacSHA1", 20),
    /** HMAC-SHA-256. */
    SHA256("HmacSHA256", 32),
    /** HMAC-SHA-512. */
    SHA512("HmacSHA512", 64);

    private final String jcaName;
    private final int keyBytes;

    TotpAlgorithm(String jcaName, int keyBytes) {
        this.jcaName = jcaName;
        this.keyBytes = keyBytes;
    }

    /** @return the JCA name of the MAC */
    public String jcaName() {
        return jcaName;
    }

    /** @return the recommended key length in bytes (the hash output length, RFC 6238 errata 2866) */
    public int keyBytes() {
        return keyBytes;
    }
}
