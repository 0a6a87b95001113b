package dev.warden.audit;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time-ordered unique ids for audit events: UUID version 7 (RFC 9562, section 5.7), in the canonical lower-case
 * 36-character text form, so that ids sort as text in creation order.
 *
 * <p>Layout: 48 bits of Unix time in milliseconds, the version nibble {@code 7}, 12 bits used as a counter so that
 * ids made in the same millisecond by this JVM still increase (RFC 9562, section 6.2, method 1), the variant bits and
 * 62 random bits. Ids from one JVM are strictly increasing; ids from different JVMs are unique with overwhelming
 * probability and ordered to the millisecond.
 */
public final class UuidV7 {

    /** (unix millis << 12) | counter of the last id handed out. */
    private static final AtomicLong LAST = new AtomicLong();

    private UuidV7() {
    }

    /** @return a new id, greater than every id this JVM handed out before */
    public static String next() {
        long now = System.currentTimeMillis() << 12;
        long stamp;
        while (true) {
            long last = LAST.get();
            stamp = Math.max(now, last + 1);
            if (LAST.compareAndSet(last, stamp)) {
                break;
            }
        }
        long millis = stamp >>> 12;
        long counter = stamp & 0xFFF;
        long msb = (millis << 16) | 0x7000L | counter;
        long lsb = (ThreadLocalRandom.current().nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }

    /**
     * @param id an id made by {@link #next()}
     * @return the millisecond it was made in
     * @throws IllegalArgumentException if {@code id} is not a version-7 UUID
     */
    public static Instant timeOf(String id) {
        UUID uuid = UUID.fromString(id);
        if (uuid.version() != 7) {
            throw new IllegalArgumentException("not a UUID version 7");
        }
        return Instant.ofEpochMilli(uuid.getMostSignificantBits() >>> 16);
    }
}
