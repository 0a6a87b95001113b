package dev.warden.core.job;

import dev.warden.InvalidInputException;
import dev.warden.core.deid.detect.DetectorKind;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The first line of a delimited text file, read as its column names. A cell with the shape of a personal identifier
 * is no column name: the file has no header row (as {@code psql -A -t} and {@code mysql -B -N} write it), and its first
 * record read as one would be carried, unchanged, into the proposed spec's column names and the output's header line.
 * Numbers, years, dates and words stay column names (pivot tables {@code 2019,2020}, {@code e-mail}, {@code id}).
 */
final class HeaderRow {

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
     * @throws InvalidInputException naming the file, line 1, the column (from 1) and the shape of the first cell that
     *     looks like a personal identifier; never the cell itself
     */
    static void requireColumnNames(Path file, String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            Optional<String> shape = identifierShape(cells[i]);
            if (shape.isPresent()) {
                throw new InvalidInputException("line 1 of " + file.getFileName() + " holds " + shape.get() + " in column "
                        + (i + 1) + ", not a column name: the file has no header row; add one (the column names, "
                        + "separated as the values are)");
            }
        }
    }
}
