package dev.warden.core.deid;

import dev.warden.deid.HashEncoding;
import dev.warden.deid.ValueTransformer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 of the value's UTF-8 bytes ({@link dev.warden.deid.Transformation.KeyedHash}): one keyed
 * {@link Mac}, cloned once per thread, so the per-value path is one {@code doFinal} and the encoding.
 */
final class KeyedHashing implements ValueTransformer {

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HEX_PAIRS = new byte[512];

    static {
        for (int b = 0; b < 256; b++) {
            HEX_PAIRS[2 * b] = HEX[b >> 4];
            HEX_PAIRS[2 * b + 1] = HEX[b & 0xF];
        }
    }
    private static final byte[] B64 =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".getBytes(StandardCharsets.US_ASCII);

    /** Per thread: the keyed Mac, and buffers for the tag and the encoded output (no allocation but the result). */
    private static final class PerThread {
        final Mac mac;
        final byte[] tag = new byte[32];
        final byte[] in = new byte[64];
        final byte[] out;

        PerThread(Mac mac, int outLength) {
            this.mac = mac;
            this.out = new byte[outLength];
        }
    }

    private final ThreadLocal<PerThread> state;
    private final HashEncoding encoding;
    private final int length;
    private final byte[] prefix;
    private final boolean asciiPrefix;
    private final String prefixString;

    KeyedHashing(byte[] key, HashEncoding encoding, int length, String prefix) {
        Mac prototype = newMac(key);
        this.encoding = encoding;
        this.length = length == 0 ? (encoding == HashEncoding.HEX ? 64 : 43) : length;
        this.prefixString = prefix;
        this.asciiPrefix = prefix.chars().allMatch(c -> c < 128);
        this.prefix = asciiPrefix ? prefix.getBytes(StandardCharsets.US_ASCII) : new byte[0];
        int outLength = this.prefix.length + this.length;
        this.state = ThreadLocal.withInitial(() -> {
            Mac m;
            try {
                m = (Mac) prototype.clone();
            } catch (CloneNotSupportedException e) {
                m = newMac(key);
            }
            PerThread t = new PerThread(m, outLength);
            System.arraycopy(this.prefix, 0, t.out, 0, this.prefix.length);
            return t;
        });
    }

    static Mac newMac(byte[] key) {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(new SecretKeySpec(key, "HmacSHA256"));
            return m;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    /**
     * @return HMAC-SHA256 of the UTF-8 bytes of {@code value} under this transformer's key (a new array)
     * @throws dev.warden.InvalidInputException if the value holds an unpaired surrogate (see {@link UnicodeText})
     */
    byte[] mac(String value) {
        return state.get().mac.doFinal(UnicodeText.utf8(value));
    }

    @Override
    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): exact for ASCII, checked just before
    public String apply(String value) {
        if (value == null) {
            return null;
        }
        PerThread t = state.get();
        int len = value.length();
        if (len <= t.in.length && ascii(value, len)) {
            // ASCII: its UTF-8 bytes are its chars; copy them into the per-thread buffer, no allocation.
            value.getBytes(0, len, t.in, 0);
            t.mac.update(t.in, 0, len);
        } else {
            t.mac.update(UnicodeText.utf8(value));
        }
        try {
            t.mac.doFinal(t.tag, 0);
        } catch (javax.crypto.ShortBufferException e) {
            throw new IllegalStateException("HMAC-SHA256 output is 32 bytes", e);
        }
        if (!asciiPrefix) {
            encode(t.tag, t.out, 0);
            return prefixString + new String(t.out, 0, length, StandardCharsets.ISO_8859_1);
        }
        encode(t.tag, t.out, prefix.length);
        return new String(t.out, 0, prefix.length + length, StandardCharsets.ISO_8859_1);
    }

    private static boolean ascii(String value, int len) {
        for (int i = 0; i < len; i++) {
            if (value.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private void encode(byte[] tag, byte[] out, int off) {
        if (encoding == HashEncoding.HEX) {
            int whole = length >> 1;
            int o = off;
            for (int i = 0; i < whole; i++) {
                int b = tag[i] & 0xFF;
                out[o++] = HEX_PAIRS[2 * b];
                out[o++] = HEX_PAIRS[2 * b + 1];
            }
            if ((length & 1) != 0) {
                out[o] = HEX[(tag[whole] >> 4) & 0xF];
            }
        } else {
            int o = 0;
            for (int i = 0; o < length; i += 3) {
                int b0 = tag[i] & 0xFF;
                int b1 = i + 1 < tag.length ? tag[i + 1] & 0xFF : 0;
                int b2 = i + 2 < tag.length ? tag[i + 2] & 0xFF : 0;
                int w = (b0 << 16) | (b1 << 8) | b2;
                for (int s = 18; s >= 0 && o < length; s -= 6) {
                    out[off + o++] = B64[(w >> s) & 0x3F];
                }
            }
        }
    }
}
