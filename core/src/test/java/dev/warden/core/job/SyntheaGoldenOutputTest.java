package dev.warden.core.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden output: for one key, the job's output on the Synthea Nebraska export is byte for byte what it was before the
 * hot paths were optimised (issue 20): the SHA-256 of every output file of both sample specs is compared with
 * {@code data/synthea-golden/sha256.txt}, recorded from main before that work. A speed-up that changes a single
 * output byte (FF1, keyed hashes, pseudonyms, date shifts, CSV writing) fails here.
 */
class SyntheaGoldenOutputTest {

    static Map<String, String> golden(String spec) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (InputStream in = SyntheaGoldenOutputTest.class.getResourceAsStream("/data/synthea-golden/sha256.txt")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank())
                    .map(l -> l.split(" "))
                    .filter(f -> f[0].equals(spec))
                    .forEach(f -> files.put(f[1], f[2]));
        }
        return files;
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"synthea-hipaa.json", "synthea-test-data.json"})
    void everyOutputFileIsByteForByteTheRecordedOne(String spec, @TempDir Path out) throws IOException {
        SyntheaJobTest.data();
        SyntheaJobTest.run(spec, out, SyntheaJobTest.KEY);
        Map<String, String> actual = new TreeMap<>();
        try (Stream<Path> files = Files.list(out)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".csv")).toList()) {
                actual.put(f.getFileName().toString(), sha256(f));
            }
        }
        Map<String, String> expected = golden(spec);
        assertThat(expected).hasSize(15);
        assertThat(actual).isEqualTo(expected);
    }
}
