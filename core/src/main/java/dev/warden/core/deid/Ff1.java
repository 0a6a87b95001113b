package dev.warden.core.deid;

import dev.warden.InvalidInputException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;

/**
 * FF1 (NIST SP 800-38G Rev. 1, section 6.2, Algorithms 7 and 8) with AES, over numerals 0..radix-1.
 *
 * <p>Three paths give identical results, chosen by the length n (u = floor(n/2), v = n - u):
 * <ul>
 *   <li>b (the byte length of NUM(B)) at most 4 — radix<sup>v</sup> at most 2<sup>32</sup>, e.g. up to 18 decimal
 *       digits, n up to 64 — {@link #encryptFast}/{@link #decryptFast}: {@code long} arithmetic with CIPH(P) and the
 *       constant part of Q precomputed per length, one AES block per round;</li>
 *   <li>otherwise, radix<sup>v</sup> below 2<sup>127</sup> — e.g. up to 76 decimal digits, up to 42 alphanumeric
 *       (radix 62) numerals such as a 32-numeral UUID, up to 252 binary numerals — {@link #processMid}: unsigned
 *       128-bit arithmetic in two longs (NUM by Horner, y mod radix<sup>m</sup> by a corrected quotient estimate
 *       or long division in 32-bit limbs, STR by division in 32-bit limbs), the PRF's state before the round-dependent tail of Q precomputed per
 *       length, one AES block per round (two when b is 16, plus one when d is 20), no {@link BigInteger};</li>
 *   <li>longer values: {@link #processBigInteger}, the standard followed literally with {@link BigInteger}.</li>
 * </ul>
 * CIPH is the JDK's AES ({@code Cipher} "AES/ECB/NoPadding", which HotSpot compiles to the processor's AES
 * instructions), keyed once per thread: a {@link Cipher} is not thread-safe and costs microseconds to create and
 * key, so each thread keeps its own with the scratch blocks of the rounds ({@link Block}) and the per-value path
 * allocates nothing.
 *
 * <p>Thread-safe: per-length constants are immutable and cached on first use (a race computes them twice, harmlessly);
 * everything mutable is per thread.
 */
final class Ff1 {

    /** Largest number of numerals accepted; longer values are rejected (FF1 allows more, but costs grow as n²). */
    static final int MAX_LENGTH = 4096;
    private static final int FAST_MAX = 64;

    private final ThreadLocal<Block> blocks;
    private final int radix;
    private final byte[] tweak;
    private final int minLength;
    /** Per length n, whether the fast path applies (radix^v fits in 32 bits). */
    private final boolean[] fastLength;
    /**
     * Per length n (fast path only): CBC state after P and the full blocks of Q, then the last block's prefix; computed
     * on first use (a job compiles one FF1 per key domain and uses one or two lengths of each).
     */
    private final Fast[] fastState;
    private final long[] pow;
    /** Numerals per long chunk in NUM/STR: the largest k with radix^k below 2^62; and radix^0..radix^chunk. */
    private final int chunk;
    private final BigInteger[] chunkPow;
    /** Per length n (BigInteger path), its constants, computed on first use (immutable, so a race is harmless). */
    private final Slow[] slow = new Slow[MAX_LENGTH + 1];
    /** Largest half length v of the 128-bit path: the largest v with radix^v below 2^127. */
    private final int midMaxV;
    /** radix^k for the 128-bit path's long chunks in NUM ({@code chunk} numerals), as longs. */
    private final long[] chunkPowLong;
    /** Numerals per division in the 128-bit path's STR: the largest k with radix^k below 2^31; and radix^k. */
    private final int strChunk;
    private final long strPow;
    /** x / radix = (x * digitMagic) >>> digitShift for 0 &lt;= x &lt; 2^31 (Granlund and Montgomery, 1994). */
    private final long digitMagic;
    private final int digitShift;
    /** Per length n (128-bit path), its constants, computed on first use (immutable, so a race is harmless). */
    private final Mid[] mid = new Mid[MAX_LENGTH + 1];

    /** The fast path's precomputed bytes for one length, see {@link #fastState(int)}; immutable once published. */
    private record Fast(byte[] pre) {
    }

    /** Constants of the BigInteger path for one length: u, v, b, d, radix^u, radix^v, the pad of Q and CIPH(P). */
    private record Slow(int u, int v, int b, int d, BigInteger modU, BigInteger modV, int pad, byte[] cipheredP) {
    }

    /**
     * Constants of the 128-bit path for one length: u, b, d, radix^u and radix^v, the CBC-MAC state after P and the
     * blocks of Q before its tail, and the tail (the last one or two blocks of Q, which hold [i]<sub>1</sub> and
     * NUM(B) in b bytes) with those bytes zero.
     */
    private record Mid(int u, int b, int d, Modulus modU, Modulus modV, byte[] state, byte[] tail) {
    }

    /**
     * A modulus M below 2^127 as an unsigned 128-bit hi/lo pair, and for the remainder by long division (Knuth,
     * TAOCP vol. 2, 4.3.1, Algorithm D) its number of 32-bit limbs, the normalising shift and the normalised limbs
     * (least significant first).
     */
    record Modulus(long hi, long lo, int limbs, int shift, int[] normalized, int bits, double inverse) {

        static Modulus of(BigInteger m) {
            long lo = m.longValue();
            long hi = m.shiftRight(64).longValue();
            int limbs = (m.bitLength() + 31) / 32;
            int[] raw = new int[limbs];
            for (int i = 0; i < limbs; i++) {
                raw[i] = m.shiftRight(32 * i).intValue();
            }
            int shift = Integer.numberOfLeadingZeros(raw[limbs - 1]);
            int[] norm = new int[limbs];
            for (int i = limbs - 1; i > 0; i--) {
                norm[i] = (raw[i] << shift) | (int) ((raw[i - 1] & MASK) >>> (32 - shift));
            }
            norm[0] = raw[0] << shift;
            return new Modulus(hi, lo, limbs, shift, norm, m.bitLength(), 1.0 / m.doubleValue());
        }
    }

    private static final long MASK = 0xFFFF_FFFFL;

    /**
     * One thread's AES, keyed once, and the scratch space of the rounds: the JDK's {@link Cipher} copies its input
     * when input and output overlap, so blocks are encrypted from one array into another.
     */
    static final class Block {
        private final Cipher cipher;
        /** Input of CIPH: the PRF's block, or two blocks of Q's tail in the 128-bit path. */
        final byte[] in = new byte[32];
        /** Output of CIPH: the CBC-MAC state. */
        final byte[] state = new byte[16];
        /** Second input and output for S's extra block when d is 20. */
        final byte[] extra = new byte[16];
        final byte[] extraOut = new byte[16];
        /** The numerals of y in 32-bit words (at most 5) and one word for the division's normalisation. */
        final int[] limbs = new int[6];
        /** A 128-bit value as hi, lo. */
        final long[] pair = new long[2];

        Block(byte[] key) {
            try {
                cipher = Cipher.getInstance("AES/ECB/NoPadding");
                cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES/ECB/NoPadding is not available in this JVM", e);
            }
        }

        /** CIPH: AES of the 16 bytes at {@code in[inOff]} into {@code out[outOff]} (distinct arrays). */
        void encrypt(byte[] in, int inOff, byte[] out, int outOff) {
            try {
                cipher.update(in, inOff, 16, out, outOff);
            } catch (ShortBufferException e) {
                throw new IllegalStateException("AES writes 16 bytes into 16", e);
            }
        }
    }

    Ff1(byte[] key, int radix, byte[] tweak) {
        if (radix < 2 || radix > 65_536) {
            throw new InvalidInputException("ff1: the radix must be between 2 and 65,536");
        }
        if (key.length != 16 && key.length != 24 && key.length != 32) {
            throw new InvalidInputException("ff1: the AES key must be 16, 24 or 32 bytes");
        }
        byte[] aesKey = key.clone();
        this.blocks = ThreadLocal.withInitial(() -> new Block(aesKey));
        this.radix = radix;
        this.tweak = tweak.clone();
        int min = 1;
        BigInteger r = BigInteger.valueOf(radix);
        while (r.pow(min).compareTo(BigInteger.valueOf(1_000_000)) < 0) {
            min++;
        }
        this.minLength = Math.max(2, min);
        this.pow = new long[FAST_MAX / 2 + 2];
        this.fastLength = new boolean[FAST_MAX + 1];
        this.fastState = new Fast[FAST_MAX + 1];
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
        this.chunkPowLong = new long[k + 1];
        for (int i = 0; i <= k; i++) {
            chunkPowLong[i] = chunkPow[i].longValueExact();
        }
        int sk = 1;
        while (BigInteger.valueOf(radix).pow(sk + 1).bitLength() <= 31) {
            sk++;
        }
        this.strChunk = sk;
        this.strPow = BigInteger.valueOf(radix).pow(sk).longValueExact();
        this.digitShift = digitShift(radix);
        this.digitMagic = digitMagic(radix);
        int mv = 1;
        while (BigInteger.valueOf(radix).pow(mv + 1).bitLength() <= 127) {
            mv++;
        }
        this.midMaxV = mv;
        for (int n = minLength; n <= FAST_MAX; n++) {
            int v = n - n / 2;
            fastLength[n] = bytesFor(v) <= 4 && pow[v] < (1L << 32) + 1;
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

    /** Q = T || [0]^pad || [i]_1 || [NUM(B)]_b with i and NUM(B) zero: a multiple of 16 bytes. */
    private byte[] emptyQ(int b) {
        int t = tweak.length;
        byte[] q = new byte[t + Math.floorMod(-t - b - 1, 16) + 1 + b];
        System.arraycopy(tweak, 0, q, 0, t);
        return q;
    }

    /** The PRF's CBC-MAC state (zero IV) after P for length n and the first {@code blocks} blocks of q. */
    private byte[] stateAfter(int n, byte[] q, int count) {
        Block aes = blocks.get();
        byte[] state = header(n);
        cipherInPlace(aes, state);
        for (int blk = 0; blk < count; blk++) {
            for (int j = 0; j < 16; j++) {
                state[j] ^= q[blk * 16 + j];
            }
            cipherInPlace(aes, state);
        }
        return state;
    }

    /** x = CIPH(x), through the thread's {@link Block#extraOut} (not for the per-round paths, which use it). */
    private static void cipherInPlace(Block aes, byte[] x) {
        aes.encrypt(x, 0, aes.extraOut, 0);
        System.arraycopy(aes.extraOut, 0, x, 0, 16);
    }

    /**
     * The fast path's constants for {@code n} numerals, computed on first use: immutable once built (the array is
     * filled before the record that holds it is published), so a race only computes them twice.
     */
    private byte[] fastState(int n) {
        Fast f = fastState[n];
        if (f == null) {
            f = new Fast(precompute(n));
            fastState[n] = f;
        }
        return f.pre();
    }

    /** CBC-MAC state after P and all but the last block of Q; then the 16-1-b first bytes of Q's last block. */
    private byte[] precompute(int n) {
        int b = bytesFor(n - n / 2);
        byte[] q = emptyQ(b);
        int full = q.length / 16 - 1;
        byte[] state = stateAfter(n, q, full);
        byte[] out = new byte[32 + 1];
        System.arraycopy(state, 0, out, 0, 16);
        System.arraycopy(q, full * 16, out, 16, 16);
        out[32] = (byte) b;
        return out;
    }

    /** @return whether {@link #encryptFast}/{@link #decryptFast} apply to {@code n} numerals */
    boolean fast(int n) {
        return n <= FAST_MAX && fastLength[n];
    }

    /**
     * Encrypts n numerals given as two integers: {@code a} = NUM(X[1..u]) and {@code b} = NUM(X[u+1..n]).
     *
     * @return the ciphertext halves, packed: {@code result[0]} = NUM(A), {@code result[1]} = NUM(B)
     */
    void encryptFast(int n, long[] ab) {
        byte[] pre = fastState(n);
        int u = n / 2;
        int v = n - u;
        int b = pre[32];
        long modU = pow[u];
        long modV = pow[v];
        long a = ab[0];
        long bb = ab[1];
        Block aes = blocks.get();
        for (int i = 0; i < 10; i++) {
            long y = round(aes, pre, b, i, bb);
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
        byte[] pre = fastState(n);
        int u = n / 2;
        int v = n - u;
        int b = pre[32];
        long modU = pow[u];
        long modV = pow[v];
        long a = ab[0];
        long bb = ab[1];
        Block aes = blocks.get();
        for (int i = 9; i >= 0; i--) {
            long y = round(aes, pre, b, i, a);
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
    private static long round(Block aes, byte[] pre, int b, int i, long num) {
        byte[] blk = aes.in;
        int cut = 15 - b;
        for (int j = 0; j < cut; j++) {
            blk[j] = (byte) (pre[j] ^ pre[16 + j]);
        }
        blk[cut] = (byte) (pre[cut] ^ i);
        for (int j = 0; j < b; j++) {
            blk[15 - j] = (byte) (pre[15 - j] ^ (num >>> (8 * j)));
        }
        byte[] r = aes.state;
        aes.encrypt(blk, 0, r, 0);
        return ((r[0] & 0xFFL) << 56) | ((r[1] & 0xFFL) << 48) | ((r[2] & 0xFFL) << 40)
                | ((r[3] & 0xFFL) << 32) | ((r[4] & 0xFFL) << 24) | ((r[5] & 0xFFL) << 16)
                | ((r[6] & 0xFFL) << 8) | (r[7] & 0xFFL);
    }

    private Slow slow(int n) {
        Slow k = slow[n];
        if (k == null) {
            int u = n / 2;
            int v = n - u;
            int b = bytesFor(v);
            BigInteger r = BigInteger.valueOf(radix);
            byte[] p = header(n);
            cipherInPlace(blocks.get(), p);
            k = new Slow(u, v, b, 4 * ((b + 3) / 4) + 4, r.pow(u), r.pow(v), Math.floorMod(-tweak.length - b - 1, 16), p);
            slow[n] = k;
        }
        return k;
    }

    /**
     * Encrypts (or decrypts) numerals in place as SP 800-38G Algorithms 7 and 8: in 128-bit arithmetic when radix^v
     * is below 2^127 ({@link #processMid}), otherwise with BigInteger ({@link #processBigInteger}).
     */
    void process(int[] x, boolean encrypt) {
        if (mid(x.length)) {
            processMid(x, encrypt);
        } else {
            processBigInteger(x, encrypt);
        }
    }

    /** @return whether the 128-bit path applies to {@code n} numerals: radix^v (v = n - floor(n/2)) below 2^127 */
    boolean mid(int n) {
        return n >= 2 && n - n / 2 <= midMaxV;
    }

    private Mid midConstants(int n) {
        Mid k = mid[n];
        if (k == null) {
            int u = n / 2;
            int v = n - u;
            int b = bytesFor(v);
            byte[] q = emptyQ(b);
            int tailBlocks = b + 1 > 16 ? 2 : 1;
            int before = q.length / 16 - tailBlocks;
            byte[] state = stateAfter(n, q, before);
            byte[] tail = new byte[16 * tailBlocks];
            System.arraycopy(q, before * 16, tail, 0, tail.length);
            BigInteger r = BigInteger.valueOf(radix);
            k = new Mid(u, b, 4 * ((b + 3) / 4) + 4, Modulus.of(r.pow(u)), Modulus.of(r.pow(v)), state, tail);
            mid[n] = k;
        }
        return k;
    }

    /**
     * Algorithms 7 and 8 in unsigned 128-bit arithmetic (hi/lo longs), for lengths where radix^v is below 2^127
     * (b at most 16, so d at most 20 and S at most two AES blocks): NUM by Horner in long chunks, y mod radix^m by
     * a double-precision quotient estimate with exact correction when y has 128 bits and the quotient is below 2^45
     * (the UUID case), by long division in 32-bit limbs otherwise, the sum (or difference) in 128 bits, STR by
     * division in 32-bit limbs and digits by multiply-shift. Gives exactly what {@link #processBigInteger} gives
     * (tested on random and edge inputs).
     */
    void processMid(int[] x, boolean encrypt) {
        int n = x.length;
        Mid k = midConstants(n);
        int u = k.u();
        int b = k.b();
        int words = k.d() / 4;
        Block aes = blocks.get();
        long[] w = aes.pair;
        num128(x, 0, u, w);
        long aHi = w[0];
        long aLo = w[1];
        num128(x, u, n, w);
        long bHi = w[0];
        long bLo = w[1];
        int[] limbs = aes.limbs;
        for (int step = 0; step < 10; step++) {
            int i = encrypt ? step : 9 - step;
            Modulus mod = (i & 1) == 0 ? k.modU() : k.modV();
            if (encrypt) {
                prf128(aes, k, b, i, bHi, bLo, words);
                remainder(limbs, words, mod, w);
                long lo = aLo + w[1];
                long hi = aHi + w[0] + (Long.compareUnsigned(lo, aLo) < 0 ? 1 : 0);
                if (Long.compareUnsigned(hi, mod.hi()) > 0
                        || (hi == mod.hi() && Long.compareUnsigned(lo, mod.lo()) >= 0)) {
                    long nlo = lo - mod.lo();
                    hi = hi - mod.hi() - (Long.compareUnsigned(lo, mod.lo()) < 0 ? 1 : 0);
                    lo = nlo;
                }
                aHi = bHi;
                aLo = bLo;
                bHi = hi;
                bLo = lo;
            } else {
                prf128(aes, k, b, i, aHi, aLo, words);
                remainder(limbs, words, mod, w);
                long lo = bLo - w[1];
                long hi = bHi - w[0] - (Long.compareUnsigned(bLo, w[1]) < 0 ? 1 : 0);
                boolean negative = Long.compareUnsigned(bHi, w[0]) < 0
                        || (bHi == w[0] && Long.compareUnsigned(bLo, w[1]) < 0);
                if (negative) {
                    long nlo = lo + mod.lo();
                    hi = hi + mod.hi() + (Long.compareUnsigned(nlo, lo) < 0 ? 1 : 0);
                    lo = nlo;
                }
                bHi = aHi;
                bLo = aLo;
                aHi = hi;
                aLo = lo;
            }
        }
        str128(aHi, aLo, x, 0, u);
        str128(bHi, bLo, x, u, n);
    }

    /**
     * One PRF call and S: R = PRF(P || Q) from the precomputed state and Q's tail with [i] and NUM in b bytes; S =
     * R, then CIPH(R XOR [1]_16) when d is 20. The d bytes of S go into {@code limbs[0..words)} as 32-bit words,
     * least significant first, in the thread's {@link Block#limbs}.
     */
    private static void prf128(Block aes, Mid k, int b, int i, long hi, long lo, int words) {
        byte[] tail = k.tail();
        byte[] blk = aes.in;
        byte[] state = aes.state;
        int[] limbs = aes.limbs;
        int len = tail.length;
        System.arraycopy(tail, 0, blk, 0, len);
        blk[len - b - 1] = (byte) i;
        for (int j = 0; j < b; j++) {
            blk[len - 1 - j] = (byte) (j < 8 ? lo >>> (8 * j) : hi >>> (8 * (j - 8)));
        }
        byte[] before = k.state();
        for (int j = 0; j < 16; j++) {
            blk[j] ^= before[j];
        }
        aes.encrypt(blk, 0, state, 0);
        if (len > 16) {
            for (int j = 0; j < 16; j++) {
                blk[16 + j] ^= state[j];
            }
            aes.encrypt(blk, 16, state, 0);
        }
        int fromR = Math.min(words, 4);
        for (int wd = 0; wd < fromR; wd++) {
            limbs[words - 1 - wd] = word(state, 4 * wd);
        }
        if (words > 4) {
            byte[] extra = aes.extra;
            System.arraycopy(state, 0, extra, 0, 16);
            extra[15] ^= 1;
            aes.encrypt(extra, 0, aes.extraOut, 0);
            for (int wd = 4; wd < words; wd++) {
                limbs[words - 1 - wd] = word(aes.extraOut, 4 * (wd - 4));
            }
        }
    }

    private static int word(byte[] s, int off) {
        return ((s[off] & 0xFF) << 24) | ((s[off + 1] & 0xFF) << 16) | ((s[off + 2] & 0xFF) << 8) | (s[off + 3] & 0xFF);
    }

    /**
     * out = (hi, lo) of y mod M, where y is {@code m} 32-bit words in {@code un[0..m)} (least significant first;
     * {@code un} has m + 1 entries and is overwritten). Long division as Hacker's Delight {@code divmnu}, remainder
     * only.
     */
    static void remainder(int[] un, int m, Modulus mod, long[] out) {
        int n = mod.limbs();
        int[] vn = mod.normalized();
        if (n == 1) {
            long v = mod.lo();
            long r = 0;
            for (int i = m - 1; i >= 0; i--) {
                r = Long.remainderUnsigned((r << 32) | (un[i] & MASK), v);
            }
            out[0] = 0;
            out[1] = r;
            return;
        }
        if (m < n) {
            long lo = 0;
            long hi = 0;
            for (int i = m - 1; i >= 0; i--) {
                hi = (hi << 32) | (lo >>> 32);
                lo = (lo << 32) | (un[i] & MASK);
            }
            out[0] = hi;
            out[1] = lo;
            return;
        }
        if (m <= 4 && mod.bits() <= 126 && 32 * m - mod.bits() + 1 <= 45) {
            remainderByEstimate(un, m, mod, out);
            return;
        }
        int s = mod.shift();
        un[m] = (int) ((un[m - 1] & MASK) >>> (32 - s));
        for (int i = m - 1; i > 0; i--) {
            un[i] = (un[i] << s) | (int) ((un[i - 1] & MASK) >>> (32 - s));
        }
        un[0] = un[0] << s;
        long vTop = vn[n - 1] & MASK;
        long vNext = vn[n - 2] & MASK;
        for (int j = m - n; j >= 0; j--) {
            long top = ((un[j + n] & MASK) << 32) | (un[j + n - 1] & MASK);
            long qhat = Long.divideUnsigned(top, vTop);
            long rhat = top - qhat * vTop;
            while (qhat > MASK
                    || Long.compareUnsigned(qhat * vNext, (rhat << 32) | (un[j + n - 2] & MASK)) > 0) {
                qhat--;
                rhat += vTop;
                if (rhat > MASK) {
                    break;
                }
            }
            long borrow = 0;
            long t;
            for (int i = 0; i < n; i++) {
                long p = qhat * (vn[i] & MASK);
                t = (un[i + j] & MASK) - borrow - (p & MASK);
                un[i + j] = (int) t;
                borrow = (p >>> 32) - (t >> 32);
            }
            t = (un[j + n] & MASK) - borrow;
            un[j + n] = (int) t;
            if (t < 0) {
                long carry = 0;
                for (int i = 0; i < n; i++) {
                    t = (un[i + j] & MASK) + (vn[i] & MASK) + carry;
                    un[i + j] = (int) t;
                    carry = t >>> 32;
                }
                un[j + n] += (int) carry;
            }
        }
        long hi = 0;
        long lo = 0;
        for (int i = n - 1; i >= 0; i--) {
            // un[n] is zero now (the remainder is below the normalised divisor); (x << 32) & MASK is 0 when s = 0
            long limb = ((un[i] & MASK) >>> s) | (((un[i + 1] & MASK) << (32 - s)) & MASK);
            hi = (hi << 32) | (lo >>> 32);
            lo = (lo << 32) | limb;
        }
        out[0] = hi;
        out[1] = lo;
    }

    /**
     * y mod M when y has at most 128 bits, M is below 2^126 and the quotient below 2^45: the quotient estimated in
     * double precision (relative error below 2^-50, so off by less than 1), minus 1 so that it is at most the true
     * quotient q; then r = y - (q - k)M in 128 bits, k in {0, 1, 2}, so r is below 3M &lt; 2^128; then M is
     * subtracted while r is at least M (at most twice).
     */
    private static void remainderByEstimate(int[] un, int m, Modulus mod, long[] out) {
        long yHi = 0;
        long yLo = 0;
        for (int i = m - 1; i >= 0; i--) {
            yHi = (yHi << 32) | (yLo >>> 32);
            yLo = (yLo << 32) | (un[i] & MASK);
        }
        double y = unsignedToDouble(yHi) * 0x1p64 + unsignedToDouble(yLo);
        long q = (long) (y * mod.inverse()) - 1;
        long lo = yLo;
        long hi = yHi;
        if (q > 0) {
            long mLo = mod.lo();
            long pLo = q * mLo;
            long pHi = q * mod.hi() + Math.multiplyHigh(mLo, q) + ((mLo >> 63) & q);
            lo = yLo - pLo;
            hi = yHi - pHi - (Long.compareUnsigned(yLo, pLo) < 0 ? 1 : 0);
        }
        long mHi = mod.hi();
        long mLo = mod.lo();
        while (Long.compareUnsigned(hi, mHi) > 0 || (hi == mHi && Long.compareUnsigned(lo, mLo) >= 0)) {
            long nlo = lo - mLo;
            hi = hi - mHi - (Long.compareUnsigned(lo, mLo) < 0 ? 1 : 0);
            lo = nlo;
        }
        out[0] = hi;
        out[1] = lo;
    }

    private static double unsignedToDouble(long x) {
        double d = (double) (x & Long.MAX_VALUE);
        return x < 0 ? d + 0x1p63 : d;
    }

    /** out = (hi, lo) of NUM_radix(x[from..to)), by Horner in long chunks of {@code chunk} numerals. */
    private void num128(int[] x, int from, int to, long[] out) {
        long hi = 0;
        long lo = 0;
        int i = from;
        while (i < to) {
            int len = Math.min(chunk, to - i);
            long part = 0;
            for (int j = 0; j < len; j++) {
                part = part * radix + x[i + j];
            }
            long p = chunkPowLong[len]; // below 2^62, so positive
            long newHi = hi * p + Math.multiplyHigh(lo, p) + ((lo >> 63) & p);
            long newLo = lo * p;
            lo = newLo + part;
            hi = newHi + (Long.compareUnsigned(lo, newLo) < 0 ? 1 : 0);
            i += len;
        }
        out[0] = hi;
        out[1] = lo;
    }

    /**
     * The shift and multiplier that divide any 31-bit x by {@code radix} exactly: with l = ceil(log2 radix), shift =
     * 31 + l and magic = ceil(2^shift / radix), below 2^32, so x * magic stays below 2^63 (Granlund and Montgomery,
     * "Division by invariant integers using multiplication", 1994, theorem 4.2).
     */
    static int digitShift(int radix) {
        return 31 + (32 - Integer.numberOfLeadingZeros(radix - 1));
    }

    static long digitMagic(int radix) {
        return ((1L << digitShift(radix)) + radix - 1) / radix;
    }

    /** STR: the numerals of the unsigned 128-bit (hi, lo) into out[from..to), from the right. */
    private void str128(long hi, long lo, int[] out, int from, int to) {
        int i = to - 1;
        long d = strPow; // below 2^31: every partial dividend below fits a signed long
        while (hi != 0 || lo < 0) {
            long c = hi >>> 32;
            long q3 = c / d;
            c = ((c - q3 * d) << 32) | (hi & MASK);
            long q2 = c / d;
            c = ((c - q2 * d) << 32) | (lo >>> 32);
            long q1 = c / d;
            c = ((c - q1 * d) << 32) | (lo & MASK);
            long q0 = c / d;
            int r = (int) (c - q0 * d);
            hi = (q3 << 32) | q2;
            lo = (q1 << 32) | q0;
            // the value was at least 2^63 > radix^strChunk, so more than strChunk numerals remain
            for (int j = 0; j < strChunk; j++) {
                int next = (int) ((r * digitMagic) >>> digitShift);
                out[i--] = r - next * radix;
                r = next;
            }
        }
        while (i >= from) {
            long q = lo / d;
            int r = (int) (lo - q * d);
            lo = q;
            for (int j = 0; j < strChunk && i >= from; j++) {
                int next = (int) ((r * digitMagic) >>> digitShift);
                out[i--] = r - next * radix;
                r = next;
            }
        }
    }

    /**
     * Encrypts (or decrypts) numerals in place as SP 800-38G Algorithms 7 and 8, with BigInteger. The per-length
     * constants (radix^u, radix^v, b, d and CIPH(P), the PRF's first block, which does not depend on the round) are
     * computed once; NUM and STR work in chunks of numerals that fit a long.
     */
    void processBigInteger(int[] x, boolean encrypt) {
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
        Block aes = blocks.get();
        for (int step = 0; step < 10; step++) {
            int i = encrypt ? step : 9 - step;
            q[t + pad] = (byte) i;
            byte[] numBytes = toBytes(encrypt ? bb : a, b);
            System.arraycopy(numBytes, 0, q, q.length - b, b);
            byte[] rBlock = prf(aes, k.cipheredP(), q);
            byte[] s = new byte[d];
            System.arraycopy(rBlock, 0, s, 0, Math.min(16, d));
            for (int j = 1; j * 16 < d; j++) {
                byte[] blk = rBlock.clone();
                blk[12] ^= (byte) (j >>> 24);
                blk[13] ^= (byte) (j >>> 16);
                blk[14] ^= (byte) (j >>> 8);
                blk[15] ^= (byte) j;
                cipherInPlace(aes, blk);
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
    private static byte[] prf(Block aes, byte[] cipheredP, byte[] q) {
        byte[] state = cipheredP.clone();
        for (int off = 0; off < q.length; off += 16) {
            for (int j = 0; j < 16; j++) {
                state[j] ^= q[off + j];
            }
            cipherInPlace(aes, state);
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
