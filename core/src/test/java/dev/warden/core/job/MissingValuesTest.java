package dev.warden.core.job;

import static dev.warden.core.job.ProposalFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The markers of a missing value that pandas, R, SQL tools and C write into exports: a foreign key or a date column
 * holding them is still read as one, and a marker that is also a name in capitals is a value.
 */
class MissingValuesTest {

    @TempDir
    Path dir;

    private Path folder(String name, Map<String, CharSequence> tables) throws IOException {
        return ProposalFixtures.folder(dir, name, tables);
    }

    @Test
    void pandasRSqlAndCMarkersAreMissing() {
        for (String marker : List.of("None", "<NA>", "(null)", "nil", "NaT", "nan", " nan ", "\tNone", "NaN", "NULL",
                "\\N", "NA", "N/A", "#N/A", "-")) {
            assertThat(MissingValues.missing(marker)).as(marker).isTrue();
        }
    }

    @Test
    void namesAndValuesLikeTheMarkersAreNotMissing() {
        // NAN and NIL are given names written in capitals (Chinese Nan, Turkish Nil): left as they are, they would leak
        for (String value : List.of("NAN", "NIL", "Nan", "Nil", "NONE", "none", "Nonez", "nano", "NaTasha", "<NA", "(nil)",
                "(null", "<na>", "nil0", "Nathalie", "(0010,0010)", "<b>")) {
            assertThat(MissingValues.missing(value)).as(value).isFalse();
        }
    }

    private static TableSpec table(JobSpec spec, String name) {
        return spec.table(name).orElseThrow();
    }

    /**
     * A pandas export of two tables: one claim in five has no member, written {@code nan} or {@code None} (a float or
     * an object column as {@code astype(str)} writes it). The foreign key is still found by containment, joins in the
     * output, and the markers stay as they are.
     */
    @Test
    void aForeignKeyWithNanAndNoneInOneRowInFiveIsStillAForeignKeyThatJoins() throws IOException {
        StringBuilder members = new StringBuilder("member_id,plan\n");
        for (int i = 0; i < 120; i++) {
            members.append("M").append(70000 + i).append(',').append(i % 2 == 0 ? "Gold" : "Silver").append('\n');
        }
        StringBuilder claims = new StringBuilder("claim_id,member_id,amount\n");
        for (int i = 0; i < 500; i++) {
            String member = i % 5 != 0 ? "M" + (70000 + i * 7 % 120) : i % 10 == 0 ? "nan" : "None";
            claims.append("C").append(900000 + i).append(',').append(member).append(',').append(10 + i % 300).append('\n');
        }
        Path in = folder("pandas", Map.of("members", members, "claims", claims));
        JobSpec spec = propose(in);
        assertThat(table(spec, "claims").foreignKeys()).extracting(ForeignKey::column).containsExactly("member_id");
        Path out = dir.resolve("pandas-out");
        JobReport report = run(in, spec, out);
        assertThat(report.validation().passed()).as(report.summary()).isTrue();
        List<String[]> outMembers = Files.readAllLines(out.resolve("members.csv")).stream().skip(1)
                .map(l -> l.split(",", -1)).toList();
        List<String[]> outClaims = Files.readAllLines(out.resolve("claims.csv")).stream().skip(1)
                .map(l -> l.split(",", -1)).toList();
        List<String> keys = outMembers.stream().map(r -> r[0]).toList();
        assertThat(keys).doesNotContain("M70000");
        assertThat(outClaims).hasSize(500);
        assertThat(outClaims.get(0)[1]).isEqualTo("nan");
        assertThat(outClaims.get(5)[1]).isEqualTo("None");
        assertThat(outClaims.stream().map(r -> r[1]).filter(v -> !v.equals("nan") && !v.equals("None")))
                .hasSize(400).allMatch(keys::contains);
    }

    /**
     * A pandas export with {@code NaT} where a visit has no discharge: the column is read as dates whether its header
     * says so ({@code discharge_date}) or only its values do ({@code discharged}), not suppressed as values that would
     * not parse.
     */
    @Test
    void aDateColumnWithNaTAmongDatesIsReadAsDates() throws IOException {
        StringBuilder visits = new StringBuilder("visit_id,admitted,discharged,discharge_date,ward\n");
        for (int i = 0; i < 200; i++) {
            LocalDate admitted = LocalDate.of(2023, 1, 1).plusDays(i * 3L % 700);
            String discharged = i % 6 == 0 ? "NaT" : admitted.plusDays(1 + i % 9).toString();
            visits.append("V").append(5000 + i).append(',').append(admitted).append(',').append(discharged).append(',')
                    .append(discharged).append(',').append("ABC".charAt(i % 3)).append('\n');
        }
        Path in = folder("nat", Map.of("visits", visits));
        JobSpec spec = propose(in);
        String admitted = table(spec, "visits").column("admitted").orElseThrow().rule().toString();
        assertThat(admitted).doesNotContain("Suppress");
        for (String column : List.of("discharged", "discharge_date")) {
            ColumnSpec c = table(spec, "visits").column(column).orElseThrow();
            assertThat(c.rule().toString()).as(c.toString()).isEqualTo(admitted);
        }
        Path out = dir.resolve("nat-out");
        JobReport report = run(in, spec, out);
        assertThat(report.validation().passed()).as(report.summary()).isTrue();
        List<String[]> rows = Files.readAllLines(out.resolve("visits.csv")).stream().skip(1)
                .map(l -> l.split(",", -1)).toList();
        assertThat(rows.get(0)[2]).isEqualTo("NaT");
        assertThat(rows.get(0)[3]).isEqualTo("NaT");
        assertThat(rows.get(1)[2]).isEqualTo(rows.get(1)[3]).matches("\\d{4}");
    }
}
