package dev.warden.core.job;

import dev.warden.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds where a file stops being UTF-8 text (RFC 3629), so that a reader's decoding error can name the file, the
 * line and the byte offset instead of the parser's own exception. Called only after a read has failed: one pass over
 * the file in 64 KiB blocks.
 */
final class Utf8Text {

    private static final int BLOCK = 1 << 16;

    private Utf8Text() {
    }

    /**
     * @param file a file that failed to decode
     * @return the line (from 1) and the byte offset (from 0) of the first byte that is not UTF-8, or empty when the
     *     whole file is valid UTF-8 (the failure was something else)
     * @throws IOException if the file cannot be read
     */
    static Optional<long[]> firstMalformed(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(BLOCK);
        CharBuffer out = CharBuffer.allocate(BLOCK);
        long base = 0;
        long line = 1;
        boolean eof = false;
        try (InputStream stream = Files.newInputStream(file)) {
            while (true) {
                if (!eof && in.hasRemaining()) {
                    int n = stream.read(in.array(), in.position(), in.remaining());
                    if (n < 0) {
                        eof = true;
                    } else {
                        in.position(in.position() + n);
                    }
                }
                in.flip();
                CoderResult result = decoder.decode(in, out, eof);
                out.flip();
                while (out.hasRemaining()) {
                    if (out.get() == '\n') {
                        line++;
                    }
                }
                out.clear();
                if (result.isError()) {
                    return Optional.of(new long[] {line, base + in.position()});
                }
                base += in.position();
                in.compact();
                if (eof && in.position() == 0 && result.isUnderflow()) {
                    return Optional.empty();
                }
            }
        }
    }

    /**
     * The error to throw when reading {@code file} failed with {@code failure}: "not UTF-8 text" with its line and byte
     * offset when the file is not UTF-8, else empty.
     *
     * @param table the table read
     * @param file its file
     * @return the error, naming no value
     */
    static Optional<InvalidInputException> notUtf8(String table, Path file) {
        try {
            return firstMalformed(file).map(at -> new InvalidInputException("table " + table + " (" + file.getFileName()
                    + "): not UTF-8 text at line " + at[0] + ", byte offset " + at[1] + " (from 0); save the file as "
                    + "UTF-8 (for example iconv -f WINDOWS-1252 -t UTF-8)"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
