package dev.warden.core.policy;

import dev.warden.policy.Decision;
import dev.warden.policy.Permission;

/**
 * What one holder (a user or a group) may do in one scope (a project, or installation-wide), compiled: the allowed
 * and denied permission bits and, by permission ordinal, the decision to return (the deny's where a deny bit is set,
 * else the allow's).
 */
class Access {

    static final int SIZE = Permission.values().length;

    final long allow;
    final long deny;
    final Decision[] why;
    /** The decision for every set bit when they all share one (the common case: one grant), else null. */
    final Decision only;

    Access(long allow, long deny, Decision[] why) {
        this.allow = allow;
        this.deny = deny;
        this.why = why;
        Decision shared = null;
        boolean same = true;
        for (Decision d : why) {
            if (d != null) {
                if (shared == null) {
                    shared = d;
                } else if (shared != d) {
                    same = false;
                }
            }
        }
        this.only = same ? shared : null;
    }

    /** @return the decision for a set bit, touching the array only when the bits' reasons differ */
    Decision why(int index) {
        Decision d = only;
        return d != null ? d : why[index];
    }

    /** Accumulates grants; the first source of a bit gives its reason. */
    static final class Builder {
        long allow;
        long deny;
        final Decision[] allowWhy = new Decision[SIZE];
        final Decision[] denyWhy = new Decision[SIZE];

        void allow(long bits, Decision why) {
            long fresh = bits & ~allow & mask();
            allow |= fresh;
            fill(allowWhy, fresh, why);
        }

        void deny(long bits, Decision why) {
            long fresh = bits & ~deny & mask();
            deny |= fresh;
            fill(denyWhy, fresh, why);
        }

        /** Adds another builder's bits where this one has none (so this one's reasons come first). */
        void fillFrom(Builder other) {
            for (int i = 0; i < SIZE; i++) {
                long bit = 1L << i;
                if ((other.allow & bit) != 0 && (allow & bit) == 0) {
                    allow |= bit;
                    allowWhy[i] = other.allowWhy[i];
                }
                if ((other.deny & bit) != 0 && (deny & bit) == 0) {
                    deny |= bit;
                    denyWhy[i] = other.denyWhy[i];
                }
            }
        }

        boolean isEmpty() {
            return allow == 0 && deny == 0;
        }

        Access build() {
            Decision[] why = new Decision[SIZE];
            for (int i = 0; i < SIZE; i++) {
                long bit = 1L << i;
                why[i] = (deny & bit) != 0 ? denyWhy[i] : (allow & bit) != 0 ? allowWhy[i] : null;
            }
            return new Access(allow, deny, why);
        }

        private static long mask() {
            return SIZE == 64 ? -1L : (1L << SIZE) - 1;
        }

        private static void fill(Decision[] slots, long bits, Decision why) {
            while (bits != 0) {
                int i = Long.numberOfTrailingZeros(bits);
                slots[i] = why;
                bits &= bits - 1;
            }
        }
    }
}
