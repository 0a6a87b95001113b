package dev.warden.core.deid;

import dev.warden.deid.ValueTransformer;

/**
 * Character masking ({@link dev.warden.deid.Transformation.CharacterMask}). Values without surrogate pairs (the
 * common case; O(1) to tell for Latin-1 strings) are masked in one {@code char[]} copy with no other allocation;
 * others through their code points.
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
        int len = value.length();
        // codePointCount is O(1) for Latin-1 strings; equal to the length, every char is a code point of its own,
        // so masking by char index is masking by code point.
        if (!bmpMask || value.codePointCount(0, len) != len) {
            return slow(value);
        }
        char[] buf = new char[len];
        value.getChars(0, len, buf, 0);
        if (keepSeparators && hasSeparator(buf)) {
            return withSeparators(buf);
        }
        if (len <= (long) keepFirst + keepLast) {
            java.util.Arrays.fill(buf, maskChar);
        } else {
            for (int i = keepFirst, to = len - keepLast; i < to; i++) {
                buf[i] = maskChar;
            }
        }
        return new String(buf);
    }

    private static boolean hasSeparator(char[] buf) {
        for (char c : buf) {
            // Every separator is below '0' or is '@': letters and digits fail the first test and the second.
            if (c < '0' || c == '@') {
                if (separator(c)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Separators stay and do not count; every char is a code point of its own here. */
    private String withSeparators(char[] buf) {
        int len = buf.length;
        int maskable = 0;
        for (int i = 0; i < len; i++) {
            if (!separator(buf[i])) {
                maskable++;
            }
        }
        boolean all = maskable <= (long) keepFirst + keepLast;
        int lastFrom = maskable - keepLast;
        int k = 0;
        for (int i = 0; i < len; i++) {
            if (!separator(buf[i])) {
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
