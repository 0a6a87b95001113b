package dev.warden.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.util.AccumulatorV2;

/**
 * The validation's keyed 64-bit fingerprint sets and counts, gathered by the write's tasks in the same pass that
 * writes (so the input and the staged output are not read again): per named set, each partition's fingerprints sorted
 * and distinct; the driver concatenates the partitions' arrays and sorts them once when the job's value is read.
 *
 * <p>Set names: {@code pk\0<table>} (primary keys; count: rows with a key), {@code parent\0<parent key id>} (keys a
 * table holds that some foreign key refers to), {@code fk\0<fk name>\0<parent key id>} (foreign key values; count:
 * rows with a value), {@code in} (input identifier values), {@code copied} (copied output cells). Updated in the
 * write's result stage, so Spark applies each partition's update once.
 *
 * <p>Cost: the driver holds 8 bytes per distinct value of each set (the task results carry them, and count against
 * {@code spark.driver.maxResultSize}).
 */
final class FingerprintSets extends AccumulatorV2<FingerprintSets.Part, FingerprintSets.Part> {

    private static final long serialVersionUID = 1L;

    /** One partition's sets (sorted, distinct) and counts, or the job's once merged. */
    static final class Part implements Serializable {
        private static final long serialVersionUID = 1L;
        final HashMap<String, long[]> sets = new HashMap<>();
        final HashMap<String, Long> counts = new HashMap<>();

        /** @return the set's fingerprints, sorted and distinct; empty when no partition gave one */
        long[] set(String name) {
            return sets.getOrDefault(name, new long[0]);
        }

        /** @return the count, 0 when no partition gave one */
        long count(String name) {
            return counts.getOrDefault(name, 0L);
        }
    }

    private HashMap<String, List<long[]>> parts = new HashMap<>();
    private HashMap<String, Long> counts = new HashMap<>();
    private transient Part merged;

    @Override
    public boolean isZero() {
        return parts.isEmpty() && counts.isEmpty();
    }

    @Override
    public FingerprintSets copy() {
        FingerprintSets c = new FingerprintSets();
        parts.forEach((k, v) -> c.parts.put(k, new ArrayList<>(v)));
        c.counts.putAll(counts);
        return c;
    }

    @Override
    public void reset() {
        parts = new HashMap<>();
        counts = new HashMap<>();
        merged = null;
    }

    @Override
    public void add(Part part) {
        part.sets.forEach((k, v) -> parts.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
        part.counts.forEach((k, v) -> counts.merge(k, v, Long::sum));
        merged = null;
    }

    @Override
    public void merge(AccumulatorV2<Part, Part> other) {
        FingerprintSets o = (FingerprintSets) other;
        o.parts.forEach((k, v) -> parts.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        o.counts.forEach((k, v) -> counts.merge(k, v, Long::sum));
        merged = null;
    }

    @Override
    public Part value() {
        if (merged == null) {
            Part p = new Part();
            parts.forEach((k, arrays) -> p.sets.put(k, union(arrays)));
            p.counts.putAll(counts);
            merged = p;
        }
        return merged;
    }

    /** @return the arrays' values, sorted and distinct */
    static long[] union(List<long[]> arrays) {
        if (arrays.size() == 1) {
            return arrays.get(0);
        }
        int n = 0;
        for (long[] a : arrays) {
            n += a.length;
        }
        long[] all = new long[n];
        int at = 0;
        for (long[] a : arrays) {
            System.arraycopy(a, 0, all, at, a.length);
            at += a.length;
        }
        return LongList.sortedDistinct(all, n);
    }

    /**
     * @param a sorted, distinct
     * @param b sorted, distinct
     * @return the values of {@code a} that {@code b} holds too
     */
    static long[] intersection(long[] a, long[] b) {
        long[] out = new long[Math.min(a.length, b.length)];
        int n = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                out[n++] = a[i];
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * @param a sorted, distinct
     * @param b sorted, distinct
     * @return whether every value of {@code a} is in {@code b}
     */
    static boolean containsAll(long[] b, long[] a) {
        return intersection(a, b).length == a.length;
    }

    /** A growable array of longs, for one task's fingerprints of one set. */
    static final class LongList {
        private long[] values = new long[256];
        private int size;

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int size() {
            return size;
        }

        /** @return the values added, sorted and distinct (reuses this list's array) */
        long[] sortedDistinct() {
            return LongList.sortedDistinct(values, size);
        }

        /**
         * Sorts (signed order) and removes repeats. Fingerprints are uniform over 64 bits, so a large array is first
         * scattered into about size/8 buckets by its top bits (one counting pass) and each small bucket sorted: linear
         * in practice, where a comparison sort of a million fingerprints took a tenth of the write's time.
         *
         * @return the first {@code size} values, sorted and distinct, in a new array (may reorder {@code values})
         */
        static long[] sortedDistinct(long[] values, int size) {
            long[] sorted;
            if (size < 1 << 12) {
                Arrays.sort(values, 0, size);
                sorted = values;
            } else {
                int bits = Math.min(20, 31 - Integer.numberOfLeadingZeros(size) - 3);
                int shift = 64 - bits;
                int[] start = new int[(1 << bits) + 1];
                for (int i = 0; i < size; i++) {
                    start[(int) ((values[i] ^ Long.MIN_VALUE) >>> shift) + 1]++;
                }
                for (int b = 0; b < 1 << bits; b++) {
                    start[b + 1] += start[b];
                }
                int[] next = Arrays.copyOf(start, 1 << bits);
                sorted = new long[size];
                for (int i = 0; i < size; i++) {
                    long v = values[i];
                    sorted[next[(int) ((v ^ Long.MIN_VALUE) >>> shift)]++] = v;
                }
                for (int b = 0; b < 1 << bits; b++) {
                    if (start[b + 1] - start[b] > 1) {
                        Arrays.sort(sorted, start[b], start[b + 1]);
                    }
                }
            }
            int n = 0;
            for (int i = 0; i < size; i++) {
                if (n == 0 || sorted[n - 1] != sorted[i]) {
                    sorted[n++] = sorted[i];
                }
            }
            return Arrays.copyOf(sorted, n);
        }
    }

    /** Named sets of one partition, filled row by row. */
    static final class Builder {
        private final Map<String, LongList> sets = new HashMap<>();
        private final Part part = new Part();

        LongList set(String name) {
            return sets.computeIfAbsent(name, k -> new LongList());
        }

        void count(String name, long n) {
            part.counts.merge(name, n, Long::sum);
        }

        Part build() {
            sets.forEach((k, v) -> part.sets.put(k, v.sortedDistinct()));
            return part;
        }
    }
}
