package dev.warden.core.deid;

import dev.warden.deid.HashEncoding;
import dev.warden.deid.ValueTransformer;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;

/**
 * HMAC-SHA256 (RFC 2104, FIPS 198-1) of the value's UTF-8 bytes ({@link dev.warden.deid.Transformation.KeyedHash}),
 * computed on the JDK's SHA-256 with the precomputation RFC 2104 section 4 describes: the hash states after the key's
 * inner and outer pad blocks are computed once, and each value clones them, so a value costs two SHA-256 compressions
 * instead of four ({@link Mac#doFinal} absorbs both pad blocks again for every value). Equal to {@code Mac}
 * "HmacSHA256" under the same key, byte for byte ({@code KeyedHashingTest}, RFC 4231's test cases). An ASCII value is
 * copied into a per-thread buffer (no encoder); hexadecimal is written eight characters at a time (SWAR: the nibbles of
 * four tag bytes spread into one {@code long}); the allocations are the two cloned digest states and the result.
 */
final class KeyedHashing implements ValueTransformer {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final int TAG_BYTES = 32;
    /** SHA-256's block length in bytes (FIPS 180-4), the length of HMAC's pads. */
    private static final int BLOCK_BYTES = 64;
    private static final byte[] B64 =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".getBytes(StandardCharsets.US_ASCII);

    /**
     * SHA-256 states after HMAC's inner pad ({@code K xor 0x36...}) and outer pad ({@code K xor 0x5c...}) blocks
     * (RFC 2104 section 4): cloned for each value, never updated themselves.
     */
    private static final class PadStates {
        final MessageDigest inner;
        final MessageDigest outer;

        PadStates(byte[] key) {
            try {
                byte[] k = key.length > BLOCK_BYTES ? MessageDigest.getInstance("SHA-256").digest(key) : key;
                byte[] ipad = new byte[BLOCK_BYTES];
                byte[] opad = new byte[BLOCK_BYTES];
                for (int i = 0; i < BLOCK_BYTES; i++) {
                    byte b = i < k.length ? k[i] : 0;
                    ipad[i] = (byte) (b ^ 0x36);
                    opad[i] = (byte) (b ^ 0x5c);
                }
                inner = MessageDigest.getInstance("SHA-256");
                inner.update(ipad);
                outer = MessageDigest.getInstance("SHA-256");
                outer.update(opad);
                Arrays.fill(ipad, (byte) 0);
                Arrays.fill(opad, (byte) 0);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("SHA-256 is not available in this JVM", e);
            }
        }

        PadStates(PadStates prototype) {
            inner = copy(prototype.inner);
            outer = copy(prototype.outer);
        }

        /** Writes HMAC-SHA256 of {@code in[0..len)} to {@code tag[0..32)}. */
        void mac(byte[] in, int len, byte[] tag) {
            try {
                MessageDigest i = copy(inner);
                i.update(in, 0, len);
                i.digest(tag, 0, TAG_BYTES);
                MessageDigest o = copy(outer);
                o.update(tag, 0, TAG_BYTES);
                o.digest(tag, 0, TAG_BYTES);
            } catch (DigestException e) {
                throw new IllegalStateException("SHA-256 refused a 32-byte output buffer", e);
            }
        }

        private static MessageDigest copy(MessageDigest d) {
            try {
                return (MessageDigest) d.clone();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException("this JVM's SHA-256 cannot be cloned", e);
            }
        }
    }

    /** Per thread: the pad states, and buffers for the value, the tag and the encoded output. */
    private static final class PerThread {
        /** The thread that made it and alone uses it. */
        final Thread owner = Thread.currentThread();
        final PadStates pads;
        final byte[] in = new byte[64];
        final byte[] tag = new byte[TAG_BYTES];
        final byte[] out;

        PerThread(PadStates pads, int outLength) {
            this.pads = pads;
            this.out = new byte[outLength];
        }
    }

    private final ThreadLocal<PerThread> state;
    /**
     * The state last used, kept beside the {@link ThreadLocal}: a job calls one transformer from one thread for every
     * row, and in a thread holding many thread-locals (a Spark executor's) the lookup missed its slot often enough to
     * show at about 3% of the Spark write's samples. A plain field: another thread may read a stale or foreign state,
     * whose final fields it sees whole, and then takes its own from the thread-local.
     */
    private PerThread last;
    private final HashEncoding encoding;
    private final int length;
    private final byte[] prefix;
    private final boolean asciiPrefix;
    private final String prefixString;

    KeyedHashing(byte[] key, HashEncoding encoding, int length, String prefix) {
        PadStates prototype = new PadStates(key);
        this.encoding = encoding;
        this.length = length == 0 ? (encoding == HashEncoding.HEX ? 64 : 43) : length;
        this.prefixString = prefix;
        this.asciiPrefix = prefix.chars().allMatch(c -> c < 128);
        this.prefix = asciiPrefix ? prefix.getBytes(StandardCharsets.US_ASCII) : new byte[0];
        // hex is always written whole (64 characters) and cut by the String
        int outLength = this.prefix.length + (encoding == HashEncoding.HEX ? 2 * TAG_BYTES : this.length);
        this.state = ThreadLocal.withInitial(() -> {
            PerThread t = new PerThread(new PadStates(prototype), outLength);
            System.arraycopy(this.prefix, 0, t.out, 0, this.prefix.length);
            return t;
        });
    }

    /** @return this thread's pad states and buffers */
    private PerThread state() {
        PerThread t = last;
        if (t == null || t.owner != Thread.currentThread()) {
            t = state.get();
            last = t;
        }
        return t;
    }

    /**
     * @return HMAC-SHA256 of the UTF-8 bytes of {@code value} under this transformer's key (a new array)
     * @throws dev.warden.InvalidInputException if the value holds an unpaired surrogate (see {@link UnicodeText})
     */
    byte[] mac(String value) {
        PerThread t = state();
        macInto(t, value);
        return t.tag.clone();
    }

    /** Writes the tag of {@code value} to {@code t.tag}. */
    private static void macInto(PerThread t, String value) {
        int len = value.length();
        if (len <= t.in.length && copyAscii(value, len, t.in)) {
            // ASCII: its UTF-8 bytes are its chars, now in the per-thread buffer
            t.pads.mac(t.in, len, t.tag);
            return;
        }
        byte[] utf8 = UnicodeText.utf8(value);
        t.pads.mac(utf8, utf8.length, t.tag);
    }

    @Override
    public String apply(String value) {
        if (value == null) {
            return null;
        }
        PerThread t = state();
        macInto(t, value);
        byte[] tag = t.tag;
        if (!asciiPrefix) {
            encode(tag, t.out, 0);
            return prefixString + new String(t.out, 0, length, StandardCharsets.ISO_8859_1);
        }
        encode(tag, t.out, prefix.length);
        return new String(t.out, 0, prefix.length + length, StandardCharsets.ISO_8859_1);
    }

    /** Copies the chars of {@code value} into {@code out} as bytes; @return whether they were all ASCII. */
    private static boolean copyAscii(String value, int len, byte[] out) {
        int any = 0;
        for (int i = 0; i < len; i++) {
            char c = value.charAt(i);
            out[i] = (byte) c;
            any |= c;
        }
        return any < 0x80;
    }

    /**
     * Eight lowercase hex characters of the four bytes of {@code x} (most significant first) as one big-endian
     * {@code long}: each nibble spread into its own byte, then '0' added, and 'a' - '9' - 1 more where the nibble is
     * 10 or more (bit 4 of nibble + 6).
     */
    static long hex8(int x) {
        long v = x & 0xFFFF_FFFFL;
        v = (v | (v << 16)) & 0x0000_FFFF_0000_FFFFL;
        v = (v | (v << 8)) & 0x00FF_00FF_00FF_00FFL;
        v = (v | (v << 4)) & 0x0F0F_0F0F_0F0F_0F0FL;
        long letters = ((v + 0x0606_0606_0606_0606L) >>> 4) & 0x0101_0101_0101_0101L;
        return v + 0x3030_3030_3030_3030L + letters * ('a' - '9' - 1);
    }

    private void encode(byte[] tag, byte[] out, int off) {
        if (encoding == HashEncoding.HEX) {
            // all 64 characters; the caller keeps the first `length`
            for (int i = 0; i < TAG_BYTES; i += 8) {
                long w = (long) LONGS.get(tag, i);
                LONGS.set(out, off + 2 * i, hex8((int) (w >>> 32)));
                LONGS.set(out, off + 2 * i + 8, hex8((int) w));
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
