package dev.warden.core.job;

import static dev.warden.core.job.ProposalFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.deid.IdentifierType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The classification rules mended or added for the thirteenth round (the probe leaks left by the twelfth round's checks,
 * and the round's new-domain checks), each on a small invented table of another shape than the one it was found in,
 * beside a near miss where the rule must stay silent.
 */
class ThirteenthRoundRulesTest {

    @TempDir
    Path dir;

    private Path folder(String name, Map<String, CharSequence> tables) throws IOException {
        return ProposalFixtures.folder(dir, name, tables);
    }

    @Test
    void staffNumberedInTurnAreNoIcd10CategoriesButInjuryCodesAre() throws IOException {
        // a workshop's fitters S01..S12 read as ICD-10-CM chapter S (injuries) by their grammar alone (breaker74)
        StringBuilder jobs = new StringBuilder("id,Customer,Staff,Injury Code,Bay\n");
        for (int i = 0; i < 200; i++) {
            jobs.append(i + 1).append(',').append(person(i)).append(',').append(String.format("S%02d", 1 + i * 7 % 12))
                    .append(',').append(String.format("S%02d", 1 + i * 5 % 12)).append(',').append(1 + i % 4).append('\n');
        }
        Path in = folder("workshop", Map.of("jobs", jobs));
        JobSpec spec = propose(in);
        assertThat(kept(spec, "jobs", "Staff")).as(comment(spec, "jobs", "Staff")).isFalse();
        // near miss: the same values under a header that names codes, not a person
        assertThat(kept(spec, "jobs", "Injury Code")).as(comment(spec, "jobs", "Injury Code")).isTrue();
        assertThat(SpecProposer.numberedSeries(List.of("S01", "S02", "S03", "s04", "S05"))).isTrue();
        // one chapter's categories, not a run; two prefixes; no run from 0 or 1
        assertThat(SpecProposer.numberedSeries(List.of("S06", "S32", "S72", "S82"))).isFalse();
        assertThat(SpecProposer.numberedSeries(List.of("S01", "T02", "S03"))).isFalse();
        assertThat(SpecProposer.numberedSeries(List.of("S11", "S12", "S13"))).isFalse();
    }

    @Test
    void aGermanKfzColumnHoldsPlatesButItsTypeIsVocabulary() throws IOException {
        StringBuilder rentals = new StringBuilder("Vertrag,Mieter,Kfz,Kfz-Typ,Kfz-Kennz.,Tage\n");
        String[] towns = {"M", "B", "HH", "K", "S", "F"};
        String[] types = {"PKW", "Transporter", "Kombi"};
        for (int i = 0; i < 150; i++) {
            String plate = towns[i % towns.length] + "-" + (char) ('A' + i % 26) + (char) ('A' + i * 7 % 26) + " " + (100 + i * 37 % 9000);
            rentals.append("V").append(5000 + i).append(',').append(person(i)).append(',').append(plate).append(',')
                    .append(types[i % 3]).append(',').append(plate.replace('-', ' ')).append(',').append(1 + i % 14)
                    .append('\n');
        }
        Path in = folder("vermietung", Map.of("vertraege", rentals));
        JobSpec spec = propose(in);
        assertThat(rule(spec, "vertraege", "Kfz")).as(comment(spec, "vertraege", "Kfz"))
                .isEqualTo(new ColumnRule.Identifier(IdentifierType.VEHICLE_IDENTIFIER));
        assertThat(rule(spec, "vertraege", "Kfz-Kennz.")).as(comment(spec, "vertraege", "Kfz-Kennz."))
                .isEqualTo(new ColumnRule.Identifier(IdentifierType.VEHICLE_IDENTIFIER));
        assertThat(kept(spec, "vertraege", "Kfz-Typ")).as(comment(spec, "vertraege", "Kfz-Typ")).isTrue();
        assertThat(runPassing(in, spec, dir.resolve("vermietung-out"), "vertraege")).doesNotContain("M-AA 100");
    }

    @Test
    void japaneseEraAndKanjiDatesSharedByManyGuestsAreDatesNotVocabulary() throws IOException {
        // check-in days many guests share: read as a shared vocabulary, they were kept whole (breaker74)
        StringBuilder stays = new StringBuilder("id,氏名,チェックイン,チェックアウト,部屋\n");
        for (int i = 0; i < 300; i++) {
            int day = 1 + i % 20;
            stays.append(i + 1).append(',').append(person(i)).append(",令和8年3月").append(day).append("日,2026年3月")
                    .append(day + 2).append("日,").append(new String[] {"和室", "洋室", "ドミトリー"}[i % 3]).append('\n');
        }
        Path in = folder("ryokan", Map.of("stays", stays));
        JobSpec spec = propose(in);
        assertThat(kept(spec, "stays", "チェックイン")).as(comment(spec, "stays", "チェックイン")).isFalse();
        assertThat(kept(spec, "stays", "チェックアウト")).as(comment(spec, "stays", "チェックアウト")).isFalse();
        assertThat(kept(spec, "stays", "部屋")).as(comment(spec, "stays", "部屋")).isTrue();
        String out = runPassing(in, spec, dir.resolve("ryokan-out"), "stays");
        assertThat(out).doesNotContain("令和8年3月").doesNotContain("2026年3月");
    }
}
