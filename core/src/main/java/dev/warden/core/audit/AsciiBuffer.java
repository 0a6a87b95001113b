package dev.warden.core.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * A growable, reusable buffer of 7-bit ASCII bytes that audit records are encoded into, so encoding an event allocates
 * nothing per field (no intermediate {@code String}, no {@code char}-to-{@code byte} copy). Not thread-safe: one per
 * writer thread.
 */
public final class AsciiBuffer {

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    /** Instants from 1970 to 9999 are formatted here; others by {@link Instant#toString()}. */
    private static final long MAX_FAST_SECOND = 253_402_300_799L;

    private byte[] bytes;
    private int length;
    private long cachedDay = Long.MIN_VALUE;
    private final byte[] cachedDate = new byte[10];

    /** A buffer of 512 bytes, grown as needed. */
    public AsciiBuffer() {
        this(512);
    }

    /** @param capacity initial capacity in bytes */
    public AsciiBuffer(int capacity) {
        this.bytes = new byte[Math.max(16, capacity)];
    }

    /** @return the number of bytes written */
    public int length() {
        return length;
    }

    /** @param newLength a length not greater than the current one: forgets the bytes past it */
    public void setLength(int newLength) {
        if (newLength < 0 || newLength > length) {
            throw new IndexOutOfBoundsException(newLength);
        }
        length = newLength;
    }

    /** @return the backing array; bytes {@code [0, length())} are the content; valid until the next append */
    public byte[] array() {
        return bytes;
    }

    /** @return the content as a heap buffer over the backing array (no copy) */
    public ByteBuffer asByteBuffer() {
        return ByteBuffer.wrap(bytes, 0, length);
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }

    /** @param c an ASCII character (the caller guarantees {@code c < 0x80}) */
    public AsciiBuffer append(char c) {
        ensure(1);
        bytes[length++] = (byte) c;
        return this;
    }

    /** @param ascii text the caller guarantees is ASCII (literals, enum names, hex) */
    public AsciiBuffer append(String ascii) {
        int n = ascii.length();
        ensure(n);
        byte[] b = bytes;
        int at = length;
        for (int i = 0; i < n; i++) {
            b[at + i] = (byte) ascii.charAt(i);
        }
        length = at + n;
        return this;
    }

    /** Appends bytes the caller guarantees are ASCII. */
    public AsciiBuffer append(byte[] ascii, int offset, int count) {
        ensure(count);
        System.arraycopy(ascii, offset, bytes, length, count);
        length += count;
        return this;
    }

    /** Appends a decimal number. */
    public AsciiBuffer append(long value) {
        if (value >= 0 && value < 10) {
            return append((char) ('0' + value));
        }
        return append(Long.toString(value));
    }

    /** Appends {@code true} or {@code false}. */
    public AsciiBuffer append(boolean value) {
        return append(value ? "true" : "false");
    }

    /** Appends the lower-case hex of {@code data}. */
    public AsciiBuffer appendHex(byte[] data) {
        ensure(data.length * 2);
        byte[] b = bytes;
        int at = length;
        for (byte d : data) {
            b[at++] = HEX[(d >> 4) & 0xF];
            b[at++] = HEX[d & 0xF];
        }
        length = at;
        return this;
    }

    /**
     * Appends {@code value} in quotes as a JSON string escaped to printable ASCII, in one pass: quote and backslash as
     * {@code \"} and {@code \\}, every other character outside {@code 0x20..0x7E} and {@code < > &} as
     * {@code \}{@code uXXXX} (see {@link EventJson#string(StringBuilder, String)}, which writes the same).
     */
    AsciiBuffer appendJsonString(String value) {
        int n = value.length();
        ensure(n + 2);
        byte[] b = bytes;
        int at = length;
        b[at++] = '"';
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&') {
                b[at++] = (byte) c;
                continue;
            }
            length = at;
            ensure(6 + (n - i) + 1);
            b = bytes;
            if (c == '"' || c == '\\') {
                b[at++] = '\\';
                b[at++] = (byte) c;
            } else {
                b[at] = '\\';
                b[at + 1] = 'u';
                b[at + 2] = HEX[(c >> 12) & 0xF];
                b[at + 3] = HEX[(c >> 8) & 0xF];
                b[at + 4] = HEX[(c >> 4) & 0xF];
                b[at + 5] = HEX[c & 0xF];
                at += 6;
            }
        }
        b[at++] = '"';
        length = at;
        return this;
    }

    /**
     * Appends an instant exactly as {@link Instant#toString()} writes it (ISO-8601, UTC, {@code Z}; the fraction in
     * groups of three digits, left out when zero), without a formatter.
     */
    public AsciiBuffer append(Instant instant) {
        long second = instant.getEpochSecond();
        if (second < 0 || second > MAX_FAST_SECOND) {
            return append(instant.toString());
        }
        long day = second / 86_400;
        int secondOfDay = (int) (second - day * 86_400);
        if (day != cachedDay) {
            LocalDate date = LocalDate.ofEpochDay(day);
            int year = date.getYear();
            cachedDate[0] = (byte) ('0' + year / 1000);
            cachedDate[1] = (byte) ('0' + year / 100 % 10);
            cachedDate[2] = (byte) ('0' + year / 10 % 10);
            cachedDate[3] = (byte) ('0' + year % 10);
            cachedDate[4] = '-';
            twoDigits(cachedDate, 5, date.getMonthValue());
            cachedDate[7] = '-';
            twoDigits(cachedDate, 8, date.getDayOfMonth());
            cachedDay = day;
        }
        ensure(10 + 9 + 10 + 1);
        byte[] b = bytes;
        System.arraycopy(cachedDate, 0, b, length, 10);
        int at = length + 10;
        b[at] = 'T';
        twoDigits(b, at + 1, secondOfDay / 3600);
        b[at + 3] = ':';
        twoDigits(b, at + 4, secondOfDay / 60 % 60);
        b[at + 6] = ':';
        twoDigits(b, at + 7, secondOfDay % 60);
        at += 9;
        int nano = instant.getNano();
        if (nano != 0) {
            b[at++] = '.';
            int digits;
            int value;
            if (nano % 1_000_000 == 0) {
                digits = 3;
                value = nano / 1_000_000;
            } else if (nano % 1_000 == 0) {
                digits = 6;
                value = nano / 1_000;
            } else {
                digits = 9;
                value = nano;
            }
            for (int i = digits - 1; i >= 0; i--) {
                b[at + i] = (byte) ('0' + value % 10);
                value /= 10;
            }
            at += digits;
        }
        b[at++] = 'Z';
        length = at;
        return this;
    }

    private static void twoDigits(byte[] b, int at, int value) {
        b[at] = (byte) ('0' + value / 10);
        b[at + 1] = (byte) ('0' + value % 10);
    }

    /** @return the content as a string (one char per byte) */
    @Override
    public String toString() {
        return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
    }
}
