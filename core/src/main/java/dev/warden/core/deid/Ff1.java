package dev.warden.core.deid;

import dev.warden.InvalidInputException;
import java.math.BigInteger;
import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * FF1 (NIST SP 800-38G Rev. 1, section 6.2, Algorithms 7 and 8) with AES, over numerals 0..radix-1.
 *
 * <p>Two paths give identical results: when b (the byte length of NUM(B)) is at most 4 — radix<sup>v</sup> below
 * 2<sup>32</sup>, e.g. up to 18 decimal digits — the rounds run in {@code long} arithmetic with CIPH(P) and the
 * constant part of Q precomputed per length, one AES block per round and no {@link BigInteger}; otherwise the
 * rounds follow the standard literally with {@link BigInteger}. Immutable and thread-safe (the AES engine is only
 * read after its key schedule is set).
 */
final class Ff1 {

    /** Largest number of numerals accepted; longer values are rejected (FF1 allows more, but costs grow as n²). */
    static final int MAX_LENGTH = 4096;
    private static final int FAST_MAX = 64;

    private final BlockCipher aes;
    private final int radix;
    private final byte[] tweak;
    private final int minLength;
    /** Per length n (fast path only): CBC state after P and the full blocks of Q, then the last block's prefix. */
    private final byte[][] fastState;
    private final long[] pow;
    /** Numerals per long chunk in NUM/STR: the largest k with radix^k below 2^62; and radix^0..radix^chunk. */
    private final int chunk;
    private final BigInteger[] chunkPow;
    /** Per length n (BigInteger path), its constants, computed on first use (immutable, so a race is harmless). */
    private final Slow[] slow = new Slow[MAX_LENGTH + 1];

    /** Constants of the BigInteger path for one length: u, v, b, d, radix^u, radix^v, the pad of Q and CIPH(P). */
    private record Slow(int u, int v, int b, int d, BigInteger modU, BigInteger modV, int pad, byte[] cipheredP) {
    }

    Ff1(byte[] key, int radix, byte[] tweak) {
        if (radix < 2 || radix > 65_536) {
            throw new InvalidInputException("ff1: the radix must be between 2 and 65,536");
        }
        if (key.length != 16 && key.length != 24 && key.length != 32) {
            throw new InvalidInputException("ff1: the AES key must be 16, 24 or 32 bytes");
        }
        AESEngine engine = new AESEngine();
        engine.init(true, new KeyParameter(key));
        this.aes = engine;
        this.radix = radix;
        this.tweak = tweak.clone();
        int min = 1;
        BigInteger r = BigInteger.valueOf(radix);
        while (r.pow(min).compareTo(BigInteger.valueOf(1_000_000)) < 0) {
            min++;
        }
        this.minLength = Math.max(2, min);
        this.pow = new long[FAST_MAX / 2 + 2];
        this.fastState = new byte[FAST_MAX + 1][];
        long p = 1;
        for (int i = 0; i < pow.length; i++) {
            pow[i] = p;
            p = (p > (1L << 40) / radix) ? Long.MAX_VALUE : p * radix;
        }
        int k = 1;
        while (BigInteger.valueOf(radix).pow(k + 1).bitLength() <= 62) {
            k++;
        }
        this.chunk = k;
        this.chunkPow = new BigInteger[k + 1];
        for (int i = 0; i <= k; i++) {
            chunkPow[i] = BigInteger.valueOf(radix).pow(i);
        }
        for (int n = minLength; n <= FAST_MAX; n++) {
            int v = n - n / 2;
            if (bytesFor(v) <= 4 && pow[v] < (1L << 32) + 1) {
                fastState[n] = precompute(n);
            }
        }
    }

    /** @return the smallest number of numerals whose domain is at least 1,000,000 (and at least 2) */
    int minLength() {
        return minLength;
    }

    int radix() {
        return radix;
    }

    private int bytesFor(int v) {
        return (BigInteger.valueOf(radix).pow(v).subtract(BigInteger.ONE).bitLength() + 7) / 8;
    }

    private byte[] header(int n) {
        int u = n / 2;
        int t = tweak.length;
        byte[] p = new byte[16];
        p[0] = 1;
        p[1] = 2;
        p[2] = 1;
        p[3] = (byte) (radix >>> 16);
        p[4] = (byte) (radix >>> 8);
        p[5] = (byte) radix;
        p[6] = 10;
        p[7] = (byte) u;
        p[8] = (byte) (n >>> 24);
        p[9] = (byte) (n >>> 16);
        p[10] = (byte) (n >>> 8);
        p[11] = (byte) n;
        p[12] = (byte) (t >>> 24);
        p[13] = (byte) (t >>> 16);
        p[14] = (byte) (t >>> 8);
        p[15] = (byte) t;
        return p;
    }

    /** CBC-MAC state after P and all but the last block of Q; then the 16-1-b first bytes of Q's last block. */
    private byte[] precompute(int n) {
        int b = bytesFor(n - n / 2);
        int t = tweak.length;
        int pad = Math.floorMod(-t - b - 1, 16);
        byte[] q = new byte[t + pad + 1 + b];
        System.arraycopy(tweak, 0, q, 0, t);
        byte[] state = header(n);
        aes.processBlock(state, 0, state, 0);
        int full = q.length / 16 - 1;
        for (int blk = 0; blk < full; blk++) {
            for (int j = 0; j < 16; j++) {
                state[j] ^= q[blk * 16 + j];
            }
            aes.processBlock(state, 0, state, 0);
        }
        byte[] out = new byte[32 + 1];
        System.arraycopy(state, 0, out, 0, 16);
        System.arraycopy(q, full * 16, out, 16, 16);
        out[32] = (byte) b;
        return out;
    }

    /** @return whether {@link #encryptFast}/{@link #decryptFast} apply to {@code n} numerals */
    boolean fast(int n) {
        return n <= FAST_MAX && fastState[n] != null;
    }

    /**
     * Encrypts n numerals given as two integers: {@code a} = NUM(X[1..u]) and {@code b} = NUM(X[u+1..n]).
     *
     * @return the ciphertext halves, packed: {@code result[0]} = NUM(A), {@code result[1]} = NUM(B)
     */
    void encryptFast(int n, long[] ab) {
        byte[] pre = fastState[n];
        int u = n / 2;
        int v = n - u;
        int b = pre[32];
        long modU = pow[u];
        long modV = pow[v];
        long a = ab[0];
        long bb = ab[1];
        byte[] blk = new byte[16];
        for (int i = 0; i < 10; i++) {
            long y = round(pre, b, i, bb, blk);
            long mod = (i & 1) == 0 ? modU : modV;
            long c = a + Long.remainderUnsigned(y, mod);
            if (c >= mod) {
                c -= mod;
            }
            a = bb;
            bb = c;
        }
        ab[0] = a;
        ab[1] = bb;
    }

    void decryptFast(int n, long[] ab) {
        byte[] pre = fastState[n];
        int u = n / 2;
        int v = n - u;
        int b = pre[32];
        long modU = pow[u];
        long modV = pow[v];
        long a = ab[0];
        long bb = ab[1];
        byte[] blk = new byte[16];
        for (int i = 9; i >= 0; i--) {
            long y = round(pre, b, i, a, blk);
            long mod = (i & 1) == 0 ? modU : modV;
            long c = bb - Long.remainderUnsigned(y, mod);
            if (c < 0) {
                c += mod;
            }
            bb = a;
            a = c;
        }
        ab[0] = a;
        ab[1] = bb;
    }

    /** One PRF call: R = CIPH(state XOR (prefix || i || NUM(B) in b bytes)); y = first 8 bytes of R (d = 8). */
    private long round(byte[] pre, int b, int i, long num, byte[] blk) {
        int cut = 15 - b;
        for (int j = 0; j < cut; j++) {
            blk[j] = (byte) (pre[j] ^ pre[16 + j]);
        }
        blk[cut] = (byte) (pre[cut] ^ i);
        for (int j = 0; j < b; j++) {
            blk[15 - j] = (byte) (pre[15 - j] ^ (num >>> (8 * j)));
        }
        aes.processBlock(blk, 0, blk, 0);
        return ((blk[0] & 0xFFL) << 56) | ((blk[1] & 0xFFL) << 48) | ((blk[2] & 0xFFL) << 40)
                | ((blk[3] & 0xFFL) << 32) | ((blk[4] & 0xFFL) << 24) | ((blk[5] & 0xFFL) << 16)
                | ((blk[6] & 0xFFL) << 8) | (blk[7] & 0xFFL);
    }

    private Slow slow(int n) {
        Slow k = slow[n];
        if (k == null) {
            int u = n / 2;
            int v = n - u;
            int b = bytesFor(v);
            BigInteger r = BigInteger.valueOf(radix);
            byte[] p = header(n);
            aes.processBlock(p, 0, p, 0);
            k = new Slow(u, v, b, 4 * ((b + 3) / 4) + 4, r.pow(u), r.pow(v), Math.floorMod(-tweak.length - b - 1, 16), p);
            slow[n] = k;
        }
        return k;
    }

    /**
     * Encrypts (or decrypts) numerals in place as SP 800-38G Algorithms 7 and 8, with BigInteger. The per-length
     * constants (radix^u, radix^v, b, d and CIPH(P), the PRF's first block, which does not depend on the round) are
     * computed once; NUM and STR work in chunks of numerals that fit a long.
     */
    void process(int[] x, boolean encrypt) {
        int n = x.length;
        Slow k = slow(n);
        int u = k.u();
        int b = k.b();
        int d = k.d();
        BigInteger a = num(x, 0, u);
        BigInteger bb = num(x, u, n);
        int t = tweak.length;
        int pad = k.pad();
        byte[] q = new byte[t + pad + 1 + b];
        System.arraycopy(tweak, 0, q, 0, t);
        for (int step = 0; step < 10; step++) {
            int i = encrypt ? step : 9 - step;
            q[t + pad] = (byte) i;
            byte[] numBytes = toBytes(encrypt ? bb : a, b);
            System.arraycopy(numBytes, 0, q, q.length - b, b);
            byte[] rBlock = prf(k.cipheredP(), q);
            byte[] s = new byte[d];
            System.arraycopy(rBlock, 0, s, 0, Math.min(16, d));
            for (int j = 1; j * 16 < d; j++) {
                byte[] blk = rBlock.clone();
                blk[12] ^= (byte) (j >>> 24);
                blk[13] ^= (byte) (j >>> 16);
                blk[14] ^= (byte) (j >>> 8);
                blk[15] ^= (byte) j;
                aes.processBlock(blk, 0, blk, 0);
                System.arraycopy(blk, 0, s, j * 16, Math.min(16, d - j * 16));
            }
            BigInteger y = new BigInteger(1, s);
            BigInteger mod = (i & 1) == 0 ? k.modU() : k.modV();
            if (encrypt) {
                BigInteger c = a.add(y).mod(mod);
                a = bb;
                bb = c;
            } else {
                BigInteger c = bb.subtract(y).mod(mod);
                bb = a;
                a = c;
            }
        }
        str(a, x, 0, u);
        str(bb, x, u, n);
    }

    /** PRF(P || Q) (CBC-MAC with a zero IV), given CIPH(P), its first block. */
    private byte[] prf(byte[] cipheredP, byte[] q) {
        byte[] state = cipheredP.clone();
        for (int off = 0; off < q.length; off += 16) {
            for (int j = 0; j < 16; j++) {
                state[j] ^= q[off + j];
            }
            aes.processBlock(state, 0, state, 0);
        }
        return state;
    }

    private BigInteger num(int[] x, int from, int to) {
        BigInteger acc = BigInteger.ZERO;
        // Horner in chunks that fit a long, to keep BigInteger operations few.
        int i = from;
        while (i < to) {
            int len = Math.min(chunk, to - i);
            long part = 0;
            for (int j = 0; j < len; j++) {
                part = part * radix + x[i + j];
            }
            acc = acc.signum() == 0 ? BigInteger.valueOf(part) : acc.multiply(chunkPow[len]).add(BigInteger.valueOf(part));
            i += len;
        }
        return acc;
    }

    /** STR: the numerals of {@code value} into out[from..to), from the right, one division per chunk. */
    private void str(BigInteger value, int[] out, int from, int to) {
        int i = to - 1;
        while (i >= from) {
            int left = i - from + 1;
            int len = Math.min(chunk, left);
            long part;
            if (left > len) {
                BigInteger[] qr = value.divideAndRemainder(chunkPow[len]);
                part = qr[1].longValue();
                value = qr[0];
            } else {
                part = value.longValue();
            }
            for (int j = 0; j < len; j++) {
                out[i--] = (int) (part % radix);
                part /= radix;
            }
        }
    }

    private static byte[] toBytes(BigInteger value, int len) {
        byte[] raw = value.toByteArray();
        byte[] out = new byte[len];
        int copy = Math.min(raw.length, len);
        System.arraycopy(raw, raw.length - copy, out, len - copy, copy);
        return out;
    }
}
