package dev.warden.core.job;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.warden.ConfigurationException;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A directory of CSV or JSON Lines files, written into a temporary sibling directory and moved into place by
 * {@link #commit()}. An existing output directory is replaced only if it is empty or was written by Warden (it
 * holds the marker file {@value #MARKER}); anything else is refused, so a mistyped path cannot wipe a directory.
 */
final class DirectoryTarget implements TableTarget {

    static final String MARKER = ".warden-output";

    enum Format { CSV, JSONL }

    private static final CsvMapper CSV = new CsvMapper();
    private static final JsonFactory JSON = new JsonFactory();

    private final Path output;
    private final Format format;
    private final char delimiter;
    private final Path staging;
    private boolean finished;

    DirectoryTarget(Path output, Format format, char delimiter) {
        this.output = output.toAbsolutePath().normalize();
        this.format = format;
        this.delimiter = delimiter;
        checkReplaceable(this.output);
        Path parent = this.output.getParent();
        try {
            Files.createDirectories(parent);
            this.staging = Files.createDirectory(parent.resolve("." + this.output.getFileName() + ".warden-staging-" + UUID.randomUUID()));
            Files.createFile(staging.resolve(MARKER));
        } catch (IOException e) {
            throw new ConfigurationException("output directory " + output + ": cannot create a staging directory beside it ("
                    + e.getClass().getSimpleName() + "); check permissions", e);
        }
    }

    private static void checkReplaceable(Path output) {
        if (!Files.exists(output)) {
            return;
        }
        if (!Files.isDirectory(output)) {
            throw new ConfigurationException("output " + output + " exists and is not a directory; choose a new or empty directory");
        }
        try (Stream<Path> entries = Files.list(output)) {
            boolean empty = entries.findAny().isEmpty();
            if (!empty && !Files.exists(output.resolve(MARKER))) {
                throw new ConfigurationException("output directory " + output + " is not empty and was not written by warden; "
                        + "choose a new or empty directory");
            }
        } catch (IOException e) {
            throw new ConfigurationException("output directory " + output + " cannot be read", e);
        }
    }

    @Override
    public String describe() {
        return (format == Format.CSV ? "CSV" : "JSON Lines") + " directory " + output;
    }

    @Override
    public TableWriter create(String table, List<SourceColumn> columns) {
        if (table.isEmpty() || table.contains("/") || table.contains("\\") || table.startsWith(".") || table.indexOf('\0') >= 0) {
            throw new ConfigurationException("table name cannot be used as a file name; rename the table");
        }
        String[] names = columns.stream().map(SourceColumn::name).toArray(String[]::new);
        Path file = staging.resolve(table + (format == Format.CSV ? ".csv" : ".jsonl"));
        try {
            OutputStream out = new BufferedOutputStream(Files.newOutputStream(file, java.nio.file.StandardOpenOption.CREATE_NEW), 1 << 16);
            return format == Format.CSV ? csv(out, names) : jsonl(out, names);
        } catch (FileAlreadyExistsException e) {
            throw new ConfigurationException("table " + table + " is written twice (file names are case-sensitive; table names must differ)");
        } catch (IOException e) {
            throw new UncheckedIOException("table " + table + ": cannot create the output file", e);
        }
    }

    private TableWriter csv(OutputStream out, String[] names) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        CsvSchema.Builder schema = CsvSchema.builder().setColumnSeparator(delimiter).setUseHeader(true).setNullValue("");
        for (String n : names) {
            schema.addColumn(n);
        }
        SequenceWriter rows = CSV.writerFor(String[].class).with(schema.build())
                .without(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS).with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
                // no flush (a write system call) after every row: the buffers are flushed when the file is closed
                .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
                .writeValues(writer);
        return new TableWriter() {
            @Override
            public void write(String[] row) {
                try {
                    rows.write(row);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write a CSV row", e);
                }
            }

            @Override
            public void close() {
                try {
                    rows.close();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot close a CSV file", e);
                }
            }
        };
    }

    private TableWriter jsonl(OutputStream out, String[] names) throws IOException {
        JsonGenerator gen = JSON.createGenerator(out, JsonEncoding.UTF8);
        gen.setRootValueSeparator(null);
        return new TableWriter() {
            @Override
            public void write(String[] row) {
                try {
                    gen.writeStartObject();
                    for (int i = 0; i < names.length; i++) {
                        gen.writeFieldName(names[i]);
                        if (row[i] == null) {
                            gen.writeNull();
                        } else {
                            gen.writeString(row[i]);
                        }
                    }
                    gen.writeEndObject();
                    gen.writeRaw('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write a JSON Lines row", e);
                }
            }

            @Override
            public void close() {
                try {
                    gen.close();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot close a JSON Lines file", e);
                }
            }
        };
    }

    @Override
    public TableSource staged() {
        return format == Format.CSV ? new CsvDirectorySource(staging, delimiter, false) {
            @Override
            public long count(String table) {
                return records(staging.resolve(table + ".csv"), true) - 1;
            }
        } : new JsonLinesDirectorySource(staging) {
            @Override
            public long count(String table) {
                return records(staging.resolve(table + ".jsonl"), false);
            }
        };
    }

    /**
     * Counts records by their line ends, without parsing cells: in CSV a line break inside double quotes belongs to
     * a cell (RFC 4180), in JSON Lines it cannot occur unescaped. Eight bytes are read at a time: a word without a
     * quote adds the number of its line-end bytes at once (an exact zero-byte mask and a bit count; none while inside
     * quotes), and only a word that holds a quote is read byte by byte.
     */
    static long records(Path file, boolean csvQuotes) {
        long records = 0;
        boolean quoted = false;
        boolean pending = false;
        byte[] buffer = new byte[1 << 16];
        try (var in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                int i = 0;
                for (; i + 8 <= n; i += 8) {
                    long w = (long) LONGS.get(buffer, i);
                    if (csvQuotes && zeroBytes(w ^ QUOTES) != 0) {
                        for (int j = i; j < i + 8; j++) {
                            byte b = buffer[j];
                            if (b == '"') {
                                quoted = !quoted;
                            } else if (b == '\n' && !quoted) {
                                records++;
                                pending = false;
                                continue;
                            }
                            pending = true;
                        }
                        continue;
                    }
                    long ends = quoted ? 0 : zeroBytes(w ^ NEWLINES);
                    if (ends == 0) {
                        pending = true;
                    } else {
                        records += Long.bitCount(ends);
                        // a byte after the word's last line end (the highest marked byte, little-endian) is pending
                        pending = ends >= 0;
                    }
                }
                for (; i < n; i++) {
                    byte b = buffer[i];
                    if (csvQuotes && b == '"') {
                        quoted = !quoted;
                    } else if (b == '\n' && !quoted) {
                        records++;
                        pending = false;
                        continue;
                    }
                    pending = true;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot count the rows of " + file.getFileName(), e);
        }
        return records + (pending ? 1 : 0);
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long QUOTES = 0x2222222222222222L;
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

    /** The high bit of each zero byte of {@code x}, and no other bit (exact: no carries between bytes). */
    static long zeroBytes(long x) {
        return ~(((x & LOW7) + LOW7) | x | LOW7);
    }

    @Override
    public void commit() {
        if (finished) {
            throw new IllegalStateException("already committed or aborted");
        }
        Path old = output.resolveSibling("." + output.getFileName() + ".warden-old-" + UUID.randomUUID());
        try {
            if (Files.exists(output)) {
                checkReplaceable(output);
                move(output, old);
            }
            move(staging, output);
            finished = true;
            if (Files.exists(old)) {
                deleteTree(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("output directory " + output + ": cannot move the finished output into place", e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    @Override
    public void abort() {
        if (finished) {
            return;
        }
        finished = true;
        try {
            deleteTree(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the staging directory " + staging, e);
        }
    }

    @Override
    public void close() {
        abort();
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
