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
 * The classification rules added for the eleventh round's independent checks (breaker61's leftovers and breaker62 to
 * breaker65), each on a small invented table of another shape than the one it was found in, beside a near miss where
 * the rule must stay silent.
 */
class EleventhRoundRulesTest {

    @TempDir
    Path dir;

    private Path folder(String name, Map<String, CharSequence> tables) throws IOException {
        return ProposalFixtures.folder(dir, name, tables);
    }

    @Test
    void headersOfThisRoundAreRead() {
        Map<String, IdentifierType> expected = Map.ofEntries(
                Map.entry("chargeBoxId", IdentifierType.DEVICE_IDENTIFIER), Map.entry("EVSE ID", IdentifierType.DEVICE_IDENTIFIER),
                Map.entry("Laadpunt", IdentifierType.DEVICE_IDENTIFIER),
                Map.entry("streetnumber", IdentifierType.STREET_ADDRESS), Map.entry("B_streetnumber", IdentifierType.STREET_ADDRESS),
                Map.entry("no_civique", IdentifierType.STREET_ADDRESS), Map.entry("Numéro de rue", IdentifierType.STREET_ADDRESS),
                Map.entry("altcontactsurname", IdentifierType.FAMILY_NAME), Map.entry("altcontactfirstname", IdentifierType.GIVEN_NAME),
                Map.entry("altcontactaddress1", IdentifierType.STREET_ADDRESS),
                Map.entry("borrowernumber", IdentifierType.OTHER_UNIQUE_IDENTIFIER), Map.entry("CASE_NO", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
                Map.entry("CASE#", IdentifierType.OTHER_UNIQUE_IDENTIFIER), Map.entry("RECNUMBR", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
                Map.entry("MPAN Core", IdentifierType.OTHER_UNIQUE_IDENTIFIER), Map.entry("MPRN", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
                Map.entry("N° transpondeur", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
                Map.entry("A_NUMBER", IdentifierType.TELEPHONE_NUMBER),
                Map.entry("condado", IdentifierType.COUNTY),
                Map.entry("KAUNTI", IdentifierType.COUNTY), Map.entry("WADI", IdentifierType.GEOGRAPHIC_SUBDIVISION),
                Map.entry("Municipalité", IdentifierType.CITY),
                Map.entry("latitud_origen", IdentifierType.GEOCOORDINATE), Map.entry("Breitengrad", IdentifierType.GEOCOORDINATE),
                Map.entry("vessel_name", IdentifierType.VEHICLE_IDENTIFIER), Map.entry("Name of Vessel", IdentifierType.VEHICLE_IDENTIFIER),
                Map.entry("NOM_PROPRIETAIRE", IdentifierType.FAMILY_NAME), Map.entry("EXEC_DIR_NM", IdentifierType.NAME),
                Map.entry("MAIL_CTY", IdentifierType.CITY), Map.entry("adresse_courriel", IdentifierType.EMAIL_ADDRESS),
                Map.entry("nam_patient", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
                Map.entry("IP Number", IdentifierType.OTHER_UNIQUE_IDENTIFIER), Map.entry("IP Name", IdentifierType.NAME),
                Map.entry("Credited to A/c", IdentifierType.ACCOUNT_NUMBER), Map.entry("Owner Alias", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
                Map.entry("Postanschrift Ort", IdentifierType.CITY), Map.entry("Rechnungsort", IdentifierType.CITY),
                Map.entry("市区郡(郵送先)", IdentifierType.CITY),
                Map.entry("BRTHYR", IdentifierType.DATE_OF_BIRTH), Map.entry("BRTHDAT_YYYY", IdentifierType.DATE_OF_BIRTH),
                Map.entry("Beneficiary Name", IdentifierType.NAME), Map.entry("Health Card Number", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
                Map.entry("SOC_SEC_NO", IdentifierType.SOCIAL_SECURITY_NUMBER), Map.entry("pt_mi", IdentifierType.NAME),
                Map.entry("nom_medecin", IdentifierType.FAMILY_NAME), Map.entry("Wyk", IdentifierType.GEOGRAPHIC_SUBDIVISION),
                // breaker67's pharmacovigilance headers, breaker68's school and Afrikaans, Welsh and Irish headers
                Map.entry("C.2.r.1.2", IdentifierType.GIVEN_NAME), Map.entry("reportergivename", IdentifierType.GIVEN_NAME),
                Map.entry("Rptr Last", IdentifierType.FAMILY_NAME), Map.entry("Nom notificateur", IdentifierType.FAMILY_NAME),
                Map.entry("patientonsetage", IdentifierType.AGE), Map.entry("Âge au début", IdentifierType.AGE),
                Map.entry("Adno", IdentifierType.OTHER_UNIQUE_IDENTIFIER), Map.entry("UPN", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
                Map.entry("Rekeningnommer", IdentifierType.ACCOUNT_NUMBER), Map.entry("Enw cyntaf", IdentifierType.NAME),
                Map.entry("Sloinne", IdentifierType.FAMILY_NAME), Map.entry("Céadainm", IdentifierType.GIVEN_NAME));
        expected.forEach((h, type) -> assertThat(ColumnHeader.meaning("t", h).type()).as(h).hasValue(type));
        // near misses: a charger's vendor or model, the kind of a case or a boat, a product's name in French, an IP
        // address still an IP address, a street's name
        for (String h : List.of("chargePointVendor", "charger_model", "Charger Type", "Case Type", "Case Status Code",
                "Boat Type", "Vessel Type", "nom_produit", "Director",
                // miles after a distance, MedDRA's preferred term, amounts of time (breaker64, breaker65)
                "distance_mi", "trip_mi", "AETERM_PT", "AETERM_PT_CODE", "Overtime", "Turnaround Time",
                // breaker66: ad spend on MSN, Hindi word counts, a warehouse bin, a length, a cheese, a program and a
                // folder, a product family, a yacht club, the number of children
                "MSN", "HIN", "Sub-Location", "Longitud (cm)", "Comté (g)", "exec_name", "dir_name", "PRODUCTFAMILYNAME",
                "Yacht Club Name", "Vessel Type Name", "CHILD_NUM",
                // breaker69: a school's subjects, social security wages, oral rehydration, air conditioners, a card's
                // copay, a charging station by its site's name
                "Subject Name", "socsec_wages", "ORT Given", "A/C Units", "Insurance Card Copay", "Charging Station",
                "Microchip Issuer")) {
            assertThat(ColumnHeader.meaning("t", h).kind()).as(h).isNotEqualTo(ColumnHeader.Kind.IDENTIFIER);
        }
        assertThat(ColumnHeader.meaning("t", "IP Address").type()).hasValue(IdentifierType.IP_ADDRESS);
        assertThat(ColumnHeader.meaning("t", "emailaddress").type()).hasValue(IdentifierType.EMAIL_ADDRESS);
    }

    @Test
    void longIntegersRepeatedOverEventsIdentifyButBarcodesStay() throws IOException {
        // a meter point's 13-digit number on each of its half-hourly readings (breaker62)
        StringBuilder readings = new StringBuilder("reading_id,Supply,Period,kWh,Product,Material\n");
        String[] gtins = {"4006381333931", "5901234123457", "9780306406157", "4000417025005", "8710398527806"};
        for (int i = 0; i < 240; i++) {
            readings.append(i + 1).append(',').append(1_012_345_678_900L + (i % 8) * 7_919L).append(',').append(1 + i % 48)
                    .append(',').append(String.format(java.util.Locale.ROOT, "%.3f", 0.1 + (i * 37 % 100) / 50.0))
                    .append(',').append(gtins[i % gtins.length]).append(',')
                    .append(String.format(java.util.Locale.ROOT, "%018d", 12_345_678 + i % 6 * 101)).append('\n');
        }
        Path in = folder("meters", Map.of("hh_readings", readings));
        JobSpec spec = propose(in);
        assertThat(kept(spec, "hh_readings", "Supply")).as(comment(spec, "hh_readings", "Supply")).isFalse();
        // near miss: GS1 barcodes (EAN-13 with their check digit) name products, not people
        assertThat(kept(spec, "hh_readings", "Product")).as(comment(spec, "hh_readings", "Product")).isTrue();
        assertThat(kept(spec, "hh_readings", "Period")).as(comment(spec, "hh_readings", "Period")).isTrue();
        // nor SAP's zero-padded material numbers (breaker66)
        assertThat(kept(spec, "hh_readings", "Material")).as(comment(spec, "hh_readings", "Material")).isTrue();
        assertThat(runPassing(in, spec, dir.resolve("meters-out"), "hh_readings")).doesNotContain("1012345678900");
    }

    @Test
    void amountsWrittenWithTheirCurrencyAreKeptButRecordIdsLikeThemAreNot() throws IOException {
        StringBuilder s = new StringBuilder("Rekeningnommer,Heffing,Agterstallig,Kode\n");
        for (int i = 0; i < 120; i++) {
            s.append(300_100 + i % 40).append(",\"R ").append(1 + i % 3).append(' ').append(100 + (i * 37) % 900).append(',')
                    .append(10 + i % 90).append("\",R").append(i * 13 % 500).append('.').append(10 + i % 90).append(",R")
                    .append(String.format("%06d", 100 + i)).append('\n');
        }
        Path in = folder("water", Map.of("meterlesings", s));
        JobSpec spec = propose(in);
        assertThat(kept(spec, "meterlesings", "Heffing")).as(comment(spec, "meterlesings", "Heffing")).isTrue();
        assertThat(kept(spec, "meterlesings", "Agterstallig")).as(comment(spec, "meterlesings", "Agterstallig")).isTrue();
        assertThat(comment(spec, "meterlesings", "Heffing")).contains("amount of money");
        assertThat(comment(spec, "meterlesings", "Kode")).doesNotContain("amount of money");
        assertThat(kept(spec, "meterlesings", "Rekeningnommer")).isFalse();
    }

    @Test
    void aChargersIdIsADeviceHoweverManySessionsShareIt() throws IOException {
        StringBuilder sessions = new StringBuilder("transactionId,chargeBoxId,connectorId,energyKWh\n");
        for (int i = 0; i < 300; i++) {
            sessions.append(180_000 + i).append(",EVB-P").append(1_000_000 + (i % 40) * 4_513).append(',').append(1 + i % 2)
                    .append(',').append(5 + i % 30).append(".2\n");
        }
        Path in = folder("ocpp", Map.of("transactions", sessions));
        JobSpec spec = propose(in);
        assertThat(rule(spec, "transactions", "chargeBoxId")).as(comment(spec, "transactions", "chargeBoxId"))
                .isEqualTo(new ColumnRule.Identifier(IdentifierType.DEVICE_IDENTIFIER));
        assertThat(kept(spec, "transactions", "connectorId")).isTrue();
    }

    @Test
    void titlesThatEndInAPersonsNameAreSuppressedButTeamMeetingsStay() throws IOException {
        StringBuilder attendance = new StringBuilder("Meeting Title,Full Name,Role,Team Meeting,Room\n");
        String[] internal = {"Jordan market review", "Sync with Marketing Team", "Weekly care team huddle", "Budget Q3"};
        for (int i = 0; i < 240; i++) {
            String title = i % 3 == 0 ? "Virtual Visit with " + person(i / 3) : internal[i % internal.length];
            attendance.append(title).append(',').append(person(i)).append(',').append(i % 3 == 0 ? "Attendee" : "Presenter")
                    .append(',').append(internal[(i / 5) % internal.length]).append(',')
                    .append(new String[] {"Level 3 Grace Hopper", "Level 2 Alan Turing", "Level 1 Ada Lovelace"}[i % 3])
                    .append('\n');
        }
        Path in = folder("teams", Map.of("attendance", attendance));
        JobSpec spec = propose(in);
        assertThat(kept(spec, "attendance", "Meeting Title")).as(comment(spec, "attendance", "Meeting Title")).isFalse();
        // near miss: titles that end in capitalised words that are no one's name (Marketing Team, Q3)
        assertThat(kept(spec, "attendance", "Team Meeting")).as(comment(spec, "attendance", "Team Meeting")).isTrue();
        // nor rooms named after people no name column holds (breaker66)
        assertThat(kept(spec, "attendance", "Room")).as(comment(spec, "attendance", "Room")).isTrue();
        assertThat(runPassing(in, spec, dir.resolve("teams-out"), "attendance")).doesNotContain("Virtual Visit with");
    }

    @Test
    void couplesNameAHouseholdAmongInstitutionsButJoinedDepartmentsStay() throws IOException {
        String[] homes = {"Great Circle Campus", "Cornerstones of Care", "Boys Town Residential"};
        String[] departments = {"Research and Development Office", "Sales & Marketing Group", "\"Patio, Lawn & Garden\"",
            "\"Steak, Ale & Mushroom\"", "Legal"};
        StringBuilder placements = new StringBuilder("PlacementID,Child,ResourceName,Department,PerDiem,WorkerName\n");
        for (int i = 0; i < 200; i++) {
            String resource = i % 2 == 0 ? homes[i % 3]
                    : "\"" + FAMILY[i % FAMILY.length].toUpperCase() + ", " + GIVEN[i % GIVEN.length].toUpperCase() + " & "
                            + GIVEN[(i + 5) % GIVEN.length].toUpperCase() + "\"";
            placements.append(700_000 + i).append(",C").append(1000 + i / 3).append(',').append(resource).append(',')
                    .append(departments[i % departments.length]).append(',').append(24 + i % 3).append(".50,")
                    .append(person(i)).append('\n');
        }
        Path in = folder("foster", Map.of("placements", placements));
        JobSpec spec = propose(in);
        assertThat(kept(spec, "placements", "ResourceName")).as(comment(spec, "placements", "ResourceName")).isFalse();
        assertThat(kept(spec, "placements", "Department")).as(comment(spec, "placements", "Department")).isTrue();
        assertThat(runPassing(in, spec, dir.resolve("foster-out"), "placements")).doesNotContain(FAMILY[1].toUpperCase() + ", ");
    }
}
