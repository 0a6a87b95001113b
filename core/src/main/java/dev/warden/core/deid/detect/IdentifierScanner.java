package dev.warden.core.deid.detect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.warden.deid.IdentifierType;

/**
 * Scans values for identifiers that survived de-identification: each value is searched for every
 * {@link DetectorKind} (inside free text for the embedded kinds, as a whole value for ZIP and dates). Counts are
 * kept per column and kind; values are never kept. Not thread-safe: one scanner per table or thread.
 */
public final class IdentifierScanner {

    /**
     * Findings of one column.
     *
     * @param column the column
     * @param scanned the number of non-blank values scanned
     * @param counts for each kind found, the number of values it was found in (only kinds found at least once)
     */
    public record ColumnFindings(String column, long scanned, Map<DetectorKind, Long> counts) {
        public ColumnFindings {
            counts = Collections.unmodifiableMap(new EnumMap<>(counts.isEmpty()
                    ? new EnumMap<>(DetectorKind.class) : counts));
        }

        /** @return whether any identifier was found */
        public boolean any() {
            return !counts.isEmpty();
        }
    }

    private final List<DetectorKind> kinds;
    private final Map<String, long[]> perColumn = new LinkedHashMap<>();
    private final Map<String, java.util.Optional<IdentifierType>> hints = new java.util.HashMap<>();

    /** A scanner for every kind. */
    public IdentifierScanner() {
        this(List.of(DetectorKind.values()));
    }

    /** @param kinds the kinds to look for */
    public IdentifierScanner(List<DetectorKind> kinds) {
        this.kinds = List.copyOf(kinds);
    }

    /**
     * @param value a value or free text
     * @return the kinds found in it
     */
    public List<DetectorKind> find(String value) {
        return find(value, true);
    }

    private List<DetectorKind> find(String value, boolean zipColumn) {
        List<DetectorKind> out = new ArrayList<>(2);
        if (value == null || value.isBlank()) {
            return out;
        }
        for (DetectorKind k : kinds) {
            if (k == DetectorKind.ZIP && !zipColumn) {
                continue;
            }
            if (k.count(value) > 0) {
                out.add(k);
            }
        }
        return out;
    }

    /**
     * Scans one value of {@code column} and counts what it holds. ZIP codes, bare 9-digit SSNs and bare 10-digit
     * phone numbers are counted only in columns whose header names them ({@link ColumnClassifier#byHeader}).
     *
     * @param column the column
     * @param value the value; null and blank values are skipped
     */
    public void add(String column, String value) {
        long[] c = perColumn.computeIfAbsent(column, k -> new long[DetectorKind.values().length + 1]);
        if (value == null || value.isBlank()) {
            return;
        }
        c[0]++;
        IdentifierType hint = hints.computeIfAbsent(column, ColumnClassifier::byHeader).orElse(null);
        List<DetectorKind> found = find(value, hint == IdentifierType.ZIP_CODE);
        DetectorKind bare = bareDigits(hint, value.strip());
        if (bare != null && !found.contains(bare) && kinds.contains(bare)) {
            found.add(bare);
        }
        for (DetectorKind k : found) {
            c[k.ordinal() + 1]++;
        }
    }

    /** Bare digits that are an identifier only in a column named for it: 9 for an SSN, 10 or 11 for a phone. */
    private static DetectorKind bareDigits(IdentifierType hint, String v) {
        if (hint == null || v.isEmpty() || v.length() > 12 || !v.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return null;
        }
        if (hint == IdentifierType.SOCIAL_SECURITY_NUMBER && v.length() == 9
                && DetectorKind.validSsn(v.substring(0, 3), v.substring(3, 5), v.substring(5))) {
            return DetectorKind.SSN;
        }
        if ((hint == IdentifierType.TELEPHONE_NUMBER || hint == IdentifierType.FAX_NUMBER)
                && (v.length() == 10 || (v.length() == 11 && v.charAt(0) == '1'))) {
            return DetectorKind.PHONE;
        }
        return null;
    }

    /** @return the findings so far, per column in the order first seen */
    public List<ColumnFindings> findings() {
        List<ColumnFindings> out = new ArrayList<>();
        for (Map.Entry<String, long[]> e : perColumn.entrySet()) {
            Map<DetectorKind, Long> counts = new EnumMap<>(DetectorKind.class);
            for (DetectorKind k : DetectorKind.values()) {
                long n = e.getValue()[k.ordinal() + 1];
                if (n > 0) {
                    counts.put(k, n);
                }
            }
            out.add(new ColumnFindings(e.getKey(), e.getValue()[0], counts));
        }
        return out;
    }
}
