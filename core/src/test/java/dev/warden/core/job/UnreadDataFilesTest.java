package dev.warden.core.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files of an input directory that are not read: JSON Lines under its other endings is read, a table in a format
 * Warden does not read is refused naming the file (a table missing from a de-identified export without a word is the
 * failure avoided), and documents beside the tables are left alone.
 */
class UnreadDataFilesTest {

    private static final String VISITS = "{\"visit_id\": \"V1\", \"ward\": \"A\"}\n{\"visit_id\": \"V2\", \"ward\": \"B\"}\n";

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private String refusal() {
        try (TableSource source = Datasets.source(dir.toString())) {
            throw new AssertionError("the directory was read as " + source.tables());
        } catch (ConfigurationException e) {
            return e.getMessage();
        }
    }

    @Test
    void jsonLinesFilesEndingInJsonlinesOrLdjsonAreTables() throws IOException {
        write("visits.jsonlines", VISITS);
        write("labs.LDJSON", "{\"lab_id\": \"L1\", \"visit_id\": \"V1\"}\n");
        write("wards.csv", "ward,floor\nA,1\nB,2\n");
        try (TableSource source = Datasets.source(dir.toString())) {
            assertThat(source.tables()).containsExactly("labs", "visits", "wards");
            assertThat(source.schema("visits").columnNames()).containsExactly("visit_id", "ward");
            assertThat(source.count("visits")).isEqualTo(2);
        }
    }

    @Test
    void jsonLinesUnderAJsonEndingIsRefusedNamingTheFileAndTheEndingsRead() throws IOException {
        write("wards.csv", "ward,floor\nA,1\n");
        write("visits.json", VISITS);
        assertThat(refusal()).isEqualTo("input " + dir + " holds visits.json, JSON Lines under a .json ending (more than "
                + "one JSON value), which Warden does not read (it reads <table>.csv, <table>.tsv and <table>.jsonl, "
                + ".ndjson, .jsonlines or .ldjson) and so would leave out of the output without a word: rename it to "
                + ".jsonl if it holds one JSON object per line, convert it to JSON Lines otherwise, or move it out");
    }

    @Test
    void anArrayOfRecordsUnderAJsonEndingIsRefused() throws IOException {
        write("wards.csv", "ward,floor\nA,1\n");
        write("visits.json", "[{\"visit_id\": \"V1\"}, {\"visit_id\": \"V2\"}]");
        assertThat(refusal()).contains("holds visits.json, a JSON array (records under a .json ending)");
    }

    @Test
    void aFhirBundleIsRefused() throws IOException {
        write("wards.csv", "ward,floor\nA,1\n");
        write("Aaron697_Brekke496.json", "{\"type\": \"transaction\", \"resourceType\": \"Bundle\", \"entry\": []}");
        assertThat(refusal()).contains("holds Aaron697_Brekke496.json, a FHIR resource")
                .contains("FHIR Bulk Data NDJSON");
    }

    @Test
    void compressedJsonLinesIsRefusedAsCompressed() throws IOException {
        write("wards.csv", "ward,floor\nA,1\n");
        Files.write(dir.resolve("visits.ndjson.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0});
        assertThat(refusal()).contains("holds visits.ndjson.gz, a compressed file, which Warden does not read")
                .endsWith("decompress it into the directory (gunzip, unzip) or move it out");
    }

    @Test
    void aSpreadsheetIsRefusedEvenAlone() throws IOException {
        Files.write(dir.resolve("Patients.XLSX"), new byte[] {'P', 'K', 3, 4});
        assertThat(refusal()).contains("holds Patients.XLSX, a spreadsheet").contains("save each sheet as CSV UTF-8");
    }

    @Test
    void aParquetFileIsRefused() throws IOException {
        write("wards.csv", "ward,floor\nA,1\n");
        Files.write(dir.resolve("visits.parquet"), new byte[] {'P', 'A', 'R', '1'});
        assertThat(refusal()).contains("holds visits.parquet, a Parquet table").contains("warden-spark");
    }

    @Test
    void documentsHiddenFilesAndSubdirectoriesBesideTheTablesAreLeftAlone() throws IOException {
        write("wards.csv", "ward,floor\nA,1\n");
        write("gold.json", "{\"dataset\": \"wards\", \"columns\": {\"wards.ward\": \"NON_IDENTIFYING\"}}\n");
        write("NOTICE", "Invented data.\n");
        write("generate.py", "print('ward,floor')\n");
        write("README.md", "# wards\n");
        write("schema.sql", "CREATE TABLE wards (ward TEXT, floor INT);\n");
        write(".DS_Store", "\u0000\u0000\u0000\u0001Bud1");
        write(".visits.json.swp", "b0VIM");
        Files.createDirectories(dir.resolve("archive")).resolve("old.xlsx").toFile().createNewFile();
        try (TableSource source = Datasets.source(dir.toString())) {
            assertThat(source.tables()).containsExactly("wards");
        }
    }

    /** Every labelled benchmark set, whose directories hold gold.json, NOTICE and generate.py beside its tables. */
    @Test
    void everyLabelledBenchmarkDirectoryIsReadWithItsHeaders() throws IOException, URISyntaxException {
        List<Path> sets = new ArrayList<>();
        for (String folder : List.of("/classification", "/classification-open")) {
            try (Stream<Path> list = Files.list(Path.of(getClass().getResource(folder).toURI()))) {
                list.filter(d -> Files.isRegularFile(d.resolve("gold.json"))).forEach(sets::add);
            }
        }
        assertThat(sets).hasSizeGreaterThan(100);
        int tables = 0;
        for (Path set : sets) {
            ClassificationGold gold = ClassificationGold.load(set.resolve("gold.json"));
            if (gold.data().filter(d -> d.startsWith("generator:") || d.endsWith(".sql")).isPresent()) {
                continue;
            }
            try (TableSource source = Datasets.source(gold.dataDirectory().toString(), gold.delimiter())) {
                for (String table : source.tables()) {
                    assertThat(source.schema(table).columnNames()).as(set.getFileName() + "/" + table).isNotEmpty();
                    tables++;
                }
            }
        }
        assertThat(tables).isGreaterThan(400);
    }
}
