package dev.warden.core.job;

import static dev.warden.core.job.ProposalFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.deid.IdentifierType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code warden classify} decides from evidence, never from sample size: a ten-row table of people keeps what
 * evidence shows to be shared vocabulary or a code system, protects everything else, and its proposal runs unedited
 * with validation of every column, kept ones included.
 */
class EvidenceClassificationTest {

    @TempDir
    Path dir;

    /** Ten invented people; Jordan is both a given name and a country, Visa a card type. */
    private Path people() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        String[] first = {"Olga", "Hiroshi", "María", "Jean", "Aarav", "Chloé", "Jordan", "Liam", "Fatima", "Søren"};
        String[] last = {"Ivanova", "Tanaka", "García", "Dupont", "Sharma", "Martin", "Smith", "O'Neil", "Haddad", "Jørgensen"};
        String[] country = {"Russia", "Japan", "Spain", "France", "India", "France", "Jordan", "Ireland", "Lebanon", "Denmark"};
        String[] snomed = {"44054006", "38341003", "195662009", "10509002", "55822004"};
        StringBuilder csv = new StringBuilder("row,username,password,first_name,last_name,mothers_maiden_name,employer,"
                + "website,email,notes,country,card_type,gender,age,diagnosis_code,balance\n");
        for (int i = 0; i < 10; i++) {
            csv.append(i + 1).append(',').append(first[i].toLowerCase().substring(0, 3)).append(i * 7).append(',')
                    .append("s3cret!").append(i * 13).append(',').append(first[i]).append(',').append(last[i]).append(',')
                    .append(new String[] {"Keller", "Novak", "Rossi", "Silva", "Kim"}[i % 5]).append(',')
                    .append(new String[] {"Acme GmbH", "Globex", "Initech"}[i % 3]).append(',')
                    .append(first[i].toLowerCase()).append(i).append(".example.net,")
                    .append(first[i].toLowerCase()).append(i).append("@example.org,")
                    .append(i % 2 == 0 ? "\"Called " + first[i] + " " + last[i] + " at 402-555-01" + (10 + i) + "\"" : "no notes")
                    .append(',').append(country[i]).append(',').append(i % 3 == 0 ? "Visa" : "Mastercard").append(',')
                    .append(i % 2 == 0 ? "F" : "M").append(',').append(20 + i * 8).append(',').append(snomed[i % 5])
                    .append(',').append(100 + i * 17.25).append('\n');
        }
        Files.writeString(in.resolve("people.csv"), csv.toString());
        return in;
    }

    private static ColumnRule rule(JobSpec spec, String column) {
        return spec.tables().get(0).column(column).orElseThrow().rule();
    }

    private static ColumnRule rule(JobSpec spec, String table, String column) {
        return ProposalFixtures.rule(spec, table, column);
    }

    @Test
    void aTenRowTableProtectsEveryColumnWithoutEvidenceOfVocabulary() throws IOException {
        JobSpec spec = propose(people());
        for (String c : List.of("row", "username", "first_name", "last_name", "mothers_maiden_name", "employer", "website",
                "email", "notes", "age")) {
            assertThat(rule(spec, c)).as(c).isNotInstanceOf(ColumnRule.Keep.class);
        }
        assertThat(rule(spec, "password")).isInstanceOf(ColumnRule.Drop.class);
        assertThat(rule(spec, "age")).isEqualTo(new ColumnRule.Identifier(IdentifierType.AGE));
    }

    @Test
    void aTenRowTableKeepsVocabularyCodesAndNumbers() throws IOException {
        JobSpec spec = propose(people());
        for (String c : List.of("country", "card_type", "gender", "diagnosis_code", "balance")) {
            assertThat(rule(spec, c)).as(c).isInstanceOf(ColumnRule.Keep.class);
        }
        assertThat(spec.tables().get(0).column("diagnosis_code").orElseThrow().comment())
                .hasValueSatisfying(c -> assertThat(c).contains("SNOMED CT"));
    }

    @Test
    void everyColumnCarriesItsEvidenceAndNoValue() throws IOException {
        JobSpec spec = propose(people());
        for (ColumnSpec c : spec.tables().get(0).columns()) {
            assertThat(c.comment()).as(c.name()).isPresent();
            assertThat(c.comment().get()).as(c.name()).doesNotContain("Jordan").doesNotContain("Visa")
                    .doesNotContain("example").doesNotContain("s3cret");
        }
    }

    @Test
    void theProposalRunsUneditedAndAKeptCountryThatIsAlsoANameIsNotALeak() throws IOException {
        Path in = people();
        JobReport report = run(in, propose(in), dir.resolve("out"));
        assertThat(report.validation().passed()).as(report.validation().toString()).isTrue();
        assertThat(Files.readString(dir.resolve("out/people.csv"))).doesNotContain("s3cret").doesNotContain("Keller")
                .doesNotContain("Globex").doesNotContain("olga0@").doesNotContain("402-555").contains("Jordan");
    }

    @Test
    void aNameCopiedIntoAKeptColumnStillFailsValidation() throws IOException {
        Path in = people();
        JobSpec proposed = propose(in);
        List<ColumnSpec> columns = new ArrayList<>(proposed.tables().get(0).columns());
        columns.replaceAll(c -> c.name().equals("mothers_maiden_name") ? ColumnSpec.of(c.name(), new ColumnRule.Keep()) : c);
        // the maiden names are also family names of no one here, so copy a family name into them
        Files.writeString(in.resolve("people.csv"), Files.readString(in.resolve("people.csv")).replace(",Keller,", ",Ivanova,"));
        TableSpec t = proposed.tables().get(0);
        JobSpec edited = new JobSpec("t", proposed.profile(), proposed.asOf(), proposed.entity(), proposed.subset(),
                List.of(new TableSpec(t.name(), t.primaryKey(), t.foreignKeys(), t.entityColumn(), columns)));
        JobReport report = run(in, edited, dir.resolve("out2"));
        assertThat(report.validation().passed()).isFalse();
        assertThat(report.validation().toString()).contains("people.mothers_maiden_name");
        assertThat(Files.exists(dir.resolve("out2/people.csv"))).isFalse();
    }

    @Test
    void anIdentifierInsideAKeptColumnFailsTheDetectorsCheck() throws IOException {
        Path in = people();
        JobSpec proposed = propose(in);
        TableSpec t = proposed.tables().get(0);
        List<ColumnSpec> columns = new ArrayList<>(t.columns());
        columns.replaceAll(c -> c.name().equals("notes") ? ColumnSpec.of(c.name(), new ColumnRule.Keep()) : c);
        JobSpec edited = new JobSpec("t", proposed.profile(), proposed.asOf(), proposed.entity(), proposed.subset(),
                List.of(new TableSpec(t.name(), t.primaryKey(), t.foreignKeys(), t.entityColumn(), columns)));
        JobReport report = run(in, edited, dir.resolve("out3"));
        assertThat(report.validation().passed()).isFalse();
        assertThat(report.validation().toString()).contains("copied unchanged: people.notes").contains("TELEPHONE_NUMBER");
    }

    /**
     * An invented sales schema (no one's real data): staff with a manager, sales territories keyed by ZIP codes and
     * named for towns where staff live, shippers (small integer keys, referred to by orders.ship_via), payers (UUID
     * keys), customers with honorifics and staff with job titles.
     */
    private Path sales() throws IOException {
        Path in = Files.createDirectories(dir.resolve("sales"));
        String[] towns = {"Seattle", "Tacoma", "Kirkland", "Redmond", "Bellevue", "Everett", "Olympia", "Spokane"};
        StringBuilder staff = new StringBuilder("staff_id,first_name,last_name,title,city,manager_id\n");
        String[] given = {"Ada", "Bram", "Cleo", "Dario", "Elif", "Femi", "Greta", "Hugo"};
        String[] family = {"Lindqvist", "Okafor", "Brennan", "Moreau", "Yilmaz", "Adeyemi", "Novak", "Castellanos"};
        for (int i = 0; i < 8; i++) {
            staff.append(i + 1).append(',').append(given[i]).append(',').append(family[i]).append(',')
                    .append(i == 0 ? "Vice President" : i < 3 ? "Sales Manager" : "Sales Representative").append(',')
                    .append(towns[i]).append(',').append(i == 0 ? "" : i < 3 ? "1" : i < 6 ? "2" : "3").append('\n');
        }
        Files.writeString(in.resolve("staff.csv"), staff.toString());
        String[] zips = {"98101", "98402", "98033", "98052", "98004", "98201"};
        StringBuilder territories = new StringBuilder("territory_id,territory_description\n");
        StringBuilder links = new StringBuilder("staff_id,territory_id\n");
        for (int i = 0; i < zips.length; i++) {
            territories.append(zips[i]).append(',').append(towns[i]).append('\n');
            links.append(i + 1).append(',').append(zips[i]).append('\n').append(i + 2).append(',').append(zips[i]).append('\n');
        }
        Files.writeString(in.resolve("territories.csv"), territories.toString());
        Files.writeString(in.resolve("staff_territories.csv"), links.toString());
        Files.writeString(in.resolve("shippers.csv"), "shipper_id,company_name,phone\n1,Speedy Express Ltd,(503) 555-9831\n"
                + "2,United Package Inc,(503) 555-3199\n3,Federal Shipping Co,(503) 555-9931\n");
        String[] payers = {"6e2f1c9a-4b7d-4e21-9a3f-0c5b8d7e1f20", "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
                "0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f"};
        Files.writeString(in.resolve("payers.csv"), "payer_id,name,ownership\n" + payers[0] + ",Medicare,GOVERNMENT\n"
                + payers[1] + ",Acme Health Insurance Inc,PRIVATE\n" + payers[2] + ",Northwest Mutual Health Plan,PRIVATE\n");
        StringBuilder customers = new StringBuilder("customer_id,title,first_name,last_name,birth_date\n");
        StringBuilder orders = new StringBuilder("order_id,customer_id,staff_id,ship_via,payer_id,freight\n");
        String[] honorifics = {"Mr.", "Ms.", "Dr.", "Mrs."};
        for (int i = 0; i < 12; i++) {
            customers.append("C").append(1000 + i * 37).append(',').append(honorifics[i % 4]).append(',')
                    .append(given[(i + 3) % 8]).append("e,").append(family[(i + 5) % 8]).append("son,")
                    .append(1950 + i * 3).append("-0").append(1 + i % 9).append("-1").append(i % 9).append('\n');
            for (int j = 0; j < 2; j++) {
                orders.append(10_248 + i * 2 + j).append(",C").append(1000 + i * 37).append(',').append(1 + (i + j) % 8)
                        .append(',').append(1 + (i * 2 + j) % 3).append(',').append(payers[(i + j) % 3]).append(',')
                        .append(12.5 + i * 3.25 + j).append('\n');
            }
        }
        Files.writeString(in.resolve("customers.csv"), customers.toString());
        Files.writeString(in.resolve("orders.csv"), orders.toString());
        return in;
    }

    @Test
    void aManagerColumnAndARoleNamedColumnAreInferredForeignKeys() throws IOException {
        JobSpec spec = propose(sales());
        assertThat(foreignKeys(spec, "staff")).contains(new ForeignKey("manager_id", "staff", "staff_id"));
        assertThat(foreignKeys(spec, "orders")).contains(new ForeignKey("ship_via", "shippers", "shipper_id"));
    }

    @Test
    void aReferenceTableWhoseValuesAreZipCodesAndStaffTownsIsProtected() throws IOException {
        JobSpec spec = propose(sales());
        assertThat(rule(spec, "territories", "territory_id")).isNotInstanceOf(ColumnRule.Keep.class);
        assertThat(rule(spec, "territories", "territory_description")).isNotInstanceOf(ColumnRule.Keep.class);
    }

    @Test
    void keysOfOrganisationsAreKeptUuidsIncludedAndTheRunPassesValidation() throws IOException {
        Path in = sales();
        JobSpec spec = propose(in);
        assertThat(rule(spec, "shippers", "shipper_id")).isInstanceOf(ColumnRule.Keep.class);
        assertThat(rule(spec, "payers", "payer_id")).isInstanceOf(ColumnRule.Keep.class);
        JobReport report = run(in, spec, dir.resolve("sales-out"));
        assertThat(report.validation().passed()).as(report.validation().toString()).isTrue();
        String orders = Files.readString(dir.resolve("sales-out/orders.csv"));
        assertThat(orders).contains("6e2f1c9a-4b7d-4e21-9a3f-0c5b8d7e1f20").doesNotContain(",C1000,");
        assertThat(Files.readString(dir.resolve("sales-out/territories.csv"))).doesNotContain("Kirkland").doesNotContain("98033");
    }

    @Test
    void honorificsAreAPartOfANameAndJobTitlesAreACategory() throws IOException {
        JobSpec spec = propose(sales());
        assertThat(rule(spec, "customers", "title")).isNotInstanceOf(ColumnRule.Keep.class);
        assertThat(rule(spec, "staff", "title")).isInstanceOf(ColumnRule.Keep.class);
    }

    /** Twelve subscribers (key subscriber_id; msisdn and imei unique) and 30 calls that name them only by msisdn and imei. */
    private Path calls() throws IOException {
        Path in = Files.createDirectories(dir.resolve("telecom"));
        StringBuilder subscribers = new StringBuilder("subscriber_id,msisdn,imei,tariff\n");
        for (int i = 0; i < 12; i++) {
            subscribers.append(5100 + i).append(",4477003").append(10000 + i * 7919 % 90000).append(",35173913")
                    .append(1000000 + i * 104729 % 9000000).append(',').append(i % 3 == 0 ? "Prepaid" : "Contract").append('\n');
        }
        Files.writeString(in.resolve("subscribers.csv"), subscribers.toString());
        StringBuilder calls = new StringBuilder("call_id,callingMsisdn,calledNumber,imei,durationSec\n");
        for (int i = 0; i < 30; i++) {
            int s = i * 5 % 12;
            calls.append(900000 + i).append(",4477003").append(10000 + s * 7919 % 90000).append(",4420794")
                    .append(10000 + i * 31).append(",35173913").append(1000000 + s * 104729 % 9000000).append(',')
                    .append(30 + i * 17).append('\n');
        }
        Files.writeString(in.resolve("calls.csv"), calls.toString());
        return in;
    }

    @Test
    void aColumnNamedForAnotherTablesUniqueColumnAndContainedInItIsAForeignKeyToThatColumn() throws IOException {
        Path in = calls();
        JobSpec spec = propose(in);
        assertThat(foreignKeys(spec, "calls")).contains(new ForeignKey("callingMsisdn", "subscribers", "msisdn"),
                new ForeignKey("imei", "subscribers", "imei"));
        assertThat(foreignKeys(spec, "calls")).noneMatch(f -> f.column().equals("calledNumber"));
        JobReport report = run(in, spec, dir.resolve("telecom-out"));
        assertThat(report.validation().passed()).as(report.validation().toString()).isTrue();
        java.util.Set<String> imeis = new java.util.HashSet<>();
        Files.readAllLines(dir.resolve("telecom-out/subscribers.csv")).stream().skip(1).forEach(l -> imeis.add(l.split(",")[2]));
        List<String> calledImeis = Files.readAllLines(dir.resolve("telecom-out/calls.csv")).stream().skip(1)
                .map(l -> l.split(",")[3]).toList();
        assertThat(imeis).containsAll(calledImeis).noneMatch(v -> v.startsWith("35173913"));
    }

    /**
     * Twelve citizens keyed by CPF with street, house number and date of birth (three born before 1936), and 30 visits
     * that name the citizen by CPF under a header naming nothing of the citizens' table, at a time of day.
     */
    private Path registry() throws IOException {
        Path in = Files.createDirectories(dir.resolve("registry"));
        StringBuilder people = new StringBuilder("cpf,logradouro,numero,nascimento,sexo\n");
        for (int i = 0; i < 12; i++) {
            people.append(String.format("%03d.%03d.%03d-%02d", 100 + i * 37, 200 + i * 11, 300 + i * 7, i * 8 % 100))
                    .append(',').append(new String[] {"Rua Tiradentes", "Avenida Paulista", "Rua Augusta"}[i % 3]).append(',')
                    .append(10 + i * 97).append(',').append(String.format("%02d/%02d/%d", 1 + i * 2, 1 + i % 12,
                            i < 3 ? 1926 + i : 1950 + i * 3)).append(',').append(i % 2 == 0 ? "F" : "M").append('\n');
        }
        Files.writeString(in.resolve("cidadaos.csv"), people.toString());
        StringBuilder visits = new StringBuilder("atendimento,trabalhador,hora,servico\n");
        for (int i = 0; i < 30; i++) {
            int p = i * 7 % 12;
            visits.append(5000 + i).append(',').append(String.format("%03d.%03d.%03d-%02d", 100 + p * 37, 200 + p * 11,
                    300 + p * 7, p * 8 % 100)).append(',').append(String.format("%02d:%02d", 8 + i % 9, i * 7 % 60))
                    .append(',').append(i % 2 == 0 ? "Vacina" : "Consulta").append('\n');
        }
        Files.writeString(in.resolve("atendimentos.csv"), visits.toString());
        return in;
    }

    @Test
    void codesContainedInAnotherTablesKeyAreAForeignKeyWhateverTheHeader() throws IOException {
        JobSpec spec = propose(registry());
        assertThat(foreignKeys(spec, "atendimentos")).contains(new ForeignKey("trabalhador", "cidadaos", "cpf"));
    }

    @Test
    void aHouseNumberAfterAStreetATimeOfDayAndDatesOf90YearsAgoAreProtected() throws IOException {
        Path in = registry();
        JobSpec spec = propose(in);
        assertThat(rule(spec, "cidadaos", "numero")).isEqualTo(new ColumnRule.Identifier(IdentifierType.STREET_ADDRESS));
        assertThat(rule(spec, "atendimentos", "hora")).isNotInstanceOf(ColumnRule.Keep.class);
        assertThat(rule(spec, "cidadaos", "nascimento")).isEqualTo(new ColumnRule.Identifier(IdentifierType.DATE_OF_BIRTH));
        JobReport report = run(in, spec, dir.resolve("registry-out"));
        assertThat(report.validation().passed()).as(report.validation().toString()).isTrue();
        assertThat(Files.readString(dir.resolve("registry-out/cidadaos.csv"))).doesNotContain("1926").doesNotContain("1927");
    }

    @Test
    void integersThatAreTheYearsSinceABirthDateInTheSameRowAreAnAgeWhateverTheHeader() throws IOException {
        Path in = Files.createDirectories(dir.resolve("pazienti"));
        StringBuilder csv = new StringBuilder("codice,nato_il,eta,x1\n");
        int[] born = {1931, 1975, 1988, 1960, 1935, 1999, 1952, 1981, 1927, 1970, 1944, 1990};
        for (int i = 0; i < born.length; i++) {
            csv.append("P0").append(10 + i).append(',').append(String.format("%02d/%02d/%d", 1 + i, 1 + i % 12, born[i]))
                    .append(',').append(2024 - born[i] - (i % 3 == 0 ? 1 : 0)).append(',').append(i % 2 == 0 ? "A" : "B")
                    .append('\n');
        }
        Files.writeString(in.resolve("pazienti.csv"), csv.toString());
        JobSpec spec = propose(in);
        assertThat(rule(spec, "eta")).isEqualTo(new ColumnRule.Identifier(IdentifierType.AGE));
        assertThat(rule(spec, "x1")).isInstanceOf(ColumnRule.Keep.class);
    }

    /** Twelve survey answers under headers that say nothing: q3 holds ages (three over 89), q4 a score of 1 to 5. */
    private Path survey() throws IOException {
        Path in = Files.createDirectories(dir.resolve("survey"));
        int[] ages = {91, 36, 33, 38, 94, 45, 27, 62, 93, 51, 70, 19};
        StringBuilder csv = new StringBuilder("q1,q2,q3,q4\n");
        for (int i = 0; i < ages.length; i++) {
            csv.append(i % 2 == 0 ? "Yes" : "No").append(',').append(i % 3 == 0 ? "Phone" : "Online").append(',')
                    .append(ages[i]).append(',').append(1 + i % 5).append('\n');
        }
        Files.writeString(in.resolve("responses.csv"), csv.toString());
        return in;
    }

    @Test
    void integersThatReadAsAgesUnderAHeaderThatSaysNothingAreTopCodedAt90() throws IOException {
        Path in = survey();
        JobSpec spec = propose(in);
        assertThat(rule(spec, "q3")).isEqualTo(new ColumnRule.Identifier(IdentifierType.AGE));
        assertThat(rule(spec, "q4")).isInstanceOf(ColumnRule.Keep.class);
        JobReport report = run(in, spec, dir.resolve("survey-out"));
        assertThat(report.validation().passed()).as(report.validation().toString()).isTrue();
        List<String> q3 = Files.readAllLines(dir.resolve("survey-out/responses.csv")).stream().skip(1)
                .map(l -> l.split(",")[2]).toList();
        assertThat(q3).doesNotContain("91", "93", "94").contains("36", "19");
        assertThat(q3.stream().filter(v -> v.startsWith("90")).count()).isEqualTo(3);
    }

    /** A made-up eight-row register of another shape: staff with titles, amounts, units, languages, CRM accounts. */
    private Path register() throws IOException {
        Path in = Files.createDirectories(dir.resolve("register"));
        StringBuilder csv = new StringBuilder("entry,given_name,surname,officiant,case_worker,fee,supply,lang,Account,"
                + "ST,flight,seat\n");
        String[] given = {"Ada", "Bruno", "Chiara", "Dmitri", "Eva", "Farid", "Greta", "Hugo"};
        String[] family = {"Lovell", "Marchetti", "Conti", "Orlov", "Berg", "Nasser", "Holm", "Duval"};
        for (int i = 0; i < 8; i++) {
            csv.append(i + 1).append(',').append(given[i]).append(',').append(family[i]).append(',')
                    .append(i < 5 ? "Revd Canon H. W. Ashdown" : "Fr. Luca Bianchi").append(',')
                    .append(new String[] {"Anneli Koivisto", "Mikko Laine", "Anneli Koivisto"}[i % 3]).append(',')
                    .append(7500 + i * 500).append(',').append(new String[] {"40A", "30A", "60A"}[i % 3]).append(',')
                    .append(new String[] {"ENG", "SPA", "VIE", "ENG"}[i % 4]).append(',')
                    .append(new String[] {"Okafor Logistics Ltd", "Hargreaves & Lowe LLP", "Brightside GmbH"}[i % 3])
                    .append(',').append(i == 4 ? "NE" : "IA").append(',').append("AZ").append(1600 + i * 7).append(',')
                    .append(i + 10).append((char) ('A' + i % 6)).append('\n');
        }
        Files.writeString(in.resolve("register.csv"), csv.toString());
        return in;
    }

    @Test
    void staffNamedWithTitlesOrByACaseHandlersRoleAreNamesHoweverManyRowsShareThem() throws IOException {
        JobSpec spec = propose(register());
        assertThat(rule(spec, "officiant")).isEqualTo(new ColumnRule.Identifier(IdentifierType.NAME));
        assertThat(rule(spec, "case_worker")).isEqualTo(new ColumnRule.Identifier(IdentifierType.NAME));
    }

    @Test
    void amountsUnitsLanguagesStatesFlightsSeatsAndCompanyAccountsAreKeptInAnEightRowTable() throws IOException {
        JobSpec spec = propose(register());
        for (String c : List.of("fee", "supply", "lang", "Account", "ST", "flight", "seat")) {
            assertThat(rule(spec, c)).as(c).isInstanceOf(ColumnRule.Keep.class);
        }
    }

    /**
     * A made-up eight-row loan book whose headers no lexicon reads (Vietnamese without diacritics): the borrowers' full
     * names are protected for their spread, and the officers' names, shared by many loans, read as names by the family
     * names the borrowers' column holds. Products carry EAN-13 numbers, two of which pass a card's Luhn check too.
     */
    private Path loans() throws IOException {
        Path in = Files.createDirectories(dir.resolve("loans"));
        String[] borrowers = {"Nguyen Van An", "Tran Thi Binh", "Le Van Cuong", "Pham Thi Dung", "Hoang Van Em",
            "Nguyen Thi Giang", "Tran Van Hai", "Le Thi Lan"};
        String[] ean = {"4001092815905", "4080729022275", "4052601815909", "4083016613187", "4060913909964",
            "4003082462816", "4094821993517", "4081909378656"};
        StringBuilder csv = new StringBuilder("ma_hd,ho_ten,can_bo,ean,consent_email\n");
        for (int i = 0; i < 8; i++) {
            csv.append("HD").append(1000 + i).append(',').append(borrowers[i]).append(',')
                    .append(i % 2 == 0 ? "Nguyen Minh Tam" : "Tran Quoc Bao").append(',').append(ean[i]).append(',')
                    .append(i % 3 == 0 ? "no" : "yes").append('\n');
        }
        Files.writeString(in.resolve("loans.csv"), csv.toString());
        return in;
    }

    @Test
    void namesSharedByManyRowsAreNamesWhenTheirWordsAreTheDataSetsNameWords() throws IOException {
        JobSpec spec = propose(loans());
        assertThat(rule(spec, "ho_ten")).isNotInstanceOf(ColumnRule.Keep.class);
        assertThat(rule(spec, "can_bo")).isEqualTo(new ColumnRule.Identifier(IdentifierType.NAME));
    }

    @Test
    void eanNumbersThatPassALuhnCheckAndConsentFlagsAreKeptAndTheJobRuns() throws IOException {
        Path in = loans();
        JobSpec spec = propose(in);
        assertThat(rule(spec, "ean")).isInstanceOf(ColumnRule.Keep.class);
        assertThat(rule(spec, "consent_email")).isInstanceOf(ColumnRule.Keep.class);
        JobReport report = run(in, spec, dir.resolve("loans-out"));
        assertThat(report.validation().passed()).as(report.validation().toString()).isTrue();
    }

    /**
     * Twenty invented claims: a doctor written with German degrees ({@code Prof. Dr. med.}), a witness column mostly
     * empty beside repeated amounts, and clinical information that repeats three sentences but once names the
     * patient's own record number.
     */
    private Path claims() throws IOException {
        Path in = Files.createDirectories(dir.resolve("claims"));
        StringBuilder csv = new StringBuilder("claim_no,mrn,surname,clinical_info,Betrag_EUR,behandelnder_Arzt,Zeuge\n");
        String[] info = {"Fall from a ladder at home", "Sprain of the left ankle while running", "Cut to the hand at work"};
        String[] family = {"Abel", "Brandt", "Czerny", "Dietz", "Eckert", "Fuchs", "Graf", "Haas", "Iske", "Jung"};
        for (int i = 0; i < 20; i++) {
            String mrn = "RR8120" + (1000 + i);
            csv.append("C-").append(500 + i).append(',').append(mrn).append(',').append(family[i % 10]).append(i / 10)
                    .append(',').append(i == 7 ? "Previous sample under " + mrn + " at the clinic" : info[i % 3])
                    .append(',').append(i % 2 == 0 ? "450,00" : "1200,00").append(',')
                    .append(i % 2 == 0 ? "Prof. Dr. med. Ines Wachter" : "Dr. med. Frank Ruppert").append(',')
                    .append(i % 4 == 0 ? "Renate Richter" : "").append('\n');
        }
        Files.writeString(in.resolve("claims.csv"), csv.toString().replace(",450,00,", ",\"450,00\",")
                .replace(",1200,00,", ",\"1200,00\","));
        return in;
    }

    @Test
    void doctorsWithDegreesWitnessesAndTextNamingARecordNumberAreProtected() throws IOException {
        JobSpec spec = propose(claims());
        assertThat(rule(spec, "behandelnder_Arzt")).isEqualTo(new ColumnRule.Identifier(IdentifierType.NAME));
        assertThat(rule(spec, "Zeuge")).isNotInstanceOf(ColumnRule.Keep.class);
        assertThat(rule(spec, "clinical_info")).isNotInstanceOf(ColumnRule.Keep.class);
        assertThat(spec.tables().get(0).column("clinical_info").orElseThrow().comment().orElse(""))
                .contains("claims.mrn");
    }

    /**
     * A made-up marketplace: twelve shops, each owned by a person written with an Indonesian honorific, referred to by
     * sixty orders; and home-care visits done by nine workers written after an abbreviated title ({@code spl.}).
     */
    private Path marketplace() throws IOException {
        Path in = Files.createDirectories(dir.resolve("market"));
        StringBuilder shops = new StringBuilder("id_toko,nama_toko,kategori,pemilik\n");
        String[] owners = {"Ibu Andi Pratama", "Bpk. Agus Santoso", "Ibu Sri Wahyuni", "Bpk. Budi Hartono"};
        for (int i = 0; i < 12; i++) {
            shops.append("TK").append(100 + i).append(",Toko Maju ").append(i).append(',')
                    .append(new String[] {"Fashion", "Elektronik", "Makanan"}[i % 3]).append(',')
                    .append(owners[i % 4]).append(i < 4 ? "" : " " + (char) ('A' + i)).append('\n');
        }
        Files.writeString(in.resolve("toko.csv"), shops.toString().replace(" E\n", "\n"));
        StringBuilder orders = new StringBuilder("id_pesanan,id_toko,jumlah,utfort_av\n");
        String[] workers = {"spl. Astrid Johansen", "hjelpepl. Ole Hansen", "spl. Kari Nilsen"};
        for (int i = 0; i < 60; i++) {
            orders.append("P").append(5000 + i).append(",TK").append(100 + i % 12).append(',').append(1 + i % 4)
                    .append(',').append(workers[i % 3]).append('\n');
        }
        Files.writeString(in.resolve("pesanan.csv"), orders.toString());
        return in;
    }

    @Test
    void namesAfterLocalTitlesAreNamesAndAReferenceTableNamingPeopleHoldsPeople() throws IOException {
        try (TableSource source = Datasets.source(marketplace().toString())) {
            JobSpec spec = new SpecProposer(source, SpecProposer.DEFAULT_SAMPLE_ROWS).propose("t", "hipaa-safe-harbor",
                    LocalDate.of(2024, 12, 31));
            TableSpec toko = spec.tables().stream().filter(t -> t.name().equals("toko")).findFirst().orElseThrow();
            TableSpec pesanan = spec.tables().stream().filter(t -> t.name().equals("pesanan")).findFirst().orElseThrow();
            assertThat(toko.column("pemilik").orElseThrow().rule()).isNotInstanceOf(ColumnRule.Keep.class);
            assertThat(toko.column("id_toko").orElseThrow().rule()).isNotInstanceOf(ColumnRule.Keep.class);
            assertThat(pesanan.column("utfort_av").orElseThrow().rule())
                    .isEqualTo(new ColumnRule.Identifier(IdentifierType.NAME));
        }
    }
}
