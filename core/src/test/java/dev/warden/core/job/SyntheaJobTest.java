package dev.warden.core.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.warden.core.deid.Deidentifiers;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main job on the real Synthea Nebraska export (15 tables, 111 synthetic patients), with the two specs shipped
 * in samples/specs. Nothing in the job's code knows Synthea: the specs are data.
 */
class SyntheaJobTest {

    static final byte[] KEY = "synthea-test-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    static final byte[] OTHER_KEY = "another-test-key-fedcba9876543210".getBytes(StandardCharsets.UTF_8);

    static Path input;

    @BeforeAll
    static void data() {
        try {
            input = Path.of(SyntheaJobTest.class.getResource("/data/synthea-nebraska/patients.csv").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path spec(String name) {
        Path p = Path.of("../samples/specs", name);
        return Files.exists(p) ? p : Path.of("samples/specs", name);
    }

    static JobReport run(String spec, Path out, byte[] key) {
        try (TableSource source = Datasets.source(input.toString());
             TableTarget target = Datasets.target(out.toString(), Datasets.Format.CSV)) {
            return DeidentificationJob.builder().spec(JobSpec.load(spec(spec))).source(source).target(target)
                    .deidentifiers(p -> Deidentifiers.forProfile(p, key)).build().run();
        }
    }

    static List<Map<String, String>> read(Path dir, String table) throws IOException {
        CsvMapper csv = new CsvMapper();
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = csv.readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(dir.resolve(table + ".csv").toFile())) {
            while (it.hasNext()) {
                rows.add(it.next());
            }
        }
        return rows;
    }

    static List<String> tables() {
        try (Stream<Path> files = Files.list(input)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Nested
    class SafeHarbor {
        static Path out;
        static JobReport report;

        @BeforeAll
        static void runOnce(@TempDir Path dir) {
            out = dir.resolve("hipaa");
            report = run("synthea-hipaa.json", out, KEY);
        }

        @Test
        void validationPassesAndEveryTableIsCopiedWhole() {
            assertThat(report.validation().passed()).as(report.summary()).isTrue();
            assertThat(report.tables()).hasSize(15);
            assertThat(report.tables()).allSatisfy(t -> assertThat(t.rowsOut()).isEqualTo(t.rowsIn()));
        }

        @Test
        void noIdentifierValueOfTheInputAppearsInTheOutput() throws IOException {
            Set<String> identifiers = new HashSet<>();
            for (Map<String, String> p : read(input, "patients")) {
                for (String c : List.of("Id", "SSN", "DRIVERS", "PASSPORT", "FIRST", "LAST", "MAIDEN", "ADDRESS", "CITY",
                        "COUNTY", "ZIP", "LAT", "LON", "BIRTHDATE", "DEATHDATE", "BIRTHPLACE", "FIPS")) {
                    add(identifiers, p.get(c));
                }
            }
            for (String t : List.of("encounters", "conditions", "procedures", "medications")) {
                for (Map<String, String> r : read(input, t)) {
                    add(identifiers, r.get("START"));
                    add(identifiers, r.get("STOP"));
                    add(identifiers, r.get("Id"));
                }
            }
            for (String t : List.of("organizations", "providers")) {
                for (Map<String, String> r : read(input, t)) {
                    add(identifiers, r.get("Id"));
                    add(identifiers, r.get("ADDRESS"));
                    add(identifiers, r.get("ZIP"));
                }
            }
            assertThat(identifiers).hasSizeGreaterThan(20_000);
            List<String> found = new ArrayList<>();
            for (String t : tables()) {
                for (Map<String, String> row : read(out, t)) {
                    for (Map.Entry<String, String> cell : row.entrySet()) {
                        if (identifiers.contains(cell.getValue())) {
                            found.add(t + "." + cell.getKey());
                        }
                    }
                }
            }
            assertThat(found).isEmpty();
        }

        @Test
        void zipCodesAreThreeDigitsOr000() throws IOException {
            for (String t : List.of("patients", "organizations", "providers")) {
                assertThat(read(out, t)).extracting(r -> r.get("ZIP")).allMatch(z -> z.matches("[0-9]{3}"));
            }
            assertThat(read(out, "organizations")).extracting(r -> r.get("ZIP")).contains("000");
        }

        @Test
        void datesAreYearsAndPatientsOver89HaveNoBirthYear() throws IOException {
            List<Map<String, String>> before = read(input, "patients");
            List<Map<String, String>> after = read(out, "patients");
            int over89 = 0;
            for (int i = 0; i < before.size(); i++) {
                LocalDate birth = LocalDate.parse(before.get(i).get("BIRTHDATE"));
                String year = after.get(i).get("BIRTHDATE");
                if (ChronoUnit.YEARS.between(birth, LocalDate.of(2024, 12, 31)) > 89) {
                    over89++;
                    assertThat(year).isEqualTo("90+");
                } else {
                    assertThat(year).matches("[0-9]{4}");
                }
            }
            assertThat(over89).as("the data set has patients over 89").isPositive();
            assertThat(read(out, "encounters")).extracting(r -> r.get("START")).allMatch(d -> d.matches("[0-9]{4}"));
        }

        @Test
        void nonIdentifierColumnsAreUnchanged() throws IOException {
            List<Map<String, String>> before = read(input, "patients");
            List<Map<String, String>> after = read(out, "patients");
            for (int i = 0; i < before.size(); i++) {
                for (String c : List.of("GENDER", "RACE", "ETHNICITY", "HEALTHCARE_EXPENSES", "INCOME")) {
                    assertThat(after.get(i).get(c)).isEqualTo(before.get(i).get(c));
                }
            }
            List<Map<String, String>> eb = read(input, "encounters");
            List<Map<String, String>> ea = read(out, "encounters");
            for (int i = 0; i < eb.size(); i++) {
                for (String c : List.of("CODE", "DESCRIPTION", "BASE_ENCOUNTER_COST", "TOTAL_CLAIM_COST")) {
                    assertThat(ea.get(i).get(c)).isEqualTo(eb.get(i).get(c));
                }
            }
        }

        @Test
        void everyForeignKeyJoins() throws IOException {
            assertForeignKeysJoin(out);
        }
    }

    static void add(Set<String> set, String value) {
        if (value != null && !value.isEmpty()) {
            set.add(value);
        }
    }

    static void assertForeignKeysJoin(Path out) throws IOException {
        assertForeignKeysJoinAtLeast(out, 30_000);
    }

    static void assertForeignKeysJoinAtLeast(Path out, int atLeast) throws IOException {
        Map<String, Set<String>> ids = new HashMap<>();
        for (String t : List.of("patients", "encounters", "organizations", "providers", "payers")) {
            Set<String> set = new HashSet<>();
            read(out, t).forEach(r -> set.add(r.get("Id")));
            ids.put(t, set);
        }
        Map<String, String> fk = Map.of("PATIENT", "patients", "ENCOUNTER", "encounters", "ORGANIZATION", "organizations",
                "PROVIDER", "providers", "PAYER", "payers", "SECONDARY_PAYER", "payers");
        int checked = 0;
        List<String> broken = new ArrayList<>();
        for (String t : tables()) {
            for (Map<String, String> row : read(out, t)) {
                for (Map.Entry<String, String> e : fk.entrySet()) {
                    String v = row.get(e.getKey());
                    if (v != null && !v.isEmpty()) {
                        if (!ids.get(e.getValue()).contains(v)) {
                            broken.add(t + "." + e.getKey());
                        }
                        checked++;
                    }
                }
            }
        }
        assertThat(broken).isEmpty();
        assertThat(checked).isGreaterThan(atLeast);
    }

    @Nested
    class TestData {
        static Path out;
        static Path again;
        static Path otherKey;
        static JobReport report;

        @BeforeAll
        static void runThrice(@TempDir Path dir) {
            out = dir.resolve("test-data");
            again = dir.resolve("again");
            otherKey = dir.resolve("other-key");
            report = run("synthea-test-data.json", out, KEY);
            run("synthea-test-data.json", again, KEY);
            run("synthea-test-data.json", otherKey, OTHER_KEY);
        }

        @Test
        void validationPasses() {
            assertThat(report.validation().passed()).as(report.summary()).isTrue();
        }

        @Test
        void everyForeignKeyJoins() throws IOException {
            assertForeignKeysJoin(out);
        }

        @Test
        void daysFromBirthToEachEncounterAreKept() throws IOException {
            Map<String, LocalDate> birthBefore = new HashMap<>();
            read(input, "patients").forEach(r -> birthBefore.put(r.get("Id"), LocalDate.parse(r.get("BIRTHDATE"))));
            Map<String, LocalDate> birthAfter = new HashMap<>();
            read(out, "patients").forEach(r -> birthAfter.put(r.get("Id"), LocalDate.parse(r.get("BIRTHDATE"))));
            List<Map<String, String>> before = read(input, "encounters");
            List<Map<String, String>> after = read(out, "encounters");
            assertThat(after).hasSameSizeAs(before);
            Set<Long> shifts = new HashSet<>();
            for (int i = 0; i < before.size(); i++) {
                LocalDate b = OffsetDateTime.parse(before.get(i).get("START")).toLocalDate();
                LocalDate a = OffsetDateTime.parse(after.get(i).get("START")).toLocalDate();
                long daysBefore = ChronoUnit.DAYS.between(birthBefore.get(before.get(i).get("PATIENT")), b);
                long daysAfter = ChronoUnit.DAYS.between(birthAfter.get(after.get(i).get("PATIENT")), a);
                assertThat(daysAfter).isEqualTo(daysBefore);
                shifts.add(ChronoUnit.DAYS.between(b, a));
            }
            assertThat(shifts).as("dates move, by different amounts for different patients").hasSizeGreaterThan(10);
        }

        @Test
        void theSameKeyGivesByteIdenticalOutput() throws IOException {
            for (String t : tables()) {
                assertThat(Files.readAllBytes(again.resolve(t + ".csv"))).as(t).isEqualTo(Files.readAllBytes(out.resolve(t + ".csv")));
            }
        }

        @Test
        void anotherKeyGivesOtherPseudonyms() throws IOException {
            List<Map<String, String>> a = read(out, "patients");
            List<Map<String, String>> b = read(otherKey, "patients");
            int same = 0;
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i).get("Id").equals(b.get(i).get("Id"))) {
                    same++;
                }
                if (a.get(i).get("SSN").equals(b.get(i).get("SSN"))) {
                    same++;
                }
            }
            assertThat(same).isZero();
            assertThat(a).extracting(r -> r.get("FIRST")).isNotEqualTo(b.stream().map(r -> r.get("FIRST")).toList());
        }
    }
}
