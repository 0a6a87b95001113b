package dev.warden.spark;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Formats rows as RFC 4180 CSV lines exactly as the single-machine job's CSV target does (Jackson CSV, comma, quotes
 * only where a cell needs them, null as an empty cell, {@code \n} line ends), one line at a time, so that Spark's text
 * writer can write them and the concatenated part files equal the single-machine file byte for byte. Not thread-safe.
 */
final class CsvLines {

    private static final CsvMapper CSV = new CsvMapper();

    /** The ASCII characters Jackson writes unquoted and unchanged inside a cell (see {@link #plain}). */
    private static final boolean[] PLAIN = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            PLAIN[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_'
                    || c == '@' || c == '/' || c == ':' || c == '+' || c == ' ';
        }
    }

    private final Buffer buffer = new Buffer();
    private byte[] bytes = new byte[256];
    private final SequenceWriter rows;

    CsvLines(List<String> columns) {
        CsvSchema.Builder schema = CsvSchema.builder().setColumnSeparator(',').setUseHeader(false).setNullValue("");
        for (String c : columns) {
            schema.addColumn(c);
        }
        try {
            rows = CSV.writerFor(String[].class).with(schema.build())
                    .without(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS).with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
                    .writeValues(buffer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a CSV writer", e);
        }
    }

    /** @return the row as one CSV record, without its line end (a quoted cell may hold line breaks) */
    String line(String[] row) {
        // Most rows need no quoting at all: joined directly, they are what Jackson writes (CsvLinesTest compares
        // both on random cells); any other row goes through Jackson.
        int length = row.length;
        for (String v : row) {
            if (v != null) {
                if (!plain(v)) {
                    return formatted(row);
                }
                length += v.length();
            }
        }
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            if (row[i] != null) {
                sb.append(row[i]);
            }
        }
        return sb.toString();
    }

    /**
     * The row as {@link #line} formats it, encoded as UTF-8 as {@code String.getBytes} encodes it (an unpaired surrogate
     * as {@code ?}), without its line end. A row of plain cells (all ASCII) is copied into bytes in the same pass that
     * checks it, with no string built.
     *
     * @return a new array
     */
    byte[] bytes(String[] row) {
        int at = 0;
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                if (at == bytes.length) {
                    bytes = java.util.Arrays.copyOf(bytes, at * 2);
                }
                bytes[at++] = ',';
            }
            String v = row[i];
            if (v == null) {
                continue;
            }
            int n = v.length();
            if (n == 0 || v.charAt(0) == ' ' || v.charAt(n - 1) == ' ') {
                return formatted(row).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }
            if (at + n > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, at + n));
            }
            byte[] out = bytes;
            for (int k = 0; k < n; k++) {
                char c = v.charAt(k);
                if (c >= 128 || !PLAIN[c]) {
                    return formatted(row).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out[at++] = (byte) c;
            }
        }
        return java.util.Arrays.copyOf(bytes, at);
    }

    /**
     * @return whether Jackson writes the cell as it is: letters, digits, {@code - . _ @ / : +}, and spaces inside (a
     *     leading or trailing space, any other character, or an empty string take the formatter's path)
     */
    static boolean plain(String v) {
        int n = v.length();
        if (n == 0 || v.charAt(0) == ' ' || v.charAt(n - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (c >= 128 || !PLAIN[c]) {
                return false;
            }
        }
        return true;
    }

    /** @return the row as Jackson's CSV writer formats it, without its line end */
    String formatted(String[] row) {
        try {
            rows.write(row);
            rows.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot format a CSV row", e);
        }
        return buffer.take();
    }

    /** A growable character buffer that hands out its content and starts over. */
    private static final class Buffer extends Writer {
        private final StringBuilder sb = new StringBuilder(256);

        @Override
        public void write(char[] cbuf, int off, int len) {
            sb.append(cbuf, off, len);
        }

        @Override
        public void write(String str, int off, int len) {
            sb.append(str, off, off + len);
        }

        String take() {
            int end = sb.length();
            if (end > 0 && sb.charAt(end - 1) == '\n') {
                end--;
            }
            String s = sb.substring(0, end);
            sb.setLength(0);
            return s;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
