package dev.warden.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.deid.Deidentifiers;
import dev.warden.core.job.Datasets;
import dev.warden.core.job.DeidentificationJob;
import dev.warden.core.job.JobReport;
import dev.warden.core.job.JobSpec;
import dev.warden.core.job.TableSource;
import dev.warden.core.job.TableTarget;
import dev.warden.core.job.ValidationFailedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bare yyyymmdd dates of a column copied unchanged are judged on the whole column on Spark as on one machine, with
 * the column's counts summed over partitions: a byte count that reads as a date passes, a column of dates fails.
 */
class KeptDatesOnSparkTest {

    static final byte[] KEY = "kept-dates-spark-key-0123456789ab".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    /** 400 sizes from 3,000,000 by 43,211: 29 eight-digit ones begin 19 or 20, and one of them, 19160914, reads as a date. */
    private Path input(String header, boolean dates) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in-" + header));
        StringBuilder csv = new StringBuilder("id," + header + "\n");
        for (int i = 0; i < 400; i++) {
            csv.append(i + 1).append(',').append(dates ? 20080101 + i % 28 : 3_000_000 + i * 43_211L).append('\n');
        }
        Files.writeString(in.resolve("t.csv"), csv);
        return in;
    }

    private static JobSpec spec(String header) {
        return JobSpec.parse("""
                {"profile": "hipaa-safe-harbor", "asOf": "2024-12-31",
                 "tables": {"t": {"primaryKey": "id", "columns": {"id": "keep", "%s": "keep"}}}}
                """.formatted(header), "spec.json");
    }

    private JobReport single(Path in, JobSpec spec) {
        try (TableSource source = Datasets.source(in.toString());
             TableTarget target = Datasets.target(dir.resolve("single-" + spec.hashCode()).toString(), Datasets.Format.CSV)) {
            return DeidentificationJob.builder().spec(spec).source(source).target(target)
                    .deidentifiers(p -> Deidentifiers.forProfile(p, KEY)).build().run();
        } catch (ValidationFailedException e) {
            return e.report();
        }
    }

    private JobReport spark(Path in, JobSpec spec) throws IOException {
        Path key = dir.resolve("key");
        Files.write(key, KEY);
        SparkSession session = LocalSpark.session();
        session.conf().set("spark.sql.files.maxPartitionBytes", "1024");
        try {
            return WardenSpark.deidentify(session, spec, "file:" + key, in.toString(),
                    dir.resolve("spark-" + spec.hashCode()).toString());
        } catch (ValidationFailedException e) {
            return e.report();
        } finally {
            session.conf().unset("spark.sql.files.maxPartitionBytes");
        }
    }

    @Test
    void aByteCountThatReadsAsADatePassesAsOnOneMachine() throws IOException {
        Path in = input("Bytes", false);
        JobReport one = single(in, spec("Bytes"));
        JobReport many = spark(in, spec("Bytes"));
        assertThat(many.validation().passed()).as(many.validation().toString()).isTrue();
        assertThat(many.validation().toString()).contains("t.Bytes (1 of 29)");
        assertThat(many.validation().checks()).containsExactlyElementsOf(one.validation().checks());
    }

    @Test
    void aColumnOfDatesFailsAsOnOneMachine() throws IOException {
        Path in = input("code", true);
        JobReport one = single(in, spec("code"));
        JobReport many = spark(in, spec("code"));
        assertThat(many.validation().failures()).anyMatch(f -> f.contains("t.code (400 values hold DATE)"));
        assertThat(many.validation().checks()).containsExactlyElementsOf(one.validation().checks());
    }
}
