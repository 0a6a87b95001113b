package dev.warden.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CsvLinesTest {

    private static final char[] CHARS = {'a', 'Z', '7', ' ', ',', '"', '\n', '\r', '#', '-', '.', '_', '@', '/', ':', '+',
        '\t', ';', 'é', '\'', '\\', '='};

    @Test
    void theDirectPathsWriteWhatJacksonWrites() {
        CsvLines csv = new CsvLines(List.of("a", "b", "c"));
        SplittableRandom random = new SplittableRandom(18);
        int direct = 0;
        for (int i = 0; i < 200_000; i++) {
            String[] row = new String[3];
            for (int c = 0; c < 3; c++) {
                int length = random.nextInt(-1, 5);
                if (length >= 0) {
                    StringBuilder sb = new StringBuilder();
                    for (int k = 0; k < length; k++) {
                        sb.append(CHARS[random.nextInt(CHARS.length)]);
                    }
                    row[c] = sb.toString();
                }
            }
            boolean plain = java.util.Arrays.stream(row).allMatch(v -> v == null || CsvLines.plain(v));
            direct += plain ? 1 : 0;
            assertThat(csv.line(row)).as(java.util.Arrays.toString(row)).isEqualTo(csv.formatted(row));
            assertThat(csv.bytes(row)).as(java.util.Arrays.toString(row))
                    .isEqualTo(csv.formatted(row).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(direct).as("rows taking the direct path").isGreaterThan(2_000);
    }
}
