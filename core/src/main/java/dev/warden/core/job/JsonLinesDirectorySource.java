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
 * A directory of JSON Lines files ({@code <table>.jsonl}), one flat object per line; the columns are the keys of all
 * lines, in the order they first appear. Values are read as text; JSON null is SQL NULL.
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
            return files.map(p -> p.getFileName().toString()).filter(n -> n.toLowerCase(Locale.ROOT).endsWith(".jsonl"))
                    .map(n -> n.substring(0, n.length() - 6)).sorted().toList();
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
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value.isStructStart()) {
                throw new InvalidInputException("table " + table + ", row " + row + ": nested values are not supported");
            }
            values.put(name, value == JsonToken.VALUE_NULL ? null : parser.getText());
        }
        return values;
    }

    private Path file(String table) {
        Path file = directory.resolve(table + ".jsonl");
        if (!Files.isRegularFile(file)) {
            throw new ConfigurationException("table " + table + ": no file " + table + ".jsonl in " + directory);
        }
        return file;
    }

    @Override
    public void close() {
    }
}
