package dev.warden.core.job;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.macs.SipHash;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Keyed 64-bit fingerprints of cell values (SipHash-2-4, Aumasson and Bernstein 2012) under a key drawn at random
 * for one job and never stored: the leak check compares fingerprints of input identifier values with fingerprints of
 * output cells, and the values themselves are never held. Two sets: the input identifiers exactly (an open-addressing
 * set of longs), the output cells in a Bloom filter of fixed size, so memory stays flat however large the output.
 * Not thread-safe.
 */
final class Fingerprints {

    private final SipHash mac = new SipHash(2, 4);
    private final LongSet inputs = new LongSet();
    private final long[] bloom;
    private final int bloomMask;

    Fingerprints(int bloomBits) {
        byte[] key = new byte[16];
        new SecureRandom().nextBytes(key);
        mac.init(new KeyParameter(key));
        Arrays.fill(key, (byte) 0);
        int words = Integer.highestOneBit(Math.max(bloomBits, 1 << 12)) >>> 6;
        this.bloom = new long[words];
        this.bloomMask = words * 64 - 1;
    }

    long of(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        mac.update(bytes, 0, bytes.length);
        return mac.doFinal();
    }

    void addInput(String value) {
        inputs.add(of(value));
    }

    void addOutput(String value) {
        long f = of(value);
        int h1 = (int) f;
        int h2 = (int) (f >>> 32) | 1;
        for (int i = 0; i < 3; i++) {
            int bit = (h1 + i * h2) & bloomMask;
            bloom[bit >>> 6] |= 1L << bit;
        }
    }

    private boolean outputMightContain(long f) {
        int h1 = (int) f;
        int h2 = (int) (f >>> 32) | 1;
        for (int i = 0; i < 3; i++) {
            int bit = (h1 + i * h2) & bloomMask;
            if ((bloom[bit >>> 6] & (1L << bit)) == 0) {
                return false;
            }
        }
        return true;
    }

    /** @return fingerprints of input identifier values that may appear in the output (Bloom hits; to be confirmed) */
    LongSet candidates() {
        LongSet hits = new LongSet();
        inputs.forEach(f -> {
            if (outputMightContain(f)) {
                hits.add(f);
            }
        });
        return hits;
    }

    int inputCount() {
        return inputs.size();
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
