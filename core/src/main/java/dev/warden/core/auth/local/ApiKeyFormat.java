package dev.warden.core.auth.local;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Warden's API key format: {@code wdn_<id>_<secret><checksum>}, 76 characters, all lower-case ASCII.
 *
 * <ul>
 *   <li>{@code wdn_} — a fixed prefix, so secret scanners (and people) recognise a Warden key;</li>
 *   <li>{@code <id>} — 12 characters of RFC 4648 base32 (lower case, {@code a-z2-7}): 60 random bits naming the key.
 *   Not secret: it is how the key is found in the store and named in lists and audit events;</li>
 *   <li>{@code _} — a separator;</li>
 *   <li>{@code <secret>} — 52 base32 characters: 256 random bits (the last character carries 1 bit and 4 zero
 *   bits);</li>
 *   <li>{@code <checksum>} — 7 base32 characters: the CRC-32 (ISO-HDLC, as {@link CRC32}) of everything before it,
 *   as a 35-bit big-endian number, so a mistyped or truncated key is refused before any lookup.</li>
 * </ul>
 *
 * <p>Only the SHA-256 of the whole key is stored. The key is shown once, when it is created.
 */
public final class ApiKeyFormat {

    /** The fixed prefix of every key. */
    public static final String PREFIX = "wdn_";
    /** Characters of the public id. */
    public static final int ID_LENGTH = 12;
    static final int SECRET_LENGTH = 52;
    static final int CHECKSUM_LENGTH = 7;
    /** Characters of a whole key. */
    public static final int LENGTH = PREFIX.length() + ID_LENGTH + 1 + SECRET_LENGTH + CHECKSUM_LENGTH;
    private static final int BODY_LENGTH = LENGTH - CHECKSUM_LENGTH;
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeyFormat() {
    }

    /** @return a fresh random key; the caller shows it once and keeps only its hash */
    static char[] generate() {
        char[] key = new char[LENGTH];
        PREFIX.getChars(0, PREFIX.length(), key, 0);
        int at = PREFIX.length();
        at = fillRandom(key, at, ID_LENGTH, 8);
        key[at++] = '_';
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        at = base32(secret, key, at);
        java.util.Arrays.fill(secret, (byte) 0);
        writeChecksum(key, checksum(key));
        return key;
    }

    private static int fillRandom(char[] out, int at, int chars, int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        char[] tmp = new char[(bytes * 8 + 4) / 5];
        base32(random, tmp, 0);
        System.arraycopy(tmp, 0, out, at, chars);
        return at + chars;
    }

    private static int base32(byte[] data, char[] out, int at) {
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out[at++] = ALPHABET[(buffer >>> (bits - 5)) & 31];
                bits -= 5;
            }
        }
        if (bits > 0) {
            out[at++] = ALPHABET[(buffer << (5 - bits)) & 31];
        }
        return at;
    }

    private static long checksum(char[] key) {
        CRC32 crc = new CRC32();
        for (int i = 0; i < BODY_LENGTH; i++) {
            crc.update(key[i]);
        }
        return crc.getValue();
    }

    private static void writeChecksum(char[] key, long value) {
        for (int i = LENGTH - 1; i >= BODY_LENGTH; i--) {
            key[i] = ALPHABET[(int) (value & 31)];
            value >>>= 5;
        }
    }

    /**
     * Checks the shape and the checksum, without any lookup.
     *
     * @param key a presented key
     * @return whether it is a well-formed Warden key with a correct checksum
     */
    public static boolean isWellFormed(char[] key) {
        if (key == null || key.length != LENGTH) {
            return false;
        }
        for (int i = 0; i < PREFIX.length(); i++) {
            if (key[i] != PREFIX.charAt(i)) {
                return false;
            }
        }
        if (key[PREFIX.length() + ID_LENGTH] != '_') {
            return false;
        }
        for (int i = PREFIX.length(); i < LENGTH; i++) {
            if (i != PREFIX.length() + ID_LENGTH && value(key[i]) < 0) {
                return false;
            }
        }
        long expected = checksum(key);
        long given = 0;
        for (int i = BODY_LENGTH; i < LENGTH; i++) {
            given = (given << 5) | value(key[i]);
        }
        return given == expected;
    }

    /**
     * @param key a presented key
     * @return its public id when the key is well-formed with a correct checksum; empty otherwise
     */
    public static Optional<String> keyIdOf(char[] key) {
        if (!isWellFormed(key)) {
            return Optional.empty();
        }
        return Optional.of(new String(key, PREFIX.length(), ID_LENGTH));
    }

    private static int value(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= '2' && c <= '7') {
            return c - '2' + 26;
        }
        return -1;
    }
}
