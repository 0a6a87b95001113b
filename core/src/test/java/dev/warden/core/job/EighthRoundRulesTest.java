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
 * The classification and validation rules added for the eighth round's independent checks (breaker47 to breaker50:
 * a Nigerian bank, a Pakistani clinic, Colombian RIPS billing, a Peruvian SIS export, an Ecuadorian laboratory,
 * Stripe, Twilio, and an attack on the previous round's rules), each on a small invented table of another shape than
 * the one it was found in, beside a near miss where the rule must stay silent.
 */
class EighthRoundRulesTest {

    @TempDir
    Path dir;

    private Path folder(String name, Map<String, CharSequence> tables) throws IOException {
        return ProposalFixtures.folder(dir, name, tables);
    }

    private static List<String> csvColumn(Path csv, int index) throws IOException {
        return Files.readAllLines(csv).stream().skip(1).map(l -> l.split(",", -1)[index]).toList();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // headers

    @Test
    void theStatusTypeOrCountryOfSomethingIsACategoryNotTheThing() {
        // the header says nothing, so the values decide: pass/fail checks stay, names or numbers under such a header
        // stay protected by their values (breaker51: Patient Type, MRN Type)
        for (String h : List.of("Card AVS Zip Status", "Card AVS Line1 Status", "Card CVC Status",
                "Billing Address Country", "Card Address State")) {
            assertThat(ColumnHeader.meaning("charges", h).kind()).as(h).isEqualTo(ColumnHeader.Kind.NONE);
        }
        // a category of a person, too: Inpatient is kept as the shared value it is, names protected by theirs
        for (String h : List.of("Patient Type", "Attending Physician Status", "Emergency Contact Type", "Nurse Class")) {
            assertThat(ColumnHeader.meaning("charges", h).kind()).as(h).isEqualTo(ColumnHeader.Kind.NONE);
        }
        // a kind of an identifier is a category whose values are checked for the identifier's shape
        for (String h : List.of("Phone Type", "card_type", "MRN Type", "Address Type")) {
            assertThat(ColumnHeader.meaning("charges", h).rule()).as(h).startsWith(ColumnHeader.KIND_OF_IDENTIFIER);
        }
        // things and events: an account's or a ticket's type, a billing country
        assertThat(ColumnHeader.meaning("charges", "Ticket Type").kind()).isEqualTo(ColumnHeader.Kind.VOCABULARY);
        assertThat(ColumnHeader.meaning("charges", "Billing Country").kind()).isEqualTo(ColumnHeader.Kind.VOCABULARY);
        assertThat(ColumnHeader.meaning("patients", "Marital Status").kind()).isEqualTo(ColumnHeader.Kind.VOCABULARY);
        // the state or country of a birth or a death is a category, as before (Lahman's birthState, deathCountry)
        assertThat(ColumnHeader.meaning("People", "birthState").kind()).isEqualTo(ColumnHeader.Kind.VOCABULARY);
        assertThat(ColumnHeader.meaning("People", "deathCountry").kind()).isEqualTo(ColumnHeader.Kind.VOCABULARY);
        // near misses: the thing itself, an English status's date, an age at consent
        assertThat(ColumnHeader.meaning("charges", "Card Address Zip").type()).isPresent();
        assertThat(ColumnHeader.meaning("donors", "Age at Consent").kind()).isNotEqualTo(ColumnHeader.Kind.VOCABULARY);
        assertThat(ColumnHeader.meaning("charges", "Status Date").type()).hasValue(IdentifierType.DATE);
        assertThat(ColumnHeader.meaning("charges", "Phone").type()).hasValue(IdentifierType.TELEPHONE_NUMBER);
    }

    @Test
    void namesNumbersAndAddressesUnderACategoryOfThemAreProtectedByTheirValues() throws IOException {
        // 200 visits of 50 patients; each category header holds what its other words name, repeated over the visits
        // (breaker51); the near misses hold the categories such headers usually hold
        String[] staff = {"Ana Ruiz Paredes", "Jorge Salas Mena", "Elena Prado Vidal", "Tomás Ibarra Gil",
            "Lucía Ferrer Soto", "Pablo Medina Cruz"};
        StringBuilder visits = new StringBuilder("visit_id,patient_id,Patient Type,Attending Physician Status,MRN Type,"
                + "Address Type,Visit Kind,Insurance Type\n");
        for (int i = 0; i < 200; i++) {
            int p = i % 50;
            visits.append("V").append(10000 + i).append(",P").append(500 + p).append(',').append(person(p % 40))
                    .append(',').append(staff[i % staff.length]).append(",MRN").append(4021450 + p % 40).append(',')
                    .append(100 + p % 40 * 37).append(' ').append(FAMILY[p % FAMILY.length]).append(p % 2 == 0 ? " St" : " Avenue")
                    .append(',').append(new String[] {"Inpatient", "Outpatient", "Emergency"}[i % 3]).append(',')
                    .append(new String[] {"Medicare", "Medicaid", "Private", "Self-pay"}[i % 4]).append('\n');
        }
        Path in = folder("category-of", Map.of("visits", visits));
        JobSpec spec = propose(in);
        for (String c : List.of("Patient Type", "Attending Physician Status", "MRN Type", "Address Type")) {
            assertThat(kept(spec, "visits", c)).as(c + ": " + comment(spec, "visits", c)).isFalse();
        }
        assertThat(rule(spec, "visits", "Address Type")).isEqualTo(new ColumnRule.Identifier(IdentifierType.STREET_ADDRESS));
        assertThat(comment(spec, "visits", "Address Type")).contains("street lines");
        for (String c : List.of("Visit Kind", "Insurance Type")) {
            assertThat(kept(spec, "visits", c)).as(c + ": " + comment(spec, "visits", c)).isTrue();
        }
        String out = runPassing(in, spec, dir.resolve("category-of-out"), "visits");
        assertThat(out).doesNotContain(person(0)).doesNotContain(staff[0]).doesNotContain("MRN4021450")
                .doesNotContain("100 " + FAMILY[0]).contains("Inpatient").contains("Self-pay");
    }

    @Test
    void streetLinesInSeveralLanguagesAreReadAndAFewSharedSitesAreNot() {
        for (String v : List.of("4711 Okafor St", "12 N Main Street Apt 4", "221B Baker Street", "12 rue de la Paix",
                "Calle Mayor 12", "Rua Augusta, 15", "Av. Paulista, 1578", "Hauptstraße 5", "Kerkstraat 12a",
                "Storgatan 3", "Via Roma 10")) {
            assertThat(SpecProposer.STREET_LINE.matcher(v).matches()).as(v).isTrue();
        }
        for (String v : List.of("5 Way Switch", "12 Angry Men", "2 Day Delivery", "Route 66", "Inpatient", "Ward 4B")) {
            assertThat(SpecProposer.STREET_LINE.matcher(v).matches()).as(v).isFalse();
        }
    }

    @Test
    void aQualifierInBracketsIsReadOff() {
        assertThat(ColumnHeader.meaning("charges", "order_id (metadata)").type()).hasValue(IdentifierType.OTHER_UNIQUE_IDENTIFIER);
        assertThat(ColumnHeader.meaning("charges", "Customer Email [primary]").type()).hasValue(IdentifierType.EMAIL_ADDRESS);
        assertThat(ColumnHeader.meaning("charges", "Weight (kg)").kind()).isEqualTo(ColumnHeader.Kind.NONE);
        // a unit stays: a duration in minutes is no date
        assertThat(ColumnHeader.meaning("trips", "Idle Time (min)").type()).isNotEqualTo(java.util.Optional.of(IdentifierType.DATE));
        assertThat(ColumnHeader.meaning("dicom", "(0010,0010)").kind()).isNotEqualTo(ColumnHeader.Kind.VOCABULARY);
    }

    @Test
    void subdivisionsNamesAndNumbersOfOtherCountriesAreRead() {
        Map<String, IdentifierType> expected = Map.ofEntries(
                Map.entry("UBIGEO_RES", IdentifierType.GEOGRAPHIC_SUBDIVISION),
                Map.entry("parroquia", IdentifierType.GEOGRAPHIC_SUBDIVISION),
                Map.entry("Distt.", IdentifierType.COUNTY), Map.entry("LGA_OF_ORIGIN", IdentifierType.COUNTY),
                Map.entry("Район", IdentifierType.COUNTY), Map.entry("Елді мекен", IdentifierType.CITY),
                Map.entry("تحصیل", IdentifierType.COUNTY), Map.entry("شہر", IdentifierType.CITY),
                Map.entry("موبائل", IdentifierType.TELEPHONE_NUMBER), Map.entry("ولدیت", IdentifierType.NAME),
                Map.entry("Тегі", IdentifierType.FAMILY_NAME), Map.entry("APE_PATERNO", IdentifierType.FAMILY_NAME),
                Map.entry("COLEGIATURA", IdentifierType.CERTIFICATE_LICENSE_NUMBER),
                Map.entry("PMDC No.", IdentifierType.CERTIFICATE_LICENSE_NUMBER),
                Map.entry("NOK_GSM", IdentifierType.TELEPHONE_NUMBER),
                Map.entry("Número Autorización", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
                Map.entry("NRO_DOC", IdentifierType.NATIONAL_ID), Map.entry("DOC_IDENTIDAD", IdentifierType.NATIONAL_ID),
                // Vietnamese, with and without diacritics (the lead's own 10-row probe, a motorbike rental)
                Map.entry("họ_tên", IdentifierType.NAME), Map.entry("ho_ten", IdentifierType.NAME),
                Map.entry("cccd", IdentifierType.NATIONAL_ID), Map.entry("so_dien_thoai", IdentifierType.TELEPHONE_NUMBER),
                Map.entry("bien_so_xe", IdentifierType.VEHICLE_IDENTIFIER), Map.entry("ngày sinh", IdentifierType.DATE_OF_BIRTH));
        assertThat(ColumnHeader.meaning("t", "ghi_chu").kind()).isEqualTo(ColumnHeader.Kind.FREE_TEXT);
        expected.forEach((h, type) -> assertThat(ColumnHeader.meaning("t", h).type()).as(h).hasValue(type));
        // near misses: a distrito alone (Portugal's first level; Peru's third, read after its departamento), a card
        // approval's code, a document's type
        assertThat(ColumnHeader.meaning("t", "DISTRITO").type()).isEmpty();
        assertThat(ColumnHeader.meaning("t", "auth_code").type()).isEmpty();
        assertThat(ColumnHeader.meaning("t", "Tipo Documento").kind()).isEqualTo(ColumnHeader.Kind.VOCABULARY);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // telephone numbers written as digits

    /** A message log: 12 customers' numbers as bare digits, each on 25 messages, to and from 2 service numbers. */
    private Path messages(String from, String to) throws IOException {
        StringBuilder log = new StringBuilder("Sid," + from + "," + to + ",Status,Batch\n");
        for (int i = 0; i < 300; i++) {
            String customer = "1614" + (5550100 + (i % 12) * 37);
            String service = i % 2 == 0 ? "18335550199" : "18335550123";
            log.append("SM").append(String.format("%032x", i * 7919L)).append(',').append(i % 3 == 0 ? customer : service)
                    .append(',').append(i % 3 == 0 ? service : customer).append(',').append(i % 5 == 0 ? "failed" : "delivered")
                    .append(',').append(50012345678L + (i % 4)).append('\n');
        }
        return folder("messages-" + from, Map.of("messages", log));
    }

    @Test
    void numbersAsDigitsUnderFromAndToAreTelephoneNumbers() throws IOException {
        Path in = messages("From", "To");
        JobSpec spec = propose(in);
        for (String c : List.of("From", "To")) {
            assertThat(column(spec, "messages", c).rule()).as(c + ": " + comment(spec, "messages", c))
                    .isEqualTo(new ColumnRule.Identifier(IdentifierType.TELEPHONE_NUMBER));
        }
        // near miss: 11-digit batch numbers that are no North American number (5 0012...) stay
        assertThat(kept(spec, "messages", "Batch")).as(comment(spec, "messages", "Batch")).isTrue();
        assertThat(runPassing(in, spec, dir.resolve("messages-out"), "messages")).doesNotContain("16145550100");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // a name that refers to a list of people joins it

    @Test
    void aNameReferringToAListOfPeopleTakesItsPseudonyms() throws IOException {
        StringBuilder staff = new StringBuilder("StaffID,Name,Role\n");
        for (int i = 0; i < 8; i++) {
            staff.append("S").append(100 + i).append(',').append(person(i)).append(',').append(i % 2 == 0 ? "Paralegal" : "Attorney").append('\n');
        }
        StringBuilder cases = new StringBuilder("CaseID,ClientName,Paralegal,CaseType\n");
        for (int i = 0; i < 120; i++) {
            cases.append("C").append(5000 + i).append(',').append(GIVEN[(i * 7) % 12]).append(' ').append(FAMILY[(i * 11 + 3) % 12])
                    .append(',').append(person(i % 8)).append(',').append(i % 3 == 0 ? "Asylum" : "Family").append('\n');
        }
        Path in = folder("firm", Map.of("staff", staff, "cases", cases));
        JobSpec spec = propose(in);
        assertThat(foreignKeys(spec, "cases")).contains(new ForeignKey("Paralegal", "staff", "Name"));
        // near miss: the clients are no one in the staff list
        assertThat(foreignKeys(spec, "cases")).noneMatch(f -> f.column().equals("ClientName"));
        JobReport report = run(in, spec, dir.resolve("firm-out"));
        assertThat(report.validation().passed()).as(report.validation().toString()).isTrue();
        List<String> names = csvColumn(dir.resolve("firm-out/staff.csv"), 1);
        assertThat(csvColumn(dir.resolve("firm-out/cases.csv"), 2)).allMatch(names::contains).noneMatch(v -> v.equals(person(0)));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // subdivisions below a first one

    @Test
    void subdivisionsListedBelowAFirstOneAreSmallerThanAState() throws IOException {
        String[] provinces = {"Pichincha", "Guayas", "Azuay"};
        String[] cantons = {"Quito", "Rumiñahui", "Guayaquil", "Durán", "Cuenca", "Gualaceo"};
        StringBuilder patients = new StringBuilder("paciente_id,cod_provincia,provincia,canton,sexo\n");
        StringBuilder swiss = new StringBuilder("fall_id,Kanton,Geschlecht\n");
        StringBuilder peru = new StringBuilder("afiliado,DEPARTAMENTO,PROVINCIA,DISTRITO,SEXO\n");
        StringBuilder staff = new StringBuilder("empleado,municipio,departamento\n");
        for (int i = 0; i < 120; i++) {
            int c = i % 6;
            patients.append(9000 + i).append(",1").append(c / 2).append(',').append(provinces[c / 2]).append(',').append(cantons[c])
                    .append(',').append(i % 2 == 0 ? "F" : "M").append('\n');
            swiss.append(700 + i).append(',').append(new String[] {"VD", "GE", "TI", "ZH"}[i % 4]).append(',')
                    .append(i % 2 == 0 ? "w" : "m").append('\n');
            peru.append(40000 + i).append(',').append(i % 2 == 0 ? "LIMA" : "CUSCO").append(',')
                    .append(new String[] {"HUAURA", "CALCA", "HUAROCHIRI", "URUBAMBA"}[i % 4]).append(',')
                    .append(new String[] {"ATE", "WANCHAQ", "MATUCANA", "OLLANTAYTAMBO", "COMAS", "SANTIAGO"}[i % 6])
                    .append(',').append(i % 2 == 0 ? "F" : "M").append('\n');
            staff.append(i + 1).append(',').append(new String[] {"Zapopan", "Tlaquepaque", "Tonalá"}[i % 3]).append(',')
                    .append(new String[] {"Ventas", "Finanzas", "Sistemas", "Recursos Humanos"}[i % 4]).append('\n');
        }
        Path in = folder("subdivisions", Map.of("pacientes", patients, "faelle", swiss, "afiliados", peru, "empleados", staff));
        JobSpec spec = propose(in);
        assertThat(kept(spec, "pacientes", "canton")).as(comment(spec, "pacientes", "canton")).isFalse();
        assertThat(comment(spec, "pacientes", "canton")).contains("a larger subdivision before it");
        // near misses: the province's name beside its code, and a Swiss canton alone
        assertThat(kept(spec, "pacientes", "provincia")).as(comment(spec, "pacientes", "provincia")).isTrue();
        assertThat(kept(spec, "faelle", "Kanton")).as(comment(spec, "faelle", "Kanton")).isTrue();
        // Peru: the province and district after the department; the department stays
        assertThat(kept(spec, "afiliados", "PROVINCIA")).as(comment(spec, "afiliados", "PROVINCIA")).isFalse();
        assertThat(kept(spec, "afiliados", "DISTRITO")).as(comment(spec, "afiliados", "DISTRITO")).isFalse();
        assertThat(kept(spec, "afiliados", "DEPARTAMENTO")).as(comment(spec, "afiliados", "DEPARTAMENTO")).isTrue();
        // near miss: a company's departamento after the employee's municipio is no subdivision of it
        assertThat(comment(spec, "empleados", "departamento")).doesNotContain("a larger subdivision before it");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // people's names under a person's header, logins of German and Romance roles, wallets of owners

    @Test
    void patientsNamesUnderPacienteBesideAnAgeAreNames() throws IOException {
        StringBuilder visits = new StringBuilder("atencion_id,paciente,edad,diagnostico\n");
        for (int i = 0; i < 300; i++) {
            visits.append(i + 1).append(',').append(person(i % 60)).append(',').append(20 + i % 60).append(',')
                    .append(i % 2 == 0 ? "J06.9" : "E11.9").append('\n');
        }
        Path in = folder("visits", Map.of("atenciones", visits));
        JobSpec spec = propose(in);
        assertThat(kept(spec, "atenciones", "paciente")).as(comment(spec, "atenciones", "paciente")).isFalse();
        assertThat(kept(spec, "atenciones", "diagnostico")).as(comment(spec, "atenciones", "diagnostico")).isTrue();
    }

    @Test
    void loginsUnderGermanAndRomanceRolesAreStaffLogins() throws IOException {
        String[] logins = {"jvogel", "lberger", "WolfA", "CORP/BeckerT", "tlang", "KrauseU"};
        StringBuilder claims = new StringBuilder("Schadennummer,Kundenbetreuer,Sachbearbeiter/in,Operatore,Sparte\n");
        for (int i = 0; i < 200; i++) {
            claims.append("S-").append(10000 + i).append(',').append(logins[i % 6]).append(',').append(logins[(i + 2) % 6])
                    .append(',').append(logins[(i + 4) % 6].toLowerCase(java.util.Locale.ROOT).replace("corp/", ""))
                    .append(',').append(i % 2 == 0 ? "Kfz" : "Hausrat").append('\n');
        }
        Path in = folder("claims", Map.of("schaeden", claims));
        JobSpec spec = propose(in);
        for (String c : List.of("Kundenbetreuer", "Sachbearbeiter/in", "Operatore")) {
            assertThat(kept(spec, "schaeden", c)).as(c + ": " + comment(spec, "schaeden", c)).isFalse();
        }
        assertThat(kept(spec, "schaeden", "Sparte")).isTrue();
    }

    @Test
    void aWalletUnderAnOwnersAssetHeaderIsAnAccount() throws IOException {
        String[] wallets = {"0x52908400098527886E0F7030069857D2E4169EE7", "0x8617E340B3D01FA5F11F306F4090FD50E238070D",
            "0xde709f2102306220921060314715629080e2fb77", "0x27b1fdb04752bbc536007a920d24acb045561c26",
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359"};
        StringBuilder listings = new StringBuilder("listing_id,asset_owner,sell_asset,price\n");
        for (int i = 0; i < 120; i++) {
            listings.append(i + 1).append(',').append(wallets[i % 5]).append(',').append(wallets[5]).append(',')
                    .append(10 + i % 7).append(".5\n");
        }
        Path in = folder("nft", Map.of("listings", listings));
        JobSpec spec = propose(in);
        assertThat(column(spec, "listings", "asset_owner").rule()).as(comment(spec, "listings", "asset_owner"))
                .isEqualTo(new ColumnRule.Identifier(IdentifierType.ACCOUNT_NUMBER));
        // near miss: the token contract a listing sells stays
        assertThat(kept(spec, "listings", "sell_asset")).as(comment(spec, "listings", "sell_asset")).isTrue();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // validation: a word many data subjects' identifier values are

    @Test
    void aKeptTextWordThatManyCustomersCityIsDoesNotFailValidationButOnePersonsNameDoes() throws IOException {
        StringBuilder customers = new StringBuilder("CIF_ID,SURNAME,FIRST_NAME,CITY,SOL_ID\n");
        for (int i = 0; i < 60; i++) {
            customers.append("CIF").append(1000 + i).append(',').append(FAMILY[i % 12].toUpperCase(java.util.Locale.ROOT))
                    .append(',').append(GIVEN[(i * 5) % 12]).append(',').append(i % 3 == 0 ? "Kaduna" : "Ibadan")
                    .append(',').append(101 + i % 4).append('\n');
        }
        StringBuilder branches = new StringBuilder("SOL_ID,SOL_DESC,BRANCH_TYPE\n"
                + "101,IKEJA CITY MALL BRANCH,Full service\n102,KADUNA AHMADU BELLO WAY,Cash centre\n"
                + "103,IBADAN RING ROAD BRANCH,Full service\n104,ABUJA CENTRAL AREA BRANCH,Full service\n");
        Path in = folder("bank", Map.of("customers", customers, "branches", branches));
        JobSpec spec = propose(in);
        assertThat(kept(spec, "branches", "SOL_DESC")).as(comment(spec, "branches", "SOL_DESC")).isTrue();
        JobReport report = run(in, spec, dir.resolve("bank-out"));
        assertThat(report.validation().passed()).as(report.validation().toString()).isTrue();

        // the same branch list naming one customer's rare surname in a kept description fails the job
        Path rare = folder("bank-rare", Map.of("customers", customers.toString().replace("CIF1001,WIŚNIEWSKI", "CIF1001,OKONKWO"),
                "branches", branches.toString().replace("ABUJA CENTRAL AREA BRANCH", "ABUJA OKONKWO PLAZA BRANCH")));
        JobReport failed = run(rare, spec, dir.resolve("bank-rare-out"));
        assertThat(failed.validation().passed()).as(failed.validation().toString()).isFalse();
        assertThat(failed.validation().toString()).contains("branches.SOL_DESC");
    }
}
