package dev.warden.core.audit;

/** What {@link ChainVerifier} found wrong with a record of a hash-chained audit log. */
public enum Damage {
    /** The record's content (or its MAC) was changed after it was written. */
    MODIFIED,
    /** Records are missing: the chain jumps over sequence numbers, or the log's first records are gone. */
    REMOVED,
    /** A record that the writer did not make in this place was added (a forgery, or a copy of another record). */
    INSERTED,
    /** Records are present but out of their written order. */
    REORDERED,
    /** No record verifies under the key given: the wrong key, or the whole log was rewritten without the key. */
    WRONG_KEY,
    /** A line is not a record at all (not JSON, wrong shape). */
    MALFORMED,
    /** The last line is incomplete: a crash in the middle of a write, not tampering. {@code repair} cuts it off. */
    TORN_TAIL,
    /** The writer itself recorded that records were lost (its file was deleted or replaced under it). */
    GAP;

    /** @return whether this kind means someone changed the log (as opposed to a crash or an acknowledged loss) */
    public boolean isTampering() {
        return this != TORN_TAIL && this != GAP;
    }
}
