package dev.warden.core.anonymity;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.databind.SequenceWriter;
import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An in-memory table of text cells: the input and output of {@link Anonymizer} and {@link RiskAnalysis}. Immutable.
 * A missing cell is the empty string.
 */
public final class Table {

    private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    private final List<String> columns;
    private final List<String[]> rows;

    private Table(List<String> columns, List<String[]> rows) {
        this.columns = columns;
        this.rows = rows;
    }

    /**
     * @param columns the column names, distinct
     * @param rows the rows, each with one cell per column
     * @return the table
     * @throws InvalidInputException if a row has the wrong number of cells or a column name repeats
     */
    public static Table of(List<String> columns, List<List<String>> rows) {
        List<String[]> copy = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            copy.add(row.toArray(String[]::new));
        }
        return checked(List.copyOf(columns), copy, "table");
    }

    private static Table checked(List<String> columns, List<String[]> rows, String name) {
        if (columns.stream().map(c -> c.toLowerCase(Locale.ROOT)).distinct().count() != columns.size()) {
            throw new InvalidInputException(name + ": a column name repeats");
        }
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            if (row.length != columns.size()) {
                throw new InvalidInputException(name + ", row " + (i + 1) + ": " + row.length + " cells, the header has "
                        + columns.size());
            }
            for (int c = 0; c < row.length; c++) {
                row[c] = Objects.requireNonNullElse(row[c], "");
            }
        }
        return new Table(columns, Collections.unmodifiableList(rows));
    }

    /**
     * Reads a CSV file (RFC 4180 quoting, UTF-8) whose first row is the header.
     *
     * @param file the file
     * @param delimiter the cell separator, e.g. {@code ,} or {@code ;}
     * @return the table
     * @throws InvalidInputException if the file does not exist, has no header or a row has the wrong number of cells (naming the line)
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Table readCsv(Path file, char delimiter) {
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(delimiter).withQuoteChar('"').withoutEscapeChar();
        List<String[]> rows = new ArrayList<>();
        List<String> header;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                MappingIterator<String[]> it = CSV.readerFor(String[].class).with(schema).readValues(reader)) {
            if (!it.hasNext()) {
                throw new InvalidInputException(file.getFileName() + ": no header row");
            }
            header = List.of(it.next());
            while (it.hasNext()) {
                String[] row = it.next();
                if (row.length == 1 && row[0].isEmpty()) {
                    continue;
                }
                rows.add(row);
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InvalidInputException(file + ": no such file");
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read it", e);
        } catch (RuntimeException e) {
            if (e instanceof InvalidInputException) {
                throw e;
            }
            throw new InvalidInputException(file.getFileName() + ": malformed CSV (" + e.getClass().getSimpleName() + ")");
        }
        return checked(header, rows, file.getFileName().toString());
    }

    /**
     * Writes this table as CSV with a header row, UTF-8, to a temporary file beside {@code file} that is then moved
     * into place, so a reader never sees a partial file.
     *
     * @param file the target, replaced if it exists
     * @param delimiter the cell separator
     * @throws UncheckedIOException if writing fails; {@code file} is then untouched
     */
    public void writeCsv(Path file, char delimiter) {
        Path target = file.toAbsolutePath();
        Path temp = null;
        try {
            temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(delimiter)
                    .withQuoteChar('"').withLineSeparator("\n");
            try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
                    SequenceWriter out = new CsvMapper().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
                            .writerFor(String[].class).with(schema).writeValues(writer)) {
                out.write(columns.toArray(String[]::new));
                for (String[] row : rows) {
                    out.write(row);
                }
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write it", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // best effort: the move already happened or the write failed for a reason reported above
                }
            }
        }
    }

    /** @return the column names */
    public List<String> columns() {
        return columns;
    }

    /** @return the number of rows */
    public int rowCount() {
        return rows.size();
    }

    /**
     * @param row 0-based row
     * @param column 0-based column
     * @return the cell, never null
     */
    public String value(int row, int column) {
        return rows.get(row)[column];
    }

    /**
     * @param row 0-based row
     * @return the row's cells
     */
    public List<String> row(int row) {
        return List.of(rows.get(row));
    }

    /**
     * @param name a column name, matched case-insensitively
     * @return its 0-based index
     * @throws ConfigurationException if there is no such column (listing the columns)
     */
    public int columnIndex(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        throw new ConfigurationException("no column '" + name + "'; the table has " + columns);
    }

    /** Rows as built by the anonymizer, without copying. */
    static Table ofRows(List<String> columns, List<String[]> rows) {
        return new Table(List.copyOf(columns), Collections.unmodifiableList(rows));
    }

    @Override
    public String toString() {
        return "Table[" + columns.size() + " columns, " + rows.size() + " rows]";
    }
}
