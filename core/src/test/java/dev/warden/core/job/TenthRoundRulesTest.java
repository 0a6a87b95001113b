package dev.warden.core.job;

import static dev.warden.core.job.ProposalFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.deid.IdentifierType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The classification rules added for the tenth round's independent checks (breaker55's leftovers and breaker56 to
 * breaker58), each on a small invented table of another shape than the one it was found in, beside a near miss where
 * the rule must stay silent.
 */
class TenthRoundRulesTest {

    @TempDir
    Path dir;

    private Path folder(String name, Map<String, CharSequence> tables) throws IOException {
        return ProposalFixtures.folder(dir, name, tables);
    }

    @Test
    void anAreaAfterARegionIsASubdivisionBelowTheFirstButAFloorAreaIsAMeasurement() throws IOException {
        String[][] regions = {{"Lombardia", "MI"}, {"Lombardia", "CO"}, {"Piemonte", "TO"}, {"Piemonte", "AL"},
                {"Sicilia", "PA"}, {"Sicilia", "CT"}, {"Lazio", "RM"}, {"Lazio", "VT"}, {"Toscana", "FI"}, {"Toscana", "AR"}};
        StringBuilder s = new StringBuilder("id,Region,Area,Floor Area,Customer\n");
        for (int i = 0; i < 120; i++) {
            String[] r = regions[(i * 7) % regions.length];
            s.append(i + 1).append(',').append(r[0]).append(',').append(r[1]).append(',').append(40 + (i * 13) % 90)
                    .append(".5,").append(person(i)).append('\n');
        }
        Path in = folder("shops", Map.of("customers", s));
        JobSpec spec = propose(in);
        assertThat(rule(spec, "customers", "Area")).as(comment(spec, "customers", "Area"))
                .isEqualTo(new ColumnRule.Identifier(IdentifierType.GEOGRAPHIC_SUBDIVISION));
        assertThat(kept(spec, "customers", "Region")).as(comment(spec, "customers", "Region")).isTrue();
        assertThat(kept(spec, "customers", "Floor Area")).as(comment(spec, "customers", "Floor Area")).isTrue();
        assertThat(runPassing(in, spec, dir.resolve("shops-out"), "customers")).doesNotContain(",MI,").contains("Lombardia");
    }

    @Test
    void publicMicrodataAgesAndPumasAreProtectedAndTheirWeightsKept() throws IOException {
        StringBuilder p = new StringBuilder("SERIALNO,SPORDER,PUMA,ST,AGEP,SEX,PWGTP1,PWGTP2\n");
        for (int i = 0; i < 400; i++) {
            // PUMAs written without their leading zeros, as pandas writes them; weights that take the same numbers
            p.append("2023HU").append(String.format("%07d", 1000 + i / 2)).append(',').append(1 + i % 2).append(',')
                    .append(new int[] {100, 1800, 2500, 900}[i % 4]).append(",27,").append((i * 37) % 100).append(',')
                    .append(1 + i % 2).append(',').append(new int[] {1800, 57, 900, 120}[(i / 4) % 4]).append(',')
                    .append(40 + i % 150).append('\n');
        }
        Path in = folder("pums", Map.of("psam_p27", p));
        JobSpec spec = propose(in);
        assertThat(rule(spec, "psam_p27", "AGEP")).isEqualTo(new ColumnRule.Identifier(IdentifierType.AGE));
        assertThat(rule(spec, "psam_p27", "PUMA")).isEqualTo(new ColumnRule.Identifier(IdentifierType.GEOGRAPHIC_SUBDIVISION));
        assertThat(kept(spec, "psam_p27", "PWGTP1")).as(comment(spec, "psam_p27", "PWGTP1")).isTrue();
        assertThat(kept(spec, "psam_p27", "PWGTP2")).as(comment(spec, "psam_p27", "PWGTP2")).isTrue();
        String out = runPassing(in, spec, dir.resolve("pums-out"), "psam_p27");
        assertThat(out.lines().skip(1).map(l -> l.split(",")[4])).contains("90+").noneMatch(a -> a.matches("9[0-9]"));
    }

    @Test
    void investigatorsListedWithSemicolonsUnderARoleAreNames() throws IOException {
        StringBuilder g = new StringBuilder("Project Number,Fiscal Year,Other PI or Project Leader(s),PI_NAMEs,Amount\n");
        for (int i = 0; i < 300; i++) {
            // each award repeats once per fiscal year, so every list is shared by several rows
            int award = i / 5;
            String a = FAMILY[award % FAMILY.length].toUpperCase() + ", " + GIVEN[award % GIVEN.length].toUpperCase() + " K";
            String b = FAMILY[(award + 3) % FAMILY.length].toUpperCase() + ", " + GIVEN[(award + 7) % GIVEN.length].toUpperCase();
            g.append("R01CA").append(100000 + award).append(',').append(2019 + i % 5).append(",\"").append(a).append("; ")
                    .append(b).append("\",\"").append(b).append(" (contact); ").append(a).append("; \",").append(250000 + award)
                    .append('\n');
        }
        Path in = folder("grants", Map.of("projects", g));
        JobSpec spec = propose(in);
        assertThat(rule(spec, "projects", "Other PI or Project Leader(s)")).as(comment(spec, "projects", "Other PI or Project Leader(s)"))
                .isEqualTo(new ColumnRule.Identifier(IdentifierType.NAME));
        assertThat(kept(spec, "projects", "PI_NAMEs")).as(comment(spec, "projects", "PI_NAMEs")).isFalse();
        assertThat(runPassing(in, spec, dir.resolve("grants-out"), "projects")).doesNotContain(FAMILY[0].toUpperCase() + ", ");
    }
}
