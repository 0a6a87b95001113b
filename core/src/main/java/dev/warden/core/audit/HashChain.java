package dev.warden.core.audit;

import dev.warden.audit.AuditEvent;
import dev.warden.spi.audit.ChainKey;
import java.nio.charset.StandardCharsets;
import dev.warden.spi.audit.RecordMac;

/**
 * The writing end of a hash chain: turns events into chained records, one line each.
 *
 * <p>Record {@code n} is its canonical JSON fields ({@link EventJson}) followed by {@code "prev":} the MAC of record
 * {@code n-1} (64 zeros for the first record of a log) and then {@code "mac":} the HMAC-SHA256, under the
 * {@link ChainKey}, of every byte of the line before {@code ,"mac":}. The MAC therefore covers the sequence number, the
 * event and the link, so editing, deleting, inserting or reordering records, or rewriting them without the key, is
 * detected by {@link ChainVerifier}.
 *
 * <p>Not thread-safe: one per sink, used by its writer thread.
 */
public final class HashChain {

    /** The {@code prev} of the very first record of a log. */
    public static final String GENESIS = "0".repeat(64);
    /** The fixed-length tail of every record line: {@code ,"mac":"<64 hex>"}} — 74 characters. */
    public static final int MAC_SUFFIX_LENGTH = 74;
    static final String MAC_PREFIX = ",\"mac\":\"";

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static final byte[] PREV_PREFIX = ",\"prev\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MAC_PREFIX_BYTES = MAC_PREFIX.getBytes(StandardCharsets.US_ASCII);

    private final RecordMac mac;
    private final AsciiBuffer single = new AsciiBuffer(512);
    private final byte[] lastMacHex = new byte[64];
    private long seq;

    /**
     * @param key the chain key
     * @param lastSeq the sequence number of the last stored record (0 for a new log)
     * @param lastMac the MAC of the last stored record ({@link #GENESIS} for a new log)
     */
    public HashChain(ChainKey key, long lastSeq, String lastMac) {
        this.mac = key.newMac();
        reset(lastSeq, lastMac);
    }

    /**
     * Makes the next record; the chain advances.
     *
     * @param event the event
     * @return the record's line, ASCII, ending with {@code '\n'}
     */
    public String next(AuditEvent event) {
        single.setLength(0);
        next(event, single);
        return single.toString();
    }

    /**
     * Appends the next record's line (ASCII, ending with {@code '\n'}) to {@code out}; the chain advances. The bytes
     * are exactly those {@link #next(AuditEvent)} returns.
     *
     * @param event the event
     * @param out where the line is appended
     */
    public void next(AuditEvent event, AsciiBuffer out) {
        int start = out.length();
        EventJson.appendFields(out, seq + 1, event);
        out.append(PREV_PREFIX, 0, PREV_PREFIX.length).append(lastMacHex, 0, 64).append('"');
        mac.update(out.array(), start, out.length() - start);
        byte[] digest = mac.doFinal();
        out.append(MAC_PREFIX_BYTES, 0, MAC_PREFIX_BYTES.length);
        int macAt = out.length();
        out.appendHex(digest);
        System.arraycopy(out.array(), macAt, lastMacHex, 0, 64);
        out.append("\"}\n");
        seq++;
    }

    /** @return the sequence number of the last record made */
    public long lastSeq() {
        return seq;
    }

    /** @return the MAC of the last record made */
    public String lastMac() {
        return new String(lastMacHex, StandardCharsets.US_ASCII);
    }

    /**
     * Moves the chain back (or forward) to a stored state, e.g. after a write failed and was undone.
     *
     * @param lastSeq the last stored record's sequence number
     * @param mac the last stored record's MAC
     */
    public void reset(long lastSeq, String mac) {
        if (mac.length() != 64) {
            throw new IllegalArgumentException("a chain MAC has 64 hex digits");
        }
        this.seq = lastSeq;
        for (int i = 0; i < 64; i++) {
            lastMacHex[i] = (byte) mac.charAt(i);
        }
    }

    /**
     * @param mac an HMAC-SHA256 computation under the chain key
     * @param line the record's bytes
     * @param length how many of its leading bytes are covered
     * @return the lower-case hex MAC
     */
    static String macOf(RecordMac mac, byte[] line, int length) {
        mac.update(line, 0, length);
        return hex(mac.doFinal());
    }

    static String hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[bytes[i] & 0xF];
        }
        return new String(out);
    }

    /** @return the bytes of an ASCII record line */
    static byte[] ascii(String line) {
        return line.getBytes(StandardCharsets.US_ASCII);
    }
}
