package dev.warden.core.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import dev.warden.core.deid.Deidentifiers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Composite keys declared in the spec, on files (no metadata): a visit is keyed by (site, visit_no); a sample refers to
 * it by (site, visit). Both parts are pseudonymized under different domains, so only a pairwise mapping of the
 * foreign key's columns to the parent's keeps the tuples joining.
 */
class CompositeKeyJobTest {

    static final byte[] KEY = "composite-key-job-test-key-0123456789".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    static final String SPEC = """
            {"profile": "hipaa-safe-harbor",
             "tables": {
               "visits": {"primaryKey": ["site", "visit_no"], "columns": {
                   "site": "ID", "visit_no": "MRN", "patient": "NAME"}},
               "samples": {"primaryKey": "sample_id",
                   "foreignKeys": [{"columns": ["visit", "site"], "references": "visits(visit_no, site)"}],
                   "columns": {"sample_id": "ID", "kind": "keep"}}}}
            """;

    @TempDir
    Path dir;

    Path input() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        StringBuilder visits = new StringBuilder("site,visit_no,patient\n");
        StringBuilder samples = new StringBuilder("sample_id,site,visit,kind\n");
        int sample = 0;
        for (int site = 1; site <= 4; site++) {
            for (int visit = 1; visit <= 25; visit++) {
                // The same visit numbers at every site: only the pair is a key.
                visits.append("S").append(site).append(',').append(1000 + visit).append(",Patient Number").append(site * 100 + visit).append('\n');
                samples.append("X").append(++sample).append(",S").append(site).append(',').append(1000 + visit).append(",blood\n");
            }
        }
        samples.append("X999,,1001,orphan without site\n"); // MATCH SIMPLE: a null part is not checked
        Files.writeString(in.resolve("visits.csv"), visits);
        Files.writeString(in.resolve("samples.csv"), samples);
        return in;
    }

    JobReport run(String spec, Path in, Path out, SubsetRule subset) {
        try (TableSource source = Datasets.source(in.toString()); TableTarget target = Datasets.target(out.toString(), Datasets.Format.CSV)) {
            DeidentificationJob.Builder b = DeidentificationJob.builder().spec(JobSpec.parse(spec, "composite.json"))
                    .source(source).target(target).deidentifiers(p -> Deidentifiers.forProfile(p, KEY));
            if (subset != null) {
                b.subset(subset);
            }
            return b.build().run();
        }
    }

    static List<String[]> rows(Path dir, String table, String... columns) {
        List<String[]> rows = new ArrayList<>();
        try (TableSource s = Datasets.source(dir.toString()); RowReader r = s.open(table, List.of(columns))) {
            for (String[] row = r.next(); row != null; row = r.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void aCompositeForeignKeyDeclaredInTheSpecMapsEachColumnToItsParentColumnsDomain() throws IOException {
        Path out = dir.resolve("out");
        JobReport report = run(SPEC, input(), out, null);
        assertThat(report.validation().passed()).isTrue();
        assertThat(report.validation().checks().get(0).detail()).startsWith("1 foreign keys, 100 values, all join");
        Set<String> visits = new HashSet<>();
        for (String[] v : rows(out, "visits", "site", "visit_no")) {
            assertThat(v[0]).isNotEqualTo("S1");
            visits.add(v[0] + "|" + v[1]);
        }
        assertThat(visits).hasSize(100);
        List<String[]> samples = rows(out, "samples", "site", "visit");
        assertThat(samples.subList(0, 100)).allSatisfy(s -> assertThat(visits).contains(s[0] + "|" + s[1]));
        assertThat(report.tables().get(1).columns()).anySatisfy(c -> {
            assertThat(c.name()).isEqualTo("visit");
            assertThat(c.reason()).isEqualTo("foreign key to visits.visit_no");
        });
    }

    @Test
    void aSubsetFollowsCompositeKeysBothWays() throws IOException {
        Path out = dir.resolve("subset");
        JobReport report = run(SPEC, input(), out, new SubsetRule.Percent("samples", 20));
        assertThat(report.validation().passed()).isTrue();
        List<String[]> samples = rows(out, "samples", "site", "visit");
        List<String[]> visits = rows(out, "visits", "site", "visit_no");
        assertThat(samples.size()).isBetween(5, 45);
        // Upward: exactly the visits the chosen samples refer to, not every visit with the same number.
        assertThat(visits).hasSize((int) samples.stream().filter(s -> s[0] != null).count());
    }

    @Test
    void aTupleThatDoesNotMatchAParentKeyFailsTheForeignKeyCheck() throws IOException {
        Path in = input();
        Files.writeString(in.resolve("samples.csv"), "X5000,S1,1002,blood\nX5001,S2,1001,blood\nX5002,S1,1099,blood\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> run(SPEC, in, dir.resolve("bad"), null)).isInstanceOf(ValidationFailedException.class)
                .hasMessageContaining("samples.(visit, site) -> visits(visit_no, site) (1 rows)");
    }

    @Test
    void aRepeatedCompositePrimaryKeyInTheInputFailsValidationNamingTheTableAndCount() throws IOException {
        Path in = input();
        Files.writeString(in.resolve("visits.csv"), "S1,1001,Someone Else\nS1,1001,A Third\n", java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> run(SPEC, in, dir.resolve("dup"), null)).isInstanceOf(ValidationFailedException.class)
                .hasMessageContaining("duplicate primary keys in the output: visits (2 rows repeat a primary key of (site, visit_no))");
    }

    @Test
    void anEmptyTableWithACompositeKeyPasses() throws IOException {
        Path in = input();
        Files.writeString(in.resolve("samples.csv"), "sample_id,site,visit,kind\n");
        assertThat(run(SPEC, in, dir.resolve("empty"), null).validation().passed()).isTrue();
    }

    @Test
    void aForeignKeyWithMoreColumnsThanItReferencesIsRefused() {
        assertThatThrownBy(() -> JobSpec.parse(SPEC.replace("visits(visit_no, site)", "visits(visit_no)"), "c.json"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("tables.samples.foreignKeys[0]: 2 referencing column(s) but 1 referenced column(s)");
    }

    @Test
    void malformedCompositeKeysAreRefusedWithTheirJsonPath() {
        assertThatThrownBy(() -> JobSpec.parse(SPEC.replace("[\"site\", \"visit_no\"]", "[]"), "c.json"))
                .hasMessageContaining("tables.visits.primaryKey: expected a column name or a non-empty array");
        assertThatThrownBy(() -> JobSpec.parse(SPEC.replace("[\"site\", \"visit_no\"]", "[\"site\", \"SITE\"]"), "c.json"))
                .hasMessageContaining("tables.visits.primaryKey: names column 'SITE' twice");
        assertThatThrownBy(() -> JobSpec.parse(SPEC.replace("[\"site\", \"visit_no\"]", "[\"site\", 7]"), "c.json"))
                .hasMessageContaining("tables.visits.primaryKey");
        assertThatThrownBy(() -> JobSpec.parse(SPEC.replace("visits(visit_no, site)", "visits(visit_no, )"), "c.json"))
                .hasMessageContaining("no empty column name");
        assertThatThrownBy(() -> JobSpec.parse(SPEC.replace("visits(visit_no, site)", "visits(visit_no, site"), "c.json"))
                .hasMessageContaining("expected table(column, ...)");
        assertThatThrownBy(() -> JobSpec.parse(SPEC.replace("\"columns\": [\"visit\", \"site\"]", "\"column\": \"visit\", \"columns\": [\"visit\", \"site\"]"), "c.json"))
                .hasMessageContaining("give exactly one of column and columns");
        assertThatThrownBy(() -> JobSpec.parse(SPEC.replace("visits(visit_no, site)", "visits(visit_no, nowhere)"), "c.json"))
                .hasMessageContaining("refers to column 'nowhere'");
    }

    @Test
    void compositeKeysWriteBackInTheirOwnForm() {
        JobSpec spec = JobSpec.parse(SPEC, "c.json");
        assertThat(spec.toJson()).contains("\"references\" : \"visits(visit_no, site)\"");
        assertThat(JobSpec.parse(spec.toJson(), "again")).isEqualTo(spec);
        TableSpec samples = spec.table("samples").orElseThrow();
        assertThat(samples.foreignKey("site")).isPresent();
        assertThat(samples.foreignKeys().get(0).composite()).isTrue();
        assertThat(spec.table("visits").orElseThrow().primaryKey()).isEmpty();
        assertThat(samples.primaryKey()).contains("sample_id");
    }
}
