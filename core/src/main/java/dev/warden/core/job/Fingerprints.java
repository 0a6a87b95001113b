package dev.warden.core.job;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * Keyed 62-bit fingerprints of cell values (SipHash-1-3, Aumasson and Bernstein 2012, the variant with one compression
 * and three finalization rounds that Rust's and CPython's hash tables use; its two low bits cleared) under a 128-bit
 * key drawn at random for one job and never stored: the leak check compares fingerprints of input identifier values
 * with fingerprints of cells copied unchanged, and the values themselves are never held. A fingerprint only has to be
 * keyed (so the sets are no dictionary of the values for anyone without the job's key) and rarely collide (a
 * collision only adds a candidate, which the confirmation drops): SipHash-1-3 does both at about half the rounds of
 * SipHash-2-4 (the distributed job's fingerprints, {@link CompiledPlan#fingerprinter}, are {@link #fingerprint} too).
 * A fingerprint seen on both sides is kept as a candidate, and the validator confirms candidates by reading the input
 * and the staged output again (only when there are any).
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
    /** The fingerprint's bits the {@link SidedSet} uses for a key's sides: always zero in a fingerprint. */
    static final long SIDE_BITS = 3;

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

    private Fingerprints(long k0, long k1, int exactLimit, int inputBits, int outputBits) {
        this.k0 = k0;
        this.k1 = k1;
        this.exactLimit = exactLimit;
        this.inputBits = inputBits;
        this.outputBits = outputBits;
    }

    /**
     * @return another pair of sides under the same key, so that a value has one fingerprint in both (the words of kept
     *     text against the values of people's identifiers, apart from the whole cells)
     */
    Fingerprints withSameKey(int exactLimit, int inputBits, int outputBits) {
        return new Fingerprints(k0, k1, exactLimit, inputBits, outputBits);
    }

    /** @return SipHash-1-3 of the value's UTF-8 bytes under the job's key, its {@link #SIDE_BITS} cleared */
    long of(String value) {
        return fingerprint(k0, k1, value, scratch) & ~SIDE_BITS;
    }

    /**
     * SipHash-1-3 of the value's UTF-8 bytes: an ASCII value of at most {@code scratch.length} chars is copied into
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
                return sipHash13(k0, k1, scratch, n);
            }
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        return sipHash13(k0, k1, utf8, utf8.length);
    }

    /**
     * SipHash-1-3 of {@code in[0..n)} (Aumasson and Bernstein 2012, with one compression round per message word and
     * three finalization rounds): whole words read as little-endian longs, then the last word with the tail's bytes and
     * the length in its top byte.
     */
    static long sipHash13(long k0, long k1, byte[] in, int n) {
        long v0 = k0 ^ 0x736f6d6570736575L;
        long v1 = k1 ^ 0x646f72616e646f6dL;
        long v2 = k0 ^ 0x6c7967656e657261L;
        long v3 = k1 ^ 0x7465646279746573L;
        int end = n - (n & 7);
        for (int i = 0; i <= end; i += 8) {
            long m = i < end ? (long) LONGS.get(in, i) : (long) n << 56 | littleEndian(in, end, n & 7);
            v3 ^= m;
            v0 += v1;
            v1 = Long.rotateLeft(v1, 13) ^ v0;
            v0 = Long.rotateLeft(v0, 32);
            v2 += v3;
            v3 = Long.rotateLeft(v3, 16) ^ v2;
            v0 += v3;
            v3 = Long.rotateLeft(v3, 21) ^ v0;
            v2 += v1;
            v1 = Long.rotateLeft(v1, 17) ^ v2;
            v2 = Long.rotateLeft(v2, 32);
            v0 ^= m;
        }
        v2 ^= 0xff;
        for (int r = 0; r < 3; r++) {
            v0 += v1;
            v1 = Long.rotateLeft(v1, 13) ^ v0;
            v0 = Long.rotateLeft(v0, 32);
            v2 += v3;
            v3 = Long.rotateLeft(v3, 16) ^ v2;
            v0 += v3;
            v3 = Long.rotateLeft(v3, 21) ^ v0;
            v2 += v1;
            v1 = Long.rotateLeft(v1, 17) ^ v2;
            v2 = Long.rotateLeft(v2, 32);
        }
        return v0 ^ v1 ^ v2 ^ v3;
    }

    private static long littleEndian(byte[] b, int off, int len) {
        long v = 0;
        for (int j = len - 1; j >= 0; j--) {
            v = v << 8 | (b[off + j] & 0xFFL);
        }
        return v;
    }

    /**
     * An input value of an identifier column.
     *
     * @return its fingerprint, or 0 when the memo remembered the value (added before)
     */
    long addInput(String value, Recent recent) {
        inputCount++;
        if (recent.firstTime(value)) {
            long f = of(value);
            queue(f | SidedSet.INPUT);
            return f;
        }
        return 0;
    }

    /** An input value's fingerprint, computed by another instance under the same key ({@link #withSameKey}). */
    void addInputFingerprint(long f) {
        queue(f | SidedSet.INPUT);
    }

    /** A cell of a column copied unchanged. */
    void addOutput(String value, Recent recent) {
        if (recent.firstTime(value)) {
            queue(of(value) | SidedSet.OUTPUT);
        }
    }

    /** A word (or two) of a cell of a column copied unchanged, which an input identifier value may equal. */
    void addOutputWord(String word) {
        queue(of(word) | SidedSet.OUTPUT);
    }

    /**
     * Fingerprints waiting to be added, each with its side in its {@link #SIDE_BITS}: each add reads a random slot of
     * a table of a MiB or more, mostly a cache miss; added one by one between the rows' other work, the misses come one
     * at a time, while a loop of adds alone lets the processor wait for many at once. Adding later changes nothing:
     * a candidate is a fingerprint on both sides, whatever the order.
     */
    private final long[] pending = new long[PENDING];
    private int pendingCount;
    private static final int PENDING = 1 << 12;

    private void queue(long entry) {
        pending[pendingCount++] = entry;
        if (pendingCount == PENDING) {
            flush();
        }
    }

    /** Adds the fingerprints waiting, in the order given. */
    private void flush() {
        long[] p = pending;
        for (int i = 0; i < pendingCount; i++) {
            long e = p[i];
            add(e & ~SIDE_BITS, (e & SidedSet.INPUT) != 0);
        }
        pendingCount = 0;
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
        flush();
        return exact != null;
    }

    /**
     * @return fingerprints seen both as an input identifier value and as a copied cell: real leaks (and, once the
     *     Bloom filters are in use, rare false positives), to be confirmed by reading the values again
     */
    LongSet candidates() {
        flush();
        return candidates;
    }

    /** @return input identifier cells offered (repeats included) */
    long inputCount() {
        return inputCount;
    }

    /**
     * A direct-mapped memo of values recently added for one column: a repeat of one of them needs no fingerprint.
     * Fixed size, so memory stays flat; a slot collision only costs a recomputation. A column whose values rarely
     * repeat (timestamps, primary keys) gains nothing from it and pays for hashing each value: after
     * {@value #TRIAL} values with fewer than one in eight remembered, the memo stands aside and every value is
     * fingerprinted (adding is idempotent, so this changes no result).
     */
    static final class Recent {
        private static final int SLOTS = 1 << 10;
        static final int TRIAL = 1 << 11;
        private final String[] values = new String[SLOTS];
        private int calls;
        private int hits;
        private boolean off;

        /** @return false if {@code value} was added through this memo and is still remembered */
        boolean firstTime(String value) {
            if (off) {
                return true;
            }
            if (++calls == TRIAL && 8 * hits < TRIAL) {
                off = true;
            }
            int h = value.hashCode();
            int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
            if (value.equals(values[slot])) {
                hits++;
                return false;
            }
            values[slot] = value;
            return true;
        }

        /** @return whether the memo stood aside for this column (for tests) */
        boolean off() {
            return off;
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
            int h1 = (int) (f >>> 2);
            int h2 = (int) (f >>> 34) | 1;
            for (int i = 0; i < 3; i++) {
                int bit = (h1 + i * h2) & mask;
                bits[bit >>> 6] |= 1L << bit;
            }
        }

        boolean mightContain(long f) {
            int h1 = (int) (f >>> 2);
            int h2 = (int) (f >>> 34) | 1;
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
     * Fingerprints of both sides in one open-addressing table of longs: each slot holds a fingerprint (whose
     * {@link #SIDE_BITS} are zero) with its sides ({@link #INPUT}, {@link #OUTPUT}) in those bits, so adding a cell costs
     * one memory access, not one for the key and one for its sides. Zero is kept apart (it marks an empty slot). Load
     * at most one half.
     */
    static final class SidedSet {
        static final byte INPUT = 1;
        static final byte OUTPUT = 2;
        static final byte BOTH = 3;
        private long[] slots;
        private byte zeroSides;
        private int size;

        /** A table sized for the leak check of a whole job (2^17 slots, 1 MiB), so small jobs never grow it. */
        SidedSet() {
            this(1 << 17);
        }

        /** @param slots the initial number of slots, a power of two */
        SidedSet(int slots) {
            this.slots = new long[slots];
        }

        /**
         * @param v a fingerprint, its {@link #SIDE_BITS} zero
         * @return the key's side bits after adding {@code side}
         */
        byte add(long v, byte side) {
            if (v == 0) {
                if (zeroSides == 0) {
                    size++;
                }
                zeroSides |= side;
                return zeroSides;
            }
            if ((size + 1) * 2 > slots.length) {
                grow();
            }
            int i = slot(slots, v);
            long s = slots[i];
            if (s == 0) {
                size++;
                s = v;
            }
            s |= side;
            slots[i] = s;
            return (byte) (s & SIDE_BITS);
        }

        /** @return the key's side bits, 0 if it was never added */
        byte sides(long v) {
            if (v == 0) {
                return zeroSides;
            }
            return (byte) (slots[slot(slots, v)] & SIDE_BITS);
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
            for (long s : slots) {
                if (s != 0) {
                    long key = s & ~SIDE_BITS;
                    if ((s & INPUT) != 0) {
                        input.accept(key);
                    }
                    if ((s & OUTPUT) != 0) {
                        output.accept(key);
                    }
                }
            }
        }

        /** @return the slot holding {@code v}, or the empty slot where it belongs (linear probing) */
        private static int slot(long[] slots, long v) {
            int mask = slots.length - 1;
            long h = v * 0x9E3779B97F4A7C15L;
            int i = (int) (h ^ (h >>> 32)) & mask;
            for (long s = slots[i]; s != 0 && (s & ~SIDE_BITS) != v; s = slots[i]) {
                i = (i + 1) & mask;
            }
            return i;
        }

        private void grow() {
            long[] old = slots;
            slots = new long[old.length * 2];
            for (long s : old) {
                if (s != 0) {
                    slots[slot(slots, s & ~SIDE_BITS)] = s;
                }
            }
        }
    }

    /** A hash set of fingerprints ({@link #SIDE_BITS} zero), no boxing: a {@link SidedSet} with one side. */
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
