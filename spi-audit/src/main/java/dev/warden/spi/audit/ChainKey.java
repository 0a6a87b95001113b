package dev.warden.spi.audit;

/**
 * The key of an audit hash chain: each stored record carries HMAC-SHA256 (RFC 2104) under this key over the record's
 * canonical form and the previous record's MAC. The audit pipeline derives it from the secret named by
 * {@code audit.key} and hands it to sinks in their {@link AuditSinkContext}; the key material itself never leaves it.
 *
 * <p>Implementations never show key material in {@code toString}.
 */
public interface ChainKey {

    /** @return a short non-secret fingerprint (16 hex digits) that tells keys apart, safe to store and show */
    String keyId();

    /** @return a new MAC computation under this key; not thread-safe, keep one per thread */
    RecordMac newMac();

    /** Wipes the key material. Later use fails. */
    void destroy();
}
