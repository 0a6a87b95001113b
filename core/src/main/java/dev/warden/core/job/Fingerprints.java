package dev.warden.core.job;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * Keyed 64-bit fingerprints of cell values (SipHash-2-4, Aumasson and Bernstein 2012) under a key drawn at random
 * for one job and never stored: the leak check compares fingerprints of input identifier values with fingerprints of
 * cells copied unchanged, and the values themselves are never held. A fingerprint seen on both sides is kept as a
 * candidate, and the validator confirms candidates by reading the input and the staged output again (only when
 * there are any).
 *
 * <p>Memory: while the job is small — the common case — both sides are one exact table of fingerprints (8 bytes each
 * and a byte of side bits, open addressing; one probe per cell tells whether the other side holds it), and when it
 * passes twice {@code exactLimit} distinct fingerprints both sides move into Bloom filters of fixed size (three probes by double hashing), so memory stays bounded however large the
 * data. The Bloom filters may add false candidates, never lose a true one; the confirmation removes the false ones.
 * Either way the check is exact: every fingerprint present on both sides ends up a candidate. A {@link Recent} memo
 * per column skips values just added (columns repeat values), which changes nothing since adding is idempotent.
 * Not thread-safe.
 */
final class Fingerprints {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** Longest value hashed from the scratch buffer; longer ones are encoded first. */
    private static final int SCRATCH = 256;

    /** The SipHash key, k0 and k1 (little-endian halves of a random 128-bit key). */
    private final long k0;
    private final long k1;
    private final int exactLimit;
    private final int inputBits;
    private final int outputBits;
    /** Both sides in one table (fingerprint → side bits), so each cell costs one probe, not one per side. */
    private SidedSet exact = new SidedSet();
    private Bloom inputs;
    private Bloom outputs;
    private final LongSet candidates = new LongSet();
    private long inputCount;
    /** An ASCII value's bytes, copied from its chars (the class is used by one thread). */
    private final byte[] scratch = new byte[SCRATCH];

    /**
     * @param exactLimit distinct fingerprints per side held exactly (twice as many for both sides together, in one
     *     table) before both sides move to Bloom filters
     * @param inputBits size of the input side's Bloom filter
     * @param outputBits size of the output side's Bloom filter
     */
    Fingerprints(int exactLimit, int inputBits, int outputBits) {
        byte[] key = new byte[16];
        new SecureRandom().nextBytes(key);
        this.k0 = littleEndian(key, 0, 8);
        this.k1 = littleEndian(key, 8, 8);
        Arrays.fill(key, (byte) 0);
        this.exactLimit = exactLimit;
        this.inputBits = inputBits;
        this.outputBits = outputBits;
    }

    /** @return SipHash-2-4 of the value's UTF-8 bytes under the job's key */
    long of(String value) {
        return fingerprint(k0, k1, value, scratch);
    }

    /**
     * SipHash-2-4 of the value's UTF-8 bytes: an ASCII value of at most {@code scratch.length} chars is copied into
     * {@code scratch} (its chars are its bytes, checked in the same pass) and hashed from there; any other is encoded.
     */
    static long fingerprint(long k0, long k1, String value, byte[] scratch) {
        int n = value.length();
        if (n <= scratch.length) {
            int any = 0;
            for (int i = 0; i < n; i++) {
                char c = value.charAt(i);
                scratch[i] = (byte) c;
                any |= c;
            }
            if (any < 0x80) {
                return sipHash24(k0, k1, scratch, n);
            }
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        return sipHash24(k0, k1, utf8, utf8.length);
    }

    /** SipHash-2-4 (Aumasson and Bernstein 2012, reference implementation) of {@code in}. */
    static long sipHash24(long k0, long k1, byte[] in) {
        return sipHash24(k0, k1, in, in.length);
    }

    /** SipHash-2-4 of {@code in[0..n)}: whole words read as little-endian longs, the tail byte by byte. */
    static long sipHash24(long k0, long k1, byte[] in, int n) {
        Sip s = new Sip(k0, k1);
        int end = n - (n & 7);
        for (int i = 0; i < end; i += 8) {
            s.compress((long) LONGS.get(in, i));
        }
        long last = (long) n << 56 | littleEndian(in, end, n & 7);
        return s.finish(last);
    }

    /** {@link #sipHash24} of an ASCII string's bytes (its chars), without encoding it first. */
    static long sipHash24Ascii(long k0, long k1, String in) {
        Sip s = new Sip(k0, k1);
        int n = in.length();
        int end = n - (n & 7);
        for (int i = 0; i < end; i += 8) {
            long m = 0;
            for (int j = 7; j >= 0; j--) {
                m = m << 8 | in.charAt(i + j);
            }
            s.compress(m);
        }
        long m = 0;
        for (int j = n - 1; j >= end; j--) {
            m = m << 8 | in.charAt(j);
        }
        return s.finish((long) n << 56 | m);
    }

    private static long littleEndian(byte[] b, int off, int len) {
        long v = 0;
        for (int j = len - 1; j >= 0; j--) {
            v = v << 8 | (b[off + j] & 0xFFL);
        }
        return v;
    }

    /** SipHash state: two compression rounds per message word, four finalization rounds. */
    private static final class Sip {
        private long v0;
        private long v1;
        private long v2;
        private long v3;

        Sip(long k0, long k1) {
            v0 = k0 ^ 0x736f6d6570736575L;
            v1 = k1 ^ 0x646f72616e646f6dL;
            v2 = k0 ^ 0x6c7967656e657261L;
            v3 = k1 ^ 0x7465646279746573L;
        }

        void compress(long m) {
            v3 ^= m;
            round();
            round();
            v0 ^= m;
        }

        long finish(long last) {
            compress(last);
            v2 ^= 0xff;
            round();
            round();
            round();
            round();
            return v0 ^ v1 ^ v2 ^ v3;
        }

        private void round() {
            v0 += v1;
            v1 = Long.rotateLeft(v1, 13);
            v1 ^= v0;
            v0 = Long.rotateLeft(v0, 32);
            v2 += v3;
            v3 = Long.rotateLeft(v3, 16);
            v3 ^= v2;
            v0 += v3;
            v3 = Long.rotateLeft(v3, 21);
            v3 ^= v0;
            v2 += v1;
            v1 = Long.rotateLeft(v1, 17);
            v1 ^= v2;
            v2 = Long.rotateLeft(v2, 32);
        }
    }

    /** An input value of an identifier column. */
    void addInput(String value, Recent recent) {
        inputCount++;
        if (recent.firstTime(value)) {
            add(of(value), true);
        }
    }

    /** A cell of a column copied unchanged. */
    void addOutput(String value, Recent recent) {
        if (recent.firstTime(value)) {
            add(of(value), false);
        }
    }

    /** Adds to one side; a candidate if the other side holds it (exactly, or maybe once in the Bloom filters). */
    private void add(long f, boolean input) {
        if (exact != null && exact.size() >= 2L * exactLimit) {
            spill();
        }
        boolean other;
        if (exact != null) {
            other = exact.add(f, input ? SidedSet.INPUT : SidedSet.OUTPUT) == SidedSet.BOTH;
        } else {
            (input ? inputs : outputs).add(f);
            other = (input ? outputs : inputs).mightContain(f);
        }
        if (other) {
            candidates.add(f);
        }
    }

    /** Moves both sides from exact sets into Bloom filters (once), keeping every fingerprint. */
    private void spill() {
        inputs = new Bloom(inputBits);
        outputs = new Bloom(outputBits);
        exact.forEach(inputs::add, outputs::add);
        exact = null;
        // The table is now garbage: at most 2 x exactLimit entries at 9 bytes and a load of one half, besides the filters.
    }

    /** @return whether the sides are still exact sets (for tests) */
    boolean exact() {
        return exact != null;
    }

    /**
     * @return fingerprints seen both as an input identifier value and as a copied cell: real leaks (and, once the
     *     Bloom filters are in use, rare false positives), to be confirmed by reading the values again
     */
    LongSet candidates() {
        return candidates;
    }

    /** @return input identifier cells offered (repeats included) */
    long inputCount() {
        return inputCount;
    }

    /**
     * A direct-mapped memo of values recently added for one column: a repeat of one of them needs no fingerprint.
     * Fixed size, so memory stays flat; a slot collision only costs a recomputation.
     */
    static final class Recent {
        private static final int SLOTS = 1 << 10;
        private final String[] values = new String[SLOTS];

        /** @return false if {@code value} was added through this memo and is still remembered */
        boolean firstTime(String value) {
            int h = value.hashCode();
            int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
            if (value.equals(values[slot])) {
                return false;
            }
            values[slot] = value;
            return true;
        }
    }

    /** A Bloom filter of fixed size over 64-bit fingerprints: three probes by double hashing. */
    static final class Bloom {
        private final long[] bits;
        private final int mask;

        Bloom(int bitCount) {
            int words = Integer.highestOneBit(Math.max(bitCount, 1 << 12)) >>> 6;
            this.bits = new long[words];
            this.mask = words * 64 - 1;
        }

        void add(long f) {
            int h1 = (int) f;
            int h2 = (int) (f >>> 32) | 1;
            for (int i = 0; i < 3; i++) {
                int bit = (h1 + i * h2) & mask;
                bits[bit >>> 6] |= 1L << bit;
            }
        }

        boolean mightContain(long f) {
            int h1 = (int) f;
            int h2 = (int) (f >>> 32) | 1;
            for (int i = 0; i < 3; i++) {
                int bit = (h1 + i * h2) & mask;
                if ((bits[bit >>> 6] & (1L << bit)) == 0) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Fingerprints of both sides in one open-addressing table: a key array and, beside it, the side bits of each key
     * ({@link #INPUT}, {@link #OUTPUT}). Zero is kept apart (it marks an empty slot). Load at most one half.
     */
    static final class SidedSet {
        static final byte INPUT = 1;
        static final byte OUTPUT = 2;
        static final byte BOTH = 3;
        private long[] keys;
        private byte[] sides;
        private byte zeroSides;
        private int size;

        /** A table sized for the leak check of a whole job (2^17 slots, 1.1 MiB), so small jobs never grow it. */
        SidedSet() {
            this(1 << 17);
        }

        /** @param slots the initial number of slots, a power of two */
        SidedSet(int slots) {
            keys = new long[slots];
            sides = new byte[slots];
        }

        /** @return the key's side bits after adding {@code side} */
        byte add(long v, byte side) {
            if (v == 0) {
                if (zeroSides == 0) {
                    size++;
                }
                zeroSides |= side;
                return zeroSides;
            }
            if ((size + 1) * 2 > keys.length) {
                grow();
            }
            int i = slot(keys, v);
            if (keys[i] == 0) {
                keys[i] = v;
                size++;
            }
            sides[i] |= side;
            return sides[i];
        }

        /** @return the key's side bits, 0 if it was never added */
        byte sides(long v) {
            if (v == 0) {
                return zeroSides;
            }
            int i = slot(keys, v);
            return keys[i] == 0 ? 0 : sides[i];
        }

        int size() {
            return size;
        }

        /** Gives each key to the consumer of each side it was added to. */
        void forEach(LongConsumer input, LongConsumer output) {
            if ((zeroSides & INPUT) != 0) {
                input.accept(0);
            }
            if ((zeroSides & OUTPUT) != 0) {
                output.accept(0);
            }
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] != 0) {
                    if ((sides[i] & INPUT) != 0) {
                        input.accept(keys[i]);
                    }
                    if ((sides[i] & OUTPUT) != 0) {
                        output.accept(keys[i]);
                    }
                }
            }
        }

        /** @return the slot holding {@code v}, or the empty slot where it belongs (linear probing) */
        private static int slot(long[] keys, long v) {
            int mask = keys.length - 1;
            long h = v * 0x9E3779B97F4A7C15L;
            int i = (int) (h ^ (h >>> 32)) & mask;
            while (keys[i] != 0 && keys[i] != v) {
                i = (i + 1) & mask;
            }
            return i;
        }

        private void grow() {
            long[] oldKeys = keys;
            byte[] oldSides = sides;
            keys = new long[oldKeys.length * 2];
            sides = new byte[oldKeys.length * 2];
            for (int j = 0; j < oldKeys.length; j++) {
                if (oldKeys[j] != 0) {
                    int i = slot(keys, oldKeys[j]);
                    keys[i] = oldKeys[j];
                    sides[i] = oldSides[j];
                }
            }
        }
    }

    /** A hash set of longs, no boxing: a {@link SidedSet} with one side. */
    static final class LongSet {
        private final SidedSet table = new SidedSet(1024);

        void add(long v) {
            table.add(v, SidedSet.INPUT);
        }

        boolean contains(long v) {
            return table.sides(v) != 0;
        }

        int size() {
            return table.size();
        }

        boolean isEmpty() {
            return table.size() == 0;
        }
    }
}
