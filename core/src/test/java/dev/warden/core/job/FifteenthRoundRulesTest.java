package dev.warden.core.job;

import static dev.warden.core.job.ProposalFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.deid.detect.ColumnHeader;
import dev.warden.core.deid.detect.NationalNumbers;
import dev.warden.deid.IdentifierType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The classification rules mended or added for the fifteenth round (the leaks the fourteenth round's probes left, and
 * the round's new-domain checks), each on a small invented table of another shape than the one it was found in, beside
 * a near miss where the rule must stay silent.
 */
class FifteenthRoundRulesTest {

    private static final String DEVANAGARI = "०१२३४५६७८९";

    @TempDir
    Path dir;

    private Path folder(String name, Map<String, CharSequence> tables) throws IOException {
        return ProposalFixtures.folder(dir, name, tables);
    }

    private static String devanagari(String ascii) {
        StringBuilder b = new StringBuilder();
        ascii.chars().forEach(c -> b.append(c >= '0' && c <= '9' ? DEVANAGARI.charAt(c - '0') : (char) c));
        return b.toString();
    }

    /** Uruguay's check digit (DNIC): weights 2, 9, 8, 7, 6, 3, 4 over seven digits. */
    private static int uruguayCheck(String seven) {
        int[] w = {2, 9, 8, 7, 6, 3, 4};
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (seven.charAt(i) - '0') * w[i];
        }
        return (10 - sum % 10) % 10;
    }

    @Test
    void datesWrittenInAnotherScriptsDigitsAreDatesHoweverManyRowsShareOne() throws IOException {
        // breaker84's probe: a one-month Nepali register in Bikram Sambat, Devanagari digits, 31 dates over 1,250 rows
        StringBuilder register = new StringBuilder("Sewa No,दर्ता मिति,Regd,Qty\n");
        for (int i = 0; i < 240; i++) {
            String day = String.format("2081-05-%02d", 1 + i * 7 % 32);
            register.append(9000 + i).append(',').append(devanagari(day)).append(',')
                    .append(devanagari(String.format("2081/%02d/%02d", 1 + i % 12, 1 + i * 3 % 30))).append(',')
                    .append(devanagari(String.valueOf(1 + i % 6))).append('\n');
        }
        Path in = folder("sewa", Map.of("sewa", register));
        JobSpec spec = propose(in);
        assertThat(kept(spec, "sewa", "दर्ता मिति")).as(comment(spec, "sewa", "दर्ता मिति")).isFalse();
        assertThat(kept(spec, "sewa", "Regd")).as(comment(spec, "sewa", "Regd")).isFalse();
        assertThat(comment(spec, "sewa", "Regd")).contains("another script's digits");
        // near miss: quantities in Devanagari digits are no dates
        assertThat(comment(spec, "sewa", "Qty")).doesNotContain("another script's digits");
        String out = runPassing(in, spec, dir.resolve("sewa-out"), "sewa");
        assertThat(out).doesNotContain(devanagari("2081-05-1"));
    }

    @Test
    void uruguayanAndDominicanCedulasAreNationalIdsByTheirCheckDigitsInAnEventTable() throws IOException {
        // breaker84's probe: consultations alone, C.I. written 1.234.567-2, 400 people over 2,000 rows
        StringBuilder visits = new StringBuilder("Consulta,C.I.,Cédula tutor,Factura,Monto\n");
        for (int i = 0; i < 2000; i++) {
            String seven = String.valueOf(1_000_000 + (i % 400) * 7919);
            String ci = seven.charAt(0) + "." + seven.substring(1, 4) + "." + seven.substring(4) + "-" + uruguayCheck(seven);
            String ten = "001" + (1_000_000 + (i % 300) * 9973);
            String dominican = ten.substring(0, 3) + "-" + ten.substring(3) + "-" + luhnCheck(ten);
            // near miss: invoice numbers of the same shape whose last digit is the sequence, not a check
            String invoice = (1_200_000 + i) + "-" + (i % 10);
            visits.append("C").append(50_000 + i).append(',').append(ci).append(',').append(dominican).append(',')
                    .append(invoice).append(',').append(100 + i % 40).append('\n');
        }
        Path in = folder("consultas", Map.of("consultas", visits));
        JobSpec spec = propose(in);
        assertThat(rule(spec, "consultas", "C.I.")).as(comment(spec, "consultas", "C.I."))
                .isEqualTo(new ColumnRule.Identifier(IdentifierType.NATIONAL_ID));
        assertThat(comment(spec, "consultas", "C.I.")).contains("Uruguayan cédula");
        assertThat(rule(spec, "consultas", "Cédula tutor")).isEqualTo(new ColumnRule.Identifier(IdentifierType.NATIONAL_ID));
        assertThat(comment(spec, "consultas", "Factura")).doesNotContain("cédula");
        assertThat(NationalNumbers.schemes("1.234.567-2")).contains("Uruguayan cédula");
        assertThat(NationalNumbers.schemes("1.234.567-3")).doesNotContain("Uruguayan cédula");
        assertThat(NationalNumbers.schemes("12345672")).doesNotContain("Uruguayan cédula"); // no dash: not read
        assertThat(NationalNumbers.schemes("0.000.000-0")).doesNotContain("Uruguayan cédula");
        assertThat(NationalNumbers.schemes("001-0000000-" + luhnCheck("0010000000"))).contains("Dominican cédula");
        assertThat(NationalNumbers.schemes("001-0000000-" + (luhnCheck("0010000000") + 1) % 10))
                .doesNotContain("Dominican cédula");
        assertThat(NationalNumbers.schemes("00100000001")).doesNotContain("Dominican cédula"); // bare: not read
    }

    private static int luhnCheck(String body) {
        int sum = 0;
        for (int i = body.length() - 1, k = 0; i >= 0; i--, k++) {
            int d = (body.charAt(i) - '0') * (k % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return (10 - sum % 10) % 10;
    }

    @Test
    void aFamilyColumnBesideAGivenNameIsTheFamilyNameButAProductsFamilyIsNot() throws IOException {
        // breaker87's probe: an Australian hospital's Given, Family, Preferred Name: 40 surnames over 1,080 patients
        String[] family = {"Nguyen", "Smith", "Kelly", "Murphy", "Taylor", "Walsh"};
        StringBuilder patients = new StringBuilder("URN,Given,Family,Sex\n");
        StringBuilder reversed = new StringBuilder("URN,Family,Given Name\n");
        StringBuilder products = new StringBuilder("SKU,Product,Family,Colour\n");
        for (int i = 0; i < 240; i++) {
            patients.append(300_000 + i).append(',').append(person(i).split(" ")[0]).append(',')
                    .append(family[i % family.length]).append(',').append("MF".charAt(i % 2)).append('\n');
            reversed.append(300_000 + i).append(',').append(family[i % family.length]).append(',')
                    .append(person(i).split(" ")[0]).append('\n');
            products.append("SKU").append(1000 + i).append(",Model ").append(i % 9).append(',')
                    .append(new String[] {"Laptops", "Phones", "Tablets"}[i % 3]).append(',')
                    .append(new String[] {"Black", "Silver"}[i % 2]).append('\n');
        }
        Path in = folder("patients", Map.of("patients", patients, "reversed", reversed, "products", products));
        JobSpec spec = propose(in);
        assertThat(rule(spec, "patients", "Family")).as(comment(spec, "patients", "Family"))
                .isEqualTo(new ColumnRule.Identifier(IdentifierType.FAMILY_NAME));
        assertThat(rule(spec, "reversed", "Family")).as(comment(spec, "reversed", "Family"))
                .isEqualTo(new ColumnRule.Identifier(IdentifierType.FAMILY_NAME));
        assertThat(kept(spec, "products", "Family")).as(comment(spec, "products", "Family")).isTrue();
    }

    @Test
    void birthNumbersAndLatvianPersonalCodesAreNationalIdsByTheirChecksInAnEventTable() throws IOException {
        // breaker88's probes: a Slovak ambulance's runs and a Latvian clinic's dispensing events, without the patients
        String[] rc = {"625110/5487", "220205/3018", "871016/2340", "680418/8743", "661212/6224", "660116/9905",
            "095106/3432"};
        String[] lv = {"080200-26846", "111203-28777", "260590-10197", "231179-11898", "120473-15543", "070960-17001",
            "051076-13273", "050780-14166"};
        StringBuilder runs = new StringBuilder("Číslo zásahu,Pacient RČ,Osoba,Kód\n");
        for (int i = 0; i < 400; i++) {
            runs.append(880_000 + i).append(',').append(rc[i % rc.length]).append(',').append(lv[i % lv.length])
                    .append(',').append(new String[] {"R01", "R02", "R03"}[i % 3]).append('\n');
        }
        Path in = folder("runs", Map.of("runs", runs));
        JobSpec spec = propose(in);
        assertThat(rule(spec, "runs", "Pacient RČ")).as(comment(spec, "runs", "Pacient RČ"))
                .isEqualTo(new ColumnRule.Identifier(IdentifierType.NATIONAL_ID));
        assertThat(rule(spec, "runs", "Osoba")).as(comment(spec, "runs", "Osoba"))
                .isEqualTo(new ColumnRule.Identifier(IdentifierType.NATIONAL_ID));
        assertThat(kept(spec, "runs", "Kód")).isTrue();
        assertThat(NationalNumbers.schemes("625110/5488")).isEmpty(); // not divisible by 11
        assertThat(NationalNumbers.schemes("621310/5487")).isEmpty(); // no month 13 (or 63)
        assertThat(NationalNumbers.schemes("080200-26847")).isEmpty(); // wrong check digit
        assertThat(NationalNumbers.schemes("6251105487")).doesNotContain("Czech or Slovak birth number"); // no slash
    }

    @Test
    void headersOfThisRoundsCountriesAreReadAndTheirNearMissesAreNot() {
        Map<String, IdentifierType> read = Map.ofEntries(Map.entry("Cédula Docente", IdentifierType.NATIONAL_ID),
                Map.entry("Cedula_Tutor", IdentifierType.NATIONAL_ID), Map.entry("Identificación", IdentifierType.NATIONAL_ID),
                Map.entry("C.I. Nº", IdentifierType.NATIONAL_ID), Map.entry("Nº Utente SNS", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
                Map.entry("Apelido", IdentifierType.FAMILY_NAME), Map.entry("Vārds", IdentifierType.GIVEN_NAME),
                Map.entry("Rodné číslo", IdentifierType.NATIONAL_ID), Map.entry("Posádka", IdentifierType.NAME),
                Map.entry("Baile", IdentifierType.CITY), Map.entry("Contae", IdentifierType.COUNTY),
                Map.entry("Izina ry'umuryango", IdentifierType.FAMILY_NAME), Map.entry("Akarere", IdentifierType.COUNTY),
                Map.entry("የአባት ስም", IdentifierType.NAME), Map.entry("Kebele", IdentifierType.GEOGRAPHIC_SUBDIVISION),
                Map.entry("Piercer Name", IdentifierType.NAME), Map.entry("Lab Tech", IdentifierType.NAME),
                Map.entry("दर्ता मिति", IdentifierType.DATE), Map.entry("Cantón", IdentifierType.COUNTY));
        read.forEach((header, type) -> assertThat(ColumnHeader.meaning("t", header).type()).as(header).contains(type));
        // near misses: a category of documents, a school's name, Switzerland's cantons (the first level), a SIM card,
        // an amount paid to PhilHealth, a music catalogue's artists
        for (String header : List.of("Tipo de cédula", "Tipo de identificación", "Nombre del Centro", "Canton", "Sim",
                "PhilHealth Contribution", "Ghana Card Fee", "Artist Name")) {
            assertThat(ColumnHeader.meaning("t", header).kind()).as(header).isNotEqualTo(ColumnHeader.Kind.IDENTIFIER);
        }
    }

    @Test
    void provincesAreJudgedOnlyWhereTheListCanJudgeThem() {
        // breaker92: first-level provinces the list did not name, or named with their type word, or in another script
        assertThat(SpecProposer.belowTheFirstLevel(List.of("Jawa Barat", "DKI Jakarta", "Jawa Timur", "Bali"))).isFalse();
        assertThat(SpecProposer.belowTheFirstLevel(List.of("Henan Province", "Hubei Province", "Inner Mongolia"))).isFalse();
        assertThat(SpecProposer.belowTheFirstLevel(List.of("東京都", "大阪府", "北海道", "愛知県"))).isFalse();
        assertThat(SpecProposer.belowTheFirstLevel(List.of("Ontario", "Quebec", "Unknown", "Refused"))).isFalse();
        assertThat(SpecProposer.belowTheFirstLevel(List.of("Santiago", "La Vega", "Puerto Plata", "Distrito Nacional"))).isFalse();
        // and below a region they still are: Spain's and Morocco's provinces
        assertThat(SpecProposer.belowTheFirstLevel(List.of("Sevilla", "Málaga", "Cádiz", "Huelva"))).isTrue();
        assertThat(SpecProposer.belowTheFirstLevel(List.of("Kénitra", "Salé", "Khémisset", "Sidi Kacem"))).isTrue();
    }

    @Test
    void breaker92sRegressionsAreMendedByTheValues() throws IOException {
        String[] tracts = {"4017.02", "4018.01", "4019.00", "4020.03", "4021.01", "4022.02", "4023.00", "4024.01"};
        StringBuilder people = new StringBuilder("Person,Family name,Census Tract,Firmware,Prov,Contribution,Card,DL\n");
        StringBuilder firmware = new StringBuilder();
        for (int i = 0; i < 240; i++) {
            people.append("P").append(10_000 + i).append(',').append(new String[] {"Ha", "Sim"}[i % 2]).append(',')
                    .append(tracts[i % tracts.length]).append(",fw-4.2.1.").append(10 + i % 6).append(".bin,")
                    .append(new String[] {"Godkänd", "Underkänd"}[i % 2]).append(",Gs. ")
                    .append(new String[] {"2.850.000", "1.200.500", "950.000"}[i % 3]).append(',')
                    .append(1_700_000 + i * 37).append("A,").append(i * 7 % 60).append('\n');
        }
        Path in = folder("people", Map.of("people", people));
        JobSpec spec = propose(in);
        assertThat(kept(spec, "people", "Family name")).as(comment(spec, "people", "Family name")).isFalse();
        assertThat(kept(spec, "people", "Census Tract")).as(comment(spec, "people", "Census Tract")).isFalse();
        assertThat(kept(spec, "people", "Card")).as(comment(spec, "people", "Card")).isFalse();
        assertThat(comment(spec, "people", "Firmware")).doesNotContain("host names");
        assertThat(kept(spec, "people", "Prov")).as(comment(spec, "people", "Prov")).isTrue();
        assertThat(kept(spec, "people", "Contribution")).as(comment(spec, "people", "Contribution")).isTrue();
        // downloads under DL, 60 counts many rows share: no driver's licence has three digits or fewer
        assertThat(kept(spec, "people", "DL")).as(comment(spec, "people", "DL")).isTrue();
        assertThat(SpecProposer.spellsAnIpAddress("backup-24.10.15.06.tar.gz")).isFalse();
        assertThat(SpecProposer.spellsAnIpAddress("c-73-12-45-6.hsd1.ca.comcast.net")).isTrue();
        assertThat(SpecProposer.spellsAnIpAddress("host-181-120-3-9.tigo.com.py")).isTrue(); // Paraguay's domain, no file
        assertThat(SpecProposer.spellsAnIpAddress("app.24.10.15.1.log")).isFalse();
    }

    @Test
    void clinicsAndTestTypesAreNoPeople() throws IOException {
        // breaker90's EBAIS San Rafael and breaker89's CS Saint Joseph, breaker91's tympanogram Type As
        StringBuilder visits = new StringBuilder("Visit,Patient,Centro,Tympanogram\n");
        String[] centres = {"EBAIS San Rafael", "EBAIS Pozos", "CS Saint Joseph Byimana", "HD Ruhango", "EBAIS Santa Ana"};
        for (int i = 0; i < 240; i++) {
            visits.append(i + 1).append(',').append(person(i)).append(',').append(centres[i % centres.length]).append(',')
                    .append(new String[] {"Type A", "Type As", "Type B", "Type C"}[i % 4]).append('\n');
        }
        Path in = folder("visits", Map.of("visits", visits));
        JobSpec spec = propose(in);
        assertThat(kept(spec, "visits", "Centro")).as(comment(spec, "visits", "Centro")).isTrue();
        assertThat(kept(spec, "visits", "Tympanogram")).as(comment(spec, "visits", "Tympanogram")).isTrue();
        assertThat(kept(spec, "visits", "Patient")).isFalse();
    }
}
