package dev.warden.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.job.JobReport;
import dev.warden.core.job.JobSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Spark example, compiled and run on the Synthea test data (the region below is what README.md shows;
 * {@code ReadmeSnippetsTest} in warden-samples fails when the two differ).
 */
class ReadmeSparkExampleTest {

    // readme:begin spark
    static JobReport deidentifyOnSpark(SparkSession spark, Path jobSpec, String keyRef, String input, String output) {
        return SparkDeidentificationJob.builder(spark)
                .spec(JobSpec.load(jobSpec))
                .key(keyRef)          // a secret reference, e.g. "env:WARDEN_JOB_KEY": resolved on each executor, never shipped
                .input(input)         // e.g. "hdfs:///raw/synthea": <table>.csv files, or <table>/ directories of CSV or Parquet parts; or a JDBC URL
                .output(output)       // e.g. "hdfs:///deid/synthea": <table>/part-*.csv (or .format(PARQUET)), staged and moved into place
                .build().run();       // or WardenSpark.deidentify(spark, spec, keyRef, input, output)
    }
    // readme:end

    @Test
    void theReadmeExampleDeidentifiesTheSyntheaTablesAndValidates(@TempDir Path dir) throws Exception {
        Path key = Files.write(dir.resolve("job.key"), "readme-spark-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8));
        Path input = Path.of(getClass().getResource("/synthea/patients.csv").toURI()).getParent();
        Path spec = Path.of(getClass().getResource("/specs/synthea-test-data.json").toURI());
        JobReport report = deidentifyOnSpark(LocalSpark.session(), spec, "file:" + key, input.toString(),
                dir.resolve("out").toString());
        assertThat(report.validation().passed()).isTrue();
        assertThat(LocalSpark.tables(dir.resolve("out"))).hasSize(15);
    }
}
