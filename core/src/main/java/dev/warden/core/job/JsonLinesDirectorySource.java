package dev.warden.core.job;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A directory of JSON Lines files ({@code <table>.jsonl}, or {@code .ndjson}, {@code .jsonlines}, {@code .ldjson}, in
 * any case), one object per line; the columns are the keys of all
 * lines, in the order they first appear. Nested objects and arrays are flattened into columns named by their path
 * ({@code name.0.family}, {@code address.0.line.1}, as FHIR bulk exports nest a Patient), so every nested value is a
 * column the classifier judges and the job transforms. Values are read as text; JSON null is SQL NULL.
 */
class JsonLinesDirectorySource implements TableSource {

    private static final JsonFactory JSON = new JsonFactory();
    private final Path directory;
    private final Map<String, TableSchema> schemas = new HashMap<>();

    JsonLinesDirectorySource(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new ConfigurationException("input directory " + directory + " does not exist or is not a directory");
        }
        this.directory = directory;
    }

    @Override
    public String describe() {
        return "JSON Lines directory " + directory;
    }

    @Override
    public List<String> tables() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).map(JsonLinesDirectorySource::tableOf)
                    .flatMap(java.util.Optional::stream).distinct().sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    /**
     * The columns are the keys of every line, in the order they first appear: a key that only later lines carry (an
     * optional field) is a column too, read as empty where a line lacks it. Reads the whole file once per table.
     */
    @Override
    public synchronized TableSchema schema(String table) {
        TableSchema known = schemas.get(table);
        if (known != null) {
            return known;
        }
        Path file = file(table);
        Set<String> keys = new LinkedHashSet<>();
        long row = 0;
        try (JsonParser parser = JSON.createParser(file.toFile())) {
            for (Map<String, String> object = readObject(parser, table, row + 1); object != null;
                    object = readObject(parser, table, row + 1)) {
                row++;
                keys.addAll(object.keySet());
            }
        } catch (IOException e) {
            long failed = row + 1;
            throw Utf8Text.notUtf8(table, file).orElseGet(() -> new InvalidInputException("table " + table + " ("
                    + file.getFileName() + "), row " + failed + ": malformed JSON Lines"));
        }
        List<SourceColumn> columns = new ArrayList<>();
        keys.forEach(k -> columns.add(SourceColumn.text(k)));
        TableSchema schema = new TableSchema(table, columns, Optional.empty(), List.of());
        schemas.put(table, schema);
        return schema;
    }

    @Override
    public RowReader open(String table, List<String> columns) {
        JsonParser parser;
        try {
            parser = JSON.createParser(file(table).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("table " + table + ": cannot open", e);
        }
        return new RowReader() {
            long row;

            @Override
            public String[] next() {
                Map<String, String> object;
                try {
                    object = readObject(parser, table, row + 1);
                } catch (IOException e) {
                    throw Utf8Text.notUtf8(table, file(table)).orElseGet(() -> new InvalidInputException("table " + table
                            + ", row " + (row + 1) + ": malformed JSON Lines"));
                }
                if (object == null) {
                    return null;
                }
                row++;
                String[] out = new String[columns.size()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = object.get(columns.get(i));
                }
                return out;
            }

            @Override
            public long rowNumber() {
                return row;
            }

            @Override
            public void close() {
                try {
                    parser.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    private static Map<String, String> readObject(JsonParser parser, String table, long row) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            return null;
        }
        if (token != JsonToken.START_OBJECT) {
            throw new InvalidInputException("table " + table + ", row " + row + ": expected a JSON object");
        }
        Map<String, String> values = new LinkedHashMap<>();
        readFields(parser, "", values, table, row, 0);
        return values;
    }

    /** Nesting deeper than this is refused: no export of records nests so far, and the recursion stays bounded. */
    private static final int MAX_DEPTH = 32;

    /**
     * Reads the fields of the object the parser is in, up to its END_OBJECT, into {@code values}: a nested object's
     * fields as {@code parent.child}, an array's elements as {@code parent.0}, {@code parent.1} (FHIR's
     * {@code name.0.given.0}).
     */
    private static void readFields(JsonParser parser, String prefix, Map<String, String> values, String table, long row,
            int depth) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            readValue(parser, prefix + parser.currentName(), parser.nextToken(), values, table, row, depth);
        }
    }

    private static void readValue(JsonParser parser, String name, JsonToken value, Map<String, String> values, String table,
            long row, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new InvalidInputException("table " + table + ", row " + row + ": values nested more than " + MAX_DEPTH
                    + " levels deep (" + name + "); flatten the export first");
        }
        if (value == JsonToken.START_OBJECT) {
            readFields(parser, name + ".", values, table, row, depth + 1);
        } else if (value == JsonToken.START_ARRAY) {
            int i = 0;
            for (JsonToken element = parser.nextToken(); element != JsonToken.END_ARRAY; element = parser.nextToken()) {
                readValue(parser, name + "." + i++, element, values, table, row, depth + 1);
            }
        } else if (values.put(name, value == JsonToken.VALUE_NULL ? null : parser.getText()) != null) {
            throw new InvalidInputException("table " + table + ", row " + row + ": the key " + name + " occurs twice once "
                    + "nested values are named by their path; rename one of them");
        }
    }

    /**
     * File name endings of JSON Lines, lower case: {@code .jsonl} (jsonlines.org), the older names {@code .ndjson}
     * (newline-delimited JSON) and {@code .ldjson} (line-delimited JSON), and {@code .jsonlines}.
     */
    static final List<String> EXTENSIONS = List.of(".jsonl", ".ndjson", ".jsonlines", ".ldjson");

    /** @return the table a file name holds ({@code visits.JSONL}, {@code visits.ndjson}: visits), or empty */
    static java.util.Optional<String> tableOf(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (String e : EXTENSIONS) {
            if (lower.endsWith(e) && fileName.length() > e.length()) {
                return java.util.Optional.of(fileName.substring(0, fileName.length() - e.length()));
            }
        }
        return java.util.Optional.empty();
    }

    private Path file(String table) {
        // visits.jsonl, or visits.JSONL, visits.ndjson: the table's file by another spelling of the ending; one only
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> found = files.filter(p -> tableOf(p.getFileName().toString()).filter(table::equals).isPresent()
                    && Files.isRegularFile(p)).sorted().toList();
            if (found.size() > 1) {
                throw new ConfigurationException("table " + table + ": " + found.size() + " JSON Lines files hold it in "
                        + directory + " (" + found.stream().map(p -> p.getFileName().toString())
                        .collect(java.util.stream.Collectors.joining(", ")) + "); keep one of them");
            }
            if (found.size() == 1) {
                return found.get(0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
        throw new ConfigurationException("table " + table + ": no file " + table + ".jsonl in " + directory);
    }

    @Override
    public void close() {
    }
}
