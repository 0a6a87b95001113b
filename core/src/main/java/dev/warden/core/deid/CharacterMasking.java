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
        int len = value.length();
        if (!bmpMask) {
            return slow(value);
        }
        char[] buf = new char[len];
        value.getChars(0, len, buf, 0);
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
        long window = (long) keepFirst + keepLast;
        if (!keepSeparators) {
            if (len <= window) {
                java.util.Arrays.fill(buf, maskChar);
            } else {
                java.util.Arrays.fill(buf, keepFirst, len - keepLast, maskChar);
            }
            return new String(buf);
        }
        boolean all = maskable <= window;
        int from = keepFirst;
        int to = maskable - keepLast;
        int k = 0;
        for (int i = 0; i < len; i++) {
            if (!separator(buf[i])) {
                if (all || (k >= from && k < to)) {
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
