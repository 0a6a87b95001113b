package dev.warden.core.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input files that are not UTF-8 are named with their line and byte offset; JSON Lines columns are every line's keys,
 * nested values named by their path.
 */
class TextInputTest {

    @TempDir
    Path dir;

    /** "Béa" in Windows-1252: 0xE9 is not a UTF-8 sequence. Line 3 starts at byte 13; the bad byte is at 17. */
    private static final byte[] LATIN1_CSV = {'i', 'd', ',', 'n', 'a', 'm', 'e', '\n', '1', ',', 'A', 'n', '\n',
            '2', ',', 'B', 'e', (byte) 0xE9, 'a', '\n'};

    @Test
    void aCsvFileInWindows1252IsNotUtf8AtItsLineAndByte() throws IOException {
        Files.write(dir.resolve("people.csv"), LATIN1_CSV);
        try (TableSource source = Datasets.source(dir.toString())) {
            assertThatThrownBy(() -> {
                try (RowReader r = source.open("people", List.of("id", "name"))) {
                    while (r.next() != null) {
                        // read to the end
                    }
                }
            }).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("people.csv").hasMessageContaining("not UTF-8 text at line 3, byte offset 17")
                    .hasMessageNotContaining("Mapping").hasMessageNotContaining("header");
        }
    }

    @Test
    void aHeaderThatIsNotUtf8IsNamedAsSuch() throws IOException {
        Files.write(dir.resolve("t.csv"), new byte[] {'i', 'd', ',', 'n', (byte) 0xFC, 'm', '\n', '1', ',', 'x', '\n'});
        try (TableSource source = Datasets.source(dir.toString())) {
            assertThatThrownBy(() -> source.schema("t")).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("not UTF-8 text at line 1, byte offset 4");
        }
    }

    @Test
    void aTruncatedMultiByteSequenceAtTheEndIsFound() throws IOException {
        Path f = dir.resolve("cut.csv");
        Files.write(f, new byte[] {'a', '\n', 'b', (byte) 0xC3});
        assertThat(Utf8Text.firstMalformed(f)).hasValueSatisfying(at -> assertThat(at).containsExactly(2, 3));
    }

    @Test
    void validUtf8IsNotReported() throws IOException {
        Path f = dir.resolve("ok.csv");
        Files.writeString(f, "name\nSøren 😀\nZoë\n".repeat(20_000));
        assertThat(Utf8Text.firstMalformed(f)).isEmpty();
    }

    @Test
    void aJsonLinesKeyAbsentFromTheFirstLineIsAColumn() throws IOException {
        Files.writeString(dir.resolve("people.jsonl"), "{\"id\":1,\"name\":\"Ann\"}\n{\"id\":2,\"name\":\"Bo\",\"email\":\"bo@example.org\"}\n");
        try (TableSource source = Datasets.source(dir.toString())) {
            assertThat(source.schema("people").columnNames()).containsExactly("id", "name", "email");
            List<String> emails = new ArrayList<>();
            try (RowReader r = source.open("people", List.of("email"))) {
                for (String[] row = r.next(); row != null; row = r.next()) {
                    emails.add(row[0]);
                }
            }
            assertThat(emails).containsExactly(null, "bo@example.org");
        }
    }

    @Test
    void aJsonLinesFileThatIsNotUtf8IsNamedWithItsLine() throws IOException {
        Files.write(dir.resolve("p.jsonl"), new byte[] {'{', '"', 'a', '"', ':', '1', '}', '\n', '{', '"', 'a', '"', ':',
                '"', (byte) 0xE9, '"', '}', '\n'});
        try (TableSource source = Datasets.source(dir.toString())) {
            assertThatThrownBy(() -> source.schema("p")).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("p.jsonl").hasMessageContaining("not UTF-8 text at line 2, byte offset 14");
        }
    }

    @Test
    void aDirectoryOfCsvAndJsonLinesTablesReadsEachFromItsOwnFile() throws IOException {
        Files.writeString(dir.resolve("agents.csv"), "id,name\n1,A\n2,B\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("tenants.jsonl"), "{\"id\": 1, \"agent\": 2}\n", StandardCharsets.UTF_8);
        try (TableSource source = Datasets.source(dir.toString())) {
            assertThat(source.tables()).containsExactly("agents", "tenants");
            assertThat(source.schema("tenants").columnNames()).containsExactly("id", "agent");
            assertThat(source.count("agents")).isEqualTo(2);
            try (RowReader rows = source.open("tenants", List.of("agent"))) {
                assertThat(rows.next()).containsExactly("2");
                assertThat(rows.next()).isNull();
            }
        }
    }

    @Test
    void aTableHeldByBothACsvAndAJsonLinesFileIsRefusedNamingIt() throws IOException {
        Files.writeString(dir.resolve("agents.csv"), "id,name\n1,A\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("agents.jsonl"), "{\"id\": 1}\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Datasets.source(dir.toString())).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("agents.jsonl").hasMessageContaining("both");
    }

    @Test
    void nestedJsonLinesValuesAreColumnsNamedByTheirPath() throws IOException {
        Files.writeString(dir.resolve("Patient.jsonl"), String.join("\n",
                "{\"id\": \"p1\", \"name\": [{\"use\": \"official\", \"family\": \"Nakamura\", \"given\": [\"Mateo\", \"Ken\"]}],"
                        + " \"address\": [{\"line\": [\"9748 N Stone Ave\"], \"postalCode\": \"85705\"}], \"active\": true}",
                "{\"id\": \"p2\", \"name\": [{\"family\": \"Kealoha\", \"given\": [\"Olivia\"]}], \"deceased\": null}") + "\n");
        try (TableSource source = Datasets.source(dir.toString())) {
            List<String> columns = source.schema("Patient").columns().stream().map(SourceColumn::name).toList();
            assertThat(columns).containsExactly("id", "name.0.use", "name.0.family", "name.0.given.0", "name.0.given.1",
                    "address.0.line.0", "address.0.postalCode", "active", "deceased");
            List<String[]> rows = new ArrayList<>();
            try (RowReader r = source.open("Patient", columns)) {
                for (String[] row = r.next(); row != null; row = r.next()) {
                    rows.add(row);
                }
            }
            assertThat(rows.get(0)).containsExactly("p1", "official", "Nakamura", "Mateo", "Ken", "9748 N Stone Ave", "85705",
                    "true", null);
            assertThat(rows.get(1)).containsExactly("p2", null, "Kealoha", "Olivia", null, null, null, null, null);
        }
        // the paths are read by their last named segment, or with the segments before it when it says nothing
        assertThat(dev.warden.core.deid.detect.ColumnHeader.meaning("Patient", "address.0.postalCode").type())
                .hasValue(dev.warden.deid.IdentifierType.ZIP_CODE);
        assertThat(dev.warden.core.deid.detect.ColumnHeader.meaning("Patient", "address.0.line.0").type())
                .hasValue(dev.warden.deid.IdentifierType.STREET_ADDRESS);
        assertThat(dev.warden.core.deid.detect.ColumnHeader.meaning("Patient", "telecom.0.value").type())
                .hasValue(dev.warden.deid.IdentifierType.TELEPHONE_NUMBER);
        assertThat(dev.warden.core.deid.detect.ColumnHeader.meaning("Patient", "name.0.use").type()).isEmpty();
    }

    @Test
    void aKeyNamedLikeANestedPathIsRefusedAsAmbiguous() throws IOException {
        Files.writeString(dir.resolve("t.jsonl"), "{\"a.b\": 1, \"a\": {\"b\": 2}}\n");
        try (TableSource source = Datasets.source(dir.toString())) {
            assertThatThrownBy(() -> source.schema("t")).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("table t, row 1").hasMessageContaining("a.b occurs twice");
        }
    }

    @Test
    void nestingDeeperThanThirtyTwoLevelsIsRefused() throws IOException {
        Files.writeString(dir.resolve("deep.jsonl"), "{\"a\": " + "[".repeat(40) + "1" + "]".repeat(40) + "}\n");
        try (TableSource source = Datasets.source(dir.toString())) {
            assertThatThrownBy(() -> source.schema("deep")).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("table deep, row 1").hasMessageContaining("nested more than 32 levels");
        }
    }
}
