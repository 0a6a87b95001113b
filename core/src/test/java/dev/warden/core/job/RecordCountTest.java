package dev.warden.core.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The staged output's row count, read from line ends (the job's "row counts" check). */
class RecordCountTest {

    @TempDir
    Path dir;

    /** The rule, byte by byte: a line end outside double quotes ends a record; a last line without one is a record. */
    private static long reference(byte[] bytes, boolean csvQuotes) {
        long records = 0;
        boolean quoted = false;
        boolean pending = false;
        for (byte b : bytes) {
            if (csvQuotes && b == '"') {
                quoted = !quoted;
            } else if (b == '\n' && !quoted) {
                records++;
                pending = false;
                continue;
            }
            pending = true;
        }
        return records + (pending ? 1 : 0);
    }

    private long count(String text, boolean csvQuotes) throws IOException {
        Path f = Files.write(dir.resolve("t.csv"), text.getBytes(StandardCharsets.UTF_8));
        return DirectoryTarget.records(f, csvQuotes);
    }

    @Test
    void aLineBreakInsideQuotesBelongsToTheCell() throws IOException {
        assertThat(count("id,note\n1,\"two\nlines\"\n2,plain\n", true)).isEqualTo(3);
        assertThat(count("id,note\n1,\"two\nlines\"\n2,plain\n", false)).isEqualTo(4);
    }

    @Test
    void aLastLineWithoutALineEndIsARecord() throws IOException {
        assertThat(count("id\n1\n2", true)).isEqualTo(3);
        assertThat(count("", true)).isZero();
    }

    @Test
    void agreesWithTheByteRuleOnRandomFilesAcrossWordAndBufferEdges() throws IOException {
        SplittableRandom random = new SplittableRandom(20);
        byte[] alphabet = "ab,1é\"\n\r ".getBytes(StandardCharsets.UTF_8);
        for (int trial = 0; trial < 300; trial++) {
            int n = trial < 250 ? random.nextInt(0, 80) : random.nextInt(65_500, 140_000);
            byte[] bytes = new byte[n];
            // Long runs without a line end or a quote, as in real files, between the special bytes.
            for (int i = 0; i < n; i++) {
                bytes[i] = random.nextInt(6) == 0 ? alphabet[random.nextInt(alphabet.length)] : (byte) 'x';
            }
            Path f = Files.write(dir.resolve("r" + trial + ".csv"), bytes);
            assertThat(DirectoryTarget.records(f, true)).as("trial %d", trial).isEqualTo(reference(bytes, true));
            assertThat(DirectoryTarget.records(f, false)).as("trial %d", trial).isEqualTo(reference(bytes, false));
        }
    }
}
