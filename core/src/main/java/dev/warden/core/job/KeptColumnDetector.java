package dev.warden.core.job;

import dev.warden.core.deid.detect.CodeSystem;
import dev.warden.core.deid.detect.ColumnClassifier;
import dev.warden.core.deid.detect.DetectorKind;
import dev.warden.deid.IdentifierType;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The validation's detector for a column copied unchanged: what {@code warden scan} would find in it. Identifiers are
 * searched inside the text (an e-mail address or a phone number in a note counts), dates as whole values; ZIP codes,
 * bare nine-digit SSNs and bare ten-digit phone numbers only when the column's header names them, as
 * {@link dev.warden.core.deid.detect.IdentifierScanner} does, since elsewhere such numbers are more often codes or
 * amounts.
 *
 * <p>Speed: one pass over the characters counts digits, separators and marks, and a kind runs its pattern only when
 * the value has what the kind needs (an '@' for an e-mail, 13 digits for a card, ...); clean values are remembered in
 * a small memo ({@link CleanValues}), since kept columns repeat their vocabulary. The memo is looked up, and written,
 * only when a pattern is about to run, so a value that the pass over its characters rules out alone (an amount, a
 * code) costs no string hash. One instance per column and job thread.
 */
final class KeptColumnDetector implements ValueDetector {

    private static final int SLOTS = 1 << 10;
    /**
     * Headers already read, with what they name (empty: nothing): reading a header costs tens of microseconds, and a job
     * builds one detector per copied column on every run. Bounded: past {@value #HEADERS_HELD} headers, new ones are
     * read every time.
     */
    private static final Map<String, Optional<IdentifierType>> HEADERS =
            new ConcurrentHashMap<>();
    private static final int HEADERS_HELD = 4096;
    private final CleanValues clean = new CleanValues(SLOTS);
    private final IdentifierType hint;
    private final boolean thingKey;
    /**
     * The code system the header names whose numbers may pass a card's Luhn check (SIREN/SIRET by design, GTIN/EAN by
     * chance), or null: a value that passes that system's own check is no card number.
     */
    private final CodeSystem luhnCode;

    /** @param header the column's header, which decides whether ZIP-shaped and bare-digit values count */
    KeptColumnDetector(String header) {
        this(header, false);
    }

    /**
     * @param header the column's header, which decides whether ZIP-shaped and bare-digit values count
     * @param thingKey whether the column is the key of a table whose rows are not about a person (a facility, a
     *     payer), or a foreign key to one: its UUIDs name things, so they are not reported
     */
    KeptColumnDetector(String header, boolean thingKey) {
        this.hint = hint(header);
        this.thingKey = thingKey;
        this.luhnCode = CodeSystem.cardLikeNamedBy(header).orElse(null);
    }

    /** {@link ColumnClassifier#byHeader}, remembered (a function of the header alone). */
    private static IdentifierType hint(String header) {
        Optional<IdentifierType> known = HEADERS.get(header);
        if (known == null) {
            known = ColumnClassifier.byHeader(header);
            if (HEADERS.size() < HEADERS_HELD) {
                HEADERS.put(header, known);
            }
        }
        return known.orElse(null);
    }

    @Override
    public IdentifierType detect(String value) {
        if (value.length() < 3) {
            return null;
        }
        clean.start(value);
        IdentifierType found = scan(value);
        if (found == IdentifierType.CREDIT_CARD_NUMBER && luhnCode != null && luhnCode.matches(value)) {
            found = null; // a SIRET has a card's Luhn digit by design, an EAN by chance; the header names the system
        }
        if (found == null) {
            clean.clean();
        } else {
            clean.found();
        }
        return found;
    }

    /** @return whether {@code kind} finds something in {@code v}, unless {@code v} was found clean before */
    private boolean finds(DetectorKind kind, String v) {
        return !clean.known() && kind.count(v) > 0;
    }

    private IdentifierType scan(String v) {
        int digits = 0;
        int dots = 0;
        int dashes = 0;
        int slashes = 0;
        int spaces = 0;
        int parens = 0;
        int colons = 0;
        int upper = 0;
        int carets = 0;
        boolean plus = false;
        boolean at = false;
        boolean www = false;
        int n = v.length();
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.') {
                dots++;
                www |= i >= 3 && (v.charAt(i - 1) | 0x20) == 'w' && (v.charAt(i - 2) | 0x20) == 'w'
                        && (v.charAt(i - 3) | 0x20) == 'w';
            } else if (c == '-') {
                dashes++;
            } else if (c == '/') {
                slashes++;
            } else if (c == ' ') {
                spaces++;
            } else if (c == '(' || c == ')') {
                parens++;
            } else if (c == ':') {
                colons++;
            } else if (c == '@') {
                at = true;
            } else if (c == '+') {
                plus = true;
            } else if (c == '^') {
                carets++;
            } else if (c >= 'A' && c <= 'Z') {
                upper++;
            }
        }
        if (at && finds(DetectorKind.EMAIL, v)) {
            return IdentifierType.EMAIL_ADDRESS;
        }
        if ((colons > 0 || www) && finds(DetectorKind.URL, v)) {
            return IdentifierType.URL;
        }
        if (colons >= 2 && finds(DetectorKind.IPV6, v)) {
            return IdentifierType.IP_ADDRESS;
        }
        if (digits == 0) {
            return null;
        }
        if (dots >= 3 && digits >= 4 && finds(DetectorKind.IPV4, v)) {
            return IdentifierType.IP_ADDRESS;
        }
        if (digits >= 9 && (dashes >= 2 || spaces >= 2) && finds(DetectorKind.SSN, v)) {
            return IdentifierType.SOCIAL_SECURITY_NUMBER;
        }
        // North American numbers have 10 digits and a separator; international ones a '+', HL7 XTN values six carets.
        if ((digits >= 10 && dashes + dots + spaces + parens > 0 || digits >= 8 && (plus || carets >= 6))
                && finds(DetectorKind.PHONE, v)) {
            return IdentifierType.TELEPHONE_NUMBER;
        }
        if (carets >= 4 && digits >= 5 && finds(DetectorKind.HL7_ADDRESS, v)) {
            return IdentifierType.STREET_ADDRESS;
        }
        if (digits >= 13 && finds(DetectorKind.CREDIT_CARD, v)) {
            return IdentifierType.CREDIT_CARD_NUMBER;
        }
        if (upper >= 2 && digits >= 2 && n >= 15 && finds(DetectorKind.IBAN, v)) {
            return IdentifierType.IBAN;
        }
        if (!thingKey && dashes >= 4 && n >= 36 && finds(DetectorKind.UUID, v)) {
            return IdentifierType.OTHER_UNIQUE_IDENTIFIER;
        }
        // Eight digits read as yyyyMMdd only with a year of 1900 to 2099: a byte count of 21920707 is no date.
        if ((dashes == 2 || slashes == 2 || digits == 8 && n == 8 && (v.startsWith("19") || v.startsWith("20")))
                && !clean.known() && DetectorKind.DATE.matchesWhole(v)) {
            return IdentifierType.DATE;
        }
        if (hint == IdentifierType.ZIP_CODE && digits >= 5 && !clean.known() && DetectorKind.ZIP.matchesWhole(v)) {
            return IdentifierType.ZIP_CODE;
        }
        if (hint != null && digits == n && (hint == IdentifierType.SOCIAL_SECURITY_NUMBER && n == 9
                || (hint == IdentifierType.TELEPHONE_NUMBER || hint == IdentifierType.FAX_NUMBER) && (n == 10 || n == 11))) {
            return hint;
        }
        return null;
    }
}
