package dev.warden.core.job;

import java.util.Set;

/**
 * Values that say a cell holds nothing: an empty or blank cell, and the markers exports write for a missing value —
 * SQL's {@code NULL} as text, MySQL's and PostgreSQL's {@code \N} (COPY and {@code SELECT ... INTO OUTFILE}), R's and
 * pandas' {@code NA}, spreadsheets' {@code N/A}, {@code #N/A} and {@code NaN}, and a dash; Python's and pandas'
 * {@code None}, {@code nan}, {@code NaT} (a missing time) and {@code <NA>} (pandas' nullable types), as {@code str()}
 * and {@code astype(str)} write them; {@code (null)}, as C's {@code printf("%s")} writes a null string; Lisp's and
 * Ruby's {@code nil}. A missing value names no one
 * and refers to nothing: every transformation leaves it as it is (so a missing foreign key is no reference rather than
 * a code that joins nothing, and a missing SSN is not one code shared by everyone), foreign keys are inferred and
 * checked on the values that are there, and the validation does not count it as an input value left unchanged.
 * The markers are matched exactly, case included ({@code Na} is a family name; {@code NA} in capitals, beside a
 * table's other values, is the marker).
 *
 * <p>Because a missing value is left as it is, a marker that is also a name would copy that name into the output:
 * {@code NAN} (C's {@code printf("%F")}) and {@code NIL} (forms in Singapore and India) are therefore not markers,
 * since exports in capitals write the given names Nan (Chinese) and Nil (Turkish) so; they are transformed like any
 * value.
 */
final class MissingValues {

    private static final Set<String> MARKERS = Set.of("NULL", "null", "Null", "\\N", "NA", "N/A", "n/a", "#N/A", "NaN",
            "-", "--", "None", "nan", "NaT", "<NA>", "(null)", "nil");
    private static final int MAX_MARKER_LENGTH = 6;

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
        if (first > ' ' && last > ' ') {
            // the hot path (every transformed cell): a marker has at most six characters and starts with N, n, \, -, #,
            // < or (; anything else is answered without hashing the value
            if (value.length() > MAX_MARKER_LENGTH || first != 'N' && first != 'n' && first != '\\' && first != '-'
                    && first != '#' && first != '<' && first != '(') {
                return false;
            }
            return MARKERS.contains(value);
        }
        String stripped = value.strip();
        return stripped.isEmpty() || MARKERS.contains(stripped);
    }
}
