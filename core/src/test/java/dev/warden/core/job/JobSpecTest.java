package dev.warden.core.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import dev.warden.deid.IdentifierType;
import dev.warden.deid.Transformation;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobSpecTest {

    static final String MINIMAL = """
            {"profile": "hipaa-safe-harbor", "asOf": "2024-12-31", "entity": "people",
             "tables": {"people": {"primaryKey": "id", "columns": {
                 "id": "ID", "ssn": {"identifier": "SOCIAL_SECURITY_NUMBER", "comment": "checked"},
                 "note": "drop", "gender": "keep", "born": {"transformation": {"kind": "date-shift", "maxDays": 30}}}},
               "visits": {"foreignKeys": [{"column": "person", "references": "people.id"}], "columns": {"day": "DATE"}}}}
            """;

    @Test
    void readsEveryKindOfColumnRule() {
        JobSpec spec = JobSpec.parse(MINIMAL, "t.json");
        TableSpec people = spec.table("PEOPLE").orElseThrow();
        assertThat(people.column("id").orElseThrow().rule()).isEqualTo(new ColumnRule.Identifier(IdentifierType.OTHER_UNIQUE_IDENTIFIER));
        assertThat(people.column("ssn").orElseThrow().comment()).contains("checked");
        assertThat(people.column("note").orElseThrow().rule()).isInstanceOf(ColumnRule.Drop.class);
        assertThat(people.column("gender").orElseThrow().rule()).isInstanceOf(ColumnRule.Keep.class);
        assertThat(people.column("born").orElseThrow().rule()).isEqualTo(new ColumnRule.Explicit(new Transformation.DateShift(30)));
        assertThat(spec.table("visits").orElseThrow().foreignKeys()).containsExactly(new ForeignKey("person", "people", "id"));
    }

    @Test
    void writesJsonThatReadsBackEqual() {
        JobSpec spec = JobSpec.parse(MINIMAL, "t.json");
        assertThat(JobSpec.parse(spec.toJson(), "again")).isEqualTo(spec);
    }

    @Test
    void aKeyWithADotInItsNameReadsBackAfterWriting() {
        // Court exports head columns "Case No.": table.column would split at the last dot
        JobSpec spec = JobSpec.parse("""
                {"profile": "hipaa-safe-harbor", "asOf": "2024-12-31",
                 "tables": {"cases": {"primaryKey": "Case No.", "columns": {"Case No.": "ID"}},
                   "parties": {"foreignKeys": [{"column": "Case No.", "references": "cases(Case No.)"}],
                     "columns": {"Case No.": "ID"}}}}
                """, "t.json");
        assertThat(spec.table("parties").orElseThrow().foreignKeys()).containsExactly(new ForeignKey("Case No.", "cases", "Case No."));
        assertThat(spec.toJson()).contains("\"references\" : \"cases(Case No.)\"");
        assertThat(JobSpec.parse(spec.toJson(), "again")).isEqualTo(spec);
    }

    @Test
    void aKeyNamedWithACommaAndParenthesesReadsBackAfterWriting() {
        // DICOM exports head columns with tags, (0020,000D): table(column, ...) would read two columns (breaker38)
        JobSpec spec = JobSpec.parse("""
                {"profile": "hipaa-safe-harbor", "asOf": "2024-12-31",
                 "tables": {"studies": {"primaryKey": "(0020,000D)", "columns": {"(0020,000D)": "ID"}},
                   "series": {"foreignKeys": [{"column": "(0020,000D)",
                       "references": {"table": "studies", "columns": ["(0020,000D)"]}}],
                     "columns": {"(0020,000D)": "ID"}}}}
                """, "t.json");
        assertThat(spec.table("series").orElseThrow().foreignKeys())
                .containsExactly(new ForeignKey("(0020,000D)", "studies", "(0020,000D)"));
        assertThat(JobSpec.parse(spec.toJson(), "again")).isEqualTo(spec);
        assertThatThrownBy(() -> JobSpec.parse("""
                {"profile": "hipaa-safe-harbor", "asOf": "2024-12-31",
                 "tables": {"studies": {"columns": {"a": "ID"}},
                   "series": {"foreignKeys": [{"column": "a", "references": {"table": "studies", "columns": ["a", "b"]}}],
                     "columns": {"a": "ID"}}}}
                """, "t.json")).isInstanceOf(ConfigurationException.class).hasMessageContaining("1 referencing column(s) but 2");
    }

    @Test
    void aMisspeltKeyIsNamedWithItsJsonPath() {
        assertThatThrownBy(() -> JobSpec.parse(MINIMAL.replace("\"primaryKey\"", "\"primarykey\""), "job.json"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("job.json").hasMessageContaining("tables.people.primarykey");
    }

    @Test
    void anUnknownIdentifierTypeIsNamedWithItsJsonPath() {
        assertThatThrownBy(() -> JobSpec.parse(MINIMAL.replace("\"ID\"", "\"IDENT\""), "job.json"))
                .hasMessageContaining("tables.people.columns.id").hasMessageContaining("IDENT");
    }

    @Test
    void aBadTransformationIsNamedWithItsJsonPath() {
        assertThatThrownBy(() -> JobSpec.parse(MINIMAL.replace("\"maxDays\": 30", "\"maxDays\": 0"), "job.json"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("tables.people.columns.born.transformation");
    }

    @Test
    void duplicateKeysAreRefused() {
        assertThatThrownBy(() -> JobSpec.parse(MINIMAL.replace("\"gender\": \"keep\"", "\"gender\": \"keep\", \"gender\": \"drop\""), "job.json"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("line");
    }

    @Test
    void aMissingProfileIsRefused() {
        assertThatThrownBy(() -> JobSpec.parse("{\"tables\": {\"t\": {\"columns\": {}}}}", "job.json"))
                .hasMessageContaining("profile");
    }

    @Test
    void aForeignKeyToAnUnlistedTableIsRefused() {
        assertThatThrownBy(() -> JobSpec.parse(MINIMAL.replace("people.id\"", "persons.id\""), "job.json"))
                .hasMessageContaining("tables.visits.foreignKeys").hasMessageContaining("persons");
    }

    @Test
    void emptyAndMalformedTextIsRefusedWithTheLine() {
        assertThatThrownBy(() -> JobSpec.parse("", "e.json")).isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> JobSpec.parse("{\n\"profile\": ", "m.json")).hasMessageContaining("m.json").hasMessageContaining("line 2");
        assertThatThrownBy(() -> JobSpec.parse("[]", "a.json")).hasMessageContaining("object");
    }

    @Test
    void aMissingFileIsAConfigurationError(@TempDir Path dir) {
        assertThatThrownBy(() -> JobSpec.load(dir.resolve("none.json"))).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void theShippedSpecsParse() {
        for (String name : new String[] {"synthea-hipaa.json", "synthea-test-data.json"}) {
            Path p = SyntheaJobTest.spec(name);
            assertThat(Files.exists(p)).isTrue();
            assertThat(JobSpec.load(p).tables()).hasSize(15);
        }
    }

    @Test
    void subsetOptionParsesPercentAndCondition() {
        assertThat(SubsetRule.parse("patients:10")).isEqualTo(new SubsetRule.Percent("patients", 10));
        assertThat(SubsetRule.parse("patients:2.5%")).isEqualTo(new SubsetRule.Percent("patients", 2.5));
        assertThat(SubsetRule.parse("patients:GENDER = 'F'")).isEqualTo(new SubsetRule.Filter("patients", "GENDER = 'F'"));
        assertThatThrownBy(() -> SubsetRule.parse("patients:0")).isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> SubsetRule.parse("patients")).isInstanceOf(ConfigurationException.class);
    }
}
