package dev.warden.core.job;

import dev.warden.core.deid.detect.DetectorKind;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the values of one column show, computed once from the rows read for classification: how many distinct
 * entities (data subjects, through the table's link to the entity table; else the rows) carry each value, the
 * values' shapes and the identifier detectors' hits. Holds counts; the values themselves only while it is built.
 */
final class ColumnEvidence {

    /** Values longer than this are not counted as shared vocabulary (free text). */
    static final int MAX_VOCABULARY_LENGTH = 80;
    /** Distinct values tracked per column before the rest count as unshared (bounds memory on huge columns). */
    static final int MAX_TRACKED_VALUES = 200_000;

    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("[-+]?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?");
    /**
     * A number with a decimal comma, as German, French, Spanish or Russian exports write it: 1.234,56, 12,5, or with a
     * space, no-break space or narrow no-break space between thousands (6 635,55).
     */
    private static final java.util.regex.Pattern DECIMAL_COMMA =
            java.util.regex.Pattern.compile("[-+]?[0-9]{1,3}([.\u0020\u00A0\u202F][0-9]{3})*,[0-9]+|[-+]?[0-9]+,[0-9]+");

    final int rows;
    int nonBlank;
    int distinct;
    /** Distinct entities among the rows with a value. */
    int entities;
    /** Rows whose value is carried by at least two entities. */
    int sharedRows;
    /**
     * Rows whose value is a number (not an integer of six digits or more), and rows whose value is not a number but at
     * least two entities carry it.
     */
    int numberRows;
    int sharedTextRows;
    boolean allIntegers = true;
    boolean allNumbers = true;
    /** Rows whose number has five or more digits after the point. */
    int longFractions;
    double medianMagnitude;
    int minDigits = Integer.MAX_VALUE;
    int maxLength;
    long totalLength;
    int maxWords;
    /** Whole-value detector hits per kind, and values holding an embedded identifier (e-mail, phone, SSN...). */
    private final Map<DetectorKind, Integer> wholeHits = new EnumMap<>(DetectorKind.class);
    private int embeddedHitValues;
    private final Set<DetectorKind> embeddedKinds = java.util.EnumSet.noneOf(DetectorKind.class);
    private int shaped = -1;
    /** How many of the values shaped are missing-value markers ({@link MissingValues}: NULL, NaT, nan). */
    private int markers;
    /** Distinct values the detectors look at, at most: the shapes are judged on this many. */
    static final int MAX_SHAPED_VALUES = 20_000;
    /** Integers only: they form one run of consecutive numbers (a row number). */
    boolean consecutive;
    /** Integers only: the smallest and largest value (meaningless when {@link #allIntegers} is false). */
    long minInteger;
    long maxInteger;
    /** The distinct non-blank values, kept for the code-system check and the pairing with a code column. */
    final List<String> values;
    /** Per value of {@link #values}, how many distinct entities carry it, up to three. */
    private byte[] carriers = new byte[0];

    private ColumnEvidence(int rows, List<String> values) {
        this.rows = rows;
        this.values = values;
    }

    /**
     * @param cells the column's cells, one per row read (null for SQL NULL)
     * @param entity the entity of each row (same length)
     */
    static ColumnEvidence of(List<String> cells, List<String> entity) {
        Map<String, Spread> spread = new HashMap<>();
        Set<String> allEntities = new HashSet<>();
        java.util.ArrayList<String> distinctValues = new java.util.ArrayList<>();
        java.util.ArrayList<Double> magnitudes = new java.util.ArrayList<>();
        ColumnEvidence e = new ColumnEvidence(cells.size(), distinctValues);
        long minInt = Long.MAX_VALUE;
        long maxInt = Long.MIN_VALUE;
        for (int i = 0; i < cells.size(); i++) {
            String v = cells.get(i);
            if (v == null || v.isBlank()) {
                continue;
            }
            e.nonBlank++;
            String who = entity.get(i);
            allEntities.add(who);
            Spread s = spread.get(v);
            if (s == null && spread.size() < MAX_TRACKED_VALUES) {
                s = new Spread();
                spread.put(v, s);
                distinctValues.add(v);
            }
            if (s != null) {
                s.add(who);
            }
            String t = v.length() > 0 && v.charAt(0) > ' ' && v.charAt(v.length() - 1) > ' ' ? v : v.strip();
            if (s != null && s.rows == 1) {
                e.maxWords = Math.max(e.maxWords, words(t));
            }
            e.maxLength = Math.max(e.maxLength, t.length());
            e.totalLength += t.length();
            if (e.allIntegers && integer(t)) {
                long n = Long.parseLong(t);
                minInt = Math.min(minInt, n);
                maxInt = Math.max(maxInt, n);
                e.minDigits = Math.min(e.minDigits, t.replaceFirst("^[-+]", "").length());
            } else {
                e.allIntegers = false;
            }
            boolean isInteger = integer(t);
            boolean comma = !isInteger && t.indexOf(',') > 0 && DECIMAL_COMMA.matcher(t).matches();
            boolean number = isInteger || comma || NUMBER.matcher(t).matches();
            if (number && !(isInteger && t.length() >= 6)) {
                e.numberRows++; // a measurement or a count; long integers are more often numbers that identify
            } else if (s != null) {
                s.text = true;
            }
            if (e.allNumbers && number) {
                String plain = comma ? t.replace(".", "").replace(" ", "").replace("\u00A0", "").replace("\u202F", "")
                        .replace(',', '.') : t;
                int dot = plain.indexOf('.');
                if (dot >= 0 && plain.length() - dot - 1 >= 5) {
                    e.longFractions++;
                }
                if (magnitudes.size() < 10_000) {
                    magnitudes.add(Math.abs(Double.parseDouble(plain)));
                }
            } else {
                e.allNumbers = false;
            }
        }
        e.distinct = spread.size();
        e.carriers = new byte[distinctValues.size()];
        for (int i = 0; i < distinctValues.size(); i++) {
            e.carriers[i] = (byte) spread.get(distinctValues.get(i)).entities;
        }
        e.entities = allEntities.size();
        for (Spread s : spread.values()) {
            if (s.shared()) {
                e.sharedRows += s.rows;
                if (s.text) {
                    e.sharedTextRows += s.rows;
                }
            }
        }
        if (e.nonBlank == 0) {
            e.allIntegers = false;
            e.allNumbers = false;
        }
        e.consecutive = e.allIntegers && e.distinct == e.nonBlank && maxInt - minInt + 1 == e.nonBlank;
        e.minInteger = minInt;
        e.maxInteger = maxInt;
        if (!magnitudes.isEmpty()) {
            magnitudes.sort(Double::compare);
            e.medianMagnitude = magnitudes.get(magnitudes.size() / 2);
        }
        return e;
    }

    /**
     * @param maxLabelWords the most words a label has
     * @param telling what makes a sentence tell of someone (a word naming a relative)
     * @return how many distinct values only one entity carries have more than {@code maxLabelWords} words, more words
     *     than every value two or more entities share, and are {@code telling}: sentences typed among shared terms (a
     *     verbatim adverse event naming a relative among HEADACHE and NAUSEA); 0 when no value is shared
     */
    int loneSentences(int maxLabelWords, java.util.function.Predicate<String> telling) {
        int longestShared = -1;
        for (int i = 0; i < values.size(); i++) {
            if (carriers[i] >= 2) {
                longestShared = Math.max(longestShared, words(values.get(i).strip()));
            }
        }
        if (longestShared < 0) {
            return 0;
        }
        int lone = 0;
        for (int i = 0; i < values.size(); i++) {
            if (carriers[i] == 1) {
                int n = words(values.get(i).strip());
                if (n > maxLabelWords && n > longestShared && telling.test(values.get(i))) {
                    lone++;
                }
            }
        }
        return lone;
    }

    /** Runs the detectors over the distinct values, once, on first need. */
    private void shapes() {
        if (shaped >= 0) {
            return;
        }
        shaped = Math.min(values.size(), MAX_SHAPED_VALUES);
        for (int i = 0; i < shaped; i++) {
            if (MissingValues.missing(values.get(i))) {
                markers++;
            } else {
                shape(values.get(i));
            }
        }
    }

    private void shape(String v) {
        boolean digit = false;
        boolean mark = false;
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            digit |= ch >= '0' && ch <= '9';
            mark |= ch == '@' || ch == ':' || ch == '.' && (v.regionMatches(true, i - 3, "www", 0, 3));
        }
        if (!digit && !mark) {
            return; // every kind needs a digit, an '@', a scheme or "www."
        }
        for (DetectorKind k : DetectorKind.values()) {
            if (k.matchesWhole(v)) {
                wholeHits.merge(k, 1, Integer::sum);
            }
        }
        boolean embedded = false;
        for (DetectorKind k : DetectorKind.values()) {
            if (k.embedded() && v.length() <= 100_000 && k.count(v) > 0) {
                embeddedKinds.add(k);
                embedded = true;
            }
        }
        if (embedded) {
            embeddedHitValues++;
        }
    }

    /** An optionally signed integer of 1 to 18 digits. */
    private static boolean integer(String t) {
        int n = t.length();
        int i = n > 0 && (t.charAt(0) == '-' || t.charAt(0) == '+') ? 1 : 0;
        if (n - i < 1 || n - i > 18) {
            return false;
        }
        for (; i < n; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int words(String t) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < t.length(); i++) {
            boolean space = Character.isWhitespace(t.charAt(i));
            if (!space && !in) {
                n++;
            }
            in = !space;
        }
        return n;
    }

    /** @return the mean length of the non-blank values */
    double meanLength() {
        return nonBlank == 0 ? 0 : (double) totalLength / nonBlank;
    }

    /** @return the share of non-blank rows that hold a number or a word at least two entities carry */
    double numberOrSharedShare() {
        return nonBlank == 0 ? 0 : (double) (numberRows + sharedTextRows) / nonBlank;
    }

    /** @return the share of non-blank rows whose value at least two entities carry */
    double sharedShare() {
        return nonBlank == 0 ? 0 : (double) sharedRows / nonBlank;
    }

    /**
     * @param kind a detector kind
     * @return the share of distinct values that have its shape as a whole, missing-value markers left out (a date
     *     column of pandas' with NaT where a date is missing is all dates)
     */
    double wholeShare(DetectorKind kind) {
        shapes();
        return shaped - markers == 0 ? 0 : (double) wholeHits.getOrDefault(kind, 0) / (shaped - markers);
    }

    /**
     * @param index a position in {@link #values}
     * @return how many distinct entities carry that value, counted up to three
     */
    int carriers(int index) {
        return carriers[index];
    }

    /** @return how many distinct values hold an identifier inside (e-mail, phone, SSN, URL, ...) */
    int embeddedHitValues() {
        shapes();
        return embeddedHitValues;
    }

    /** @return the kinds found inside values */
    Set<DetectorKind> embeddedKinds() {
        shapes();
        return embeddedKinds;
    }

    /** How many rows carry a value, and how many distinct entities do, counted up to three. */
    private static final class Spread {
        int rows;
        String first;
        String second;
        int entities;
        boolean text;

        void add(String entity) {
            rows++;
            if (first == null) {
                first = entity;
                entities = 1;
            } else if (entities == 1 && !first.equals(entity)) {
                second = entity;
                entities = 2;
            } else if (entities == 2 && !first.equals(entity) && !second.equals(entity)) {
                entities = 3;
            }
        }

        boolean shared() {
            return entities >= 2;
        }
    }
}
