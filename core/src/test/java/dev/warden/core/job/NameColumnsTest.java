package dev.warden.core.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.deid.Deidentifiers;
import dev.warden.deid.IdentifierType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code warden classify} on a column headed just "name": people's names stay names, organisations' names are kept
 * with a comment, and the proposal then passes the leak check even when a code of the name column is also a value of
 * a kept category column.
 */
class NameColumnsTest {

    @TempDir
    Path dir;

    @Test
    void peoplesNamesStayNames() {
        assertThat(SpecProposer.organisationNames("name", List.of("Ada Lovelace", "Grace Hopper", "Alan Turing",
                "Mary-Jane O'Neil", "J. R. Smith"))).isEmpty();
    }

    @Test
    void upperCasePeoplesNamesStayNames() {
        assertThat(SpecProposer.organisationNames("NAME", List.of("ADA LOVELACE", "GRACE HOPPER", "ALAN TURING"))).isEmpty();
    }

    @Test
    void singleGivenNamesStayNamesForWantOfEvidenceOfOrganisations() {
        assertThat(SpecProposer.organisationNames("name", List.of("Ada", "Grace", "Alan", "Edsger"))).isEmpty();
    }

    @Test
    void mostlyPeopleWithOneCompanyStayNames() {
        assertThat(SpecProposer.organisationNames("name", List.of("Ada Lovelace", "Grace Hopper", "Acme Inc"))).isEmpty();
    }

    @Test
    void organisationsAndCodesAreKeptWithACommentThatCountsButNeverQuotesValues() {
        ColumnSpec spec = SpecProposer.organisationNames("name", List.of("Acme Insurance", "Globex Corp",
                "Initech", "SELF_PAY", "Smith & Sons")).orElseThrow();
        assertThat(spec.rule()).isInstanceOf(ColumnRule.Keep.class);
        assertThat(spec.comment()).hasValueSatisfying(c -> assertThat(c)
                .contains("0 of 5 sampled values look like a person's name and 4 like an organisation's name or a code")
                .doesNotContain("Acme").doesNotContain("SELF_PAY"));
    }

    @Test
    void anEmptySampleStaysAName() {
        assertThat(SpecProposer.organisationNames("name", java.util.Arrays.asList("", null, " "))).isEmpty();
    }

    @Test
    void aProposalForPeopleAndInsurersTransformsThePeopleKeepsTheInsurersAndPassesValidation() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("insurers.csv"), "id,name,kind\n"
                + "ins-000001,Acme Insurance,PRIVATE\nins-000002,Federal Medicare Plan,PUBLIC\n"
                + "ins-000003,SELF_PAY,SELF_PAY\nins-000004,Globex Mutual,PRIVATE\n", StandardCharsets.UTF_8);
        StringBuilder people = new StringBuilder("id,name,insurer,status\n");
        String[] names = {"Ada Lovelace", "Grace Hopper", "Alan Turing", "Edsger Dijkstra", "Barbara Liskov"};
        for (int i = 0; i < names.length; i++) {
            people.append("per-00000").append(i).append(',').append(names[i]).append(",ins-00000").append(i % 4 + 1)
                    .append(i % 2 == 0 ? ",active\n" : ",inactive\n");
        }
        Files.writeString(in.resolve("people.csv"), people, StandardCharsets.UTF_8);
        JobSpec spec;
        try (TableSource source = Datasets.source(in.toString())) {
            spec = JobSpec.parse(new SpecProposer(source, 100).propose("p", "hipaa-safe-harbor", LocalDate.of(2024, 12, 31))
                    .toJson(), "proposed.json");
        }
        assertThat(spec.table("people").orElseThrow().column("name").orElseThrow().rule())
                .isEqualTo(new ColumnRule.Identifier(IdentifierType.NAME));
        assertThat(spec.table("insurers").orElseThrow().column("name").orElseThrow().rule()).isInstanceOf(ColumnRule.Keep.class);
        Path out = dir.resolve("out");
        JobReport report;
        try (TableSource source = Datasets.source(in.toString());
             TableTarget target = Datasets.target(out.toString(), Datasets.Format.CSV)) {
            report = DeidentificationJob.builder().spec(spec).source(source).target(target)
                    .deidentifiers(p -> Deidentifiers.forProfile(p, FileJobTest.KEY)).build().run();
        }
        assertThat(report.validation().passed()).isTrue();
        List<Map<String, String>> written = SyntheaJobTest.read(out, "people");
        assertThat(written).extracting(r -> r.get("name")).doesNotContainAnyElementsOf(List.of(names));
        assertThat(SyntheaJobTest.read(out, "insurers")).extracting(r -> r.get("name")).contains("Acme Insurance", "SELF_PAY");
    }

    @Test
    void theLeakCheckStillCatchesAPersonsNameCopiedIntoAKeptColumn() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("people.csv"), "id,name,note\nper-000001,Ada Lovelace,called Ada Lovelace\n"
                + "per-000002,Grace Hopper,Grace Hopper\n", StandardCharsets.UTF_8);
        String spec = """
                {"profile": "hipaa-safe-harbor", "asOf": "2024-12-31", "tables": {"people": {"primaryKey": "id",
                  "columns": {"id": "ID", "name": "NAME", "note": "keep"}}}}
                """;
        try (TableSource source = Datasets.source(in.toString());
             TableTarget target = Datasets.target(dir.resolve("out").toString(), Datasets.Format.CSV)) {
            DeidentificationJob.builder().spec(JobSpec.parse(spec, "spec.json")).source(source).target(target)
                    .deidentifiers(p -> Deidentifiers.forProfile(p, FileJobTest.KEY)).build().run();
            throw new AssertionError("validation passed");
        } catch (ValidationFailedException e) {
            assertThat(e.report().validation().failures())
                    .containsExactly("original values: input identifier values found in the output: people.note (1 cells)");
        }
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
