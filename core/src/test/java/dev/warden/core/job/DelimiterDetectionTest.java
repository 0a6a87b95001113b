package dev.warden.core.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Datasets#detectDelimiter}: the CLI's default when no {@code --delimiter} is given. */
class DelimiterDetectionTest {

    @TempDir
    Path dir;

    private String write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        return dir.toString();
    }

    @Test
    void aGermanExportWithSemicolonsAndDecimalCommasIsReadWithSemicolons() throws IOException {
        assertThat(Datasets.detectDelimiter(write("gehalt.csv", "personalnummer;brutto;netto\n01560;4.210,50;2.731,12\n")))
                .isEqualTo(';');
    }

    @Test
    void commasInsideQuotesDoNotCount() throws IOException {
        assertThat(Datasets.detectDelimiter(write("a.csv", "\"name, full\";\"city, town\";zip\n"))).isEqualTo(';');
    }

    @Test
    void tabsAndBarsAreRecognised() throws IOException {
        assertThat(Datasets.detectDelimiter(write("a.csv", "id\tname\tcity\n1\tx\ty\n"))).isEqualTo('\t');
        Files.delete(dir.resolve("a.csv"));
        assertThat(Datasets.detectDelimiter(write("a.csv", "id|name|city\n"))).isEqualTo('|');
    }

    @Test
    void theFirstFileByNameDecides() throws IOException {
        write("b.csv", "x;y;z\n");
        assertThat(Datasets.detectDelimiter(write("a.csv", "x,y,z\n"))).isEqualTo(',');
    }

    @Test
    void eachFileCanBeAskedForItsOwnDelimiter() throws IOException {
        write("a.csv", "x,y,z\n");
        write("b.csv", "x\ty\tz\n");
        assertThat(Datasets.detectFileDelimiter(dir.resolve("a.csv"))).isEqualTo(',');
        assertThat(Datasets.detectFileDelimiter(dir.resolve("b.csv"))).isEqualTo('\t');
    }

    @Test
    void bytesThatAreNotUtf8DoNotStopTheGuess() throws IOException {
        Files.write(dir.resolve("latin1.csv"), "name;straße;ort\nM\u00fcller;Hauptstra\u00dfe 1;K\u00f6ln\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(Datasets.detectFileDelimiter(dir.resolve("latin1.csv"))).isEqualTo(';');
    }

    @Test
    void aCommaWhenNothingTellsOtherwise() throws IOException {
        assertThat(Datasets.detectDelimiter(dir.toString())).as("no CSV file").isEqualTo(',');
        assertThat(Datasets.detectDelimiter(write("one.csv", "single_column\nvalue\n"))).isEqualTo(',');
        assertThat(Datasets.detectDelimiter("jdbc:h2:mem:x")).isEqualTo(',');
        assertThat(Datasets.detectDelimiter(write("empty.csv", ""))).as("first by name is empty.csv").isEqualTo(',');
    }
}
