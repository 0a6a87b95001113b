package dev.warden.core.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.deid.IdentifierType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evidence that does not depend on English or on capital letters (breaker13: Romanian, Afrikaans, Thai and Hindi):
 * staff named with lower-case particles or in a script without capitals, shared by many rows, are names; ages are
 * found beside birth dates whatever year they were taken in; dates with two-digit years are no vocabulary; a column of
 * a few rows that all but one row share is vocabulary.
 */
class ScriptsAndParticlesTest {

    @TempDir
    Path dir;

    private static final List<String> AGENTS = List.of("Pieter van der Merwe", "Ana de la Cruz", "Ahmad bin Ismail",
            "Johan van Wyk", "Marie le Roux", "Dr. Siti Hajar binti Osman", "Dr. Kumar a/l Muthusamy");
    private static final List<String> DOCTORS = List.of("นพ.อนุชา ศรีวงศ์", "พญ.ปราณี รัตนพันธ์", "นพ.สมชาย ใจดี",
            "พญ.สมศรี ศรีสุข");

    private JobSpec propose(String csv) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in" + System.nanoTime()));
        Files.writeString(in.resolve("visits.csv"), csv, StandardCharsets.UTF_8);
        try (TableSource source = Datasets.source(in.toString())) {
            return new SpecProposer(source, SpecProposer.DEFAULT_SAMPLE_ROWS).propose("t", "hipaa-safe-harbor",
                    LocalDate.of(2026, 12, 6));
        }
    }

    private static ColumnRule rule(JobSpec spec, String column) {
        return spec.tables().get(0).column(column).orElseThrow().rule();
    }

    @Test
    void staffWithParticlesOrWithoutCapitalsSharedByManyRowsAreNames() throws IOException {
        StringBuilder b = new StringBuilder("visit,patient,agent,แพทย์ผู้ตรวจ,seen\n");
        for (int i = 0; i < 120; i++) {
            b.append("V").append(1000 + i).append(",P").append(500 + i / 2).append(',').append(AGENTS.get(i % AGENTS.size()))
                    .append(',').append(DOCTORS.get(i % DOCTORS.size())).append(',')
                    .append(String.format("%02d/%02d/25", 1 + i % 28, 1 + i % 12)).append('\n');
        }
        JobSpec spec = propose(b.toString());
        assertThat(rule(spec, "agent")).isEqualTo(new ColumnRule.Identifier(IdentifierType.NAME));
        assertThat(rule(spec, "แพทย์ผู้ตรวจ")).isEqualTo(new ColumnRule.Identifier(IdentifierType.NAME));
        assertThat(rule(spec, "seen")).as("dd/mm/yy under a header that says nothing").isNotInstanceOf(ColumnRule.Keep.class);
    }

    @Test
    void agesBesideBirthDatesTakenInAnotherYearOrEraAreAges() throws IOException {
        // umri (Swahili: age) is in no lexicon, and no age is over 89, so only the birth dates tell
        StringBuilder b = new StringBuilder("id,born,umri\n");
        StringBuilder be = new StringBuilder("id,born,umri\n");
        for (int i = 0; i < 40; i++) {
            int year = 1940 + i * 2;
            b.append(i).append(",15.06.").append(year).append(',').append(2021 - year).append('\n'); // ages of 2021
            be.append(i).append(",15/06/").append(year + 543).append(',').append(2024 - year).append('\n'); // BE 2567
        }
        assertThat(rule(propose(b.toString()), "umri")).isEqualTo(new ColumnRule.Identifier(IdentifierType.AGE));
        assertThat(rule(propose(be.toString()), "umri")).isEqualTo(new ColumnRule.Identifier(IdentifierType.AGE));
    }

    @Test
    void aSmallColumnThatAllRowsButOneShareIsVocabulary() throws IOException {
        JobSpec spec = propose("id,usek\nL1,lékárna\nL2,lékárna\nL3,sklad\nL4,sklad\nL5,lékárna\nL6,sklad\nL7,výdej\n");
        assertThat(rule(spec, "usek")).isInstanceOf(ColumnRule.Keep.class);
        JobSpec two = propose("id,usek\nL1,lékárna\nL2,lékárna\nL3,sklad\nL4,sklad\nL5,příjem\nL6,sklad\nL7,výdej\n");
        assertThat(rule(two, "usek")).as("two rows alone").isNotInstanceOf(ColumnRule.Keep.class);
    }

    @Test
    void integersOfOneLengthFewShareInTheSubjectsRowsAreNotKept() throws IOException {
        StringBuilder b = new StringBuilder("id,zorbix,visits\n");
        for (int i = 0; i < 30; i++) {
            b.append("P").append(i).append(',').append(4000 + (i * 37) % 900).append(',').append(i % 4).append('\n');
        }
        JobSpec spec = propose(b.toString());
        assertThat(rule(spec, "zorbix")).as("four-digit postcodes under a header no convention reads")
                .isNotInstanceOf(ColumnRule.Keep.class);
        assertThat(rule(spec, "visits")).isInstanceOf(ColumnRule.Keep.class);
    }

    @Test
    void aCodeThatFewPeopleShareInTheirOwnRowsIsAGroupsNumber() throws IOException {
        StringBuilder b = new StringBuilder("usajili,kaya,jinsia\n");
        for (int i = 0; i < 60; i++) {
            b.append("NDU-").append(1000 + i).append(",KY-0").append(4000 + i / 3).append(',').append(i % 2 == 0 ? "Ke" : "Me")
                    .append('\n');
        }
        JobSpec spec = propose(b.toString());
        assertThat(rule(spec, "kaya")).as("a household's number on each member's row")
                .isEqualTo(new ColumnRule.Identifier(IdentifierType.OTHER_UNIQUE_IDENTIFIER));
        assertThat(rule(spec, "jinsia")).isInstanceOf(ColumnRule.Keep.class);
    }

    @Test
    void staffNamedOnManyRowsUnderAnUnreadHeaderAreNamesButDepotsAreNot() throws IOException {
        StringBuilder b = new StringBuilder("inombolo,umhlengikazi,indawo\n");
        List<String> nurses = List.of("Nomsa Khumalo", "Bongani Mthembu", "Thandeka Zulu");
        List<String> depots = List.of("Durban Depot", "Dublin Hub", "Cork Depot");
        for (int i = 0; i < 30; i++) {
            b.append("Z").append(100 + i).append(',').append(nurses.get(i % 3)).append(',').append(depots.get(i % 3)).append('\n');
        }
        JobSpec spec = propose(b.toString());
        assertThat(rule(spec, "umhlengikazi")).as("isiZulu: nurse").isEqualTo(new ColumnRule.Identifier(IdentifierType.NAME));
        assertThat(rule(spec, "indawo")).isInstanceOf(ColumnRule.Keep.class);
    }

    @Test
    void twoDigitYearDatesHaveDaysAndMonthsInRange() {
        assertThat(SpecProposer.shortYearDate("22/02/25")).isTrue();
        assertThat(SpecProposer.shortYearDate("02/22/25")).isTrue();
        assertThat(SpecProposer.shortYearDate("3.7.47")).isTrue();
        assertThat(SpecProposer.shortYearDate("22/13/25")).isFalse();
        assertThat(SpecProposer.shortYearDate("22/02-25")).as("one separator").isFalse();
        assertThat(SpecProposer.shortYearDate("22/02/2025")).isFalse();
        assertThat(SpecProposer.shortYearDate("0/02/25")).isFalse();
    }
}
