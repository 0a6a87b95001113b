package dev.warden.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import dev.warden.core.anonymity.Table;
import dev.warden.core.deid.Deidentifiers;
import dev.warden.core.job.Datasets;
import dev.warden.core.job.DeidentificationJob;
import dev.warden.core.job.JobReport;
import dev.warden.core.job.JobSpec;
import dev.warden.core.job.TableSource;
import dev.warden.core.job.TableTarget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Statistical de-identification on Spark ({@code local[2]}) gives the single-machine job's output byte for byte and
 * the same report: on the Adult census data (30,162 records, read in 4 or more partitions) with ARX's k-anonymity case
 * and with l-diversity, and on the Synthea patients after Safe Harbor (the quasi-identifiers transformed by the column
 * rules first). Bad specs and inputs stop the job before anything is written, and the previous output stays.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnonymityOnSparkTest {

    private static final List<String> ADULT_QIS = List.of("sex", "age", "race", "marital-status", "education",
            "native-country", "workclass", "occupation", "salary-class");

    Path dir;
    Path key;
    Path adult;
    Path hierarchies;

    @BeforeAll
    void data(@TempDir Path dir) throws Exception {
        this.dir = dir;
        key = dir.resolve("job.key");
        Files.write(key, SyntheaOnSparkTest.KEY);
        hierarchies = Path.of(getClass().getResource("/adult/adult.csv").toURI()).getParent();
        adult = Files.createDirectories(dir.resolve("adult-in"));
        Table.readCsv(hierarchies.resolve("adult.csv"), ';').writeCsv(adult.resolve("adult.csv"), ',');
        // About 600 kB per partition: the 2.5 MB file is read as several splits, in order.
        LocalSpark.session().conf().set("spark.sql.files.maxPartitionBytes", "600000");
    }

    @AfterAll
    void reset() {
        LocalSpark.session().conf().unset("spark.sql.files.maxPartitionBytes");
    }

    /** A spec over the Adult table: every column kept, the given quasi-identifiers with ARX's hierarchies. */
    private JobSpec adultSpec(List<String> qis, String models) throws IOException {
        ObjectMapper json = new ObjectMapper();
        StringBuilder columns = new StringBuilder();
        for (String c : ADULT_QIS) {
            columns.append(columns.isEmpty() ? "" : ", ").append('"').append(c).append("\": \"keep\"");
        }
        StringBuilder h = new StringBuilder();
        for (String qi : qis) {
            h.append(h.isEmpty() ? "" : ", ").append('"').append(qi).append("\": {\"hierarchy\": ")
                    .append(json.writeValueAsString(hierarchies.resolve("adult_hierarchy_" + qi + ".csv").toString()))
                    .append('}');
        }
        return JobSpec.parse("{\"name\": \"adult\", \"profile\": \"test-data\", \"asOf\": \"2024-12-31\", \"tables\": "
                + "{\"adult\": {\"columns\": {" + columns + "}, \"anonymity\": {\"quasiIdentifiers\": {" + h + "}, "
                + models + "}}}}", "adult.json");
    }

    private JobReport single(JobSpec spec, Path in, Path out) {
        try (TableSource source = Datasets.source(in.toString());
             TableTarget target = Datasets.target(out.toString(), Datasets.Format.CSV)) {
            return DeidentificationJob.builder().spec(spec).source(source).target(target)
                    .deidentifiers(p -> Deidentifiers.forProfile(p, SyntheaOnSparkTest.KEY)).build().run();
        }
    }

    private JobReport spark(JobSpec spec, Path in, Path out, boolean multiLine) {
        return SparkDeidentificationJob.builder(LocalSpark.session()).spec(spec).key("file:" + key).input(in.toString())
                .output(out.toString()).multiLine(multiLine).build().run();
    }

    /** Runs both jobs; asserts every table file byte for byte, the table reports and the checks; returns Spark's. */
    private JobReport[] runBoth(JobSpec spec, Path in, boolean multiLine, String name) throws IOException {
        Path one = dir.resolve(name + "-single");
        Path many = dir.resolve(name + "-spark");
        JobReport expected = single(spec, in, one);
        JobReport actual = spark(spec, in, many, multiLine);
        List<String> tables = LocalSpark.tables(many);
        assertThat(tables).isNotEmpty();
        for (String t : tables) {
            assertThat(LocalSpark.concatenated(many.resolve(t))).as(t)
                    .isEqualTo(Files.readString(one.resolve(t + ".csv"), StandardCharsets.UTF_8));
        }
        assertThat(actual.validation().passed()).as(actual.summary()).isTrue();
        assertThat(actual.tables()).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(expected.tables());
        assertThat(actual.validation().checks()).extracting(JobReport.Check::name)
                .containsExactlyElementsOf(expected.validation().checks().stream().map(JobReport.Check::name).toList());
        JobReport.Check privacy = check(actual);
        assertThat(privacy.passed()).isTrue();
        assertThat(privacy.detail()).isEqualTo(check(expected).detail());
        return new JobReport[] {expected, actual};
    }

    private static JobReport.Check check(JobReport report) {
        return report.validation().checks().stream().filter(c -> c.name().equals("privacy model")).findFirst().orElseThrow();
    }

    @Test
    void adultKAnonymityIsTheSingleMachineOutputByteForByteWithArxsLevels() throws IOException {
        JobReport[] r = runBoth(adultSpec(ADULT_QIS, "\"k\": 5, \"suppressionPercent\": 4"), adult, false, "adult-k");
        try (Stream<Path> parts = Files.list(dir.resolve("adult-k-spark/adult"))) {
            assertThat(parts.filter(p -> p.getFileName().toString().startsWith("part-")).count())
                    .as("read and written in 600 kB splits").isEqualTo((Files.size(adult.resolve("adult.csv")) + 599_999) / 600_000)
                    .isGreaterThanOrEqualTo(4);
        }
        JobReport.Anonymity a = r[1].tables().get(0).anonymity().orElseThrow();
        // ARX TestAnonymizationKAnonymity, Adult, k = 5, 4%: levels 1 0 1 1 3 2 2 0 1, loss 255559.85455731067
        assertThat(a.levels().values()).containsExactly(1, 0, 1, 1, 3, 2, 2, 0, 1);
        assertThat(a.informationLoss()).isCloseTo(255559.85455731067, within(1e-6));
        assertThat(a.after().smallestClass()).as("k reached").isGreaterThanOrEqualTo(5);
        assertThat(a.suppressed()).isPositive().isLessThanOrEqualTo(a.suppressionLimit());
        assertThat(a.suppressionLimit()).isEqualTo(30162 * 4 / 100);
        assertThat(r[1].rowsWritten()).isEqualTo(30162);
    }

    @Test
    void adultLDiversityWithDroppedRecordsIsTheSingleMachineOutputByteForByte() throws IOException {
        JobSpec spec = adultSpec(List.of("sex", "age", "race", "marital-status", "education"),
                "\"sensitive\": \"occupation\", \"k\": 5, \"l\": {\"distinct\": 3}, \"suppressionPercent\": 2, "
                        + "\"suppressedRecords\": \"drop\"");
        JobReport[] r = runBoth(spec, adult, false, "adult-l");
        JobReport.Anonymity a = r[1].tables().get(0).anonymity().orElseThrow();
        assertThat(a.models()).containsExactly("k-anonymity (k=5)", "distinct l-diversity of occupation (l=3)");
        assertThat(a.suppressedRecords()).isEqualTo("drop");
        assertThat(a.suppressed()).as("records dropped").isPositive();
        assertThat(r[1].rowsWritten()).isEqualTo(30162 - a.suppressed()).isEqualTo(r[0].rowsWritten());
        assertThat(a.after().smallestClass()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void syntheaPatientsAfterSafeHarborAreTheSingleMachineOutputByteForByte() throws Exception {
        Path synthea = Path.of(getClass().getResource("/synthea/patients.csv").toURI()).getParent();
        JobSpec spec = JobSpec.load(Path.of(getClass().getResource("/specs/synthea-k-anonymity.json").toURI()));
        JobReport[] r = runBoth(spec, synthea, true, "synthea");
        JobReport.Anonymity a = r[1].tables().get(0).anonymity().orElseThrow();
        assertThat(a.quasiIdentifiers()).containsExactly("BIRTHDATE", "ZIP", "GENDER");
        assertThat(a.before().records()).isEqualTo(25);
        assertThat(a.after().smallestClass()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void parquetOutputGetsTheSameGeneralizedCellsAndTheSameCheck() throws Exception {
        Path synthea = Path.of(getClass().getResource("/synthea/patients.csv").toURI()).getParent();
        JobSpec spec = JobSpec.load(Path.of(getClass().getResource("/specs/synthea-k-anonymity.json").toURI()));
        JobReport expected = single(spec, synthea, dir.resolve("parquet-single"));
        Path out = dir.resolve("parquet-spark");
        JobReport actual = SparkDeidentificationJob.builder(LocalSpark.session()).spec(spec).key("file:" + key)
                .input(synthea.toString()).output(out.toString()).format(SparkDeidentificationJob.Format.PARQUET).build().run();
        assertThat(actual.validation().passed()).as(actual.summary()).isTrue();
        assertThat(check(actual).detail()).isEqualTo(check(expected).detail());
        assertThat(actual.tables().get(0).anonymity()).usingRecursiveComparison().isEqualTo(expected.tables().get(0).anonymity());
        List<String> generalized = LocalSpark.session().read().parquet(out.resolve("patients").toString())
                .selectExpr("concat_ws('|', BIRTHDATE, ZIP, GENDER)").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
        List<String> single = SyntheaOnSparkTest.rows(dir.resolve("parquet-single/patients.csv")).stream()
                .map(r -> r.get("BIRTHDATE") + "|" + r.get("ZIP") + "|" + r.get("GENDER")).toList();
        assertThat(generalized).isEqualTo(single);
    }

    /** A first good run into {@code out} (of four records), whose files the failing runs must leave as they were. */
    private Map<String, String> previousOutput(Path out) throws IOException {
        Path in = Files.createDirectories(dir.resolve("small-in"));
        Files.writeString(in.resolve("adult.csv"), String.join(",", ADULT_QIS) + "\n"
                + "Male,39,White,Never-married,Bachelors,United-States,State-gov,Adm-clerical,<=50K\n".repeat(2)
                + "Female,50,White,Married-civ-spouse,Bachelors,United-States,Private,Exec-managerial,>50K\n".repeat(2));
        if (!Files.exists(out)) {
            spark(adultSpec(List.of("sex", "race"), "\"k\": 2"), in, out, false);
        }
        return Map.of("adult", LocalSpark.concatenated(out.resolve("adult")));
    }

    private void assertUntouched(Path out, Map<String, String> before) throws IOException {
        assertThat(LocalSpark.concatenated(out.resolve("adult"))).isEqualTo(before.get("adult"));
        try (Stream<Path> siblings = Files.list(out.getParent())) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("warden-staging"));
        }
    }

    @Test
    void aKAboveTheRowsStopsTheJobAndLeavesThePreviousOutput() throws IOException {
        Path out = dir.resolve("kept-1");
        Map<String, String> before = previousOutput(out);
        JobSpec impossible = adultSpec(List.of("sex", "race"), "\"k\": 40000");
        assertThatThrownBy(() -> spark(impossible, adult, out, false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("table adult").hasMessageContaining("k = 40000");
        assertUntouched(out, before);
    }

    @Test
    void lDiversityThatNoGeneralizationMeetsStopsTheJobAndLeavesThePreviousOutput() throws IOException {
        Path out = dir.resolve("kept-2");
        Map<String, String> before = previousOutput(out);
        // Salary class has two values: no class can hold three distinct ones.
        JobSpec impossible = adultSpec(List.of("sex", "race"),
                "\"sensitive\": \"salary-class\", \"l\": {\"distinct\": 3}, \"suppressionPercent\": 0");
        assertThatThrownBy(() -> spark(impossible, adult, out, false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("table adult").hasMessageContaining("no generalization");
        assertUntouched(out, before);
    }

    @Test
    void anEmptyTableStopsTheJobNamingIt() throws IOException {
        Path in = Files.createDirectories(dir.resolve("empty-in"));
        Files.writeString(in.resolve("adult.csv"), String.join(",", ADULT_QIS) + "\n");
        Path out = dir.resolve("kept-3");
        Map<String, String> before = previousOutput(out);
        assertThatThrownBy(() -> spark(adultSpec(List.of("sex"), "\"k\": 2"), in, out, false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("table adult: no rows to anonymize");
        assertUntouched(out, before);
    }

    @Test
    void aQuasiIdentifierMissingFromTheInputIsRefusedNamingTableAndColumn() throws IOException {
        Path in = Files.createDirectories(dir.resolve("no-race-in"));
        // The input lacks the race column; the spec lists it only among the quasi-identifiers.
        List<String> header = ADULT_QIS.stream().filter(c -> !c.equals("race")).toList();
        Files.writeString(in.resolve("adult.csv"), String.join(",", header) + "\n"
                + "Male,39,Never-married,Bachelors,United-States,State-gov,Adm-clerical,<=50K\n");
        StringBuilder columns = new StringBuilder();
        for (String c : header) {
            columns.append(columns.isEmpty() ? "" : ", ").append('"').append(c).append("\": \"keep\"");
        }
        JobSpec spec = JobSpec.parse("{\"name\": \"adult\", \"profile\": \"test-data\", \"asOf\": \"2024-12-31\", "
                + "\"tables\": {\"adult\": {\"columns\": {" + columns + "}, \"anonymity\": {\"quasiIdentifiers\": "
                + "{\"race\": {\"hierarchy\": " + new ObjectMapper().writeValueAsString(
                        hierarchies.resolve("adult_hierarchy_race.csv").toString()) + "}}, \"k\": 2}}}}", "adult.json");
        Path out = dir.resolve("kept-4");
        Map<String, String> before = previousOutput(out);
        assertThatThrownBy(() -> spark(spec, in, out, false))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("table adult").hasMessageContaining("quasi-identifier 'race'");
        assertUntouched(out, before);
    }

    @Test
    void aValueMissingFromItsHierarchyNamesThePartitionRowAndColumn() throws IOException {
        Path in = Files.createDirectories(dir.resolve("odd-in"));
        Files.writeString(in.resolve("adult.csv"), String.join(",", ADULT_QIS) + "\n"
                + "Male,39,White,Never-married,Bachelors,United-States,State-gov,Adm-clerical,<=50K\n"
                + "Other,40,White,Never-married,Bachelors,United-States,State-gov,Adm-clerical,<=50K\n");
        Path out = dir.resolve("kept-5");
        Map<String, String> before = previousOutput(out);
        assertThatThrownBy(() -> spark(adultSpec(List.of("sex"), "\"k\": 1"), in, out, false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("table adult, partition 0, row 2, column sex: value 'Other'")
                .hasMessageContaining("missing from its hierarchy");
        assertUntouched(out, before);
    }
}
