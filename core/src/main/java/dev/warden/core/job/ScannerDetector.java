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
 * remembered in a small direct-mapped memo, since transformed columns repeat values (years, labels). Only values that
 * a pattern had to rule out are remembered: the unique values that the look at the characters rules out alone (keyed
 * hashes, pseudonyms) would otherwise evict the repeated ones (a table's years and ZIP3s missed the memo about twice in
 * three times beside two hashed columns). Used by one job thread.
 */
final class ScannerDetector implements ValueDetector {

    private static final int SLOTS = 1 << 12;
    /** The kinds tried on a value without letters, in this order. */
    private static final DetectorKind[] NUMBER_LIKE = {DetectorKind.SSN, DetectorKind.PHONE, DetectorKind.CREDIT_CARD,
        DetectorKind.ZIP, DetectorKind.DATE, DetectorKind.IPV4};
    private final String[] clean = new String[SLOTS];
    /** Whether the last {@link #scan} ran a pattern. */
    private boolean patterns;

    @Override
    public IdentifierType detect(String value) {
        if (value.length() < 3) {
            return null;
        }
        int slot = (value.hashCode() ^ (value.hashCode() >>> 16)) & (SLOTS - 1);
        if (value.equals(clean[slot])) {
            return null;
        }
        patterns = false;
        IdentifierType found = scan(value.strip());
        if (found == null && patterns) {
            clean[slot] = value;
        }
        return found;
    }

    private IdentifierType scan(String s) {
        if (s.isEmpty()) {
            return null;
        }
        boolean letters = false;
        boolean at = false;
        boolean colon = false;
        boolean dash = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters = true;
            } else if (c == '@') {
                at = true;
            } else if (c == ':') {
                colon = true;
            } else if (c == '-') {
                dash = true;
            }
        }
        if (!letters) {
            patterns = true;
            for (DetectorKind k : NUMBER_LIKE) {
                if (k.matchesWhole(s)) {
                    return k.identifierType();
                }
            }
        } else if (s.length() > 10 && (s.charAt(10) == 'T' || s.charAt(10) == ' ')) {
            patterns = true;
            if (DetectorKind.DATE.matchesWhole(s)) {
                return DetectorKind.DATE.identifierType();
            }
        }
        if (at) {
            patterns = true;
            if (DetectorKind.EMAIL.matchesWhole(s)) {
                return DetectorKind.EMAIL.identifierType();
            }
        }
        if (s.contains("://") || s.regionMatches(true, 0, "www.", 0, 4)) {
            patterns = true;
            if (DetectorKind.URL.matchesWhole(s)) {
                return DetectorKind.URL.identifierType();
            }
        }
        if (colon) {
            patterns = true;
            if (DetectorKind.IPV6.matchesWhole(s)) {
                return DetectorKind.IPV6.identifierType();
            }
        }
        if (s.length() >= 2 && isUpper(s.charAt(0)) && isUpper(s.charAt(1))) {
            patterns = true;
            if (DetectorKind.IBAN.matchesWhole(s)) {
                return DetectorKind.IBAN.identifierType();
            }
        }
        if (dash && s.length() == 36) {
            patterns = true;
            if (DetectorKind.UUID.matchesWhole(s)) {
                return DetectorKind.UUID.identifierType();
            }
        }
        return null;
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
