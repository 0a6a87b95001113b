package dev.warden.core.deid.detect;

/**
 * The check-digit algorithms code systems publish, on ASCII digits only (a Unicode digit such as Arabic-Indic
 * {@code '٣'} or a full-width {@code '３'} is not a digit of any of these codes).
 */
final class CheckDigits {

    /** Verhoeff's dihedral group D5 multiplication table. */
    private static final int[][] D = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
        {1, 2, 3, 4, 0, 6, 7, 8, 9, 5},
        {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
        {3, 4, 0, 1, 2, 8, 9, 5, 6, 7},
        {4, 0, 1, 2, 3, 9, 5, 6, 7, 8},
        {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
        {6, 5, 9, 8, 7, 1, 0, 4, 3, 2},
        {7, 6, 5, 9, 8, 2, 1, 0, 4, 3},
        {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
        {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};

    /** Verhoeff's position permutations: P[0] is the identity, P[i] = P[i-1] applied after P[1]. */
    private static final int[][] P = new int[8][10];

    static {
        int[] first = {1, 5, 7, 6, 2, 8, 3, 0, 9, 4};
        for (int j = 0; j < 10; j++) {
            P[0][j] = j;
            P[1][j] = first[j];
        }
        // Generated rather than typed: a mistyped row passes most codes and fails a quarter of them.
        for (int i = 2; i < 8; i++) {
            for (int j = 0; j < 10; j++) {
                P[i][j] = P[i - 1][first[j]];
            }
        }
    }

    /** D and P row by row, for one bounds check per lookup on the hot path. */
    private static final int[] D_FLAT = new int[100];
    private static final int[] P_FLAT = new int[80];

    static {
        for (int i = 0; i < 10; i++) {
            System.arraycopy(D[i], 0, D_FLAT, i * 10, 10);
        }
        for (int i = 0; i < 8; i++) {
            System.arraycopy(P[i], 0, P_FLAT, i * 10, 10);
        }
    }

    private CheckDigits() {
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** @return whether {@code s[from, to)} is non-empty and all ASCII digits */
    /** @return whether {@code d} is an ISBN-13: 13 digits, prefix 978 or 979, EAN-13 check digit (weights 1, 3) */
    static boolean isbn13Valid(String d) {
        if (d.length() != 13 || !allDigits(d, 0, 13) || !(d.startsWith("978") || d.startsWith("979"))) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 13; i++) {
            sum += (d.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return sum % 10 == 0;
    }

    /** @return whether {@code d} is an ISBN-10: 9 digits and a check digit (0-9 or X) with a weighted sum divisible by 11 */
    static boolean isbn10Valid(String d) {
        if (d.length() != 10 || !allDigits(d, 0, 9)) {
            return false;
        }
        char last = d.charAt(9);
        if (!(last >= '0' && last <= '9' || last == 'X' || last == 'x')) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int digit = i == 9 && (last == 'X' || last == 'x') ? 10 : d.charAt(i) - '0';
            sum += digit * (10 - i);
        }
        return sum % 11 == 0;
    }

    static boolean allDigits(CharSequence s, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!isAsciiDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Verhoeff (1969), as SNOMED CT uses it: the digits read from the right, the check digit included, reduce to 0.
     *
     * @param digits ASCII digits only (the caller has checked)
     */
    static boolean verhoeffValid(CharSequence digits) {
        int c = 0;
        for (int i = 0, n = digits.length(); i < n; i++) {
            c = D_FLAT[c * 10 + P_FLAT[(i & 7) * 10 + digits.charAt(n - 1 - i) - '0']];
        }
        return c == 0;
    }

    /**
     * The mod-10 check digit of LOINC Users' Guide, Appendix "Calculating Mod 10 Check Digits" (the Luhn scheme):
     * digits at odd positions from the right are doubled and the digits of the products summed with the others; the
     * check digit takes the sum to the next multiple of ten.
     *
     * @param s the text holding the body
     * @param from first index of the body (ASCII digits, checked by the caller)
     * @param to end index of the body, exclusive
     */
    static int mod10CheckDigit(CharSequence s, int from, int to) {
        int sum = 0;
        boolean doubled = true;
        for (int i = to - 1; i >= from; i--) {
            int v = s.charAt(i) - '0';
            if (doubled) {
                v *= 2;
                if (v > 9) {
                    v -= 9;
                }
            }
            sum += v;
            doubled = !doubled;
        }
        return (10 - sum % 10) % 10;
    }
}
