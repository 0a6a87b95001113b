package dev.warden.core.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import dev.warden.core.deid.Deidentifiers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input to a job with a table's {@code "anonymity"}: each stops the job before anything is written, with an error
 * naming the table, column and (except for identifier columns) the value.
 */
class AnonymityJobErrorsTest {

    @TempDir
    Path dir;
    Path in;

    @BeforeEach
    void data() throws IOException {
        in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("people.csv"), """
                id,age,zip,sex,diagnosis
                p1,34,68104,M,flu
                p2,36,68104,M,cold
                p3,41,68105,F,flu
                p4,44,68105,F,asthma
                p5,38,68104,M,flu
                p6,47,68105,F,cold
                """);
        Files.writeString(dir.resolve("sex.csv"), "M;*\nF;*\n");
        Files.writeString(dir.resolve("zip3.csv"), "681;68*;*\n");
    }

    private Path spec(String anonymity) throws IOException {
        return spec(anonymity, "\"sex\": \"keep\"");
    }

    private Path spec(String anonymity, String sexRule) throws IOException {
        Path spec = dir.resolve("job.json");
        Files.writeString(spec, """
                {"profile": "hipaa-safe-harbor", "asOf": "2024-12-31",
                 "tables": {"people": {"primaryKey": "id",
                   "columns": {"id": "ID", "age": "keep", "zip": "ZIP_CODE", %s, "diagnosis": "keep"},
                   "anonymity": %s}}}
                """.formatted(sexRule, anonymity));
        return spec;
    }

    private JobReport run(Path spec) {
        try (TableSource source = Datasets.source(in.toString());
             TableTarget target = Datasets.target(dir.resolve("out").toString(), Datasets.Format.CSV)) {
            return DeidentificationJob.builder().spec(JobSpec.load(spec)).source(source).target(target)
                    .deidentifiers(p -> Deidentifiers.forProfile(p, SyntheaJobTest.KEY)).build().run();
        }
    }

    @Test
    void aValueMissingFromItsHierarchyNamesTableRowColumnAndValue() throws IOException {
        Files.writeString(dir.resolve("sex.csv"), "M;*\n");
        assertThatThrownBy(() -> run(spec("{\"quasiIdentifiers\": {\"sex\": {\"hierarchy\": \"sex.csv\"}}, \"k\": 2}")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("table people, row ").hasMessageContaining("column sex: value 'F'")
                .hasMessageContaining("missing from its hierarchy sex.csv");
        assertThat(dir.resolve("out/people.csv")).doesNotExist();
    }

    @Test
    void anIdentifierColumnsMissingValueIsNotQuoted() throws IOException {
        // Safe Harbor writes the zip column's first three digits: 681 is in the hierarchy, 681 for 68105 too, so
        // make the hierarchy miss it.
        Files.writeString(dir.resolve("zip3.csv"), "680;68*;*\n");
        assertThatThrownBy(() -> run(spec("{\"quasiIdentifiers\": {\"zip\": {\"hierarchy\": \"zip3.csv\"}}, \"k\": 2}")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("column zip: a value (not shown: the column is an identifier)")
                .hasMessageNotContaining("681").hasMessageNotContaining("68104");
    }

    @Test
    void aHierarchyOfUnevenDepthIsRefusedWhenTheSpecIsRead() throws IOException {
        Files.writeString(dir.resolve("sex.csv"), "M;*\nF;X;*\n");
        assertThatThrownBy(() -> JobSpec.load(spec("{\"quasiIdentifiers\": {\"sex\": {\"hierarchy\": \"sex.csv\"}}, \"k\": 2}")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("tables.people.anonymity.quasiIdentifiers.sex.hierarchy")
                .hasMessageContaining("sex.csv, line 2: 3 cells, the first row has 2");
    }

    @Test
    void anEmptyTableIsAnErrorNamingIt() throws IOException {
        Files.writeString(in.resolve("people.csv"), "id,age,zip,sex,diagnosis\n");
        assertThatThrownBy(() -> run(spec("{\"quasiIdentifiers\": {\"sex\": {\"hierarchy\": \"sex.csv\"}}, \"k\": 2}")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("table people: no rows to anonymize");
    }

    @Test
    void kLargerThanTheTableIsAnErrorNamingTableAndSizes() throws IOException {
        assertThatThrownBy(() -> run(spec("{\"quasiIdentifiers\": {\"sex\": {\"hierarchy\": \"sex.csv\"}}, \"k\": 7}")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("table people: anonymize: k = 7 is larger than the table's 6 rows");
        assertThat(dir.resolve("out/people.csv")).doesNotExist();
    }

    @Test
    void aNumberColumnWithTextIsAnErrorNamingRowColumnAndValue() throws IOException {
        Files.writeString(in.resolve("people.csv"), "id,age,zip,sex,diagnosis\np1,34,68104,M,flu\np2,unknown,68104,M,flu\n");
        assertThatThrownBy(() -> run(spec("{\"quasiIdentifiers\": {\"age\": {\"interval\": {\"widths\": [10]}}}, \"k\": 2}")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("column age: value 'unknown' (after the column's rule) is not a number")
                .hasMessageContaining("categories");
    }

    @Test
    void aQuasiIdentifierThatIsDroppedIsAConfigurationError() throws IOException {
        assertThatThrownBy(() -> run(spec("{\"quasiIdentifiers\": {\"sex\": {\"hierarchy\": \"sex.csv\"}}, \"k\": 2}",
                "\"sex\": \"drop\"")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("quasi-identifier 'sex' is not among the columns written");
    }

    @Test
    void theJobPassesWithSensibleSettings() throws IOException {
        JobReport report = run(spec("""
                {"quasiIdentifiers": {"age": {"interval": {"widths": [10, 20]}}, "sex": {"hierarchy": "sex.csv"}},
                 "sensitive": "diagnosis", "k": 3, "l": 2}"""));
        assertThat(report.validation().passed()).as(report.summary()).isTrue();
        assertThat(report.tables().get(0).anonymity().orElseThrow().levels()).containsEntry("age", 1)
                .containsEntry("sex", 0);
        assertThat(SyntheaJobTest.read(dir.resolve("out"), "people")).extracting(r -> r.get("age"))
                .containsExactly("[30, 40)", "[30, 40)", "[40, 50)", "[40, 50)", "[30, 40)", "[40, 50)");
        // independently of the job: every class of (age, sex) has at least 3 rows and 2 distinct diagnoses
        java.util.Map<String, java.util.List<String>> classes = new java.util.HashMap<>();
        for (var row : SyntheaJobTest.read(dir.resolve("out"), "people")) {
            classes.computeIfAbsent(row.get("age") + "|" + row.get("sex"), x -> new java.util.ArrayList<>())
                    .add(row.get("diagnosis"));
        }
        assertThat(classes.values()).allSatisfy(c -> {
            assertThat(c).hasSizeGreaterThanOrEqualTo(3);
            assertThat(new java.util.HashSet<>(c)).hasSizeGreaterThanOrEqualTo(2);
        });
    }

    @Test
    void tClosenessInTheJobIsMetByTheWrittenRows() throws IOException {
        JobReport report = run(spec("""
                {"quasiIdentifiers": {"age": {"interval": {"widths": [10, 20]}}, "sex": {"hierarchy": "sex.csv"}},
                 "sensitive": "diagnosis", "t": {"equal": 0.4}}"""));
        assertThat(report.validation().passed()).as(report.summary()).isTrue();
        // independently: each class's diagnosis distribution within 0.4 (equal-distance EMD) of the table's
        // (flu 3, cold 2, asthma 1 of 6)
        java.util.Map<String, java.util.Map<String, Integer>> classes = new java.util.HashMap<>();
        for (var row : SyntheaJobTest.read(dir.resolve("out"), "people")) {
            classes.computeIfAbsent(row.get("age") + "|" + row.get("sex"), x -> new java.util.HashMap<>())
                    .merge(row.get("diagnosis"), 1, Integer::sum);
        }
        java.util.Map<String, Double> table = java.util.Map.of("flu", 0.5, "cold", 2 / 6.0, "asthma", 1 / 6.0);
        assertThat(classes.values()).allSatisfy(c -> {
            double size = c.values().stream().mapToInt(Integer::intValue).sum();
            double emd = table.entrySet().stream()
                    .mapToDouble(e -> Math.abs(c.getOrDefault(e.getKey(), 0) / size - e.getValue())).sum() / 2;
            assertThat(emd).isLessThanOrEqualTo(0.4 + 1e-9);
        });
    }

    @Test
    void droppedSuppressedRecordsLeaveTheOutput() throws IOException {
        Files.writeString(in.resolve("people.csv"), Files.readString(in.resolve("people.csv")) + "p7,99,68104,M,flu\n");
        JobReport report = run(spec("""
                {"quasiIdentifiers": {"age": {"interval": {"widths": [10]}}, "sex": {"hierarchy": "sex.csv"}},
                 "k": 3, "suppressionPercent": 15, "suppressedRecords": "drop"}"""));
        assertThat(report.validation().passed()).as(report.summary()).isTrue();
        assertThat(report.tables().get(0).rowsOut()).isEqualTo(6);
        assertThat(report.tables().get(0).anonymity().orElseThrow().suppressed()).isEqualTo(1);
    }

    @Test
    void aMisspeltKeyIsRefusedWithASuggestion() throws IOException {
        assertThatThrownBy(() -> JobSpec.load(spec("{\"quasiIdentifers\": {\"sex\": {\"hierarchy\": \"sex.csv\"}}, \"k\": 2}")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("tables.people.anonymity.quasiIdentifers: unknown key (did you mean 'quasiIdentifiers'?)");
        assertThatThrownBy(() -> JobSpec.load(spec("{\"quasiIdentifiers\": {\"sex\": {\"hierarchy\": \"sex.csv\"}}, \"k\": 2, "
                + "\"supressionPercent\": 4}")))
                .hasMessageContaining("(did you mean 'suppressionPercent'?)");
        assertThatThrownBy(() -> JobSpec.load(spec("{\"quasiIdentifiers\": {\"age\": {\"interval\": {\"width\": [5]}}}, \"k\": 2}")))
                .hasMessageContaining("quasiIdentifiers.age.interval.width: unknown key (did you mean 'widths'?)");
    }

    @Test
    void lDiversityWithoutASensitiveColumnIsRefused() throws IOException {
        assertThatThrownBy(() -> JobSpec.load(spec("{\"quasiIdentifiers\": {\"sex\": {\"hierarchy\": \"sex.csv\"}}, \"l\": 2}")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("tables.people.anonymity.sensitive: missing; l-diversity protects a sensitive column");
    }

    @Test
    void aMissingHierarchyFileIsRefusedWithItsPath() throws IOException {
        assertThatThrownBy(() -> JobSpec.load(spec("{\"quasiIdentifiers\": {\"sex\": {\"hierarchy\": \"nope.csv\"}}, \"k\": 2}")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("quasiIdentifiers.sex.hierarchy: hierarchy file").hasMessageContaining("nope.csv does not exist");
    }

    @Test
    void noPrivacyModelIsRefused() throws IOException {
        assertThatThrownBy(() -> JobSpec.load(spec("{\"quasiIdentifiers\": {\"sex\": {\"hierarchy\": \"sex.csv\"}}}")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("no privacy model; give k, l or t");
    }
}
