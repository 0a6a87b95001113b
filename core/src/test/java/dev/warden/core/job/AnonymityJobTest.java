package dev.warden.core.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.warden.core.anonymity.Table;
import dev.warden.core.deid.Deidentifiers;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main job with a table's {@code "anonymity"}: k-anonymity over what Safe Harbor releases of the Synthea patients
 * (year of birth, ZIP3, gender), and ARX's Adult case through the job. Every output is checked here again from the
 * written file, independently of the job's own check.
 */
class AnonymityJobTest {

    static Path resource(String name) {
        try {
            return Path.of(AnonymityJobTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static JobReport run(JobSpec spec, Path in, Path out) {
        try (TableSource source = Datasets.source(in.toString());
             TableTarget target = Datasets.target(out.toString(), Datasets.Format.CSV)) {
            return DeidentificationJob.builder().spec(spec).source(source).target(target)
                    .deidentifiers(p -> Deidentifiers.forProfile(p, SyntheaJobTest.KEY)).build().run();
        }
    }

    /** @return class (values of the columns) to number of rows, from the written file */
    static Map<List<String>, Integer> classes(Path out, String table, List<String> columns) throws IOException {
        Map<List<String>, Integer> classes = new HashMap<>();
        for (Map<String, String> row : SyntheaJobTest.read(out, table)) {
            List<String> key = new ArrayList<>();
            columns.forEach(c -> key.add(row.get(c)));
            classes.merge(key, 1, Integer::sum);
        }
        return classes;
    }

    /** Every class of at least k rows, except the suppressed one (all {@code *}), which holds at most the limit. */
    static void assertKAnonymous(Map<List<String>, Integer> classes, int k, int maxSuppressed) {
        List<String> suppressed = classes.keySet().iterator().next().stream().map(x -> "*").toList();
        classes.forEach((key, size) -> {
            if (key.equals(suppressed)) {
                assertThat(size).as("suppressed records").isLessThanOrEqualTo(maxSuppressed);
            } else {
                assertThat(size).as("class " + key).isGreaterThanOrEqualTo(k);
            }
        });
    }

    @Nested
    class SyntheaAfterSafeHarbor {
        static final List<String> QIS = List.of("BIRTHDATE", "ZIP", "GENDER");
        static Path out;
        static JobReport report;

        @BeforeAll
        static void runOnce(@TempDir Path dir) {
            SyntheaJobTest.data();
            out = dir.resolve("out");
            report = run(JobSpec.load(resource("/specs/synthea-k-anonymity.json")), SyntheaJobTest.input, out);
        }

        @Test
        void validationPassesWithThePrivacyModelCheck() {
            assertThat(report.validation().passed()).as(report.summary()).isTrue();
            assertThat(report.validation().checks()).anySatisfy(c -> {
                assertThat(c.name()).isEqualTo("privacy model");
                assertThat(c.passed()).isTrue();
                assertThat(c.detail()).contains("patients", "k-anonymity (k=5)");
            });
        }

        @Test
        void theWrittenPatientsAreFiveAnonymousOverYearOfBirthZip3AndGender() throws IOException {
            assertKAnonymous(classes(out, "patients", QIS), 5, 111 * 5 / 100);
        }

        @Test
        void theGeneralizedValuesAreGeneralizationsOfWhatSafeHarborReleases() throws IOException {
            for (Map<String, String> row : SyntheaJobTest.read(out, "patients")) {
                assertThat(row.get("ZIP")).matches("[0-9]{3}|6[89]\\*|000|\\*");
                assertThat(row.get("BIRTHDATE")).matches("[0-9]{4}|\\[[0-9]{4}, [0-9]{4}\\)|90\\+|\\*");
                assertThat(row.get("GENDER")).matches("[MF*]");
            }
        }

        @Test
        void otherColumnsKeepTheirSafeHarborTreatment() throws IOException {
            List<Map<String, String>> before = SyntheaJobTest.read(SyntheaJobTest.input, "patients");
            List<Map<String, String>> after = SyntheaJobTest.read(out, "patients");
            assertThat(after).hasSameSizeAs(before);
            for (int i = 0; i < before.size(); i++) {
                assertThat(after.get(i).get("RACE")).isEqualTo(before.get(i).get("RACE"));
                assertThat(after.get(i).get("SSN")).isNotEqualTo(before.get(i).get("SSN"));
            }
        }

        @Test
        void theReportGivesTheLevelsAndTheRiskBeforeAndAfter() {
            JobReport.Anonymity a = report.tables().stream().filter(t -> t.name().equals("patients")).findFirst()
                    .orElseThrow().anonymity().orElseThrow();
            assertThat(a.levels()).containsOnlyKeys(QIS);
            assertThat(a.suppressed()).isLessThanOrEqualTo(a.suppressionLimit()).isLessThanOrEqualTo(5);
            assertThat(a.before().records()).isEqualTo(111);
            assertThat(a.before().sampleUniques()).as("Safe Harbor alone leaves unique patients").isPositive();
            assertThat(a.before().highestProsecutorRisk()).isEqualTo(1.0);
            assertThat(a.after().highestProsecutorRisk()).isLessThanOrEqualTo(1.0 / 5);
            assertThat(a.after().classes()).isLessThan(a.before().classes());
            assertThat(a.hierarchies()).containsEntry("ZIP", "hierarchies/zip3.csv");
        }

        @Test
        void theJsonReportCarriesTheAnonymity() throws IOException {
            JsonNode json = JobSpecJson.JSON.readTree(report.toJson());
            JsonNode a = json.get("tables").get(0).get("anonymity");
            assertThat(a.get("levels").fieldNames()).toIterable().containsExactlyElementsOf(QIS);
            assertThat(a.get("riskBefore").get("highestProsecutorRisk").asDouble()).isEqualTo(1.0);
            assertThat(a.get("riskAfter").get("highestProsecutorRisk").asDouble()).isLessThanOrEqualTo(0.2);
            assertThat(a.get("models").get(0).asText()).isEqualTo("k-anonymity (k=5)");
            assertThat(report.summary()).contains("k-anonymity (k=5) over BIRTHDATE, ZIP, GENDER");
        }

        @Test
        void theSpecWritesBackToJsonThatReadsEqual() {
            JobSpec spec = JobSpec.load(resource("/specs/synthea-k-anonymity.json"));
            Path base = resource("/specs/synthea-k-anonymity.json").getParent();
            assertThat(JobSpecJson.parse(spec.toJson(), "again", base)).isEqualTo(spec);
        }
    }

    @Nested
    class AdultAsArx {

        @Test
        void theJobChoosesArxsLevelsAndLossForKFiveWithFourPercentSuppression(@TempDir Path dir) throws IOException {
            Path adult = resource("/data/adult/adult.csv").getParent();
            Path in = Files.createDirectories(dir.resolve("in"));
            Table.readCsv(adult.resolve("adult.csv"), ';').writeCsv(in.resolve("adult.csv"), ',');
            List<String> qis = List.of("sex", "age", "race", "marital-status", "education", "native-country",
                    "workclass", "occupation", "salary-class");
            StringBuilder columns = new StringBuilder();
            StringBuilder hierarchies = new StringBuilder();
            for (String qi : qis) {
                columns.append(columns.isEmpty() ? "" : ", ").append('"').append(qi).append("\": \"keep\"");
                hierarchies.append(hierarchies.isEmpty() ? "" : ", ").append('"').append(qi).append("\": {\"hierarchy\": ")
                        .append(JobSpecJson.JSON.writeValueAsString(adult.resolve("adult_hierarchy_" + qi + ".csv").toString()))
                        .append('}');
            }
            String spec = "{\"profile\": \"test-data\", \"tables\": {\"adult\": {\"columns\": {" + columns + "},"
                    + " \"anonymity\": {\"quasiIdentifiers\": {" + hierarchies + "}, \"k\": 5, \"suppressionPercent\": 4}}}}";
            Path out = dir.resolve("out");
            JobReport report = run(JobSpec.parse(spec, "adult.json"), in, out);

            assertThat(report.validation().passed()).as(report.summary()).isTrue();
            JobReport.Anonymity a = report.tables().get(0).anonymity().orElseThrow();
            // ARX TestAnonymizationKAnonymity, Adult, k = 5, 4%: levels 1 0 1 1 3 2 2 0 1, loss 255559.85455731067
            assertThat(a.levels().values()).containsExactly(1, 0, 1, 1, 3, 2, 2, 0, 1);
            assertThat(a.informationLoss()).isCloseTo(255559.85455731067, within(1e-6));
            assertKAnonymous(classes(out, "adult", qis), 5, 30162 * 4 / 100);
            assertThat(SyntheaJobTest.read(out, "adult")).hasSize(30162);
        }
    }
}
