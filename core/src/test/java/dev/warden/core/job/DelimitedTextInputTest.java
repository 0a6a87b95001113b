package dev.warden.core.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import dev.warden.core.deid.Deidentifiers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files of a directory source: a first line shaped like a record is no header (BREAKER18 L4: it was copied into the
 * spec and the output), {@code .tsv} files are tables with a tab, and a directory without a table file is refused with
 * what it holds (BREAKER18: {@code .tsv} and {@code .txt} were ignored and gave an empty spec).
 */
class DelimitedTextInputTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private List<String> header(String text) throws IOException {
        write("t.csv", text);
        try (TableSource source = Datasets.source(dir.toString(), Datasets.detectDelimiter(dir.toString()))) {
            return source.schema("t").columnNames();
        }
    }

    /** @return the message of the refusal of {@code people.csv}'s header, by classify's read and by the job's */
    private String refusal(String text) throws IOException {
        write("people.csv", text);
        try (TableSource source = Datasets.source(dir.toString())) {
            assertThatThrownBy(() -> new SpecProposer(source, 100).propose("p", "hipaa-safe-harbor", LocalDate.of(2026, 1, 1)))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> source.open("people", List.of("x"))).isInstanceOf(InvalidInputException.class);
            try {
                source.schema("people");
            } catch (InvalidInputException e) {
                return e.getMessage();
            }
        }
        throw new AssertionError("the header of people.csv was read");
    }

    @Test
    void aFirstLineWithAnEmailAddressIsNoHeader() throws IOException {
        String message = refusal("17,john.smith@gmail.com\n18,ann.lee@example.org\n");
        assertThat(message).isEqualTo("line 1 of people.csv holds an e-mail address in column 2, not a column name: the "
                + "file has no header row; add one (the column names, separated as the values are)");
        assertThat(message).doesNotContain("john.smith").doesNotContain("17");
    }

    @Test
    void aFirstLineWithASocialSecurityNumberIsNoHeader() throws IOException {
        String message = refusal("John Smith,123-45-6789\nJane Doe,234-56-7890\n");
        assertThat(message).contains("line 1 of people.csv").contains("Social Security number").contains("column 2")
                .doesNotContain("123-45-6789").doesNotContain("John");
    }

    @Test
    void aFirstLineWithATelephoneNumberIsNoHeader() throws IOException {
        String message = refusal("(402) 555-0134,Ann Lee\n(402) 555-0199,Bo Chen\n");
        assertThat(message).contains("line 1 of people.csv").contains("a telephone number in column 1")
                .doesNotContain("555").doesNotContain("Ann");
    }

    @Test
    void cardIbanAddressAndUrlShapesAreNoColumnNames() {
        assertThat(HeaderRow.identifierShape("4111 1111 1111 1111")).hasValue("a payment card number");
        assertThat(HeaderRow.identifierShape("DE89 3704 0044 0532 0130 00")).hasValue("an IBAN");
        assertThat(HeaderRow.identifierShape("192.168.10.7")).hasValue("an IPv4 address");
        assertThat(HeaderRow.identifierShape("https://example.org/u/jsmith")).hasValue("a URL");
    }

    @Test
    void yearsOfAPivotTableAreColumnNames() throws IOException {
        assertThat(header("region,2019,2020\nnorth,5,7\n")).containsExactly("region", "2019", "2020");
    }

    @Test
    void namesOfIdentifierColumnsAreColumnNames() throws IOException {
        assertThat(header("email,phone,e-mail,ssn\na@example.org,(402) 555-0134,b@example.org,123-45-6789\n"))
                .containsExactly("email", "phone", "e-mail", "ssn");
    }

    @Test
    void idsAndDatesAreColumnNames() throws IOException {
        assertThat(header("id,date,2024-01-31,31.01.2024\n1,2024-01-02,3,4\n"))
                .containsExactly("id", "date", "2024-01-31", "31.01.2024");
    }

    /**
     * Colombia's RIPS files are sent without a header row: each file of the rips-co set, its header line taken away,
     * is refused at line 1, naming the columns that hold values shaped like their column's values below, never a value.
     */
    @Test
    void ripsFilesSentWithoutAHeaderRowAreRefusedAtLineOne() throws IOException, java.net.URISyntaxException {
        Path rips = Path.of(getClass().getResource("/classification-open/rips-co").toURI());
        for (String file : List.of("AC", "AF", "AM", "AP", "CT", "US")) {
            List<String> lines = Files.readAllLines(rips.resolve(file + ".csv"));
            Path in = Files.createDirectories(dir.resolve("rips-" + file));
            Files.write(in.resolve(file + ".csv"), lines.subList(1, lines.size()));
            try (TableSource source = Datasets.source(in.toString())) {
                assertThatThrownBy(() -> source.schema(file)).as(file).isInstanceOf(InvalidInputException.class)
                        .hasMessageStartingWith("line 1 of " + file + ".csv is a record, not column names: column ")
                        .hasMessageEndingWith("the file has no header row: add one as its first line (the column "
                                + "names, separated as the values are)")
                        .message().doesNotContain(lines.get(1).split(",")[1]);
            }
        }
    }

    @Test
    void aFirstLineOfADocumentNumberAndADateIsARecord() throws IOException {
        String message = refusal("CC,1097546917,15/10/2026,GARCIA\nCC,1095345970,17/10/2026,RINCON\n");
        assertThat(message).isEqualTo("line 1 of people.csv is a record, not column names: column 2 holds a number of "
                + "six or more digits, column 3 holds a date, as the lines below do in the same columns; the file has no "
                + "header row: add one as its first line (the column names, separated as the values are)");
    }

    @Test
    void aFirstLineOfADocumentNumberBesideAnEmptyCellIsARecord() throws IOException {
        assertThat(refusal("CC,1097546917,MARLENY,,30\nCC,1097692013,CAMILO,ANDRES,57\n"))
                .startsWith("line 1 of people.csv is a record, not column names: column 4 is empty and column 2 holds a "
                        + "number of six or more digits, as the lines below do in the same column;");
    }

    @Test
    void datesHeadingColumnsOfCountsAreColumnNames() throws IOException {
        // as Johns Hopkins CSSE's COVID-19 time series are headed
        assertThat(header("Province/State,Country/Region,Lat,Long,1/22/20,1/23/20,2020-01-24\n"
                + ",Afghanistan,33.93911,67.709953,0,0,12\n,Albania,41.1533,20.1683,0,3,4\n"))
                .containsExactly("Province/State", "Country/Region", "Lat", "Long", "1/22/20", "1/23/20", "2020-01-24");
    }

    @Test
    void decimalNumbersHeadingATableOfQuantilesAreColumnNames() throws IOException {
        // pandas' df.quantile([0.25, 0.5, 0.75]).T, its index named: a column of names, then one per quantile
        assertThat(header("variable,0.25,0.5,0.75\nage,31.5,42.0,55.25\nweight,61.2,70.4,82.9\n"))
                .containsExactly("variable", "0.25", "0.5", "0.75");
    }

    @Test
    void dicomNemsisMdsAndSdtmNamesAreColumnNames() throws IOException {
        assertThat(header("\"(0010,0010)\",\"(0010,0020)\",\"(0010,0030)\",\"(0008,0020)\"\n"
                + "DOE^JANE,1029384756,19800101,20240501\n")).containsExactly("(0010,0010)", "(0010,0020)",
                        "(0010,0030)", "(0008,0020)");
        assertThat(header("ePatient.02,ePatient.13,eTimes.03,eVitals.06\nDoe,9906001,2024-05-01 10:31,120.5\n"))
                .containsExactly("ePatient.02", "ePatient.13", "eTimes.03", "eVitals.06");
        assertThat(header("A0310A,A0900,A1300A,Z0500B\n01,1944-02-11,100234567,2024-05-01\n"))
                .containsExactly("A0310A", "A0900", "A1300A", "Z0500B");
        assertThat(header("USUBJID,BRTHDTC,AESTDTC,LBSTRESN\nCDISC01-701-1015,1944-02-11,2024-05-01,5.25\n"))
                .containsExactly("USUBJID", "BRTHDTC", "AESTDTC", "LBSTRESN");
    }

    @Test
    void aHeaderOnlyFileKeepsItsColumnNames() throws IOException {
        assertThat(header("2024-05-01,2024-05-02,100200,100300\n")).hasSize(4);
    }

    @Test
    void anEmptyHeaderCellAndARepeatedNameGetNamesOfTheirOwn() throws IOException {
        // pandas writes its index column with an empty name; ODK Central puts its DeviceID beside a form's deviceid
        assertThat(header(",name,deviceid,DeviceID,Notes,notes,NOTES\n0,a,b,c,d,e,f\n"))
                .containsExactly("column_1", "name", "deviceid", "DeviceID_2", "Notes", "notes_2", "NOTES_3");
        // a made-up name takes no name the header gives, before or after it
        assertThat(HeaderRow.columnNames(new String[] {"x", "X", "x_2", "", "column_4", null}))
                .containsExactly("x", "X_3", "x_2", "column_4_2", "column_4", "column_6");
    }

    @Test
    void aPandasExportWithAnUnnamedIndexAndRepeatedNamesIsClassifiedAndRun() throws IOException {
        StringBuilder csv = new StringBuilder(",patient_name,email,DeviceID,deviceid,visit_count\n");
        String[] names = {"Maria Okafor", "James Lindqvist", "Aisha Moreau", "Chen Tanaka", "Olga Kowalski"};
        for (int i = 0; i < 30; i++) {
            csv.append(i).append(',').append(names[i % 5]).append(' ').append((char) ('A' + i)).append(".,p").append(i)
                    .append("@mail.example.com,phone-").append(1000 + i).append(",ODK-").append(7000 + i).append(',')
                    .append(i % 4).append('\n');
        }
        write("visits.csv", csv.toString());
        JobSpec spec;
        try (TableSource source = Datasets.source(dir.toString())) {
            spec = new SpecProposer(source, 100).propose("p", "hipaa-safe-harbor", LocalDate.of(2026, 1, 1));
        }
        assertThat(spec.table("visits").orElseThrow().columns().stream().map(ColumnSpec::name))
                .containsExactly("column_1", "patient_name", "email", "DeviceID", "deviceid_2", "visit_count");
        Path out = dir.resolve("out");
        String written = ProposalFixtures.runPassing(dir, spec, out, "visits");
        assertThat(written.lines().findFirst().orElseThrow()).isEqualTo("column_1,patient_name,email,DeviceID,deviceid_2,visit_count");
        assertThat(written).doesNotContain("Okafor").doesNotContain("ODK-7000").doesNotContain("phone-1000");
    }

    @Test
    void aTsvFileIsATableReadWithTabs() throws IOException {
        write("voters.tsv", "ncid\tlast_name\tcity\nAA1\tO'NEAL\tRALEIGH, NC\n");
        write("precincts.csv", "code;name\n01;North\n");
        try (TableSource source = Datasets.source(dir.toString(), Datasets.detectDelimiter(dir.toString()))) {
            assertThat(source.tables()).containsExactly("precincts", "voters");
            assertThat(source.schema("voters").columnNames()).containsExactly("ncid", "last_name", "city");
            assertThat(source.schema("precincts").columnNames()).containsExactly("code", "name");
            try (RowReader r = source.open("voters", List.of("city", "ncid"))) {
                assertThat(r.next()).containsExactly("RALEIGH, NC", "AA1");
            }
        }
    }

    @Test
    void aTsvFolderIsClassifiedAndDeidentifiedIntoCsv() throws IOException {
        StringBuilder tsv = new StringBuilder("voter_id\tlast_name\tfirst_name\temail\tphone\tcounty\n");
        String[] last = {"LOCKLEAR", "O'NEAL", "DE LA CRUZ", "SMITH", "JONES", "BROWN", "WARD", "HUNT"};
        String[] first = {"ANN", "BO", "CARL", "DINA", "ED", "FAY", "GUS", "HAL"};
        for (int i = 0; i < 40; i++) {
            tsv.append("DC").append(149_456 + i * 7).append('\t').append(last[i % 8]).append('\t').append(first[(i * 3) % 8])
                    .append('\t').append(first[(i * 3) % 8].toLowerCase()).append(i).append("@mail.example.com")
                    .append("\t(919) 555-").append(1000 + i).append('\t').append(i % 2 == 0 ? "WAKE" : "ROBESON").append('\n');
        }
        write("voters.tsv", tsv.toString());
        String input = dir.toString();
        char delimiter = Datasets.detectDelimiter(input); // as classify and deidentify do without --delimiter
        JobSpec spec;
        try (TableSource source = Datasets.source(input, delimiter)) {
            spec = new SpecProposer(source, 1000).propose("proposed", "hipaa-safe-harbor", LocalDate.of(2026, 1, 1));
        }
        assertThat(spec.tables()).extracting(TableSpec::name).containsExactly("voters");
        assertThat(spec.table("voters").orElseThrow().columns()).hasSize(6);
        Path out = dir.resolveSibling(dir.getFileName() + "-out");
        JobReport report;
        try (TableSource source = Datasets.source(input, delimiter);
             TableTarget target = Datasets.target(out.toString(), Datasets.Format.CSV, delimiter)) {
            report = DeidentificationJob.builder().spec(JobSpec.parse(spec.toJson(), "proposed.json")).source(source)
                    .target(target).deidentifiers(p -> Deidentifiers.forProfile(p, KEY)).build().run();
        }
        assertThat(report.validation().passed()).isTrue();
        assertThat(report.rowsWritten()).isEqualTo(40);
        assertThat(out.resolve("voters.tsv")).doesNotExist();
        List<String> lines = Files.readAllLines(out.resolve("voters.csv"));
        assertThat(lines.get(0)).isEqualTo("voter_id,last_name,first_name,email,phone,county");
        assertThat(lines).hasSize(41);
        List<String> cells = new ArrayList<>();
        lines.stream().skip(1).forEach(l -> cells.addAll(Arrays.asList(l.split(",", -1))));
        assertThat(cells).doesNotContain("ann0@mail.example.com", "(919) 555-1000", "DC149456");
    }

    @Test
    void aCsvAndATsvOfTheSameNameAreRefused() throws IOException {
        write("people.csv", "id\n1\n");
        write("people.tsv", "id\n2\n");
        assertThatThrownBy(() -> Datasets.source(dir.toString())).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("people.csv and people.tsv, which would both be table people");
    }

    @Test
    void anEmptyFolderIsRefusedWithTheExtensionsRead() {
        assertThatThrownBy(() -> Datasets.source(dir.toString())).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("holds no table file: it is empty")
                .hasMessageContaining("<table>.csv").hasMessageContaining("<table>.tsv").hasMessageContaining("<table>.jsonl");
    }

    @Test
    void aFolderWithOnlyNotesIsRefusedWithWhatItHolds() throws IOException {
        write("notes.md", "# voters\n");
        write("voters.txt", "ncid\tlast_name\nAA1\tO'NEAL\n");
        Files.createDirectory(dir.resolve("2019"));
        assertThatThrownBy(() -> Datasets.source(dir.toString())).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("holds no table file: found 2019/, notes.md, voters.txt;")
                .hasMessageContaining("a .txt file is not read: rename one that holds delimited text with a header row to .csv or .tsv");
    }
}
