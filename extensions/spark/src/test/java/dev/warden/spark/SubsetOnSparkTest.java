package dev.warden.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import dev.warden.core.deid.Deidentifiers;
import dev.warden.core.job.Datasets;
import dev.warden.core.job.DeidentificationJob;
import dev.warden.core.job.JobReport;
import dev.warden.core.job.JobSpec;
import dev.warden.core.job.SubsetRule;
import dev.warden.core.job.TableSource;
import dev.warden.core.job.TableTarget;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Subsetting on Spark ({@code local[2]}, joins of key sets) gives the single-machine job's subset of the Synthea tables
 * byte for byte: the same root rows, the rows that refer to them, and the rows those refer to.
 */
class SubsetOnSparkTest {

    @TempDir
    Path dir;

    /** Runs both jobs with the rule and compares every output file; returns {single, spark} reports. */
    private JobReport[] runBoth(SubsetRule rule) throws Exception {
        Path input = Path.of(getClass().getResource("/synthea/patients.csv").toURI()).getParent();
        JobSpec spec = JobSpec.load(Path.of(getClass().getResource("/specs/synthea-test-data.json").toURI())).withSubset(rule);
        Path key = dir.resolve("job.key");
        Files.write(key, SyntheaOnSparkTest.KEY);
        Path single = dir.resolve("single");
        JobReport one;
        try (TableSource source = Datasets.source(input.toString());
             TableTarget target = Datasets.target(single.toString(), Datasets.Format.CSV)) {
            one = DeidentificationJob.builder().spec(spec).source(source).target(target)
                    .deidentifiers(p -> Deidentifiers.forProfile(p, SyntheaOnSparkTest.KEY)).build().run();
        }
        Path spark = dir.resolve("spark");
        JobReport many = WardenSpark.deidentify(LocalSpark.session(), spec, "file:" + key, input.toString(), spark.toString());
        List<String> tables = LocalSpark.tables(spark);
        assertThat(tables).hasSize(15);
        for (String t : tables) {
            String expected = Files.readString(single.resolve(t + ".csv"), StandardCharsets.UTF_8);
            assertThat(LocalSpark.concatenated(spark.resolve(t))).as(t).isEqualTo(expected);
        }
        assertThat(many.validation().passed()).as(many.summary()).isTrue();
        assertThat(many.tables()).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(one.tables());
        assertThat(many.subset()).isEqualTo(one.subset()).isPresent();
        return new JobReport[] {one, many};
    }

    @Test
    void aPercentageOfPatientsIsTheSingleMachineSubsetByteForByte() throws Exception {
        JobReport[] reports = runBoth(new SubsetRule.Percent("patients", 40));
        // Every row is read, fewer are written: the subset is neither everything nor nothing.
        assertThat(reports[1].rowsRead()).isEqualTo(5519);
        assertThat(reports[1].rowsWritten()).isEqualTo(reports[0].rowsWritten()).isBetween(1L, 5518L);
    }

    @Test
    void aColumnPredicateOnPatientsIsTheSingleMachineSubsetByteForByte() throws Exception {
        JobReport[] reports = runBoth(new SubsetRule.Filter("patients", "GENDER = 'F' AND BIRTHDATE < '1990-01-01'"));
        assertThat(reports[1].rowsWritten()).isEqualTo(reports[0].rowsWritten()).isBetween(1L, 5518L);
    }

    @Test
    void aRootThatIsAChildTablePullsInItsParentsAsOneMachineDoes() throws Exception {
        JobReport[] reports = runBoth(new SubsetRule.Percent("encounters", 10));
        // The encounters' patients come in upward, without their other encounters.
        JobReport.TableReport patients = reports[1].tables().stream().filter(t -> t.name().equals("patients")).findFirst().orElseThrow();
        assertThat(patients.rowsOut()).isBetween(1L, 25L);
    }

    @Test
    void aRootWithoutAPrimaryKeyIsRefusedBeforeAnyOutput() throws Exception {
        Path input = Path.of(getClass().getResource("/synthea/patients.csv").toURI()).getParent();
        JobSpec spec = JobSpec.load(Path.of(getClass().getResource("/specs/synthea-test-data.json").toURI()))
                .withSubset(new SubsetRule.Percent("conditions", 10));
        Path key = dir.resolve("job.key");
        Files.write(key, SyntheaOnSparkTest.KEY);
        Path out = dir.resolve("out");
        assertThatThrownBy(() -> WardenSpark.deidentify(LocalSpark.session(), spec, "file:" + key, input.toString(), out.toString()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("root table conditions has no primary key");
        assertThat(out.resolve("patients")).doesNotExist();
    }
}
