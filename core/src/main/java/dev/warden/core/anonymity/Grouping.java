package dev.warden.core.anonymity;

import java.util.Arrays;

/**
 * The equivalence classes of the table under one transformation (a lattice node): per class its size, a
 * representative original value per quasi-identifier and, with a sensitive attribute, its histogram. Built from the
 * rows once (for the original table) and otherwise rolled up from the classes of a more specific node, which is what
 * keeps the search from re-reading the table.
 */
final class Grouping {

    final int[] levels;
    final int size;
    /** rep[c][i]: a leaf code of class i in column c (every leaf of the class generalizes to the same value). */
    final int[][] rep;
    final int[] count;
    /** hist[i][s]: records of class i with sensitive code s; null without a sensitive attribute. */
    final int[][] hist;

    private Grouping(int[] levels, int size, int[][] rep, int[] count, int[][] hist) {
        this.levels = levels;
        this.size = size;
        this.rep = rep;
        this.count = count;
        this.hist = hist;
    }

    /** Groups the rows at the given levels. */
    static Grouping ofRows(EncodedTable data, int[] levels) {
        Builder builder = new Builder(data, levels, Math.min(data.rows, 1 << 16));
        for (int r = 0; r < data.rows; r++) {
            long key = 0;
            for (int c = 0; c < data.columns; c++) {
                key |= (long) data.ids[c][levels[c]][data.leaf[c][r]] << data.shift[c];
            }
            int i = builder.slot(key);
            if (builder.count[i]++ == 0) {
                for (int c = 0; c < data.columns; c++) {
                    builder.rep[c][i] = data.leaf[c][r];
                }
            }
            if (builder.hist != null) {
                builder.histogram(i)[data.sensitive[r]]++;
            }
        }
        return builder.build();
    }

    /** Groups this node's classes at more general levels (each level at least this node's). */
    Grouping rollUp(EncodedTable data, int[] target) {
        Builder builder = new Builder(data, target, size);
        for (int i = 0; i < size; i++) {
            long key = 0;
            for (int c = 0; c < data.columns; c++) {
                key |= (long) data.ids[c][target[c]][rep[c][i]] << data.shift[c];
            }
            int j = builder.slot(key);
            if (builder.count[j] == 0) {
                for (int c = 0; c < data.columns; c++) {
                    builder.rep[c][j] = rep[c][i];
                }
            }
            builder.count[j] += count[i];
            if (hist != null) {
                int[] into = builder.histogram(j);
                int[] from = hist[i];
                for (int s = 0; s < from.length; s++) {
                    into[s] += from[s];
                }
            }
        }
        return builder.build();
    }

    /** @return whether every level of this node is at most the target's */
    boolean isSpecializationOf(int[] target) {
        for (int c = 0; c < levels.length; c++) {
            if (levels[c] > target[c]) {
                return false;
            }
        }
        return true;
    }

    /** Open-addressing map from packed class key to class index, growing the class arrays as it goes. */
    private static final class Builder {
        private final int[] levels;
        private final int sensitiveValues;
        private long[] keys;
        private int[] slots;
        private int mask;
        private int size;
        int[][] rep;
        int[] count;
        int[][] hist;

        Builder(EncodedTable data, int[] levels, int expected) {
            this.levels = levels.clone();
            int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
            this.keys = new long[capacity];
            this.slots = new int[capacity];
            Arrays.fill(slots, -1);
            this.mask = capacity - 1;
            int classes = Math.max(16, expected);
            this.rep = new int[data.columns][classes];
            this.count = new int[classes];
            this.sensitiveValues = data.sensitive == null ? 0 : data.sensitiveLabels.length;
            this.hist = data.sensitive == null ? null : new int[classes][];
        }

        int slot(long key) {
            int h = (int) mix(key) & mask;
            while (true) {
                int at = slots[h];
                if (at < 0) {
                    break;
                }
                if (keys[h] == key) {
                    return at;
                }
                h = (h + 1) & mask;
            }
            if (size == count.length) {
                int grown = count.length * 2;
                for (int c = 0; c < rep.length; c++) {
                    rep[c] = Arrays.copyOf(rep[c], grown);
                }
                count = Arrays.copyOf(count, grown);
                if (hist != null) {
                    hist = Arrays.copyOf(hist, grown);
                }
            }
            keys[h] = key;
            slots[h] = size;
            if (++size * 2 > keys.length) {
                rehash();
            }
            return size - 1;
        }

        int[] histogram(int i) {
            int[] h = hist[i];
            if (h == null) {
                h = new int[sensitiveValues];
                hist[i] = h;
            }
            return h;
        }

        private void rehash() {
            long[] oldKeys = keys;
            int[] oldSlots = slots;
            keys = new long[oldKeys.length * 2];
            slots = new int[oldKeys.length * 2];
            Arrays.fill(slots, -1);
            mask = keys.length - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldSlots[i] >= 0) {
                    int h = (int) mix(oldKeys[i]) & mask;
                    while (slots[h] >= 0) {
                        h = (h + 1) & mask;
                    }
                    keys[h] = oldKeys[i];
                    slots[h] = oldSlots[i];
                }
            }
        }

        private static long mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return h ^ (h >>> 32);
        }

        Grouping build() {
            return new Grouping(levels, size, rep, count, hist);
        }
    }
}
