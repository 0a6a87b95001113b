package dev.warden.core.job;

import dev.warden.deid.ValueTransformer;

/**
 * A bounded, direct-mapped memo in front of an expensive keyed transformer (FF1 over a large alphabet costs tens of
 * microseconds): foreign key columns repeat their parent's keys many times, and the parent key and its foreign keys
 * share one memo because they share one transformer. Bounded ({@value #MAX_SLOTS} entries at most, a few MiB when
 * full), so memory stays flat; a collision simply recomputes (at 2^14 entries, a 7,584-key parent missed a third of
 * its foreign key lookups on the Synthea encounters). Each slot also keeps its key's hash, so a miss (every value of a
 * primary key column) is told apart without reading the remembered String. The table starts at {@value #MIN_SLOTS}
 * slots and doubles, entries kept, when more than an eighth of its slots are filled (an entry lost to a collision in
 * a small table stays lost, so it grows early; on the Synthea encounters' key it then keeps about as many as the full
 * table from the start): a job compiles one memo per key domain,
 * and most domains (a small table's key, a ZIP code's) never need the full table, whose three arrays (384 KiB; 48 KiB at the start) were
 * allocated and zeroed for each of them on every run. Used by one job thread only.
 */
final class MemoizedTransformer implements ValueTransformer {

    static final int MIN_SLOTS = 1 << 12;
    static final int MAX_SLOTS = 1 << 15;
    private static final Object NULL = new Object();

    private final ValueTransformer delegate;
    private String[] keys = new String[MIN_SLOTS];
    private int[] hashes = new int[MIN_SLOTS];
    private Object[] values = new Object[MIN_SLOTS];
    /** Slots holding an entry; the table doubles when more than an eighth are (until {@link #MAX_SLOTS}). */
    private int filled;

    MemoizedTransformer(ValueTransformer delegate) {
        this.delegate = delegate;
    }

    @Override
    public String apply(String value) {
        if (value == null) {
            return null;
        }
        int h = value.hashCode();
        int slot = mix(h) & (keys.length - 1);
        if (hashes[slot] == h && value.equals(keys[slot])) {
            Object v = values[slot];
            return v == NULL ? null : (String) v;
        }
        String result = delegate.apply(value);
        if (keys[slot] == null) {
            if (8 * (filled + 1) > keys.length && keys.length < MAX_SLOTS) {
                grow();
                slot = mix(h) & (keys.length - 1);
            }
            if (keys[slot] == null) {
                filled++;
            }
        }
        keys[slot] = value;
        hashes[slot] = h;
        values[slot] = result == null ? NULL : result;
        return result;
    }

    /** Doubles the table, keeping every entry (each lands in one of two slots, so none collide). */
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
                int slot = mix(oldHashes[i]) & (n - 1);
                keys[slot] = oldKeys[i];
                hashes[slot] = oldHashes[i];
                values[slot] = oldValues[i];
            }
        }
    }

    /** @return the number of slots (for tests) */
    int slots() {
        return keys.length;
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }
}
