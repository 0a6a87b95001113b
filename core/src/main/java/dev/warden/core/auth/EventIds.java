package dev.warden.core.auth;

import java.security.SecureRandom;
import java.time.Instant;

/** Time-ordered unique event ids: 48 bits of milliseconds and 80 random bits, in Crockford base32 (the ULID layout). */
final class EventIds {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private EventIds() {
    }

    static String next(Instant time) {
        char[] out = new char[26];
        long millis = time.toEpochMilli();
        for (int i = 9; i >= 0; i--) {
            out[i] = ALPHABET[(int) (millis & 31)];
            millis >>>= 5;
        }
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        int bits = 0;
        int value = 0;
        int index = 10;
        for (byte b : random) {
            value = (value << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out[index++] = ALPHABET[(value >>> (bits - 5)) & 31];
                bits -= 5;
            }
        }
        return new String(out);
    }
}
