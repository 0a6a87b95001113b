package dev.warden.core.job;

import dev.warden.InvalidInputException;
import dev.warden.core.deid.detect.DetectorKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The first line of a delimited text file, read as its column names. A cell with the shape of a personal identifier
 * is no column name: the file has no header row (as {@code psql -A -t} and {@code mysql -B -N} write it), and its first
 * record read as one would be carried, unchanged, into the proposed spec's column names and the output's header line.
 * Numbers, years, dates and words stay column names (pivot tables {@code 2019,2020}, {@code e-mail}, {@code id}).
 *
 * <p>A first line can also be a record without any such identifier: Colombia's RIPS files are sent without a header row
 * ({@code CC,1097546917,EPS010,...}), and their first record read as column names would be carried into the output
 * as its header and its values left unread. A cell shaped like a value rather than a name — a date ({@code 2024-05-01},
 * {@code 01/05/2024}), a number of six or more digits, a decimal number — is evidence of a record when the lines below
 * hold a value of the same shape in the same column: a pivot table's dates or years head columns of counts, not of
 * dates, so they stay column names, as do DICOM tags ({@code (0010,0010)}), NEMSIS elements ({@code ePatient.02}), MDS
 * items ({@code A0310A}) and SDTM variables, which have none of these shapes. Two such cells (not only decimal
 * numbers, which a table of quantiles, {@code 0.25,0.5,0.75}, is headed by), or one that is not a decimal number beside
 * a cell with no name, refuse the line.
 */
public final class HeaderRow {

    /** The shapes that refuse a header, as a message names them; tried in this order. */
    private static final Map<DetectorKind, String> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put(DetectorKind.EMAIL, "an e-mail address");
        SHAPES.put(DetectorKind.URL, "a URL");
        SHAPES.put(DetectorKind.IPV4, "an IPv4 address");
        SHAPES.put(DetectorKind.SSN, "a US Social Security number (ddd-dd-dddd)");
        SHAPES.put(DetectorKind.CREDIT_CARD, "a payment card number");
        SHAPES.put(DetectorKind.IBAN, "an IBAN");
        SHAPES.put(DetectorKind.PHONE, "a telephone number");
    }

    /**
     * The columns' names as a header row gives them, made usable as names: an empty cell (pandas writes its index
     * column so) is {@code column_N}, N its 1-based position; a name that repeats an earlier one ignoring case (ODK
     * Central's {@code DeviceID} beside a form's {@code deviceid}, a survey tool's repeated question labels) is
     * followed by {@code _2}, {@code _3} and so on, the first that is free. Output files carry these names.
     *
     * @param header the header row's cells, null for a missing one
     * @return one distinct name per cell, in order
     */
    public static List<String> columnNames(String[] header) {
        Set<String> seen = new HashSet<>();
        for (String h : header) {
            if (h != null && !h.strip().isEmpty()) {
                seen.add(h.strip().toLowerCase(Locale.ROOT));
            }
        }
        Set<String> taken = new HashSet<>();
        List<String> names = new ArrayList<>(header.length);
        for (int i = 0; i < header.length; i++) {
            String name = header[i] == null ? "" : header[i].strip();
            if (!name.isEmpty() && taken.add(name.toLowerCase(Locale.ROOT))) {
                names.add(name);
                continue;
            }
            // a made-up name takes no name the header gives, before or after it
            String base = name.isEmpty() ? "column_" + (i + 1) : name;
            String candidate = name.isEmpty() ? base : base + "_2";
            for (int k = name.isEmpty() ? 2 : 3; seen.contains(candidate.toLowerCase(Locale.ROOT))
                    || !taken.add(candidate.toLowerCase(Locale.ROOT)); k++) {
                candidate = base + "_" + k;
            }
            names.add(candidate);
        }
        return names;
    }

    /** How many lines below the first are looked at for a value of a first-line cell's shape. */
    static final int LINES_COMPARED = 3;

    /** Shapes of values that a column name seldom has, with what a message calls them. */
    enum RecordShape {
        /** ISO 8601 {@code 2024-05-01}, or day, month and year ({@code 01/05/2024}, {@code 1.5.24}), maybe with a time. */
        DATE("a date", Pattern.compile("(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2}(?:\\d{2})?)"
                + "(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?")),
        /** A number of six or more digits: a document, account or record number, a {@code yyyymmdd} date. */
        LONG_NUMBER("a number of six or more digits", Pattern.compile("[+-]?\\d{6,}")),
        /** Digits with a decimal point or comma: an amount, a measurement. */
        DECIMAL("a decimal number", Pattern.compile("[+-]?\\d+[.,]\\d+"));

        private final String description;
        private final Pattern pattern;

        RecordShape(String description, Pattern pattern) {
            this.description = description;
            this.pattern = pattern;
        }

        /** @return what a message calls the shape ("a date") */
        String description() {
            return description;
        }

        /**
         * @param cell a cell, maybe null
         * @return its shape, surrounding whitespace aside, or empty when it has none of these
         */
        static Optional<RecordShape> of(String cell) {
            if (cell == null) {
                return Optional.empty();
            }
            String value = cell.strip();
            if (value.isEmpty() || !Character.isDigit(value.charAt(value.length() - 1))) {
                return Optional.empty();
            }
            for (RecordShape shape : values()) {
                if (shape.pattern.matcher(value).matches()) {
                    return Optional.of(shape);
                }
            }
            return Optional.empty();
        }
    }

    private HeaderRow() {
    }

    /**
     * @param cell a cell of the first line
     * @return what the cell looks like ("an e-mail address"), when it has the shape of a personal identifier
     */
    static Optional<String> identifierShape(String cell) {
        if (cell == null) {
            return Optional.empty();
        }
        for (Map.Entry<DetectorKind, String> shape : SHAPES.entrySet()) {
            if (shape.getKey().matchesWhole(cell)) {
                return Optional.of(shape.getValue());
            }
        }
        return Optional.empty();
    }

    /**
     * @param file the file whose first line {@code cells} is
     * @param cells the first line's cells
     * @param below up to {@link #LINES_COMPARED} lines that follow it, maybe none (a file of a header only)
     * @throws InvalidInputException naming the file and line 1, when the line is a record rather than column names:
     *     with the column (from 1) and the shape of the first cell that looks like a personal identifier, or the
     *     columns and shapes of the cells shaped like values of their columns below ({@link RecordShape}); never a
     *     cell itself. The message says what to do: add a header row.
     */
    static void requireColumnNames(Path file, String[] cells, List<String[]> below) {
        for (int i = 0; i < cells.length; i++) {
            Optional<String> shape = identifierShape(cells[i]);
            if (shape.isPresent()) {
                throw new InvalidInputException("line 1 of " + file.getFileName() + " holds " + shape.get() + " in column "
                        + (i + 1) + ", not a column name: the file has no header row; add one (the column names, "
                        + "separated as the values are)");
            }
        }
        List<String> evidence = new ArrayList<>();
        boolean onlyDecimals = true;
        int unnamed = -1;
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] == null || cells[i].isBlank()) {
                unnamed = unnamed < 0 ? i : unnamed;
                continue;
            }
            Optional<RecordShape> shape = RecordShape.of(cells[i]);
            if (shape.isPresent() && sameShapeBelow(shape.get(), i, below)) {
                evidence.add("column " + (i + 1) + " holds " + shape.get().description());
                onlyDecimals &= shape.get() == RecordShape.DECIMAL;
            }
        }
        String what = "; the file has no header row: add one as its first line (the column names, separated as the "
                + "values are)";
        if (onlyDecimals) {
            // a table of quantiles (pandas' quantile().T.to_csv(): ",0.25,0.5,0.75") is headed by decimal numbers
            return;
        }
        if (evidence.size() >= 2) {
            throw new InvalidInputException("line 1 of " + file.getFileName() + " is a record, not column names: "
                    + String.join(", ", evidence) + ", as the lines below do in the same columns" + what);
        }
        if (!evidence.isEmpty() && unnamed >= 0) {
            throw new InvalidInputException("line 1 of " + file.getFileName() + " is a record, not column names: column "
                    + (unnamed + 1) + " is empty and " + evidence.get(0) + ", as the lines below do in the same column"
                    + what);
        }
    }

    /** @return whether a line below holds a value of {@code shape} in column {@code column} */
    private static boolean sameShapeBelow(RecordShape shape, int column, List<String[]> below) {
        for (String[] line : below) {
            if (column < line.length && RecordShape.of(line[column]).filter(shape::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
