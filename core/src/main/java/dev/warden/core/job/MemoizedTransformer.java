package dev.warden.core.job;

import dev.warden.deid.ValueTransformer;
import java.util.Arrays;

/**
 * A bounded memo in front of an expensive keyed transformer (FF1 over a large alphabet costs about a microsecond):
 * foreign key columns repeat their parent's keys many times, and the parent key and its foreign keys share one memo
 * because they share one transformer. An open-addressing table (linear probing, load at most one half) that keeps
 * every value it was given until it holds {@value #MAX_ENTRIES}: on the Synthea export every foreign key finds its
 * parent's key (a direct-mapped table of the same size lost about a fifth of the encounters' keys to collisions,
 * 2,000 FF1 encryptions per run). Past that, a new value takes the slot where its probe starts when that slot is
 * filled, and empties the table when it is not (so the load never passes one half), so memory stays flat (a few MiB
 * when full) and the table keeps working as a cache; a lost entry only recomputes. A memo that fills having answered
 * fewer than one value in {@value #PASS_THROUGH_BELOW} (a unique column: more than {@value #MAX_ENTRIES} values, almost
 * none repeated) lets every later value through to its transformer. Each slot also
 * keeps its key's hash, so a miss (every value of a primary key column) is told apart without reading the
 * remembered String. The table starts at {@value #MIN_SLOTS} slots and doubles up to {@value #MAX_SLOTS}, entries
 * kept: a job compiles one memo per key domain, and most domains (a small table's key, a ZIP code's) never need the
 * full table. Used by one job thread only.
 */
final class MemoizedTransformer implements ValueTransformer {

    static final int MIN_SLOTS = 1 << 12;
    static final int MAX_SLOTS = 1 << 16;
    /** Entries held at most: half the slots of the full table. */
    static final int MAX_ENTRIES = MAX_SLOTS / 2;
    private static final Object NULL = new Object();
    /**
     * When the table first fills, a memo that answered fewer than one value in this many stops remembering: the values
     * of a primary key column or of any other unique column, which cost a lookup and a store each (about 15% of a
     * Spark executor's time on a generated 2,000,000-row table) and never repeat.
     */
    static final int PASS_THROUGH_BELOW = 16;

    private final ValueTransformer delegate;
    private String[] keys = new String[MIN_SLOTS];
    private int[] hashes = new int[MIN_SLOTS];
    private Object[] values = new Object[MIN_SLOTS];
    private int size;
    private long hits;
    private long misses;
    /** Set once the table filled while values hardly repeated: the memo then only cost a lookup per value. */
    private boolean passThrough;

    MemoizedTransformer(ValueTransformer delegate) {
        this.delegate = delegate;
    }

    @Override
    public String apply(String value) {
        if (value == null) {
            return null;
        }
        if (passThrough) {
            return delegate.apply(value);
        }
        int h = value.hashCode();
        int mask = keys.length - 1;
        int home = mix(h) & mask;
        int slot = home;
        for (String k = keys[slot]; k != null; k = keys[slot]) {
            if (hashes[slot] == h && value.equals(k)) {
                hits++;
                Object v = values[slot];
                return v == NULL ? null : (String) v;
            }
            slot = (slot + 1) & mask;
        }
        String result = delegate.apply(value);
        misses++;
        if (size >= MAX_ENTRIES) {
            if (keys[home] == null) {
                if (hits < misses / PASS_THROUGH_BELOW) {
                    // A key column's own values (each seen once): stop remembering, keep the memory and the lookups.
                    passThrough = true;
                    keys = null;
                    hashes = null;
                    values = null;
                    return result;
                }
                // Full, and the value's home slot is empty: filling it would raise the load past one half, and in
                // the end fill every slot (then a miss probes forever). Start afresh instead; entries only recompute.
                Arrays.fill(keys, null);
                Arrays.fill(values, null);
                size = 1;
            }
            // Otherwise the value replaces the entry where its probe starts (the slot stays filled, no probe breaks).
            slot = home;
        } else {
            if (2 * (size + 1) > keys.length) {
                grow();
                slot = free(keys, mix(h) & (keys.length - 1));
            }
            size++;
        }
        keys[slot] = value;
        hashes[slot] = h;
        values[slot] = result == null ? NULL : result;
        return result;
    }

    /** Doubles the table, keeping every entry. */
    private void grow() {
        String[] oldKeys = keys;
        int[] oldHashes = hashes;
        Object[] oldValues = values;
        int n = oldKeys.length * 2;
        keys = new String[n];
        hashes = new int[n];
        values = new Object[n];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = free(keys, mix(oldHashes[i]) & (n - 1));
                keys[slot] = oldKeys[i];
                hashes[slot] = oldHashes[i];
                values[slot] = oldValues[i];
            }
        }
    }

    /** @return the first empty slot from {@code slot} on (there is one: the load stays at most one half) */
    private static int free(String[] keys, int slot) {
        int mask = keys.length - 1;
        while (keys[slot] != null) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** @return whether the memo stopped remembering (for tests) */
    boolean passesThrough() {
        return passThrough;
    }

    /** @return the number of filled slots (for tests) */
    int filled() {
        if (keys == null) {
            return 0;
        }
        int n = 0;
        for (String k : keys) {
            if (k != null) {
                n++;
            }
        }
        return n;
    }

    /** @return the number of slots (for tests) */
    int slots() {
        return keys == null ? 0 : keys.length;
    }

    /**
     * MurmurHash3's 32-bit finalizer: consecutive keys (P000000001, P000000002, ...) have consecutive {@code hashCode}s,
     * which {@code h ^ (h >>> 16)} left in consecutive slots, one cluster that every miss probed to its end.
     */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }
}
