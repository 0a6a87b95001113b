package dev.warden.core.job;

import java.util.Set;

/**
 * Values that say a cell holds nothing: an empty or blank cell, and the markers exports write for a missing value —
 * SQL's {@code NULL} as text, MySQL's and PostgreSQL's {@code \N} (COPY and {@code SELECT ... INTO OUTFILE}), R's and
 * pandas' {@code NA}, spreadsheets' {@code N/A}, {@code #N/A} and {@code NaN}, and a dash. A missing value names no one
 * and refers to nothing: every transformation leaves it as it is (so a missing foreign key is no reference rather than
 * a code that joins nothing, and a missing SSN is not one code shared by everyone), foreign keys are inferred and
 * checked on the values that are there, and the validation does not count it as an input value left unchanged.
 * The markers are matched exactly, case included ({@code Na} is a family name; {@code NA} in capitals, beside a
 * table's other values, is the marker).
 */
final class MissingValues {

    private static final Set<String> MARKERS = Set.of("NULL", "null", "Null", "\\N", "NA", "N/A", "n/a", "#N/A", "NaN",
            "-", "--");

    private MissingValues() {
    }

    /**
     * @param value a cell, maybe null
     * @return whether it is null, empty, only whitespace, or one of the markers above (surrounding whitespace aside)
     */
    static boolean missing(String value) {
        if (value == null || value.isEmpty()) {
            return true;
        }
        char first = value.charAt(0);
        char last = value.charAt(value.length() - 1);
        // the hot path: most values start and end with a letter or a digit other than the markers' own
        if (value.length() > 6 && !Character.isWhitespace(first) && !Character.isWhitespace(last)) {
            return false;
        }
        String stripped = value.strip();
        return stripped.isEmpty() || MARKERS.contains(stripped);
    }
}
