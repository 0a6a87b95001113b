package dev.warden.spark;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import dev.warden.core.job.JobSpec;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** What the Spark runner refuses before any task starts, rather than run a spec differently from the single-machine job. */
class PortableSpecTest {

    @Test
    void aTableWithAPrivacyModelIsRefusedNotWrittenWithoutIt() {
        JobSpec spec = JobSpec.parse("""
                {"name": "k", "profile": "hipaa-safe-harbor", "asOf": "2024-12-31", "tables": {"people": {
                  "columns": {"age": "keep", "sex": "keep"},
                  "anonymity": {"quasiIdentifiers": {"age": {"interval": {"widths": [5, 10]}}}, "k": 2}}}}
                """, "k.json");
        assertThatThrownBy(() -> SparkDeidentificationJob.portable(spec, Clock.systemUTC()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("tables.people.anonymity").hasMessageContaining("single-machine job");
    }
}
