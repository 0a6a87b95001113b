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
}
