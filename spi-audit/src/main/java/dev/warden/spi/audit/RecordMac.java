package dev.warden.spi.audit;

/** An HMAC-SHA256 computation under a {@link ChainKey}, reusable after each {@link #doFinal()}. Not thread-safe. */
public interface RecordMac {

    /** Adds bytes to the message being authenticated. */
    void update(byte[] data, int offset, int length);

    /** @return the 32-byte MAC of everything added since the last call, and starts afresh */
    byte[] doFinal();

    /** @return the MAC of {@code data} alone */
    default byte[] doFinal(byte[] data) {
        update(data, 0, data.length);
        return doFinal();
    }
}
