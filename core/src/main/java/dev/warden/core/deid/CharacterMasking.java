package dev.warden.core.deid;

import dev.warden.deid.ValueTransformer;

/**
 * Character masking ({@link dev.warden.deid.Transformation.CharacterMask}). Values without surrogates (the common
 * case) are masked in one {@code char[]} copy; others through their code points.
 */
final class CharacterMasking implements ValueTransformer {

    private final int keepFirst;
    private final int keepLast;
    private final int maskCodePoint;
    private final char maskChar;
    private final boolean bmpMask;
    private final boolean keepSeparators;

    CharacterMasking(int keepFirst, int keepLast, int maskCodePoint, boolean keepSeparators) {
        this.keepFirst = keepFirst;
        this.keepLast = keepLast;
        this.maskCodePoint = maskCodePoint;
        this.bmpMask = Character.isBmpCodePoint(maskCodePoint);
        this.maskChar = bmpMask ? (char) maskCodePoint : '*';
        this.keepSeparators = keepSeparators;
    }

    static boolean separator(int c) {
        return c == '-' || c == ' ' || c == '.' || c == '@' || c == '(' || c == ')';
    }

    @Override
    public String apply(String value) {
        if (value == null) {
            return null;
        }
        if (!bmpMask) {
            return slow(value);
        }
        int len = value.length();
        char[] buf = new char[len];
        value.getChars(0, len, buf, 0);
        long window = (long) keepFirst + keepLast;
        int from = len <= window ? 0 : keepFirst;
        int to = len <= window ? len : len - keepLast;
        // Fast path: no char that could be a surrogate or a separator. The test is a branch-free superset
        // (below '0', '@', or from U+D800 up), so the loop stays simple enough for the JIT to vectorize; a value
        // that fails it takes the exact path below.
        int acc = 0;
        if (keepSeparators) {
            for (int i = 0; i < len; i++) {
                int c = buf[i];
                acc |= (c - '0') | (0xD7FF - c) | ((c ^ '@') - 1);
            }
        } else {
            for (int i = 0; i < len; i++) {
                acc |= 0xD7FF - buf[i];
            }
        }
        if (acc >= 0) {
            java.util.Arrays.fill(buf, from, to, maskChar);
            return new String(buf);
        }
        int maskable = 0;
        for (int i = 0; i < len; i++) {
            char c = buf[i];
            if (Character.isSurrogate(c)) {
                return slow(value);
            }
            if (!keepSeparators || !separator(c)) {
                maskable++;
            }
        }
        boolean all = maskable <= window;
        int lastFrom = maskable - keepLast;
        int k = 0;
        for (int i = 0; i < len; i++) {
            if (!keepSeparators || !separator(buf[i])) {
                if (all || (k >= keepFirst && k < lastFrom)) {
                    buf[i] = maskChar;
                }
                k++;
            }
        }
        return new String(buf);
    }

    private String slow(String value) {
        int[] cps = value.codePoints().toArray();
        int maskable = 0;
        for (int cp : cps) {
            if (!keepSeparators || !separator(cp)) {
                maskable++;
            }
        }
        boolean all = maskable <= (long) keepFirst + keepLast;
        int to = maskable - keepLast;
        StringBuilder out = new StringBuilder(value.length() + 8);
        int k = 0;
        for (int cp : cps) {
            if (keepSeparators && separator(cp)) {
                out.appendCodePoint(cp);
                continue;
            }
            out.appendCodePoint(all || (k >= keepFirst && k < to) ? maskCodePoint : cp);
            k++;
        }
        return out.toString();
    }
}
