package dev.warden.core.job;

import static dev.warden.core.job.ProposalFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.deid.detect.ColumnHeader;
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
    @Test
    void eightDigitMonthFirstDatesAreDatesAndAmountsStay() throws IOException {
        // Metro 2 writes its dates MMDDYYYY; under headers that do not say date (DAI, Opened) they were kept (breaker76)
        StringBuilder accounts = new StringBuilder("Consumer Account Number,Surname,Opened,DAI,Field 35,Highest Credit Amount\n");
        for (int i = 0; i < 200; i++) {
            accounts.append(70_000_000 + i * 37).append(',').append(FAMILY[i % FAMILY.length]).append(',')
                    .append(String.format("%02d%02d%d", 1 + i % 12, 1 + i % 28, 2015 + i % 10)).append(',')
                    .append(String.format("%02d%02d2026", 1 + i % 3, 1 + i % 27)).append(',')
                    .append(String.format("%02d%02d%d", 1 + i * 7 % 12, 1 + i * 3 % 28, 1940 + i % 60)).append(',')
                    .append(1_000 + i * 250).append('\n');
        }
        Path in = folder("metro2", Map.of("base", accounts));
        JobSpec spec = propose(in);
        for (String column : List.of("Opened", "DAI", "Field 35")) {
            assertThat(kept(spec, "base", column)).as(column + ": " + comment(spec, "base", column)).isFalse();
        }
        assertThat(kept(spec, "base", "Highest Credit Amount")).as(comment(spec, "base", "Highest Credit Amount")).isTrue();
        assertThat(runPassing(in, spec, dir.resolve("metro2-out"), "base")).doesNotContain("01012015");
    }

    @Test
    void flatsDoorsAndStaircasesAfterTheStreetAreAddressesButAUnitElsewhereStays() throws IOException {
        StringBuilder insured = new StringBuilder("Nr klienta,Nazwisko,Ulica,Nr domu,Nr lokalu,Miejscowość,Produkt,Unit\n");
        for (int i = 0; i < 200; i++) {
            insured.append(9000 + i).append(',').append(FAMILY[i % FAMILY.length]).append(",ul. Długa,").append(1 + i % 40)
                    .append(',').append(1 + i % 25).append(',').append(new String[] {"Kraków", "Gdańsk", "Łódź"}[i % 3])
                    .append(',').append(new String[] {"OC", "AC", "NNW"}[i % 3]).append(',').append(new String[] {"szt", "kpl"}[i % 2])
                    .append('\n');
        }
        Path in = folder("ubezpieczenia", Map.of("ubezpieczeni", insured));
        JobSpec spec = propose(in);
        assertThat(kept(spec, "ubezpieczeni", "Nr domu")).as(comment(spec, "ubezpieczeni", "Nr domu")).isFalse();
        assertThat(kept(spec, "ubezpieczeni", "Nr lokalu")).as(comment(spec, "ubezpieczeni", "Nr lokalu")).isFalse();
        // near miss: a unit of measure after a product, not after an address
        assertThat(kept(spec, "ubezpieczeni", "Unit")).as(comment(spec, "ubezpieczeni", "Unit")).isTrue();
        // a Korean flat's building and unit after the address, a Russian flat: headers outside ASCII
        StringBuilder leases = new StringBuilder("계약번호,주소,동,호수,월세\n");
        for (int i = 0; i < 10; i++) {
            leases.append("C-").append(i).append(",서울시 강남구 테헤란로 ").append(10 + i).append(',').append(101 + i % 3)
                    .append(',').append(1201 + i * 101).append(',').append(600_000 + i * 10_000).append('\n');
        }
        Path korean = folder("lease", Map.of("leases", leases));
        JobSpec leaseSpec = propose(korean);
        assertThat(kept(leaseSpec, "leases", "동")).as(comment(leaseSpec, "leases", "동")).isFalse();
        assertThat(kept(leaseSpec, "leases", "호수")).as(comment(leaseSpec, "leases", "호수")).isFalse();
        assertThat(kept(leaseSpec, "leases", "월세")).as(comment(leaseSpec, "leases", "월세")).isTrue();
    }

    @Test
    void crewsWrittenWithInitialsAndHl7DoctorsAreNamesButCodedElementsAndVaccinesStay() throws IOException {
        StringBuilder units = new StringBuilder("id,Unit,Crew,Attending,Race,Vaccine\n");
        String[] crews = {"RAMIREZ J / COLE K", "PRATT G", "BECKER W", "COLE N / NOLAN K", "PRATT R / HUFFMAN S",
            "LARSON H / LARSON R", "KEMPER M; NOLAN K"};
        String[] doctors = {"1117^SMITH^JANE", "2231^PATEL^ANIL^K", "3390^OKAFOR^CHIDI", "4410^MILLER^ROSE^^^DR"};
        String[] races = {"2106-3^White^CDCREC", "2054-5^Black or African American^CDCREC", "2028-9^Asian^CDCREC"};
        String[] vaccines = {"Hepatitis A / Hepatitis B", "Vitamin D", "Hepatitis B", "Influenza / Tetanus"};
        for (int i = 0; i < 300; i++) {
            units.append(i + 1).append(",M").append(1 + i % 9).append(',').append(crews[i % crews.length]).append(',')
                    .append(doctors[i % doctors.length]).append(',').append(races[i % races.length]).append(',')
                    .append(vaccines[i % vaccines.length]).append('\n');
        }
        Path in = folder("dispatch", Map.of("units", units));
        JobSpec spec = propose(in);
        assertThat(kept(spec, "units", "Crew")).as(comment(spec, "units", "Crew")).isFalse();
        assertThat(kept(spec, "units", "Attending")).as(comment(spec, "units", "Attending")).isFalse();
        assertThat(kept(spec, "units", "Race")).as(comment(spec, "units", "Race")).isTrue();
        assertThat(kept(spec, "units", "Vaccine")).as(comment(spec, "units", "Vaccine")).isTrue();
        assertThat(SpecProposer.namesWithInitials("J. Ramirez; K. Cole")).isTrue();
        assertThat(SpecProposer.namesWithInitials("VITAMIN D / VITAMIN C")).isFalse();
    }

    @Test
    void headersOfThisRoundsRegistersNameWhatTheyHold() {
        Map<String, IdentifierType> headers = Map.ofEntries(Map.entry("کد ملی", IdentifierType.NATIONAL_ID),
                Map.entry("شماره بیمه", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
                Map.entry("COLONIA", IdentifierType.GEOGRAPHIC_SUBDIVISION), Map.entry("NSS_ASEGURADO", IdentifierType.NATIONAL_ID),
                Map.entry("Common Place", IdentifierType.GEOGRAPHIC_SUBDIVISION), Map.entry("hetu", IdentifierType.NATIONAL_ID),
                Map.entry("№ амб. карты", IdentifierType.MEDICAL_RECORD_NUMBER), Map.entry("Прізвище", IdentifierType.FAMILY_NAME),
                Map.entry("Ім’я", IdentifierType.GIVEN_NAME), Map.entry("По батькові", IdentifierType.NAME),
                Map.entry("Громада", IdentifierType.GEOGRAPHIC_SUBDIVISION), Map.entry("Нас. пункт", IdentifierType.CITY),
                Map.entry("Encounter Number", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
                Map.entry("Remitter Name", IdentifierType.NAME), Map.entry("방문일", IdentifierType.DATE),
                Map.entry("就诊日期", IdentifierType.DATE), Map.entry("Kfz", IdentifierType.VEHICLE_IDENTIFIER));
        headers.forEach((header, type) -> assertThat(ColumnHeader.meaning("t", header).type()).as(header).contains(type));
        // near misses: a weekday, a count of days, a vehicle's type, an insurer's code
        // and words read in other senses: a saline bag (NSS), a load cell (LC1), a vehicle class (Fahrzeug), a server
        for (String header : List.of("요일", "曜日", "日数", "Kfz-Typ", "کد بیمه‌گر پایه", "NSS", "LC1", "Fahrzeug", "hostname",
                "術後病日")) {
            assertThat(ColumnHeader.meaning("t", header).kind()).as(header).isNotEqualTo(ColumnHeader.Kind.IDENTIFIER);
        }
    }
    @Test
    void pullRequestAuthorsProxiesHostNamesAndMailLoginsAreProtectedButStatusesStay() throws IOException {
        // each table alone, as breaker79's probes cut them: logins and names many rows share
        StringBuilder prs = new StringBuilder("number,title state,author,state\n");
        StringBuilder visits = new StringBuilder("Visit ID,Site,Proxy Name,Pounds\n");
        StringBuilder connections = new StringBuilder("queue_id,remote_hostname,sasl_username,tls_protocol\n");
        String[] logins = {"mortiz", "kchen", "abello", "jsmith", "lnguyen", "pdubois", "rkhan"};
        for (int i = 0; i < 240; i++) {
            prs.append(i + 1).append(",open,").append(logins[i % logins.length]).append(',')
                    .append(new String[] {"open", "merged", "closed"}[i % 3]).append('\n');
            visits.append(i + 1).append(",Site ").append(1 + i % 4).append(',').append(person(i % 9)).append(',')
                    .append(10 + i % 30).append('\n');
            connections.append(String.format("4F%06X", i * 7919)).append(",host-10-1-").append(i % 9).append("-")
                    .append(20 + i % 5).append(".example.net,").append(logins[i % logins.length]).append(',')
                    .append(new String[] {"TLSv1.2", "TLSv1.3"}[i % 2]).append('\n');
        }
        Path in = folder("forge", Map.of("pull_requests", prs, "visits", visits, "connections", connections));
        JobSpec spec = propose(in);
        assertThat(kept(spec, "pull_requests", "author")).as(comment(spec, "pull_requests", "author")).isFalse();
        assertThat(kept(spec, "visits", "Proxy Name")).as(comment(spec, "visits", "Proxy Name")).isFalse();
        assertThat(kept(spec, "connections", "remote_hostname")).as(comment(spec, "connections", "remote_hostname")).isFalse();
        assertThat(kept(spec, "connections", "sasl_username")).as(comment(spec, "connections", "sasl_username")).isFalse();
        // near misses: the states, the protocol and the sites many rows share
        assertThat(kept(spec, "pull_requests", "state")).as(comment(spec, "pull_requests", "state")).isTrue();
        assertThat(kept(spec, "connections", "tls_protocol")).as(comment(spec, "connections", "tls_protocol")).isTrue();
        assertThat(kept(spec, "visits", "Site")).as(comment(spec, "visits", "Site")).isTrue();
    }
    @Test
    void theNearMissesBreaker81FoundStayKept() throws IOException {
        // colours and a floor's covering after an address, ledger accounts whose digits read as MMDDYYYY, lists of
        // tests with A and B, and days after an operation under a header ending in 日
        StringBuilder listings = new StringBuilder("id,Address,Exterior,Interior,Floor,GL Account,Rapid Tests,術後病日\n");
        String[] tests = {"Strep A", "Hepatitis C / Strep A", "Influenza A / Influenza B", "Influenza B / Strep A"};
        for (int i = 0; i < 240; i++) {
            listings.append(i + 1).append(',').append(100 + i).append(" Main Street,").append(new String[] {"Red", "Silver",
                "Black"}[i % 3]).append(',').append(new String[] {"Leather", "Cloth"}[i % 2]).append(',')
                    .append(new String[] {"Hardwood", "Carpet", "Tile"}[i % 3]).append(',')
                    .append(new String[] {"10102000", "12052010", "10112000", "11032005"}[i % 4]).append(',')
                    .append(tests[i % tests.length]).append(',').append(i % 30).append('\n');
        }
        Path in = folder("listings", Map.of("listings", listings));
        JobSpec spec = propose(in);
        for (String column : List.of("Exterior", "Interior", "Floor", "GL Account", "Rapid Tests", "術後病日")) {
            assertThat(kept(spec, "listings", column)).as(column + ": " + comment(spec, "listings", column)).isTrue();
        }
        assertThat(kept(spec, "listings", "Address")).as(comment(spec, "listings", "Address")).isFalse();
    }
}
