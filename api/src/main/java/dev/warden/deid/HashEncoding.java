package dev.warden.deid;

/** How a keyed hash is written. */
public enum HashEncoding {
    /** Lowercase hexadecimal, two characters per byte (64 for HMAC-SHA256). */
    HEX,
    /** Base64url without padding (RFC 4648 section 5), 43 characters for HMAC-SHA256. */
    BASE64URL
}
