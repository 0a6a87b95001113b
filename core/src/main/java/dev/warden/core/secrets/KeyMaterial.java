package dev.warden.core.secrets;

import dev.warden.ConfigurationException;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretRef;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * Reads key material (a job key, the audit key, a transformation key) from a secret, one way in every command and
 * engine:
 *
 * <ul>
 *   <li>{@code hex:} followed by hex digits — e.g. {@code hex:$(openssl rand -hex 32)} gives 32 bytes;</li>
 *   <li>{@code base64:} followed by standard Base64 (RFC 4648, section 4) — e.g. {@code base64:$(openssl rand -base64 32)};</li>
 *   <li>a {@code keystore:} entry is binary: its bytes as stored (unless they carry one of the prefixes above);</li>
 *   <li>any other value is taken as its UTF-8 bytes, as written (a passphrase-like text). A value that looks encoded
 *       — only hex digits (16 or more), or padded Base64 — is read that way too, for keys and audit chains made
 *       before the prefixes existed, with a warning naming the reference (never the value): to mean the decoded
 *       bytes, write {@code hex:} or {@code base64:} in front.</li>
 * </ul>
 *
 * <p>Leading and trailing white space (a line feed at the end of a key file) is ignored for the prefixed forms.
 * Intermediate arrays are wiped; no message quotes the value.
 */
public final class KeyMaterial {

    private static final org.slf4j.Logger LOG = SecretMaskingLogger.of(KeyMaterial.class);
    private static final byte[] HEX = "hex:".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BASE64 = "base64:".getBytes(StandardCharsets.US_ASCII);

    private KeyMaterial() {
    }

    /**
     * @param ref    the reference the secret was resolved from (its scheme tells a binary store)
     * @param secret the resolved secret
     * @param where  the setting or option, for messages (e.g. {@code --key}, {@code configuration audit.key})
     * @return the key bytes; the caller wipes them
     * @throws ConfigurationException if a prefixed value does not decode
     */
    public static byte[] decode(SecretRef ref, Secret secret, String where) {
        byte[] raw = secret.bytes();
        try {
            int start = 0;
            int end = raw.length;
            while (start < end && isSpace(raw[start])) {
                start++;
            }
            while (end > start && isSpace(raw[end - 1])) {
                end--;
            }
            if (startsWith(raw, start, HEX)) {
                return hex(raw, start + HEX.length, end, where);
            }
            if (startsWith(raw, start, BASE64)) {
                try {
                    return Base64.getDecoder().decode(Arrays.copyOfRange(raw, start + BASE64.length, end));
                } catch (IllegalArgumentException e) {
                    throw new ConfigurationException(where + ": the key after 'base64:' is not valid Base64");
                }
            }
            if (ref.scheme().equals("keystore")) {
                return raw.clone();
            }
            if (looksHex(raw, start, end) || looksBase64(raw, start, end)) {
                LOG.warn("{}: the key {}:{} looks hex- or Base64-encoded but has no prefix, so its {} characters are "
                        + "used as they are; write hex:<digits> (e.g. hex:$(openssl rand -hex 32)) or base64:<text> to "
                        + "use the decoded bytes", where, ref.scheme(), ref.path(), end - start);
            }
            return raw.clone();
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    private static byte[] hex(byte[] raw, int from, int to, String where) {
        if ((to - from) % 2 != 0 || to == from) {
            throw new ConfigurationException(where + ": the key after 'hex:' must be an even number of hex digits");
        }
        byte[] out = new byte[(to - from) / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = Character.digit(raw[from + 2 * i], 16);
            int lo = Character.digit(raw[from + 2 * i + 1], 16);
            if (hi < 0 || lo < 0) {
                Arrays.fill(out, (byte) 0);
                throw new ConfigurationException(where + ": the key after 'hex:' holds a character that is not a hex digit");
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return out;
    }

    private static boolean looksHex(byte[] raw, int from, int to) {
        if (to - from < 16) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (Character.digit(raw[i], 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksBase64(byte[] raw, int from, int to) {
        if (to - from < 16 || (to - from) % 4 != 0 || raw[to - 1] != '=') {
            return false;
        }
        for (int i = from; i < to; i++) {
            byte b = raw[i];
            boolean ok = (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '+'
                    || b == '/' || (b == '=' && i >= to - 2);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] raw, int at, byte[] prefix) {
        if (raw.length - at < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (raw[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }
}
