package dev.warden.core.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.core.deid.Deidentifiers;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The validation of columns copied unchanged reads bare yyyymmdd dates ({@code 20080312}) on the whole column: a byte
 * count that happens to read as a date is a coincidence, a column of dates kept unchanged still fails the job.
 */
class KeptDatesTest {

    private static final byte[] KEY = "kept-dates-test-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    /** Chinook's Track sizes: 7- and 8-digit byte counts, six beginning 19 or 20, one of which is 20151222. */
    private static final long[] BYTES = {6713451, 7636561, 19021437, 8611245, 20151222, 10547154, 20989133, 3990994,
        19730941, 12031234, 9989331, 20448976, 5510424, 11170334, 19958210, 7877453};

    private Path table(String header, List<String> values) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        StringBuilder csv = new StringBuilder("id," + header + "\n");
        for (int i = 0; i < values.size(); i++) {
            csv.append(i + 1).append(',').append(values.get(i)).append('\n');
        }
        Files.writeString(in.resolve("t.csv"), csv);
        return in;
    }

    private JobReport run(Path in, String header) {
        JobSpec spec = JobSpec.parse("""
                {"profile": "hipaa-safe-harbor", "asOf": "2024-12-31",
                 "tables": {"t": {"primaryKey": "id", "columns": {"id": "keep", "%s": "keep"}}}}
                """.formatted(header), "spec.json");
        return run(in, spec, dir.resolve("out"));
    }

    private static JobReport run(Path in, JobSpec spec, Path out) {
        try (TableSource source = Datasets.source(in.toString());
             TableTarget target = Datasets.target(out.toString(), Datasets.Format.CSV)) {
            return DeidentificationJob.builder().spec(spec).source(source).target(target)
                    .deidentifiers(p -> Deidentifiers.forProfile(p, KEY)).build().run();
        }
    }

    private static List<String> bytes() {
        return java.util.Arrays.stream(BYTES).mapToObj(Long::toString).toList();
    }

    @Test
    void aKeptByteCountThatReadsAsADatePasses() throws IOException {
        JobReport report = run(table("Bytes", bytes()), "Bytes");
        assertThat(report.validation().passed()).as(report.validation().toString()).isTrue();
        assertThat(report.validation().toString()).contains("by chance").contains("t.Bytes (1 of 6)");
    }

    @Test
    void aKeptColumnOfYyyymmddDatesFails() throws IOException {
        Path in = table("CLM_FROM_DT", List.of("20080312", "20090101", "20081130", "20100704", "20080229"));
        assertThatThrownBy(() -> run(in, "CLM_FROM_DT")).isInstanceOf(ValidationFailedException.class)
                .hasMessageContaining("copied unchanged: t.CLM_FROM_DT (5 values hold DATE)");
    }

    @Test
    void aKeptColumnOfYyyymmddDatesFailsUnderAHeaderThatNamesNoDate() throws IOException {
        Path in = table("code", List.of("20080312", "20090101", "20081130", "20100704", "20080229"));
        assertThatThrownBy(() -> run(in, "code")).isInstanceOf(ValidationFailedException.class)
                .hasMessageContaining("t.code (5 values hold DATE)");
    }

    @Test
    void datesAmongMeasurementsOfOtherLengthsFailWhereDatesAreTheRuleOfTheirShape() throws IOException {
        // Three-digit readings and an eight-digit date of birth in some rows (an attribute-value column).
        Path in = table("value", List.of("120", "98", "19650312", "135", "19710704", "101", "19650312", "140"));
        assertThatThrownBy(() -> run(in, "value")).isInstanceOf(ValidationFailedException.class)
                .hasMessageContaining("t.value (3 values hold DATE)");
    }

    @Test
    void aDateAmongWordsOfAKeptColumnFails() throws IOException {
        List<String> values = new java.util.ArrayList<>(bytes());
        values.set(0, "unknown");
        Path in = table("size", values);
        assertThatThrownBy(() -> run(in, "size")).isInstanceOf(ValidationFailedException.class)
                .hasMessageContaining("t.size (1 values hold DATE)");
    }

    @Test
    void aDateUnderAHeaderThatNamesADateFailsWhateverTheOtherNumbers() throws IOException {
        Path in = table("birth_date", bytes());
        assertThatThrownBy(() -> run(in, "birth_date")).isInstanceOf(ValidationFailedException.class)
                .hasMessageContaining("t.birth_date (1 values hold DATE)");
    }

    @Test
    void anotherIdentifierInAKeptMeasurementColumnStillFails() throws IOException {
        List<String> values = new java.util.ArrayList<>(bytes());
        values.set(1, "192.168.10.24");
        Path in = table("Bytes", values);
        assertThatThrownBy(() -> run(in, "Bytes")).isInstanceOf(ValidationFailedException.class)
                .hasMessageContaining("t.Bytes (2 values hold IP_ADDRESS)"); // no longer all numbers: the date counts too
    }

    /** {@code warden classify} then {@code warden deidentify} with the proposal unedited, as the CLI runs them. */
    @Test
    void theChinookMusicSetRunsUneditedFromClassifyToDeidentify() throws URISyntaxException {
        Path in = Path.of(KeptDatesTest.class.getResource("/classification-open/chinook-music").toURI());
        JobSpec proposal;
        try (TableSource source = Datasets.source(in.toString(), Datasets.detectDelimiter(in.toString()))) {
            proposal = new SpecProposer(source, SpecProposer.DEFAULT_SAMPLE_ROWS, SpecProposer.DEFAULT_VOCABULARY_SHARE)
                    .propose("proposed", "hipaa-safe-harbor", LocalDate.of(2026, 12, 6));
        }
        assertThat(proposal.table("Track").orElseThrow().column("Bytes").orElseThrow().rule())
                .isInstanceOf(ColumnRule.Keep.class);
        JobReport report = run(in, JobSpec.parse(proposal.toJson(), "proposed.json"), dir.resolve("chinook"));
        assertThat(report.validation().passed()).as(report.validation().toString()).isTrue();
        assertThat(report.validation().toString()).contains("Track.Bytes (1 of 6)");
    }

    @Test
    void aCodeSystemsAddressOnEveryRowOfAKeptColumnPasses() throws IOException {
        List<String> systems = java.util.Collections.nCopies(30, "http://loinc.org");
        JobReport report = run(table("system", systems), "system");
        assertThat(report.validation().passed()).as(report.validation().toString()).isTrue();
        assertThat(report.validation().toString()).contains("a few addresses on many rows").contains("t.system=30 values, 1 distinct");
    }

    @Test
    void peoplesPagesInAKeptColumnFail() throws IOException {
        List<String> pages = java.util.stream.IntStream.range(0, 30).mapToObj(i -> "https://example.org/~member" + i).toList();
        assertThatThrownBy(() -> run(table("homepage", pages), "homepage")).isInstanceOf(ValidationFailedException.class)
                .hasMessageContaining("t.homepage (30 values hold URL)");
    }

    @Test
    void aFewAddressesOnFewRowsStillFail() throws IOException {
        // four rows, two addresses: too few rows each to call them shared
        Path in = table("link", List.of("https://a.example/ann", "https://a.example/ann", "https://b.example/bo",
                "https://b.example/bo"));
        assertThatThrownBy(() -> run(in, "link")).isInstanceOf(ValidationFailedException.class)
                .hasMessageContaining("t.link (4 values hold URL)");
    }
}
