package dev.warden.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.deid.Deidentifiers;
import dev.warden.core.job.Datasets;
import dev.warden.core.job.DeidentificationJob;
import dev.warden.core.job.JobSpec;
import dev.warden.core.job.TableSource;
import dev.warden.core.job.TableTarget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A header with an empty cell (pandas' unnamed index) and a name repeated in another case (ODK Central's DeviceID
 * beside a form's deviceid) is read on Spark with the names the single-machine job gives (column_1, DeviceID_2), and
 * the output is byte for byte the single-machine job's.
 */
class UnnamedColumnsOnSparkTest {

    static final byte[] KEY = "unnamed-columns-key-0123456789abc".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void emptyAndRepeatedHeaderNamesAreReadAsOnOneMachine() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        StringBuilder csv = new StringBuilder(",name,deviceid,DeviceID,visits\n");
        for (int i = 0; i < 300; i++) {
            csv.append(i).append(",Person ").append(i).append(",dev-").append(i).append(",ODK-").append(7000 + i)
                    .append(',').append(i % 5).append('\n');
        }
        Files.writeString(in.resolve("t.csv"), csv);
        JobSpec spec = JobSpec.parse("""
                {"profile": "hipaa-safe-harbor", "asOf": "2024-12-31",
                 "tables": {"t": {"primaryKey": "column_1", "columns": {"column_1": "OTHER_UNIQUE_IDENTIFIER",
                   "name": "NAME", "deviceid": "DEVICE_IDENTIFIER", "DeviceID_2": "DEVICE_IDENTIFIER", "visits": "keep"}}}}
                """, "spec.json");
        Path single = dir.resolve("single");
        try (TableSource source = Datasets.source(in.toString());
             TableTarget target = Datasets.target(single.toString(), Datasets.Format.CSV)) {
            DeidentificationJob.builder().spec(spec).source(source).target(target)
                    .deidentifiers(p -> Deidentifiers.forProfile(p, KEY)).build().run();
        }
        Path key = dir.resolve("key");
        Files.write(key, KEY);
        Path spark = dir.resolve("spark");
        LocalSpark.session().conf().set("spark.sql.files.maxPartitionBytes", "2048");
        try {
            WardenSpark.deidentify(LocalSpark.session(), spec, "file:" + key, in.toString(), spark.toString());
        } finally {
            LocalSpark.session().conf().unset("spark.sql.files.maxPartitionBytes");
        }
        String one = Files.readString(single.resolve("t.csv"), StandardCharsets.UTF_8);
        assertThat(one.lines().findFirst().orElseThrow()).isEqualTo("column_1,name,deviceid,DeviceID_2,visits");
        assertThat(one).doesNotContain("ODK-7000").doesNotContain("Person 1,");
        assertThat(LocalSpark.concatenated(spark.resolve("t"))).isEqualTo(one);
    }
}
