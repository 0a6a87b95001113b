package dev.warden.core.job;

import dev.warden.core.deid.detect.DetectorKind;
import dev.warden.deid.IdentifierType;

/**
 * The validation's detector: a value is an identifier when, as a whole, it has the shape of one of the
 * {@link DetectorKind}s (SSN, phone, e-mail, IP, URL, payment card, IBAN, ZIP, date, UUID). Whole values only, so a
 * keyed hash in hex does not trip the payment-card pattern on a run of digits inside it.
 *
 * <p>Speed: a one-pass look at the characters rules out the kinds that cannot match before any pattern runs (a
 * number-like kind needs a value without letters, an e-mail an {@code @}, and so on), and values found clean are
 * remembered ({@link CleanValues}), since transformed columns repeat values (years, labels). The memo is looked up,
 * and written, only when a pattern is about to run: the unique values that the look at the characters rules out alone
 * (keyed hashes, pseudonyms) then cost no string hash, and do not evict the repeated ones (a table's years and ZIP3s
 * missed the memo about twice in three times beside two hashed columns). Used by one job thread.
 */
final class ScannerDetector implements ValueDetector {

    private static final int SLOTS = 1 << 12;
    /** The kinds tried on a value without letters, in this order. */
    private static final DetectorKind[] NUMBER_LIKE = {DetectorKind.SSN, DetectorKind.PHONE, DetectorKind.CREDIT_CARD,
        DetectorKind.ZIP, DetectorKind.DATE, DetectorKind.IPV4};
    private final CleanValues clean = new CleanValues(SLOTS);

    @Override
    public IdentifierType detect(String value) {
        if (value.length() < 3) {
            return null;
        }
        clean.start(value);
        IdentifierType found = scan(value.strip());
        if (found == null) {
            clean.clean();
        } else {
            clean.found();
        }
        return found;
    }

    private IdentifierType scan(String s) {
        if (s.isEmpty()) {
            return null;
        }
        // The first letter ends the loop (a keyed hash's comes within a few characters); the marks are found by
        // indexOf, which the JVM runs over many characters at once.
        boolean letters = false;
        for (int i = 0; i < s.length() && !letters; i++) {
            char c = s.charAt(i);
            letters = c < 128 ? (char) ((c | 0x20) - 'a') < 26 : Character.isLetter(c);
        }
        boolean at = s.indexOf('@') >= 0;
        boolean colon = s.indexOf(':') >= 0;
        boolean dash = s.length() == 36 && s.indexOf('-') >= 0;
        if (!letters) {
            int kinds = numberLikeKinds(s);
            if (kinds == 0 || clean.known()) {
                return null;
            }
            for (int k = 0; k < NUMBER_LIKE.length; k++) {
                if ((kinds & (1 << k)) != 0 && NUMBER_LIKE[k].matchesWhole(s)) {
                    return NUMBER_LIKE[k].identifierType();
                }
            }
        } else if (s.length() > 10 && (s.charAt(10) == 'T' || s.charAt(10) == ' ')) {
            if (clean.known()) {
                return null;
            }
            if (DetectorKind.DATE.matchesWhole(s)) {
                return DetectorKind.DATE.identifierType();
            }
        }
        if (at) {
            if (clean.known()) {
                return null;
            }
            if (DetectorKind.EMAIL.matchesWhole(s)) {
                return DetectorKind.EMAIL.identifierType();
            }
        }
        if (colon && s.contains("://") || (s.charAt(0) | 0x20) == 'w' && s.regionMatches(true, 0, "www.", 0, 4)) {
            if (clean.known()) {
                return null;
            }
            if (DetectorKind.URL.matchesWhole(s)) {
                return DetectorKind.URL.identifierType();
            }
        }
        if (colon) {
            if (clean.known()) {
                return null;
            }
            if (DetectorKind.IPV6.matchesWhole(s)) {
                return DetectorKind.IPV6.identifierType();
            }
        }
        if (s.length() >= 2 && isUpper(s.charAt(0)) && isUpper(s.charAt(1))) {
            if (clean.known()) {
                return null;
            }
            if (DetectorKind.IBAN.matchesWhole(s)) {
                return DetectorKind.IBAN.identifierType();
            }
        }
        if (dash && s.length() == 36) {
            if (clean.known()) {
                return null;
            }
            if (DetectorKind.UUID.matchesWhole(s)) {
                return DetectorKind.UUID.identifierType();
            }
        }
        return null;
    }

    /**
     * The number-like kinds whose pattern could match the whole of a value without letters, by counts a pattern needs
     * (a bit per {@link #NUMBER_LIKE} entry): an SSN is eleven characters, a NANP phone 10 or 11 digits and an
     * international one starts with {@code +}, a payment card 13 to 19 digits, a ZIP 5 or 9 digits in 5, 9 or 10
     * characters, a date a {@code -}, a {@code /}, two dots or eight leading digits, an IPv4 address three dots. Each
     * is a necessary condition of its pattern, so a value ruled out here is one the pattern would not match: decimal
     * amounts and counts, the most common values of kept columns, run no pattern and cost no memo look-up.
     */
    private static int numberLikeKinds(String s) {
        int digits = 0;
        int dots = 0;
        boolean dashOrSlash = false;
        boolean plus = false;
        int leadingDigits = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
                continue;
            }
            if (leadingDigits < 0) {
                leadingDigits = i;
            }
            if (c == '.') {
                dots++;
            } else if (c == '-' || c == '/') {
                dashOrSlash = true;
            } else if (c == '+') {
                plus = true;
            }
        }
        if (leadingDigits < 0) {
            leadingDigits = s.length();
        }
        int n = s.length();
        int kinds = 0;
        if (n == 11 && digits == 9) {
            kinds |= 1; // SSN
        }
        if (plus || digits == 10 || digits == 11) {
            kinds |= 1 << 1; // PHONE
        }
        if (digits >= 13 && digits <= 19) {
            kinds |= 1 << 2; // CREDIT_CARD
        }
        if ((digits == 5 && n == 5) || (digits == 9 && (n == 9 || n == 10))) {
            kinds |= 1 << 3; // ZIP
        }
        if (digits >= 6 && (dashOrSlash || dots >= 2 || leadingDigits >= 8)) {
            kinds |= 1 << 4; // DATE
        }
        if (dots == 3) {
            kinds |= 1 << 5; // IPV4
        }
        return kinds;
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
