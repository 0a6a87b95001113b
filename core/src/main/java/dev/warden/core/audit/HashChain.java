package dev.warden.core.audit;

import dev.warden.audit.AuditEvent;
import dev.warden.spi.audit.ChainKey;
import java.nio.charset.StandardCharsets;
import javax.crypto.Mac;

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

    private final Mac mac;
    private final StringBuilder line = new StringBuilder(512);
    private long seq;
    private String lastMac;

    /**
     * @param key the chain key
     * @param lastSeq the sequence number of the last stored record (0 for a new log)
     * @param lastMac the MAC of the last stored record ({@link #GENESIS} for a new log)
     */
    public HashChain(ChainKey key, long lastSeq, String lastMac) {
        this.mac = key.newMac();
        this.seq = lastSeq;
        this.lastMac = lastMac;
    }

    /**
     * Makes the next record; the chain advances.
     *
     * @param event the event
     * @return the record's line, ASCII, ending with {@code '\n'}
     */
    public String next(AuditEvent event) {
        line.setLength(0);
        EventJson.appendFields(line, seq + 1, event);
        line.append(",\"prev\":\"").append(lastMac).append('"');
        String macHex = macOf(mac, line, line.length());
        line.append(MAC_PREFIX).append(macHex).append("\"}\n");
        seq++;
        lastMac = macHex;
        return line.toString();
    }

    /** @return the sequence number of the last record made */
    public long lastSeq() {
        return seq;
    }

    /** @return the MAC of the last record made */
    public String lastMac() {
        return lastMac;
    }

    /**
     * Moves the chain back (or forward) to a stored state, e.g. after a write failed and was undone.
     *
     * @param lastSeq the last stored record's sequence number
     * @param mac the last stored record's MAC
     */
    public void reset(long lastSeq, String mac) {
        this.seq = lastSeq;
        this.lastMac = mac;
    }

    /**
     * @param mac an HMAC-SHA256 instance under the chain key
     * @param ascii the record text
     * @param length how many of its leading characters are covered
     * @return the lower-case hex MAC
     */
    static String macOf(Mac mac, CharSequence ascii, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) ascii.charAt(i);
        }
        return hex(mac.doFinal(bytes));
    }

    static String macOf(Mac mac, byte[] line, int length) {
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
