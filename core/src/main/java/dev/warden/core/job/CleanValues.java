package dev.warden.core.job;

/**
 * The values a detector found clean, remembered so that a repeated value skips the patterns: two-way set associative
 * (a value may sit in either slot of its pair, the one remembered last first), so that a column's small vocabulary
 * (years, ZIP3s, labels) is not evicted by another value that shares its slot, as in a direct-mapped table (of a
 * thousand values in 4,096 direct-mapped slots, about one in four shares its slot with another). Looked up only when
 * a pattern is about to run, so a value that the look at its characters rules out alone costs no string hash. Fixed
 * size; a lost entry only runs the patterns again. Not thread-safe: one per detector, used by one job thread.
 */
final class CleanValues {

    private final String[] slots;
    private String current;
    /** The first slot of the current value's pair, -1 until looked up. */
    private int pair;
    private boolean known;

    /** @param slots the number of slots, a power of two of at least 2 */
    CleanValues(int slots) {
        this.slots = new String[slots];
    }

    /** Starts on a value: nothing looked up yet. */
    void start(String value) {
        current = value;
        pair = -1;
    }

    /** @return whether the current value was found clean before (looked up once per value, when first asked) */
    boolean known() {
        if (pair < 0) {
            int h = current.hashCode();
            pair = (h ^ (h >>> 16)) & (slots.length - 2);
            known = current.equals(slots[pair]) || current.equals(slots[pair + 1]);
        }
        return known;
    }

    /** Ends the current value, found clean: remembered if it was looked up (a pattern ran) and not known yet. */
    void clean() {
        if (pair >= 0 && !known) {
            slots[pair + 1] = slots[pair];
            slots[pair] = current;
        }
        current = null;
    }

    /** Ends the current value, an identifier. */
    void found() {
        current = null;
    }
}
