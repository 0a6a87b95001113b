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
    private static final byte[] B64 =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".getBytes(StandardCharsets.US_ASCII);

    private final ThreadLocal<Mac> mac;
    private final HashEncoding encoding;
    private final int length;
    private final byte[] prefix;
    private final boolean asciiPrefix;
    private final String prefixString;

    KeyedHashing(byte[] key, HashEncoding encoding, int length, String prefix) {
        Mac prototype = newMac(key);
        this.mac = ThreadLocal.withInitial(() -> {
            try {
                return (Mac) prototype.clone();
            } catch (CloneNotSupportedException e) {
                return newMac(key);
            }
        });
        this.encoding = encoding;
        this.length = length == 0 ? (encoding == HashEncoding.HEX ? 64 : 43) : length;
        this.prefixString = prefix;
        this.asciiPrefix = prefix.chars().allMatch(c -> c < 128);
        this.prefix = prefix.getBytes(StandardCharsets.ISO_8859_1);
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

    /** @return HMAC-SHA256 of the UTF-8 bytes of {@code value} under this transformer's key */
    byte[] mac(String value) {
        return mac.get().doFinal(value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String apply(String value) {
        if (value == null) {
            return null;
        }
        byte[] tag = mac(value);
        if (!asciiPrefix) {
            return prefixString + encode(tag, new byte[length], 0);
        }
        byte[] out = new byte[prefix.length + length];
        System.arraycopy(prefix, 0, out, 0, prefix.length);
        encode(tag, out, prefix.length);
        return new String(out, StandardCharsets.ISO_8859_1);
    }

    private String encode(byte[] tag, byte[] out, int off) {
        if (encoding == HashEncoding.HEX) {
            for (int i = 0; i < length; i++) {
                int b = tag[i >> 1];
                out[off + i] = HEX[(i & 1) == 0 ? (b >> 4) & 0xF : b & 0xF];
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
        return off == 0 ? new String(out, StandardCharsets.ISO_8859_1) : null;
    }
}
