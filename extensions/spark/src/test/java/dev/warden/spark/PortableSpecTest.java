package dev.warden.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.job.JobSpec;
import dev.warden.core.job.TableSpec;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** The spec as the Spark runner hands it to the driver and to the executors. */
class PortableSpecTest {

    private static final JobSpec K = JobSpec.parse("""
            {"name": "k", "profile": "hipaa-safe-harbor", "tables": {"people": {
              "columns": {"age": "keep", "sex": "keep"},
              "anonymity": {"quasiIdentifiers": {"age": {"interval": {"widths": [5, 10]}}}, "k": 2}}}}
            """, "k.json");

    @Test
    void theDriverKeepsATablesPrivacyModelAndFixesTheAsOfDate() {
        JobSpec portable = SparkDeidentificationJob.portable(K, Clock.systemUTC());
        assertThat(portable.asOf()).isPresent();
        assertThat(portable.table("people").flatMap(TableSpec::anonymity)).isPresent();
    }

    @Test
    void theExecutorsGetTheSpecWithoutItsPrivacyModelsWhichTheDriverDecides() {
        JobSpec executors = SparkDeidentificationJob.withoutAnonymity(SparkDeidentificationJob.portable(K, Clock.systemUTC()));
        assertThat(executors.table("people").flatMap(TableSpec::anonymity)).isEmpty();
        assertThat(executors.table("people").orElseThrow().columns()).isEqualTo(K.table("people").orElseThrow().columns());
    }
}
