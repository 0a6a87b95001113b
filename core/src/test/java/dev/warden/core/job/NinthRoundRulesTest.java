package dev.warden.core.job;

import static dev.warden.core.job.ProposalFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.deid.detect.ColumnHeader;
import dev.warden.deid.IdentifierType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The classification rules added for the ninth round's independent checks (breaker52 to breaker54: KoboToolbox,
 * DHIS2 and CommCare exports, HUD's HMIS CSV, an implant registry, toll and parking violations, race results, rating
 * lists and a conference's reviews), each on a small invented table of another shape than the one it was found in,
 * beside a near miss where the rule must stay silent.
 */
class NinthRoundRulesTest {

    @TempDir
    Path dir;

    private Path folder(String name, Map<String, CharSequence> tables) throws IOException {
        return ProposalFixtures.folder(dir, name, tables);
    }

    @Test
    void headersOfTradesAndPublicSchemasAreRead() {
        Map<String, IdentifierType> expected = Map.ofEntries(
                Map.entry("REGISTRANT", IdentifierType.NAME), Map.entry("LESSEE", IdentifierType.NAME),
                Map.entry("HIC Number", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
                Map.entry("Policy #", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
                Map.entry("Patient Acct", IdentifierType.ACCOUNT_NUMBER),
                Map.entry("Ordering Lic", IdentifierType.CERTIFICATE_LICENSE_NUMBER),
                Map.entry("House Number", IdentifierType.STREET_ADDRESS), Map.entry("LPN", IdentifierType.VEHICLE_IDENTIFIER),
                Map.entry("TAG_NO", IdentifierType.VEHICLE_IDENTIFIER), Map.entry("Lic Plate", IdentifierType.VEHICLE_IDENTIFIER),
                Map.entry("enum_name", IdentifierType.NAME), Map.entry("SubmitterName", IdentifierType.NAME),
                Map.entry("MCH Name of TBA", IdentifierType.NAME),
                Map.entry("Tracked entity instance", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
                Map.entry("adm2", IdentifierType.COUNTY), Map.entry("ADM3_EN", IdentifierType.GEOGRAPHIC_SUBDIVISION),
                Map.entry("sous_prefecture", IdentifierType.GEOGRAPHIC_SUBDIVISION),
                Map.entry("المديرية", IdentifierType.COUNTY), Map.entry("vlg", IdentifierType.CITY),
                Map.entry("Bib", IdentifierType.OTHER_UNIQUE_IDENTIFIER), Map.entry("Bib #", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
                Map.entry("Dossard", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
                Map.entry("City/State", IdentifierType.CITY), Map.entry("Hjemsted", IdentifierType.CITY));
        expected.forEach((h, type) -> assertThat(ColumnHeader.meaning("t", h).type()).as(h).hasValue(type));
        // a year or a date of birth: the values decide which (birthYearsToYear or the date's year)
        for (String h : List.of("Born", "Jg.", "Rok ur.", "BYear")) {
            assertThat(ColumnHeader.meaning("players", h).type()).as(h).hasValue(IdentifierType.DATE_OF_BIRTH);
        }
        // near misses: a count, an order's number, an address's state, a state alone
        assertThat(ColumnHeader.meaning("t", "# of visits").kind()).isNotEqualTo(ColumnHeader.Kind.IDENTIFIER);
        assertThat(ColumnHeader.meaning("t", "Order #").kind()).isNotEqualTo(ColumnHeader.Kind.IDENTIFIER);
        assertThat(ColumnHeader.meaning("t", "Card Address State").kind()).isEqualTo(ColumnHeader.Kind.NONE);
        assertThat(ColumnHeader.meaning("t", "Billing Country").kind()).isEqualTo(ColumnHeader.Kind.VOCABULARY);
    }

    @Test
    void ownersWrittenFamilyNameFirstAmongAFewCompaniesAreNames() throws IOException {
        String[] companies = {"HERTZ VEHICLES LLC", "ENTERPRISE FLEET MGMT INC", "AVIS BUDGET CAR RENTAL LLC"};
        StringBuilder v = new StringBuilder("VIOLATION_ID,PLATE,OWNER_NAME,AMOUNT\n");
        for (int i = 0; i < 120; i++) {
            String owner = i % 10 == 0 ? companies[i / 10 % companies.length]
                    : FAMILY[i % FAMILY.length].toUpperCase() + ", " + GIVEN[(i * 7) % GIVEN.length].toUpperCase() + " " + (char) ('A' + i % 26);
            v.append("V").append(900000 + i).append(",ABC").append(1000 + i).append(",\"").append(owner).append("\",50.00\n");
        }
        JobSpec spec = propose(folder("tolls", Map.of("violations", v)));
        assertThat(rule(spec, "violations", "OWNER_NAME")).as(comment(spec, "violations", "OWNER_NAME"))
                .isEqualTo(new ColumnRule.Identifier(IdentifierType.NAME));
        // near miss: a column of companies with one person among them stays organisations
        StringBuilder o = new StringBuilder("ID,Name\n");
        for (int i = 0; i < 12; i++) {
            o.append(i).append(",\"").append(i == 0 ? "BENNETT, DMITRI D" : companies[i % 3] + " " + i).append("\"\n");
        }
        JobSpec orgs = propose(folder("orgs", Map.of("fleet", o)));
        assertThat(kept(orgs, "fleet", "Name")).as(comment(orgs, "fleet", "Name")).isTrue();
    }

    @Test
    void enumeratorsLoginsUnderUsernameAreProtectedHoweverManyHouseholdsShareOne() throws IOException {
        StringBuilder s = new StringBuilder("_id,_uuid,username,district,hh_size\n");
        for (int i = 0; i < 300; i++) {
            s.append(i + 1).append(",uuid:").append(java.util.UUID.nameUUIDFromBytes(("h" + i).getBytes())).append(',')
                    .append(GIVEN[i % 10].toLowerCase(java.util.Locale.ROOT)).append('.').append(FAMILY[i % 10].toLowerCase(java.util.Locale.ROOT)
                            .replace("ś", "s").replace("ı", "i")).append(",Kampala,").append(1 + i % 9).append('\n');
        }
        JobSpec spec = propose(folder("kobo", Map.of("survey", s)));
        assertThat(kept(spec, "survey", "username")).as(comment(spec, "survey", "username")).isFalse();
        assertThat(kept(spec, "survey", "hh_size")).isTrue();
    }

    @Test
    void generatedKeysOfEventsAreProtectedAndAFewDataElementKeysAreKept() throws IOException {
        java.util.Random random = new java.util.Random(52);
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        java.util.function.Supplier<String> uid = () -> {
            StringBuilder b = new StringBuilder().append(alphabet.charAt(random.nextInt(52)));
            while (b.length() < 11) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return b.toString().chars().anyMatch(Character::isDigit) ? b.toString() : b.append('7').substring(1);
        };
        List<String> elements = java.util.stream.IntStream.range(0, 6).mapToObj(i -> uid.get()).toList();
        StringBuilder events = new StringBuilder("event,dataElement,value\n");
        for (int i = 0; i < 150; i++) {
            String event = uid.get();
            for (String element : elements) {
                events.append(event).append(',').append(element).append(',').append(random.nextInt(40)).append('\n');
            }
        }
        JobSpec spec = propose(folder("dhis2", Map.of("events", events)));
        assertThat(rule(spec, "events", "event")).as(comment(spec, "events", "event"))
                .isEqualTo(new ColumnRule.Identifier(IdentifierType.OTHER_UNIQUE_IDENTIFIER));
        assertThat(kept(spec, "events", "dataElement")).as(comment(spec, "events", "dataElement")).isTrue();
    }

    @Test
    void townsWithTheirStateAreTownsAndGlnsAreNoTelephoneNumbers() throws IOException {
        String[] towns = {"Minneapolis, MN", "Red Deer, AB", "St. Paul, MN", "Eau Claire, WI", "Fargo, ND", "Duluth, MN",
            "Saskatoon, SK", "Des Moines, IA", "Sioux Falls, SD", "Rochester, MN", "Madison, WI", "Winnipeg, MB"};
        StringBuilder r = new StringBuilder("Place,Runner,From,Origin,Province\n");
        for (int i = 0; i < 200; i++) {
            long gln = 401234500000L + i % 15; // twelve digits, then GS1's check digit
            r.append(i + 1).append(',').append(person(i)).append(",\"").append(towns[i % towns.length]).append("\",")
                    .append(gln * 10 + gs1CheckDigit(gln)).append(',').append(i % 2 == 0 ? "ON" : "QC").append('\n');
        }
        JobSpec spec = propose(folder("race", Map.of("results", r)));
        assertThat(rule(spec, "results", "From")).as(comment(spec, "results", "From"))
                .isEqualTo(new ColumnRule.Identifier(IdentifierType.CITY));
        assertThat(kept(spec, "results", "Origin")).as(comment(spec, "results", "Origin")).isTrue();
        assertThat(kept(spec, "results", "Province")).as(comment(spec, "results", "Province")).isTrue();
    }

    @Test
    void provinceCodesAfterASalesRegionStayTheFirstLevel() throws IOException {
        StringBuilder s = new StringBuilder("order_id,Sales Region,Province,amount\n");
        String[] provinces = {"ON", "QC", "BC", "AB", "MB"};
        for (int i = 0; i < 60; i++) {
            s.append(i + 1).append(',').append(i % 2 == 0 ? "East" : "West").append(',').append(provinces[i % 5])
                    .append(',').append(10 + i).append(".50\n");
        }
        JobSpec spec = propose(folder("sales", Map.of("orders", s)));
        assertThat(kept(spec, "orders", "Province")).as(comment(spec, "orders", "Province")).isTrue();
    }

    @Test
    void aLaneCountEqualToAHouseNumberIsNoCopyOfIt() throws IOException {
        StringBuilder c = new StringBuilder("Summons Number,Plate ID,House Number,Street Name,Lanes\n");
        for (int i = 0; i < 40; i++) {
            c.append(8000000 + i * 37).append(",XYZ").append(100 + i).append(',').append(1 + i % 12).append(',')
                    .append(FAMILY[i % FAMILY.length]).append(" Street,").append(1 + i % 4).append('\n');
        }
        Path in = folder("tickets", Map.of("citations", c));
        JobSpec spec = propose(in);
        assertThat(rule(spec, "citations", "House Number")).isEqualTo(new ColumnRule.Identifier(IdentifierType.STREET_ADDRESS));
        assertThat(kept(spec, "citations", "Lanes")).as(comment(spec, "citations", "Lanes")).isTrue();
        assertThat(runPassing(in, spec, dir.resolve("tickets-out"), "citations")).doesNotContain("XYZ100");
    }

    @Test
    void splitsAndPacesAreDurationsAndClockTimesStayTimesOfDay() throws IOException {
        StringBuilder r = new StringBuilder("Place,5K,Pace,Start\n");
        for (int i = 0; i < 60; i++) {
            r.append(i + 1).append(",0:").append(15 + i / 6).append(':').append(10 + i % 50).append(',')
                    .append(5 + i / 20).append(':').append(10 + i % 49).append(",0").append(7 + i % 3).append(":").append(10 + i % 40)
                    .append('\n');
        }
        JobSpec spec = propose(folder("race", Map.of("results", r)));
        assertThat(kept(spec, "results", "5K")).as(comment(spec, "results", "5K")).isTrue();
        assertThat(kept(spec, "results", "Pace")).as(comment(spec, "results", "Pace")).isTrue();
        // 07:10 as a clock writes it, under a header that names no duration: the time of an event
        assertThat(kept(spec, "results", "Start")).as(comment(spec, "results", "Start")).isFalse();
    }

    @Test
    void medicareNumbersOfAFewPatientsOnEveryClaimAreBeneficiaryNumbers() throws IOException {
        String letters = "ACDEFGHJKMNPQRTUVWXY";
        StringBuilder c = new StringBuilder("claim_no,X1,X2,Billed\n");
        for (int i = 0; i < 600; i++) {
            int p = i % 40;
            String mbi = (1 + p % 9) + "" + letters.charAt(p % 20) + letters.charAt((p * 3) % 20) + (p % 10) + "-"
                    + letters.charAt((p * 7) % 20) + (p % 7) + (p * 3 % 10) + "-" + letters.charAt((p * 11) % 20)
                    + letters.charAt((p * 13) % 20) + String.format("%02d", p);
            c.append(700000 + i).append(',').append(mbi).append(',').append(310000000 + p * 7919).append(p % 2 == 0 ? "A" : "B1")
                    .append(',').append(100 + i % 50).append(".00\n");
        }
        JobSpec spec = propose(folder("claims", Map.of("claims", c)));
        for (String col : List.of("X1", "X2")) {
            assertThat(rule(spec, "claims", col)).as(comment(spec, "claims", col))
                    .isEqualTo(new ColumnRule.Identifier(IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER));
        }
    }

    @Test
    void theProbesOfThisRoundsOwnRulesHold() throws IOException {
        // breaker55: clock times under tiempo, net or half words stay times of day; a Chip Time is a duration
        StringBuilder shifts = new StringBuilder("shift_id,tiempo_llegada,Net Admit,Chip Time\n");
        for (int i = 0; i < 120; i++) {
            shifts.append(i + 1).append(',').append(String.format("%02d:%02d", 6 + i % 14, i * 7 % 60)).append(',')
                    .append(String.format("%02d:%02d", 8 + i % 10, i * 11 % 60)).append(",2:").append(10 + i % 50)
                    .append(':').append(String.format("%02d", i * 13 % 60)).append('\n');
        }
        JobSpec times = propose(folder("shifts", Map.of("shifts", shifts)));
        assertThat(kept(times, "shifts", "tiempo_llegada")).as(comment(times, "shifts", "tiempo_llegada")).isFalse();
        assertThat(kept(times, "shifts", "Net Admit")).as(comment(times, "shifts", "Net Admit")).isFalse();
        assertThat(kept(times, "shifts", "Chip Time")).as(comment(times, "shifts", "Chip Time")).isTrue();
        // record numbers of digits only under a kind of an identifier; categories under Residence, Born, a licence
        StringBuilder visits = new StringBuilder("visit_id,MRN Type,Residence,Born,Software Lic,formula\n");
        String[] formulas = {"C6H12O6", "C8H10N4O2", "C10H16N5O13P3", "NaCl", "C2H5OH"};
        for (int i = 0; i < 200; i++) {
            visits.append("V").append(i).append(',').append(4021450 + i % 40).append(',').append(i % 2 == 0 ? "Urban" : "Rural")
                    .append(',').append(i % 3 == 0 ? "Abroad" : "In state").append(',').append(i % 2 == 0 ? "MIT" : "GPL-3.0")
                    .append(',').append(formulas[i % formulas.length]).append('\n');
        }
        JobSpec spec = propose(folder("visits", Map.of("visits", visits)));
        assertThat(kept(spec, "visits", "MRN Type")).as(comment(spec, "visits", "MRN Type")).isFalse();
        for (String c : List.of("Residence", "Born", "Software Lic", "formula")) {
            assertThat(kept(spec, "visits", c)).as(c + ": " + comment(spec, "visits", c)).isTrue();
        }
        // Italian province codes after a region, 14 of 15 also a state's: a subdivision below the first
        StringBuilder sites = new StringBuilder("site_id,Region,Province\n");
        String[] provinces = {"MI", "VA", "CO", "BG", "BS", "PV", "CR", "MN", "LO", "LC", "SO", "MB", "TO", "CN", "AL"};
        for (int i = 0; i < 150; i++) {
            sites.append(i).append(',').append(i % 2 == 0 ? "Lombardia" : "Piemonte").append(',')
                    .append(provinces[i % provinces.length]).append('\n');
        }
        JobSpec italy = propose(folder("sites", Map.of("sites", sites)));
        assertThat(kept(italy, "sites", "Province")).as(comment(italy, "sites", "Province")).isFalse();
    }

    @Test
    void ratingsAreMeasuresAndYearsOfRunnersAreAges() throws IOException {
        StringBuilder r = new StringBuilder("ID Number,Name,SRtng,Yrs,Years of Service\n");
        for (int i = 0; i < 200; i++) {
            r.append(4100000 + i * 7).append(",\"").append(FAMILY[i % FAMILY.length]).append(", ")
                    .append(GIVEN[i * 5 % GIVEN.length]).append("\",").append(1400 + i * 37 % 1300).append(',')
                    .append(i == 0 ? 93 : 18 + i % 70).append(',').append(i % 40).append('\n');
        }
        Path in = folder("ratings", Map.of("ratings", r));
        JobSpec spec = propose(in);
        assertThat(kept(spec, "ratings", "SRtng")).as(comment(spec, "ratings", "SRtng")).isTrue();
        assertThat(rule(spec, "ratings", "Yrs")).as(comment(spec, "ratings", "Yrs")).isEqualTo(new ColumnRule.Identifier(IdentifierType.AGE));
        JobReport report = run(in, spec, dir.resolve("ratings-out"));
        assertThat(report.validation().passed()).as(report.validation().toString()).isTrue();
        List<String> lines = Files.readAllLines(dir.resolve("ratings-out/ratings.csv"));
        // Yrs is the second column from the end (a name before it may hold a quoted comma)
        java.util.function.Function<String, String> yrs = l -> l.split(",")[l.split(",").length - 2];
        assertThat(yrs.apply(lines.get(0))).isEqualTo("Yrs");
        assertThat(yrs.apply(lines.get(1))).isEqualTo("90+");
        assertThat(yrs.apply(lines.get(2))).isEqualTo("19");
    }

    private static long gs1CheckDigit(long withoutCheck) {
        String d = Long.toString(withoutCheck);
        int sum = 0;
        for (int i = d.length() - 1, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (d.charAt(i) - '0') * weight;
        }
        return (10 - sum % 10) % 10;
    }
}
