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
        // near miss (breaker59): a sales organisation's few named areas after its regions stay
        StringBuilder sales = new StringBuilder("id,Region,Area,Revenue\n");
        String[][] areas = {{"EMEA", "DACH"}, {"EMEA", "Nordics"}, {"EMEA", "Benelux"}, {"AMER", "LATAM"}, {"APAC", "ANZ"}};
        for (int i = 0; i < 60; i++) {
            sales.append(i + 1).append(',').append(areas[i % 5][0]).append(',').append(areas[i % 5][1]).append(',')
                    .append(1000 + i * 37).append('\n');
        }
        JobSpec salesSpec = propose(folder("sales", Map.of("deals", sales)));
        assertThat(kept(salesSpec, "deals", "Area")).as(comment(salesSpec, "deals", "Area")).isTrue();
        assertThat(runPassing(in, spec, dir.resolve("shops-out"), "customers")).doesNotContain(",MI,").contains("Lombardia");
    }

    @Test
    void publicMicrodataAgesAndPumasAreProtectedAndTheirWeightsKept() throws IOException {
        StringBuilder p = new StringBuilder("SERIALNO,SPORDER,PUMA,ST,AGEP,SEX,PWGTP1,PWGTP2\n");
        for (int i = 0; i < 400; i++) {
            // PUMAs written without their leading zeros, as pandas writes them; weights that take the same numbers
            p.append("2023HU").append(String.format("%07d", 1000 + i / 2)).append(',').append(1 + i % 2).append(',')
                    .append(new int[] {100, 1800, 2500, 900}[i % 4]).append(",27,").append((i * 37) % 100).append(',')
                    .append(1 + i % 2).append(',').append(i % 50 == 0 ? 1800 : 20 + (i * 13) % 400).append(',')
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
        // but a copy of a county code under another header is still a copy (breaker59): half its values are codes
        StringBuilder patients = new StringBuilder("id,name,county_fips,svc_area\n");
        for (int i = 0; i < 10; i++) {
            int fips = new int[] {31, 55, 109, 7, 153, 61, 93, 121}[i % 8];
            patients.append(i + 1).append(',').append(person(i)).append(',').append(fips).append(',').append(fips).append('\n');
        }
        Path copied = folder("fips", Map.of("patients", patients));
        JobSpec fips = propose(copied);
        assertThat(kept(fips, "patients", "svc_area")).as(comment(fips, "patients", "svc_area")).isFalse();
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

    @Test
    void headersOfPlacesUnitsCoordinatesAndCrewAreRead() {
        Map<String, IdentifierType> expected = Map.ofEntries(
                Map.entry("DMU", IdentifierType.GEOGRAPHIC_SUBDIVISION), Map.entry("Hunt Unit", IdentifierType.GEOGRAPHIC_SUBDIVISION),
                Map.entry("Deer Management Unit", IdentifierType.GEOGRAPHIC_SUBDIVISION),
                Map.entry("Where Killed", IdentifierType.GEOGRAPHIC_SUBDIVISION), Map.entry("CNTY_RES", IdentifierType.COUNTY),
                Map.entry("GN Division / ග්‍රාම නිලධාරී වසම", IdentifierType.GEOGRAPHIC_SUBDIVISION),
                Map.entry("Township", IdentifierType.GEOGRAPHIC_SUBDIVISION), Map.entry("myo_nay", IdentifierType.GEOGRAPHIC_SUBDIVISION),
                Map.entry("မြို့နယ်", IdentifierType.GEOGRAPHIC_SUBDIVISION), Map.entry("phum", IdentifierType.GEOGRAPHIC_SUBDIVISION),
                Map.entry("ស្រុក", IdentifierType.GEOGRAPHIC_SUBDIVISION),
                Map.entry("PUMA", IdentifierType.GEOGRAPHIC_SUBDIVISION), Map.entry("MIGPUMA1", IdentifierType.GEOGRAPHIC_SUBDIVISION),
                Map.entry("AGEP", IdentifierType.AGE), Map.entry("RIDAGEYR", IdentifierType.AGE),
                Map.entry("UTM_N", IdentifierType.GEOCOORDINATE), Map.entry("Northing", IdentifierType.GEOCOORDINATE),
                Map.entry("X Coordinate (State Plane)", IdentifierType.GEOCOORDINATE), Map.entry("NAD83_Y", IdentifierType.GEOCOORDINATE),
                Map.entry("DS Division / ප්‍රාදේශීය ලේකම් කොට්ඨාසය", IdentifierType.GEOGRAPHIC_SUBDIVISION),
                Map.entry("IP-Adresse", IdentifierType.IP_ADDRESS), Map.entry("E-Mail-Adresse", IdentifierType.EMAIL_ADDRESS),
                Map.entry("Vollständiger Name", IdentifierType.NAME), Map.entry("Kenteken", IdentifierType.VEHICLE_IDENTIFIER),
                Map.entry("Pilot ID", IdentifierType.OTHER_UNIQUE_IDENTIFIER), Map.entry("PI_NAMEs", IdentifierType.NAME));
        expected.forEach((h, type) -> assertThat(ColumnHeader.meaning("t", h).type()).as(h).hasValue(type));
        // near misses: a race's or a company's division, a bare x or y, a count written (n), a product's names, and
        // breaker59's: teaspoons, a company's DS Division, a camera trap's Puma, German Tage (days), a country's name,
        // pixel coordinates, a journal's ISSN
        for (String h : List.of("Division", "x", "Y", "Size (n)", "Product Names", "Team Leader", "tsp", "DS Division",
                "Puma", "Tage", "TAGE", "Cnty Name", "x_coord", "Coord X", "ISSN")) {
            assertThat(ColumnHeader.meaning("t", h).kind()).as(h).isNotEqualTo(ColumnHeader.Kind.IDENTIFIER);
        }
    }

    @Test
    void datesWithTheMonthsNameAreSuppressedAndMonthsAloneKept() throws IOException {
        String[] months = {"January", "February", "March", "April", "May", "June"};
        StringBuilder s = new StringBuilder("loan_no,disbursed_on,first_repayment_on,cycle_month,amount\n");
        for (int i = 0; i < 120; i++) {
            s.append("LN").append(5000 + i).append(',').append(String.format("%02d", 1 + i % 28)).append(' ')
                    .append(months[i % 6]).append(" 2024,\"").append(months[(i + 1) % 6]).append(' ').append(1 + i % 28)
                    .append(", 2024\",").append(months[i % 6]).append(',').append(100000 + i * 500).append('\n');
        }
        Path in = folder("loans", Map.of("loans", s));
        JobSpec spec = propose(in);
        assertThat(kept(spec, "loans", "disbursed_on")).as(comment(spec, "loans", "disbursed_on")).isFalse();
        assertThat(kept(spec, "loans", "first_repayment_on")).as(comment(spec, "loans", "first_repayment_on")).isFalse();
        assertThat(kept(spec, "loans", "cycle_month")).as(comment(spec, "loans", "cycle_month")).isTrue();
        // a visit's month and year written with the month's name is a date element too (breaker59)
        StringBuilder v = new StringBuilder("patient,Visit Month,Twp\n");
        for (int i = 0; i < 60; i++) {
            v.append("P").append(1000 + i / 2).append(',').append(months[i % 6]).append(' ').append(2020 + i % 4)
                    .append(",T").append(1 + i % 9).append("N\n");
        }
        JobSpec visits = propose(folder("visit-months", Map.of("visits", v)));
        assertThat(kept(visits, "visits", "Visit Month")).as(comment(visits, "visits", "Visit Month")).isFalse();
        assertThat(kept(visits, "visits", "Twp")).as(comment(visits, "visits", "Twp")).isFalse();
        assertThat(runPassing(in, spec, dir.resolve("loans-out"), "loans")).doesNotContain("05 January 2024")
                .doesNotContain("February 2, 2024");
    }

    @Test
    void tailNumbersUnderAnAircraftHeaderAreVehicleIdentifiersEvenAsAReferenceTablesKey() throws IOException {
        String[] tails = {"N7219F", "N2779", "N8680", "N6819", "N51234", "N4432K", "N918PA", "N33"};
        StringBuilder aircraft = new StringBuilder("AircraftID,TypeCode,Make\n");
        for (int i = 0; i < tails.length; i++) {
            aircraft.append(tails[i]).append(i % 2 == 0 ? ",C152,Cessna\n" : ",PA28,Piper\n");
        }
        StringBuilder log = new StringBuilder("Date,AircraftID,From,To,TotalTime,Gate\n");
        for (int i = 0; i < 60; i++) {
            log.append("2025-07-").append(String.format("%02d", 1 + i % 28)).append(',').append(tails[i % tails.length])
                    .append(",KBFI,KAWO,").append(0.5 + i % 4).append(",N").append(1 + i % 3).append('\n');
        }
        Path in = folder("logbook", Map.of("AIRCRAFT", aircraft, "LOGBOOK", log));
        JobSpec spec = propose(in);
        assertThat(rule(spec, "AIRCRAFT", "AircraftID")).as(comment(spec, "AIRCRAFT", "AircraftID"))
                .isEqualTo(new ColumnRule.Identifier(IdentifierType.VEHICLE_IDENTIFIER));
        // near miss: gates N1 to N3 under a header that names no aircraft
        assertThat(kept(spec, "LOGBOOK", "Gate")).as(comment(spec, "LOGBOOK", "Gate")).isTrue();
        // near misses (breaker59): regulators and isomers under Registration and Reg are no aircraft
        StringBuilder devices = new StringBuilder("Device,Registration,Reg\n");
        for (int i = 0; i < 40; i++) {
            devices.append("pump ").append(i).append(',').append(new String[] {"US-FDA", "EU-MDR", "UK-MHRA", "JP-PMDA"}[i % 4])
                    .append(',').append(new String[] {"N1", "N2", "N3"}[i % 3]).append('\n');
        }
        JobSpec regs = propose(folder("devices", Map.of("devices", devices)));
        assertThat(kept(regs, "devices", "Registration")).as(comment(regs, "devices", "Registration")).isTrue();
        assertThat(kept(regs, "devices", "Reg")).as(comment(regs, "devices", "Reg")).isTrue();
        assertThat(runPassing(in, spec, dir.resolve("logbook-out"), "LOGBOOK")).doesNotContain("N7219F").doesNotContain("N918PA");
    }

    @Test
    void staffNamesInBurmeseAndSinhalaUnderARoleAreNames() throws IOException {
        String[] officers = {"ဦးအောင်ကျော်", "ဒေါ်ခင်မာဝင်း", "ဦးမင်းထွန်း", "ဒေါ်နီလာ"};
        String[] doctors = {"ඒ.එම්. පෙරේරා", "කේ. සිල්වා", "එච්.එම්.එස්. බණ්ඩාර", "ඩී. ජයසූරිය"};
        String[] purposes = {"စိုက်ပျိုးရေး", "ကုန်သွယ်ရေး", "မွေးမြူရေး"};
        StringBuilder s = new StringBuilder("loan_no,loan_officer,Seen by,loan_purpose,amount\n");
        for (int i = 0; i < 200; i++) {
            s.append("LN").append(7000 + i).append(',').append(officers[i % 4]).append(',').append(doctors[(i / 3) % 4])
                    .append(',').append(purposes[i % 3]).append(',').append(300000 + i * 1000).append('\n');
        }
        Path in = folder("mfi", Map.of("loans", s));
        JobSpec spec = propose(in);
        assertThat(rule(spec, "loans", "loan_officer")).as(comment(spec, "loans", "loan_officer"))
                .isEqualTo(new ColumnRule.Identifier(IdentifierType.NAME));
        assertThat(kept(spec, "loans", "Seen by")).as(comment(spec, "loans", "Seen by")).isFalse();
        assertThat(kept(spec, "loans", "loan_purpose")).as(comment(spec, "loans", "loan_purpose")).isTrue();
        assertThat(runPassing(in, spec, dir.resolve("mfi-out"), "loans")).doesNotContain(officers[0]).doesNotContain(doctors[2]);
        // near miss (breaker59): Thai departments under a role are no names (no honorific, no initials)
        StringBuilder tickets = new StringBuilder("ticket,Assigned To\n");
        String[] departments = {"ฝ่ายบุคคล", "ฝ่ายบัญชี", "ฝ่ายไอที", "ฝ่ายขาย"};
        for (int i = 0; i < 120; i++) {
            tickets.append("T").append(1000 + i).append(',').append(departments[i % 4]).append('\n');
        }
        JobSpec desk = propose(folder("desk", Map.of("tickets", tickets)));
        assertThat(kept(desk, "tickets", "Assigned To")).as(comment(desk, "tickets", "Assigned To")).isTrue();
    }

    @Test
    void aLongBesideAProtectedLatitudeIsTheLongitudeAndALongElsewhereIsLeftToItsValues() throws IOException {
        StringBuilder s = new StringBuilder("Member,Lat,Long,Hive Count\n");
        StringBuilder t = new StringBuilder("Item,Long,Short\n");
        for (int i = 0; i < 10; i++) {
            s.append(person(i)).append(',').append(String.format(java.util.Locale.ROOT, "43.%04d,-90.%04d", 3181 + i * 417,
                    3440 + i * 523)).append(',').append(1 + i * 3).append('\n');
            t.append("widget ").append(i).append(',').append(String.format(java.util.Locale.ROOT, "%d.%02d", 10 + i, i * 7))
                    .append(',').append(i).append('\n');
        }
        Path in = folder("apiary", Map.of("apiaries", s, "parts", t));
        JobSpec spec = propose(in);
        assertThat(rule(spec, "apiaries", "Long")).as(comment(spec, "apiaries", "Long"))
                .isEqualTo(new ColumnRule.Identifier(IdentifierType.GEOCOORDINATE));
        // a table with no latitude: a length under Long stays
        assertThat(kept(spec, "parts", "Long")).as(comment(spec, "parts", "Long")).isTrue();
        assertThat(runPassing(in, spec, dir.resolve("apiary-out"), "apiaries")).doesNotContain("-90.3440");
    }

    @Test
    void townsWithTheirCountryUnitsLandmarksAndAnsweredSentencesAreProtected() throws IOException {
        String[] towns = {"Duluth (US)", "Fargo (US)", "Winnipeg (CA)", "Sankt Gallen (CH)", "Tromsø (NO)"};
        String[] units = {"#104", "STE 200", "UNIT 2", "A", "B"};
        String[] answers = {"Declan from our team will reach out to you directly.", "Anke will send the slides after the session.",
                "Answered live"};
        StringBuilder p = new StringBuilder("Meeting ID,Participant,Location,Language,Unit,Landmark,Answer\n");
        for (int i = 0; i < 300; i++) {
            p.append(92203116919L + i % 14).append(',').append(person(i)).append(',').append(towns[i % 5]).append(',')
                    .append(i % 2 == 0 ? "English (US)" : "Deutsch (DE)").append(',').append(units[i % 5]).append(',')
                    .append(new String[] {"LINCOLN CENTER", "BRYANT PARK", "CITY HALL"}[i % 3]).append(',')
                    .append(answers[i % 3]).append('\n');
        }
        Path in = folder("meetings", Map.of("participants", p));
        JobSpec spec = propose(in);
        assertThat(rule(spec, "participants", "Location")).as(comment(spec, "participants", "Location"))
                .isEqualTo(new ColumnRule.Identifier(IdentifierType.CITY));
        // near miss: a locale is no place
        assertThat(kept(spec, "participants", "Language")).as(comment(spec, "participants", "Language")).isTrue();
        assertThat(kept(spec, "participants", "Unit")).as(comment(spec, "participants", "Unit")).isFalse();
        assertThat(kept(spec, "participants", "Landmark")).as(comment(spec, "participants", "Landmark")).isFalse();
        assertThat(kept(spec, "participants", "Answer")).as(comment(spec, "participants", "Answer")).isFalse();
        assertThat(runPassing(in, spec, dir.resolve("meetings-out"), "participants")).doesNotContain("Duluth (US)")
                .doesNotContain("STE 200").doesNotContain("Declan").contains("English (US)");
        // near miss: a survey's chosen answers are short and stay
        StringBuilder survey = new StringBuilder("respondent,Answer\n");
        for (int i = 0; i < 120; i++) {
            survey.append(i).append(',').append(new String[] {"Yes", "No", "Not sure"}[i % 3]).append('\n');
        }
        JobSpec chosen = propose(folder("survey", Map.of("responses", survey)));
        assertThat(kept(chosen, "responses", "Answer")).as(comment(chosen, "responses", "Answer")).isTrue();
    }
}
