package dev.warden.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on Spark ({@code local[2]}) and on one machine, over the same Synthea tables (25 patients, 15 tables, 5,519
 * rows), spec ({@code samples/specs/synthea-test-data.json}: FF1, keyed hashes, pseudonyms, per-patient date shifts)
 * and key: every output file is byte for byte the same.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyntheaOnSparkTest {

    static final byte[] KEY = "synthea-test-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8);

    Path dir;
    Path input;
    Path key;
    JobSpec spec;
    Path single;
    Path spark;
    JobReport singleReport;
    JobReport sparkReport;

    @BeforeAll
    void runBoth(@TempDir Path dir) throws Exception {
        this.dir = dir;
        input = Path.of(getClass().getResource("/synthea/patients.csv").toURI()).getParent();
        spec = JobSpec.load(Path.of(getClass().getResource("/specs/synthea-test-data.json").toURI()));
        key = dir.resolve("job.key");
        Files.write(key, KEY);
        single = dir.resolve("single");
        try (TableSource source = Datasets.source(input.toString());
             TableTarget target = Datasets.target(single.toString(), Datasets.Format.CSV)) {
            singleReport = DeidentificationJob.builder().spec(spec).source(source).target(target)
                    .deidentifiers(p -> Deidentifiers.forProfile(p, KEY)).build().run();
        }
        spark = dir.resolve("spark");
        sparkReport = WardenSpark.deidentify(LocalSpark.session(), spec, "file:" + key, input.toString(), spark.toString());
    }

    @Test
    void everyTableIsByteForByteTheSingleMachineFile() throws IOException {
        List<String> tables = LocalSpark.tables(spark);
        assertThat(tables).hasSize(15);
        for (String t : tables) {
            String expected = Files.readString(single.resolve(t + ".csv"), StandardCharsets.UTF_8);
            assertThat(LocalSpark.concatenated(spark.resolve(t))).as(t).isEqualTo(expected);
        }
    }

    @Test
    void validationPassesWithTheSameChecksAndCounts() {
        assertThat(sparkReport.validation().passed()).as(sparkReport.summary()).isTrue();
        assertThat(sparkReport.validation().checks()).extracting(JobReport.Check::name)
                .containsExactlyElementsOf(singleReport.validation().checks().stream().map(JobReport.Check::name).toList());
        assertThat(sparkReport.tables()).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(singleReport.tables());
        assertThat(sparkReport.rowsRead()).isEqualTo(singleReport.rowsRead()).isEqualTo(5519);
    }

    @Test
    void checksSayWhatTheSingleMachineChecksSay() {
        for (int i = 0; i < singleReport.validation().checks().size(); i++) {
            JobReport.Check one = singleReport.validation().checks().get(i);
            JobReport.Check many = sparkReport.validation().checks().get(i);
            if (!one.name().equals("primary keys")) {
                assertThat(many.detail()).as(one.name()).isEqualTo(one.detail());
            }
        }
    }

    @Test
    void warden_maskInSparkSqlGivesTheJobsCells() throws IOException {
        SparkSession session = LocalSpark.session();
        WardenSpark.registerFunctions(session, spec, "file:" + key);
        SparkTables.csv(session, true).option("header", "true").load(input.resolve("patients.csv").toString())
                .createOrReplaceTempView("raw_patients");
        SparkTables.csv(session, true).option("header", "true").load(input.resolve("encounters.csv").toString())
                .createOrReplaceTempView("raw_encounters");
        List<String> patients = session.sql("SELECT concat_ws('|', warden_mask(Id, 'patients.Id'), warden_mask(SSN, 'patients.SSN'), "
                + "warden_mask(FIRST, 'patients.FIRST'), warden_mask_for(DEATHDATE, 'patients.DEATHDATE', Id)) FROM raw_patients")
                .as(Encoders.STRING()).collectAsList();
        List<String> expected = new ArrayList<>();
        for (Map<String, String> r : rows(single.resolve("patients.csv"))) {
            expected.add(String.join("|", java.util.stream.Stream.of(r.get("Id"), r.get("SSN"), r.get("FIRST"), r.get("DEATHDATE"))
                    .filter(v -> v != null && !v.isEmpty()).toList()));
        }
        assertThat(patients).hasSize(25).isEqualTo(expected);
        // A foreign key column names its parent's transformation; the shift of a date is the patient's in every table.
        List<String> encounters = session.sql("SELECT concat_ws('|', warden_mask(PATIENT, 'encounters.PATIENT'), "
                + "warden_mask_for(START, 'encounters.START', PATIENT)) FROM raw_encounters").as(Encoders.STRING()).collectAsList();
        List<String> expectedEncounters = rows(single.resolve("encounters.csv")).stream()
                .map(r -> r.get("PATIENT") + "|" + r.get("START")).toList();
        assertThat(encounters).hasSize(1228).isEqualTo(expectedEncounters);
    }

    @Test
    void warden_maskRefusesADateShiftWithoutItsEntity() {
        SparkSession session = LocalSpark.session();
        WardenSpark.registerFunctions(session, spec, "file:" + key);
        assertThatThrownBy(() -> session.sql("SELECT warden_mask('2020-01-01', 'encounters.START')").collectAsList())
                .hasStackTraceContaining("warden_mask_for(value, 'encounters.START', entity_key)");
    }

    static List<Map<String, String>> rows(Path csv) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv.toFile())) {
            while (it.hasNext()) {
                rows.add(it.next());
            }
        }
        return rows;
    }

    @Test
    void theOutputIsMarkedAsWardensAndNothingIsLeftBeside() throws IOException {
        assertThat(spark.resolve(Staging.MARKER)).exists();
        try (var siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("warden-staging"));
        }
    }
}
