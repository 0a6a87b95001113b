package dev.warden.core.job;

import dev.warden.deid.ValueTransformer;

/**
 * A bounded, direct-mapped memo in front of an expensive keyed transformer (FF1 over a large alphabet costs tens of
 * microseconds): foreign key columns repeat their parent's keys many times, and the parent key and its foreign keys
 * share one memo because they share one transformer. Fixed size ({@value #SLOTS} entries, a few MiB when full), so
 * memory stays flat; a collision simply recomputes (at 2^14 entries, a 7,584-key parent missed a third of its
 * foreign key lookups on the Synthea encounters). Each slot also keeps its key's hash, so a miss (every value of a
 * primary key column) is told apart without reading the remembered String. Used by one job thread only.
 */
final class MemoizedTransformer implements ValueTransformer {

    private static final int SLOTS = 1 << 15;
    private static final Object NULL = new Object();

    private final ValueTransformer delegate;
    private final String[] keys = new String[SLOTS];
    private final int[] hashes = new int[SLOTS];
    private final Object[] values = new Object[SLOTS];

    MemoizedTransformer(ValueTransformer delegate) {
        this.delegate = delegate;
    }

    @Override
    public String apply(String value) {
        if (value == null) {
            return null;
        }
        int h = value.hashCode();
        int slot = mix(h) & (SLOTS - 1);
        if (hashes[slot] == h && value.equals(keys[slot])) {
            Object v = values[slot];
            return v == NULL ? null : (String) v;
        }
        String result = delegate.apply(value);
        keys[slot] = value;
        hashes[slot] = h;
        values[slot] = result == null ? NULL : result;
        return result;
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }
}
