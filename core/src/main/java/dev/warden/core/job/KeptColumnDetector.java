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
 *
 * <p>Dates written as bare yyyymmdd integers ({@code 20080312}) are judged on the column as a whole
 * ({@link #tally}, {@link #coincidental}): in a column of plain numbers whose header names no date, an eight-digit
 * number that happens to read as a date (a byte count of 20151222) is a coincidence when at most one in
 * {@value #DATE_SHARE} of the column's eight-digit numbers beginning 19 or 20 reads as one. By chance about one such
 * number in 27 does (12 valid months of 100, about 30 valid days of 100); in a column of dates nearly every one does.
 */
final class KeptColumnDetector implements ValueDetector {

    private static final int SLOTS = 1 << 10;

    /** Layout of a column's evidence in a caller's {@code long[]} ({@link #tally}): values that are not plain numbers. */
    static final int NOT_NUMBERS = 0;
    /** Eight-digit integers beginning 19 or 20: the values read as yyyymmdd dates. */
    static final int DATE_SHAPED = 1;
    /** Of those, the ones that read as dates. */
    static final int BARE_DATES = 2;
    /** Slots of one column's evidence. */
    static final int EVIDENCE = 3;
    /** A column's bare yyyymmdd dates are coincidences when at most one in this many of its date-shaped numbers is one. */
    static final int DATE_SHARE = 4;
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
    /** Whether the header names a date: then every date found counts, whatever the column's other values. */
    private final boolean namesDate;
    /** The shape of the value last passed to {@link #detect}: {@link #NOT_NUMBERS}, {@link #DATE_SHAPED}, or -1 (another number). */
    private int shape;

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
        this.namesDate = hint == IdentifierType.DATE || hint == IdentifierType.DATE_OF_BIRTH;
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
            shape = number(value) ? -1 : NOT_NUMBERS;
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

    /**
     * Counts the value last passed to {@link #detect} into a column's evidence: whether it is a plain number, a
     * date-shaped one, and whether it was found to be a bare yyyymmdd date. No allocation; the caller owns the counts
     * (summed over the column's rows, and over partitions in Spark).
     *
     * @param evidence the counts
     * @param at the column's first slot, {@link #EVIDENCE} slots in all
     * @param found what {@link #detect} returned for the value
     */
    void tally(long[] evidence, int at, IdentifierType found) {
        if (shape >= 0) {
            evidence[at + shape]++;
            if (shape == DATE_SHAPED && found == IdentifierType.DATE) {
                evidence[at + BARE_DATES]++;
            }
        }
    }

    /** @return whether {@code found}, returned by {@link #detect} for the value last passed, is a bare yyyymmdd date */
    boolean bareDate(IdentifierType found) {
        return found == IdentifierType.DATE && shape == DATE_SHAPED;
    }

    /**
     * Whether the column's bare yyyymmdd dates are coincidences: its header names no date, every value is a plain
     * number (digits, maybe a leading minus and one decimal point), and at most one in {@value #DATE_SHARE} of its
     * eight-digit numbers beginning 19 or 20 reads as a date. A column of dates (nearly every such number a date), a
     * text column holding dates among words, and a column whose header names a date never are.
     *
     * @param evidence the column's counts, from {@link #tally}
     * @param at the column's first slot
     */
    boolean coincidental(long[] evidence, int at) {
        long dates = evidence[at + BARE_DATES];
        return dates > 0 && !namesDate && evidence[at + NOT_NUMBERS] == 0
                && dates * DATE_SHARE <= evidence[at + DATE_SHAPED];
    }

    /** @return "dates of date-shaped numbers" of a column's counts, as reports name the coincidences */
    static String dates(long[] evidence, int at) {
        return evidence[at + BARE_DATES] + " of " + evidence[at + DATE_SHAPED];
    }

    /** Digits, maybe a leading minus and one decimal point: the values of a measurement or an amount. */
    private static boolean number(String v) {
        int digits = 0;
        boolean dot = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !dot) {
                dot = true;
            } else if (c != '-' || i > 0) {
                return false;
            }
        }
        return digits > 0;
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
        shape = digits > 0 && digits + dots + dashes == n && dots <= 1 && (dashes == 0 || dashes == 1 && v.charAt(0) == '-')
                ? (digits == 8 && n == 8 && (v.startsWith("19") || v.startsWith("20")) ? DATE_SHAPED : -1) : NOT_NUMBERS;
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
        // thirteen digits passing GS1's check are an EAN-13 or a GS1 location number, no card (breaker55)
        if (digits >= 13 && !(digits == 13 && v.strip().length() == 13 && CodeSystem.GTIN.matches(v))
                && finds(DetectorKind.CREDIT_CARD, v)) {
            return IdentifierType.CREDIT_CARD_NUMBER;
        }
        if (upper >= 2 && digits >= 2 && n >= 15 && finds(DetectorKind.IBAN, v)) {
            return IdentifierType.IBAN;
        }
        if (!thingKey && dashes >= 4 && n >= 36 && finds(DetectorKind.UUID, v)) {
            return IdentifierType.OTHER_UNIQUE_IDENTIFIER;
        }
        // Eight digits read as yyyyMMdd only with a year of 1900 to 2099: a byte count of 21920707 is no date.
        if ((dashes == 2 || slashes == 2 || digits == 8 && n == 8 && (v.startsWith("19") || v.startsWith("20"))
                        // yyyyMMdd only: 20122019 is no date here, though a date column may hold it as ddMMyyyy
                        && (v.charAt(4) == '0' || v.charAt(4) == '1' && v.charAt(5) <= '2'))
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
