package dev.warden.core.job;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.macs.SipHash;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Keyed 64-bit fingerprints of cell values (SipHash-2-4, Aumasson and Bernstein 2012) under a key drawn at random
 * for one job and never stored: the leak check compares fingerprints of input identifier values with fingerprints of
 * cells copied unchanged, and the values themselves are never held. Both sides go into Bloom filters of fixed size,
 * so memory stays flat however large the data; a fingerprint that one side's filter may already hold is kept as a
 * candidate, and the validator confirms candidates by reading the input and the staged output again (only when
 * there are any). Not thread-safe.
 */
final class Fingerprints {

    private final SipHash mac = new SipHash(2, 4);
    private final Bloom inputs;
    private final Bloom outputs;
    private final LongSet candidates = new LongSet();
    private long inputCount;

    Fingerprints(int inputBits, int outputBits) {
        byte[] key = new byte[16];
        new SecureRandom().nextBytes(key);
        mac.init(new KeyParameter(key));
        Arrays.fill(key, (byte) 0);
        this.inputs = new Bloom(inputBits);
        this.outputs = new Bloom(outputBits);
    }

    long of(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        mac.update(bytes, 0, bytes.length);
        return mac.doFinal();
    }

    /** An input value of an identifier column. */
    void addInput(String value) {
        long f = of(value);
        inputCount++;
        inputs.add(f);
        if (outputs.mightContain(f)) {
            candidates.add(f);
        }
    }

    /** A cell of a column copied unchanged. */
    void addOutput(String value) {
        long f = of(value);
        outputs.add(f);
        if (inputs.mightContain(f)) {
            candidates.add(f);
        }
    }

    /**
     * @return fingerprints seen both as an input identifier value and as a copied cell, by the Bloom filters: real
     *     leaks and rare false positives, to be confirmed by reading the values again
     */
    LongSet candidates() {
        return candidates;
    }

    long inputCount() {
        return inputCount;
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

    /** An open-addressing hash set of longs; no boxing. */
    static final class LongSet {
        private long[] slots = new long[1024];
        private boolean hasZero;
        private int size;

        void add(long v) {
            if (v == 0) {
                if (!hasZero) {
                    hasZero = true;
                    size++;
                }
                return;
            }
            if ((size + 1) * 2 > slots.length) {
                grow();
            }
            int mask = slots.length - 1;
            int i = mix(v) & mask;
            while (slots[i] != 0) {
                if (slots[i] == v) {
                    return;
                }
                i = (i + 1) & mask;
            }
            slots[i] = v;
            size++;
        }

        boolean contains(long v) {
            if (v == 0) {
                return hasZero;
            }
            int mask = slots.length - 1;
            int i = mix(v) & mask;
            while (slots[i] != 0) {
                if (slots[i] == v) {
                    return true;
                }
                i = (i + 1) & mask;
            }
            return false;
        }

        int size() {
            return size;
        }

        boolean isEmpty() {
            return size == 0;
        }

        void forEach(java.util.function.LongConsumer consumer) {
            if (hasZero) {
                consumer.accept(0);
            }
            for (long v : slots) {
                if (v != 0) {
                    consumer.accept(v);
                }
            }
        }

        private void grow() {
            long[] old = slots;
            slots = new long[old.length * 2];
            int mask = slots.length - 1;
            for (long v : old) {
                if (v != 0) {
                    int i = mix(v) & mask;
                    while (slots[i] != 0) {
                        i = (i + 1) & mask;
                    }
                    slots[i] = v;
                }
            }
        }

        private static int mix(long v) {
            long h = v * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32));
        }
    }
}
