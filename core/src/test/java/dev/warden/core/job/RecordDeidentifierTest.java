package dev.warden.core.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Record-level de-identification gives, for the same key, spec, table and column, the values the job writes: every
 * row of every table of the Synthea Nebraska export (15 tables, 111 synthetic patients; data/synthea-nebraska/NOTICE)
 * is de-identified record by record and compared with the job's output cell by cell.
 */
class RecordDeidentifierTest {

    @BeforeAll
    static void data() {
        SyntheaJobTest.data();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"synthea-hipaa.json", "synthea-test-data.json"})
    void everyRecordOfEveryTableEqualsTheJobsOutputRow(String specFile, @TempDir Path out) throws IOException {
        SyntheaJobTest.run(specFile, out, SyntheaJobTest.KEY);
        JobSpec spec = JobSpec.load(SyntheaJobTest.spec(specFile));
        long compared = 0;
        for (TableSpec table : spec.tables()) {
            RecordDeidentifier record = RecordDeidentifier.compile(spec, table.name(), SyntheaJobTest.KEY);
            List<Map<String, String>> input = SyntheaJobTest.read(SyntheaJobTest.input, table.name());
            List<Map<String, String>> expected = SyntheaJobTest.read(out, table.name());
            assertThat(expected).as(table.name()).hasSameSizeAs(input);
            List<Map<String, String>> actual = new ArrayList<>();
            for (Map<String, String> row : input) {
                actual.add(record.apply(nulls(row)));
            }
            for (int i = 0; i < input.size(); i++) {
                assertThat(actual.get(i)).as("%s row %d", table.name(), i + 1).isEqualTo(nulls(expected.get(i)));
            }
            assertThat(List.copyOf(actual.isEmpty() ? record.outputColumns() : actual.get(0).keySet()))
                    .isEqualTo(record.outputColumns());
            compared += input.size();
        }
        assertThat(spec.tables()).hasSize(15);
        assertThat(compared).isGreaterThan(30_000);
    }

    @Test
    void theSameRecordGivesTheSameValuesOnEveryCallAndInEveryCompiledInstance() {
        JobSpec spec = JobSpec.load(SyntheaJobTest.spec("synthea-hipaa.json"));
        Map<String, String> patient = Map.of("Id", "b9c610cd-28a6-4636-ccb6-c7a0d2a4cb85", "SSN", "999-49-3983",
                "FIRST", "Elijah", "BIRTHDATE", "1978-12-15");
        RecordDeidentifier one = RecordDeidentifier.compile(spec, "patients", SyntheaJobTest.KEY);
        RecordDeidentifier two = RecordDeidentifier.compile(spec, "PATIENTS", SyntheaJobTest.KEY);
        Map<String, String> first = one.apply(patient);
        assertThat(one.apply(patient)).isEqualTo(first).isEqualTo(two.apply(patient));
        assertThat(first.get("SSN")).isNotEqualTo("999-49-3983");
        assertThat(first.get("BIRTHDATE")).isEqualTo("1978");
        assertThat(RecordDeidentifier.compile(spec, "patients", SyntheaJobTest.OTHER_KEY).apply(patient).get("SSN"))
                .isNotEqualTo(first.get("SSN"));
    }

    @Test
    void aForeignKeyTakesItsParentKeysValue() {
        JobSpec spec = JobSpec.load(SyntheaJobTest.spec("synthea-hipaa.json"));
        String id = "b9c610cd-28a6-4636-ccb6-c7a0d2a4cb85";
        String patient = RecordDeidentifier.compile(spec, "patients", SyntheaJobTest.KEY).apply(Map.of("Id", id)).get("Id");
        Map<String, String> encounter = new HashMap<>();
        encounter.put("PATIENT", id);
        assertThat(RecordDeidentifier.compile(spec, "encounters", SyntheaJobTest.KEY).apply(encounter).get("PATIENT"))
                .isEqualTo(patient);
    }

    @Test
    void aColumnTheSpecDoesNotClassifyIsRefusedByNameWithoutItsValue() {
        JobSpec spec = JobSpec.load(SyntheaJobTest.spec("synthea-hipaa.json"));
        RecordDeidentifier patients = RecordDeidentifier.compile(spec, "patients", SyntheaJobTest.KEY);
        assertThatThrownBy(() -> patients.apply(Map.of("NICKNAME", "Eli")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("patients").hasMessageContaining("NICKNAME").hasMessageNotContaining("Eli");
    }

    @Test
    void aTableTheSpecDoesNotListIsRefusedNamingTheOnesItDoes() {
        JobSpec spec = JobSpec.load(SyntheaJobTest.spec("synthea-hipaa.json"));
        assertThatThrownBy(() -> RecordDeidentifier.compile(spec, "visits", SyntheaJobTest.KEY))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("'visits'").hasMessageContaining("patients");
    }

    @Test
    void aShortKeyIsRefused() {
        JobSpec spec = JobSpec.load(SyntheaJobTest.spec("synthea-hipaa.json"));
        assertThatThrownBy(() -> RecordDeidentifier.compile(spec, "patients", new byte[8]))
                .isInstanceOf(ConfigurationException.class);
    }

    /** An empty CSV cell is SQL NULL to the job. */
    private static Map<String, String> nulls(Map<String, String> row) {
        Map<String, String> copy = new LinkedHashMap<>();
        row.forEach((k, v) -> copy.put(k, v == null || v.isEmpty() ? null : v));
        return copy;
    }
}
