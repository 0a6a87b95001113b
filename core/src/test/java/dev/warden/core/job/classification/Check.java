package dev.warden.core.job.classification;

/** Check-digit arithmetic the generators need to produce valid-looking identifiers. */
final class Check {

    private Check() {}

    /** The Luhn (ISO/IEC 7812-1) check digit to append to {@code digits}. */
    static int luhnDigit(String digits) {
        int sum = 0;
        boolean twice = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return (10 - sum % 10) % 10;
    }

    private static final int[][] VERHOEFF_D = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
        {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
        {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
        {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
    private static final int[][] VERHOEFF_P = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
        {8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
        {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};
    private static final int[] VERHOEFF_INV = {0, 4, 3, 2, 1, 5, 6, 7, 8, 9};

    /** The Verhoeff check digit to append to {@code digits} (as Aadhaar and SNOMED CT use). */
    static int verhoeffDigit(String digits) {
        int c = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][d]];
        }
        return VERHOEFF_INV[c];
    }

    /** ISO 13616 IBAN check digits for a country code and BBAN (mod 97-10, ISO 7064). */
    static String ibanCheck(String country, String bban) {
        String rearranged = bban + country + "00";
        int mod = 0;
        for (char ch : rearranged.toCharArray()) {
            String part = Character.isDigit(ch) ? String.valueOf(ch) : Integer.toString(ch - 'A' + 10);
            for (char p : part.toCharArray()) {
                mod = (mod * 10 + (p - '0')) % 97;
            }
        }
        return String.format(java.util.Locale.ROOT, "%02d", 98 - mod);
    }
}
