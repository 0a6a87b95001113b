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
 * The classification rules mended or added for the twelfth round (breaker69's leaks that both jars missed, and the
 * round's new-domain checks), each on a small invented table of another shape than the one it was found in, beside a
 * near miss where the rule must stay silent.
 */
class TwelfthRoundRulesTest {

    @TempDir
    Path dir;

    private Path folder(String name, Map<String, CharSequence> tables) throws IOException {
        return ProposalFixtures.folder(dir, name, tables);
    }

    @Test
    void couplesJoinedByAWordOrKnownByTheirFamilyNameAreNames() throws IOException {
        // Dale and Linda Harper beside a caseworker Linda Harper; Sean and Niamh Walsh known by the family name alone
        StringBuilder placements = new StringBuilder("id,Caseworker,Foster Carers,Unit,Supplies\n");
        String[] units = {"Research and Development Office", "Rose and Crown Bristol", "Fox and Hounds Bath"};
        String[] supplies = {"Salt and Pepper Shaker", "Bread and Butter Plate", "Cup and Saucer Set"};
        for (int i = 0; i < 240; i++) {
            String family = FAMILY[i % 6];
            placements.append(i + 1).append(',').append(GIVEN[i % 6]).append(' ').append(family).append(',')
                    .append(GIVEN[(i + 7) % GIVEN.length]).append(i % 2 == 0 ? " and " : " et ")
                    .append(new String[] {"Ruth", "Niamh", "Ana", "Pedro", "Linda", "Dale"}[i % 6]).append(' ').append(family)
                    .append(',').append(units[i % 3]).append(',').append(supplies[i % 3]).append('\n');
        }
        Path in = folder("carers", Map.of("placements", placements));
        JobSpec spec = propose(in);
        assertThat(rule(spec, "placements", "Foster Carers")).as(comment(spec, "placements", "Foster Carers"))
                .isEqualTo(new ColumnRule.Identifier(IdentifierType.NAME));
        // near misses: departments, pubs and tableware joined by "and", none ending in a family name of the data set
        assertThat(kept(spec, "placements", "Unit")).as(comment(spec, "placements", "Unit")).isTrue();
        assertThat(kept(spec, "placements", "Supplies")).as(comment(spec, "placements", "Supplies")).isTrue();
        assertThat(runPassing(in, spec, dir.resolve("carers-out"), "placements")).doesNotContain(" and Ruth ");
    }

    @Test
    void loyaltyCardsPrintedAsEanBarcodesAreAccountsButProductsStay() throws IOException {
        StringBuilder baskets = new StringBuilder("id,Total,Loyalty Card EAN,Product EAN,Rewards Item EAN\n");
        String[] products = {"4006381333931", "5901234123457", "9780306406157", "4000417025005", "8710398527806"};
        for (int i = 0; i < 240; i++) {
            // GS1 prefix 2: a number for the retailer's own use, here one card per twelve baskets
            baskets.append(i + 1).append(',').append(10 + i % 90).append(',').append(ean13("26" + (1_000_000_000L + i / 12 * 7_919)))
                    .append(',').append(products[i % products.length]).append(',').append(products[(i + 2) % products.length])
                    .append('\n');
        }
        Path in = folder("till", Map.of("baskets", baskets));
        JobSpec spec = propose(in);
        assertThat(rule(spec, "baskets", "Loyalty Card EAN")).as(comment(spec, "baskets", "Loyalty Card EAN"))
                .isEqualTo(new ColumnRule.Identifier(IdentifierType.ACCOUNT_NUMBER));
        assertThat(kept(spec, "baskets", "Product EAN")).as(comment(spec, "baskets", "Product EAN")).isTrue();
        // a rewards catalogue's products: GTINs, not restricted circulation numbers (breaker75)
        assertThat(kept(spec, "baskets", "Rewards Item EAN")).as(comment(spec, "baskets", "Rewards Item EAN")).isTrue();
        assertThat(runPassing(in, spec, dir.resolve("till-out"), "baskets")).doesNotContain(ean13("261000000000"));
    }

    @Test
    void titlesNamingAPatientFamilyNameFirstOrFromAnIdTypedColumnAreSuppressed() throws IOException {
        StringBuilder visits = new StringBuilder("id,Patient,Meeting Title,Clinic Title\n");
        String[] clinics = {"Diabetes review", "Asthma clinic", "Foot care"};
        for (int i = 0; i < 10; i++) {
            String given = GIVEN[i];
            String family = FAMILY[(i * 5 + 1) % FAMILY.length];
            visits.append(i + 1).append(',').append(person(i)).append(',')
                    .append(i % 2 == 0 ? "\"Telehealth - " + family.toUpperCase() + ", " + given.toUpperCase() + "\""
                            : "Virtual Visit with " + given + " " + family)
                    .append(',').append(clinics[i % 3]).append('\n');
        }
        Path in = folder("visits", Map.of("visits", visits));
        JobSpec spec = propose(in);
        assertThat(kept(spec, "visits", "Meeting Title")).as(comment(spec, "visits", "Meeting Title")).isFalse();
        assertThat(kept(spec, "visits", "Clinic Title")).as(comment(spec, "visits", "Clinic Title")).isTrue();
        assertThat(runPassing(in, spec, dir.resolve("visits-out"), "visits")).doesNotContain("Telehealth - ");
    }

    @Test
    void membersTownsWithTheirCountryBesideTownsWithTheirStateAreCitiesButVenuesStay() throws IOException {
        String[] homes = {"Austin, TX", "Denver, CO", "\"Leeds, United Kingdom\"", "\"Lyon, France\"", "\"Cork, Ireland\"",
            "\"Graz, Austria\""};
        String[] venues = {"\"Austin, TX\"", "\"Barcelona, Spain\"", "\"Lisbon, Portugal\""};
        StringBuilder members = new StringBuilder("id,Member,Location,Conference Venue,Plan\n");
        for (int i = 0; i < 240; i++) {
            String home = homes[i % homes.length];
            members.append(i + 1).append(',').append(person(i)).append(',')
                    .append(home.startsWith("\"") ? home : "\"" + home + "\"").append(',').append(venues[i % 3]).append(',')
                    .append(i % 2 == 0 ? "Gold" : "Silver").append('\n');
        }
        Path in = folder("members", Map.of("members", members));
        JobSpec spec = propose(in);
        assertThat(rule(spec, "members", "Location")).as(comment(spec, "members", "Location"))
                .isEqualTo(new ColumnRule.Identifier(IdentifierType.CITY));
        assertThat(kept(spec, "members", "Conference Venue")).as(comment(spec, "members", "Conference Venue")).isTrue();
        assertThat(runPassing(in, spec, dir.resolve("members-out"), "members")).doesNotContain("Leeds, United Kingdom");
    }

    @Test
    void headersOfThisRoundAreRead() {
        Map<String, IdentifierType> expected = Map.ofEntries(
                // NCHS IJE death records, a pawn ticket's pledgor, a census GEOID (breaker70, breaker71)
                Map.entry("DOD", IdentifierType.DATE), Map.entry("CITYTEXT_R", IdentifierType.CITY),
                Map.entry("COUNTYTEXT_D", IdentifierType.COUNTY), Map.entry("DPLACECITY", IdentifierType.CITY),
                Map.entry("STNAME_R", IdentifierType.STREET_ADDRESS), Map.entry("Pledgor Last", IdentifierType.FAMILY_NAME),
                Map.entry("Pledgor First", IdentifierType.GIVEN_NAME), Map.entry("GEOID", IdentifierType.GEOGRAPHIC_SUBDIVISION),
                // Turkish, Italian and Hong Kong registers (breaker72)
                Map.entry("Soyad", IdentifierType.FAMILY_NAME), Map.entry("Soyisim", IdentifierType.FAMILY_NAME),
                Map.entry("İç Kapı No", IdentifierType.STREET_ADDRESS),
                Map.entry("Fatura Ünvanı", IdentifierType.NAME), Map.entry("INTERNO", IdentifierType.STREET_ADDRESS),
                Map.entry("SEZIONE_CENSIMENTO", IdentifierType.GEOGRAPHIC_SUBDIVISION),
                Map.entry("PROV_NASCITA", IdentifierType.COUNTY), Map.entry("LUOGO_NASCITA", IdentifierType.CITY),
                Map.entry("NATO_A", IdentifierType.CITY), Map.entry("CODICE_FAMIGLIA", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
                Map.entry("PARTICELLA", IdentifierType.OTHER_UNIQUE_IDENTIFIER),
                Map.entry("地區", IdentifierType.GEOGRAPHIC_SUBDIVISION), Map.entry("PMI No", IdentifierType.MEDICAL_RECORD_NUMBER));
        expected.forEach((h, type) -> assertThat(ColumnHeader.meaning("t", h).type()).as(h).hasValue(type));
        // near misses: an internal code, a spreadsheet's sheet, a fee for engraving, private mortgage insurance
        // and (breaker75) a workbook's sheet, a court's chamber, an engraving's font, a tattoo studio's styles
        for (String h : List.of("Codice Interno", "Numero Interno", "Foglio di calcolo", "Engraving Fee", "PMI", "Sub",
                "FOGLIO", "Daire No")) {
            assertThat(ColumnHeader.meaning("t", h).kind()).as(h).isNotEqualTo(ColumnHeader.Kind.IDENTIFIER);
        }
        assertThat(ColumnHeader.namesWrittenText("ScarsMarksTattoos")).isTrue();
        assertThat(ColumnHeader.namesWrittenText("Tattoo Description")).isTrue();
        assertThat(ColumnHeader.namesWrittenText("Engraving")).isTrue();
        assertThat(ColumnHeader.namesWrittenText("Marks")).isFalse();
        assertThat(ColumnHeader.namesWrittenText("Engraving Font")).isFalse();
        assertThat(ColumnHeader.namesWrittenText("Tattoo Style")).isFalse();
        // the month and the day of a death, as NCHS's IJE writes them
        assertThat(ColumnHeader.meaning("t", "DOD_MO").kind()).isEqualTo(ColumnHeader.Kind.BIRTH_DATE_PART);
        assertThat(ColumnHeader.meaning("t", "DOD_DY").kind()).isEqualTo(ColumnHeader.Kind.BIRTH_DATE_PART);
    }

    @Test
    void giftsDedicatedToSomeoneAndCaseNumbersOnStatementLinesAreProtected() throws IOException {
        // a donations export alone: a few memos repeated over many gifts, one of them dedicated to a person; the
        // funeral's case number on every line of its statement
        StringBuilder gifts = new StringBuilder("Donation ID,Case Number,Fund,Label,Amount,Book Title,Test Case No\n");
        String[] books = {"In Memoriam A.H.H.", "Middlemarch", "In Memory of Her"};
        String[] labels = {"In memory of Grandma Olsen", "General giving", "Building fund"};
        for (int i = 0; i < 300; i++) {
            gifts.append(50_000 + i).append(",2025-").append(String.format("%04d", 101 + i % 30)).append(',')
                    .append(i % 2 == 0 ? "General" : "Missions").append(',').append(labels[i % 3]).append(',')
                    .append(10 + i % 200).append(".00,").append(books[i % 3]).append(",TC-").append(String.format("%03d", 1 + i % 12))
                    .append('\n');
        }
        Path in = folder("gifts", Map.of("donations", gifts));
        JobSpec spec = propose(in);
        assertThat(kept(spec, "donations", "Label")).as(comment(spec, "donations", "Label")).isFalse();
        assertThat(kept(spec, "donations", "Case Number")).as(comment(spec, "donations", "Case Number")).isFalse();
        assertThat(kept(spec, "donations", "Fund")).as(comment(spec, "donations", "Fund")).isTrue();
        assertThat(kept(spec, "donations", "Book Title")).as(comment(spec, "donations", "Book Title")).isTrue();
        assertThat(kept(spec, "donations", "Test Case No")).as(comment(spec, "donations", "Test Case No")).isTrue();
        assertThat(runPassing(in, spec, dir.resolve("gifts-out"), "donations")).doesNotContain("Grandma Olsen");
    }

    @Test
    void theLandRegistersUnitAfterItsParcelIdentifiesButASubtotalDoesNot() throws IOException {
        StringBuilder imu = new StringBuilder("ID,FOGLIO,PARTICELLA,SUB,CATEGORIA,RENDITA\n");
        StringBuilder invoices = new StringBuilder("ID,Net,Sub,Tax\n");
        for (int i = 0; i < 60; i++) {
            imu.append(i + 1).append(',').append(10 + i % 7).append(',').append(200 + i * 3).append(',').append(1 + i % 9)
                    .append(",A/").append(2 + i % 3).append(',').append(400 + i * 7).append(".50\n");
            invoices.append(i + 1).append(',').append(100 + i).append(',').append(1 + i % 9).append(',').append(20 + i % 5)
                    .append('\n');
        }
        Path in = folder("catasto", Map.of("accertamenti_imu", imu, "invoices", invoices));
        JobSpec spec = propose(in);
        assertThat(kept(spec, "accertamenti_imu", "SUB")).as(comment(spec, "accertamenti_imu", "SUB")).isFalse();
        assertThat(kept(spec, "accertamenti_imu", "PARTICELLA")).isFalse();
        assertThat(kept(spec, "accertamenti_imu", "FOGLIO")).as(comment(spec, "accertamenti_imu", "FOGLIO")).isFalse();
        assertThat(kept(spec, "accertamenti_imu", "CATEGORIA")).isTrue();
        assertThat(kept(spec, "invoices", "Sub")).as(comment(spec, "invoices", "Sub")).isTrue();
    }

    @Test
    void couriersBranchesAndBrandsStay() throws IOException {
        StringBuilder book = new StringBuilder("Line,Model,Acquired From Name,Disposed To Name,Product,Kargo Firması,Çıkış Şubesi,"
                + "Abholfiliale,Colorway\n");
        String[] distributors = {"Lipsey's LLC", "Davidson's Inc", "RSR Group"};
        String[] products = {"Nike Air Max", "Classic Jordan Low", "Parkstone Blue"};
        String[] couriers = {"MNG Kargo", "Aras Kargo", "Yurtiçi Kargo"};
        String[] branches = {"Kadıköy Şube", "Merkez", "Çankaya Şubesi"};
        String[] rentals = {"München Hbf", "Frankfurt Flughafen", "Hamburg Altona"};
        // customers' family names include Green and Brown (breaker75)
        String[] colours = {"Black and Forest Green", "Navy and Off White", "Grey and Chocolate Brown", "Cream and Jet Black"};
        for (int i = 0; i < 240; i++) {
            book.append(i + 1).append(",M").append(i % 7).append(',').append(i % 3 == 0 ? distributors[i % 3] : person(i))
                    .append(',').append(i % 2 == 0 ? "Grant Thornton" : "Moss Adams").append(',').append(products[i % 3]).append(',')
                    .append(couriers[i % 3]).append(',').append(branches[i % 3]).append(',').append(rentals[i % 3])
                    .append(',').append(colours[i % 4]).append('\n');
        }
        Path in = folder("book", Map.of("bound_book", book));
        JobSpec spec = propose(in);
        assertThat(kept(spec, "bound_book", "Abholfiliale")).as(comment(spec, "bound_book", "Abholfiliale")).isTrue();
        assertThat(kept(spec, "bound_book", "Colorway")).as(comment(spec, "bound_book", "Colorway")).isTrue();
        assertThat(kept(spec, "bound_book", "Product")).as(comment(spec, "bound_book", "Product")).isTrue();
        assertThat(kept(spec, "bound_book", "Kargo Firması")).as(comment(spec, "bound_book", "Kargo Firması")).isTrue();
        assertThat(kept(spec, "bound_book", "Çıkış Şubesi")).as(comment(spec, "bound_book", "Çıkış Şubesi")).isTrue();
    }

    /** @return the twelve digits with their GS1 mod-10 check digit */
    private static String ean13(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return twelve + (10 - sum % 10) % 10;
    }

    @Test
    void docketNumbersKeyingCasesThePartiesReferToAreProtectedAndAFlatFollowsItsBuilding() throws IOException {
        StringBuilder cases = new StringBuilder("Case Number,Case Type,File Date,Case Status\n");
        StringBuilder parties = new StringBuilder("Party ID,Case Number,Party Type,Last Name,First Name,DOB\n");
        StringBuilder customers = new StringBuilder("Müşteri No,Ad,Sokak,Bina No,Daire No,Segment\n");
        for (int i = 0; i < 60; i++) {
            cases.append("2025-CV-").append(String.format("%06d", 1200 + i * 7)).append(',')
                    .append(i % 2 == 0 ? "Civil" : "Family").append(",04/").append(10 + i % 18).append("/2025,Open\n");
            for (int p = 0; p < 2; p++) {
                parties.append("P").append(1000 + i * 2 + p).append(",2025-CV-").append(String.format("%06d", 1200 + i * 7))
                        .append(',').append(p == 0 ? "Petitioner" : "Respondent").append(',')
                        .append(FAMILY[(i + p) % FAMILY.length].toUpperCase()).append(',')
                        .append(GIVEN[(i * 3 + p) % GIVEN.length].toUpperCase()).append(",0").append(1 + i % 9)
                        .append("/1").append(p).append("/19").append(60 + i % 30).append('\n');
            }
            customers.append(500 + i).append(',').append(GIVEN[i % GIVEN.length]).append(",Atatürk Cad.,")
                    .append(1 + i % 40).append(',').append(1 + i % 12).append(',').append(i % 2 == 0 ? "Gold" : "Basic")
                    .append('\n');
        }
        Path in = folder("court", Map.of("cases", cases, "parties", parties, "musteriler", customers));
        JobSpec spec = propose(in);
        assertThat(kept(spec, "cases", "Case Number")).as(comment(spec, "cases", "Case Number")).isFalse();
        assertThat(kept(spec, "cases", "Case Type")).isTrue();
        assertThat(rule(spec, "musteriler", "Daire No")).as(comment(spec, "musteriler", "Daire No"))
                .isEqualTo(new ColumnRule.Identifier(IdentifierType.STREET_ADDRESS));
    }

    @Test
    void amountsWithTheirCurrencyAfterThemAreKept() throws IOException {
        // a Spanish marina's berths, ten of them (the lead's made-up table): fees written 245,00 €
        StringBuilder berths = new StringBuilder("Nº Amarre,Titular,Teléfono,Cuota Mensual,Pantalán\n");
        for (int i = 0; i < 10; i++) {
            berths.append("A-0").append(i).append(',').append(person(i)).append(",6").append(12 + i).append(" 345 6")
                    .append(10 + i).append(",\"").append(175 + i * 23).append(",00 €\",").append(i % 2 == 0 ? "Norte" : "Sur")
                    .append('\n');
        }
        Path in = folder("amarres", Map.of("amarres", berths));
        JobSpec spec = propose(in);
        assertThat(kept(spec, "amarres", "Cuota Mensual")).as(comment(spec, "amarres", "Cuota Mensual")).isTrue();
        assertThat(kept(spec, "amarres", "Teléfono")).as(comment(spec, "amarres", "Teléfono")).isFalse();
        assertThat(runPassing(in, spec, dir.resolve("amarres-out"), "amarres")).contains("\"198,00 €\"");
    }
}
