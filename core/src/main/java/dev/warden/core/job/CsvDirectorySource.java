package dev.warden.core.job;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A directory of delimited text files, one per table, each with a header row: {@code <table>.csv} with the delimiter
 * given, {@code <table>.tsv} with a tab (IANA text/tab-separated-values) whatever the delimiter given. UTF-8 with or
 * without a byte order mark; RFC 4180 quoting (embedded delimiters, quotes and line breaks); an empty cell reads as
 * null. A first line with a cell shaped like a personal identifier, or with cells shaped like the values below them
 * (dates, long numbers), is refused as a missing header row ({@link HeaderRow}).
 */
class CsvDirectorySource implements TableSource {

    /** The extensions read, lower case; the table is the file name without it. */
    static final List<String> EXTENSIONS = List.of(".csv", ".tsv");

    private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    private final Path directory;
    private final char delimiter;
    private final boolean headerChecked;

    /**
     * @param directory the directory of input files
     * @param delimiter the delimiter of its {@code .csv} files
     */
    CsvDirectorySource(Path directory, char delimiter) {
        this(directory, delimiter, true);
    }

    /**
     * @param headerChecked whether a header cell shaped like a personal identifier is refused; false only for files
     *     Warden wrote itself, whose header is the columns of a source already read
     */
    CsvDirectorySource(Path directory, char delimiter, boolean headerChecked) {
        if (!Files.isDirectory(directory)) {
            throw new ConfigurationException("input directory " + directory + " does not exist or is not a directory");
        }
        this.directory = directory;
        this.delimiter = delimiter;
        this.headerChecked = headerChecked;
    }

    @Override
    public String describe() {
        return "CSV directory " + directory;
    }

    @Override
    public List<String> tables() {
        return List.copyOf(files().keySet());
    }

    /** @return each table's file, by table name; a name that two files would give is refused */
    private Map<String, Path> files() {
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(directory)) {
            for (Path p : (Iterable<Path>) list.sorted()::iterator) {
                String n = p.getFileName().toString();
                String extension = extension(n);
                if (extension == null) {
                    continue;
                }
                Path other = files.put(n.substring(0, n.length() - extension.length()), p);
                if (other != null) {
                    throw new ConfigurationException("input directory " + directory + " holds " + other.getFileName()
                            + " and " + n + ", which would both be table " + n.substring(0, n.length() - extension.length())
                            + "; keep one of them");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
        return files;
    }

    /** @return the extension read that ends {@code name}, or null */
    static String extension(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String e : EXTENSIONS) {
            if (lower.endsWith(e) && name.length() > e.length()) {
                return name.substring(name.length() - e.length());
            }
        }
        return null;
    }

    private char delimiter(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tsv") ? '\t' : delimiter;
    }

    @Override
    public TableSchema schema(String table) {
        Path file = file(table);
        try (Reader reader = open(file); MappingIterator<String[]> rows = iterator(reader, delimiter(file))) {
            if (!rows.hasNextValue()) {
                throw new InvalidInputException("table " + table + " (" + file.getFileName() + "): the file is empty; it needs a header row");
            }
            String[] header = rows.nextValue();
            if (headerChecked) {
                HeaderRow.requireColumnNames(file, header, following(rows));
            }
            List<SourceColumn> columns = HeaderRow.columnNames(header).stream().map(SourceColumn::text).toList();
            return new TableSchema(fileTable(file), columns, Optional.empty(), List.of());
        } catch (IOException e) {
            InvalidInputException notUtf8 = Utf8Text.notUtf8(table, file).orElse(null);
            if (notUtf8 != null) {
                throw notUtf8;
            }
            throw new InvalidInputException("table " + table + " (" + file.getFileName() + "): malformed CSV in the header: " + location(e), e);
        }
    }

    /**
     * @return up to {@link HeaderRow#LINES_COMPARED} lines after the header, fewer when the file ends or a line does
     *     not parse (which the row reader reports with its line)
     */
    private static List<String[]> following(MappingIterator<String[]> rows) {
        List<String[]> lines = new ArrayList<>();
        try {
            while (lines.size() < HeaderRow.LINES_COMPARED && rows.hasNextValue()) {
                lines.add(rows.nextValue());
            }
        } catch (IOException | RuntimeException e) {
            // the lines read so far are enough to compare the header with
        }
        return lines;
    }

    @Override
    public RowReader open(String table, List<String> columns) {
        TableSchema schema = schema(table);
        List<String> names = schema.columnNames();
        int[] index = new int[columns.size()];
        for (int i = 0; i < index.length; i++) {
            index[i] = indexOf(names, columns.get(i));
            if (index[i] < 0) {
                throw new ConfigurationException("table " + table + ": no column " + columns.get(i));
            }
        }
        Path file = file(table);
        try {
            Reader reader = open(file);
            MappingIterator<String[]> rows = iterator(reader, delimiter(file));
            rows.nextValue(); // header
            return new CsvRows(table, file, rows, index, names.size());
        } catch (IOException e) {
            throw new InvalidInputException("table " + table + ": cannot read " + file.getFileName() + ": " + location(e), e);
        }
    }

    @Override
    public void close() {
    }

    private Path file(String table) {
        for (Map.Entry<String, Path> t : files().entrySet()) {
            if (t.getKey().equalsIgnoreCase(table)) {
                return t.getValue();
            }
        }
        throw new ConfigurationException("table " + table + ": no file " + table + ".csv or " + table + ".tsv in " + directory);
    }

    private static String fileTable(Path file) {
        String n = file.getFileName().toString();
        return n.substring(0, n.length() - extension(n).length());
    }

    private static MappingIterator<String[]> iterator(Reader reader, char delimiter) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(delimiter).withQuoteChar('"').withoutEscapeChar();
        return CSV.readerFor(String[].class).with(schema).readValues(reader);
    }

    /** UTF-8, refusing malformed bytes, with a leading byte order mark skipped. */
    private static Reader open(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        PushbackReader reader = new PushbackReader(new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16), 1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }

    static int indexOf(List<String> names, String column) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(column)) {
                return i;
            }
        }
        return -1;
    }

    private static String location(IOException e) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null) {
            return "line " + j.getLocation().getLineNr() + " (" + j.getOriginalMessage().replaceAll("[\"'].*", "").strip() + ")";
        }
        return e.getClass().getSimpleName();
    }

    private static final class CsvRows implements RowReader {
        private final String table;
        private final Path file;
        private final MappingIterator<String[]> rows;
        private final int[] index;
        private final int width;
        private long rowNumber;

        CsvRows(String table, Path file, MappingIterator<String[]> rows, int[] index, int width) {
            this.table = table;
            this.file = file;
            this.rows = rows;
            this.index = index;
            this.width = width;
        }

        @Override
        public String[] next() {
            String[] raw;
            try {
                do {
                    if (!rows.hasNextValue()) {
                        return null;
                    }
                    raw = rows.nextValue();
                    rowNumber++;
                } while (raw.length == 1 && (raw[0] == null || raw[0].isEmpty()) && width > 1); // blank line
            } catch (IOException | RuntimeException e) {
                InvalidInputException notUtf8 = Utf8Text.notUtf8(table, file).orElse(null);
                if (notUtf8 != null) {
                    throw notUtf8;
                }
                // The parser's message can quote the cell, so only its location is kept, and no cause.
                throw new InvalidInputException("table " + table + ", row " + (rowNumber + 1) + ": malformed CSV"
                        + (e instanceof IOException io ? " at " + location(io) : ""));
            }
            if (raw.length != width) {
                throw new InvalidInputException("table " + table + ", row " + rowNumber + ": " + raw.length
                        + " cells where the header has " + width + "; check quoting and the delimiter");
            }
            String[] out = new String[index.length];
            for (int i = 0; i < index.length; i++) {
                String v = raw[index[i]];
                out[i] = v == null || v.isEmpty() ? null : v;
            }
            return out;
        }

        @Override
        public long rowNumber() {
            return rowNumber;
        }

        @Override
        public void close() {
            try {
                rows.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
