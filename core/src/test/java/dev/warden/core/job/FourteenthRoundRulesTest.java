package dev.warden.core.job;

import static dev.warden.core.job.ProposalFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.deid.detect.ColumnHeader;
import dev.warden.deid.IdentifierType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The classification rules mended or added for the fourteenth round (the leaks the thirteenth round's probes left, and
 * the round's new-domain checks), each on a small invented table of another shape than the one it was found in, beside
 * a near miss where the rule must stay silent.
 */
class FourteenthRoundRulesTest {

    @TempDir
    Path dir;

    private Path folder(String name, Map<String, CharSequence> tables) throws IOException {
        return ProposalFixtures.folder(dir, name, tables);
    }

    @Test
    void aFlatWrittenAfterThePostcodeOrTheTownIsPartOfTheAddressButAUnitAfterAProductIsNot() throws IOException {
        // breaker81's h01: Address, ZIP, Flat: the flat after the postcode was kept as "integers (counts, codes)"
        StringBuilder members = new StringBuilder("Member,Name,Address,ZIP,Flat,Plan,Unit\n");
        for (int i = 0; i < 240; i++) {
            members.append("M").append(7000 + i).append(',').append(person(i)).append(',').append(10 + i % 90)
                    .append(" Harbour Road,").append(String.format("%05d", 10001 + i * 7 % 300)).append(',')
                    .append(1 + i % 40).append(',').append(new String[] {"Gold", "Silver"}[i % 2]).append(',')
                    .append(new String[] {"kg", "lb"}[i % 2]).append('\n');
        }
        Path in = folder("members", Map.of("members", members));
        JobSpec spec = propose(in);
        assertThat(kept(spec, "members", "Flat")).as(comment(spec, "members", "Flat")).isFalse();
        // near miss: a unit of measure after a plan, not after the address block
        assertThat(kept(spec, "members", "Unit")).as(comment(spec, "members", "Unit")).isTrue();
        // the town between: Street, Town, Apt
        StringBuilder tenants = new StringBuilder("id,Tenant,Street,Town,Apt,Rooms\n");
        for (int i = 0; i < 10; i++) {
            tenants.append(i + 1).append(',').append(person(i)).append(',').append(3 + i).append(" Elm St,")
                    .append(new String[] {"Dover", "Salem"}[i % 2]).append(',').append(2 + i).append(',').append(1 + i % 4)
                    .append('\n');
        }
        Path small = folder("tenants", Map.of("tenants", tenants));
        JobSpec tenantSpec = propose(small);
        assertThat(kept(tenantSpec, "tenants", "Apt")).as(comment(tenantSpec, "tenants", "Apt")).isFalse();
        assertThat(kept(tenantSpec, "tenants", "Rooms")).as(comment(tenantSpec, "tenants", "Rooms")).isTrue();
    }

    @Test
    void hostNamesThatSpellAClientsAddressAreDevicesButServerNamesStay() throws IOException {
        // a mail log's client host names: some spell the home IP address (breaker79's probe)
        StringBuilder log = new StringBuilder("queue_id,hostname,relay,status\n");
        for (int i = 0; i < 200; i++) {
            String host = i % 3 == 0 ? "mail" + (i % 50) + ".example.org"
                    : "c-" + (24 + i % 70) + "-" + (1 + i * 7 % 250) + "-" + (1 + i * 13 % 250) + "-" + (1 + i % 250)
                            + ".hsd1.ca.comcast.net";
            log.append(String.format("%010X", 0x3A00000000L + i * 7919L)).append(',').append(host).append(",mx")
                    .append(1 + i % 3).append(".relay.example,").append(new String[] {"sent", "deferred"}[i % 2])
                    .append('\n');
        }
        Path in = folder("maillog", Map.of("maillog", log));
        JobSpec spec = propose(in);
        assertThat(rule(spec, "maillog", "hostname")).as(comment(spec, "maillog", "hostname"))
                .isEqualTo(new ColumnRule.Identifier(IdentifierType.DEVICE_IDENTIFIER));
        assertThat(runPassing(in, spec, dir.resolve("maillog-out"), "maillog")).doesNotContain("hsd1.ca.comcast.net");
        // near misses: the relays (servers, no address spelled), versions and dates have no host name's letters
        assertThat(kept(spec, "maillog", "relay")).as(comment(spec, "maillog", "relay")).isTrue();
        assertThat(SpecProposer.spellsAnIpAddress("ip-172-31-5-9.ec2.internal")).isTrue();
        assertThat(SpecProposer.spellsAnIpAddress("1.2.3.4")).isFalse();
        assertThat(SpecProposer.spellsAnIpAddress("build-2024.10.15.1")).isFalse();
        assertThat(SpecProposer.spellsAnIpAddress("v300.1.2.3-beta")).isFalse();
        assertThat(SpecProposer.spellsAnIpAddress("host-999-1-2-3")).isFalse();
    }

    @Test
    void municipalityCodesAndCensusAreasArePlacesButAnOaGradeIsNot() throws IOException {
        StringBuilder people = new StringBuilder("id,Name,Kommunkod,kuntanumero,LSOA,area,OA Grade,Score\n");
        String[] kommun = {"1280", "1281", "0180", "1480", "1290", "0380"};
        String[] lsoa = {"E01000001", "E01000002", "E01032740", "W01000010", "E01004766", "S01006506"};
        for (int i = 0; i < 120; i++) {
            people.append(i + 1).append(',').append(person(i)).append(',').append(kommun[i % 6]).append(',')
                    .append(new String[] {"091", "049", "092"}[i % 3]).append(',').append(lsoa[i % 6]).append(',')
                    .append(lsoa[(i + 1) % 6]).append(',').append(new String[] {"I", "II", "III"}[i % 3]).append(',')
                    .append(i % 7).append('\n');
        }
        Path in = folder("areas", Map.of("people", people));
        JobSpec spec = propose(in);
        for (String column : new String[] {"Kommunkod", "kuntanumero", "LSOA", "area"}) {
            assertThat(kept(spec, "people", column)).as(column + ": " + comment(spec, "people", column)).isFalse();
        }
        assertThat(rule(spec, "people", "area")).as(comment(spec, "people", "area"))
                .isEqualTo(new ColumnRule.Identifier(IdentifierType.GEOGRAPHIC_SUBDIVISION));
        // near misses: an osteoarthritis grade is no output area; a score is a measure
        assertThat(kept(spec, "people", "OA Grade")).as(comment(spec, "people", "OA Grade")).isTrue();
        assertThat(kept(spec, "people", "Score")).as(comment(spec, "people", "Score")).isTrue();
        assertThat(ColumnHeader.meaning("t", "lsoa11cd").type()).contains(IdentifierType.GEOGRAPHIC_SUBDIVISION);
        assertThat(ColumnHeader.meaning("t", "Gemeindeschlüssel").type()).contains(IdentifierType.CITY);
    }

    @Test
    void provincesBelowARegionArePlacesButCanadasProvincesStay() throws IOException {
        // a Moroccan hospital's Province (Settat, Berrechid: below the Casablanca-Settat region; breaker82)
        StringBuilder patients = new StringBuilder("IPP,Nom,Province,Préfecture/Province,Sexe\n");
        StringBuilder members = new StringBuilder("id,Name,Province,Plan\n");
        String[] moroccan = {"Settat", "Berrechid", "Khouribga", "Benslimane"};
        String[] canadian = {"ON", "QC", "BC", "Alberta"};
        for (int i = 0; i < 120; i++) {
            patients.append(4000 + i).append(',').append(FAMILY[i % FAMILY.length]).append(',').append(moroccan[i % 4])
                    .append(',').append(moroccan[(i / 3) % 4]).append(',').append(i % 2 == 0 ? "M" : "F").append('\n');
            members.append(i + 1).append(',').append(person(i)).append(',').append(canadian[i % 4]).append(',')
                    .append(new String[] {"Basic", "Plus"}[i % 2]).append('\n');
        }
        Path morocco = folder("hopital", Map.of("patients", patients));
        JobSpec spec = propose(morocco);
        assertThat(rule(spec, "patients", "Province")).as(comment(spec, "patients", "Province"))
                .isEqualTo(new ColumnRule.Identifier(IdentifierType.COUNTY));
        // a header with letters outside ASCII (breaker85's Província, Préfecture/Province) is read as well
        assertThat(kept(spec, "patients", "Préfecture/Province")).as(comment(spec, "patients", "Préfecture/Province"))
                .isFalse();
        // near miss: Canada's provinces are its first level, as a state is
        Path canada = folder("members", Map.of("members", members));
        JobSpec canadaSpec = propose(canada);
        assertThat(kept(canadaSpec, "members", "Province")).as(comment(canadaSpec, "members", "Province")).isTrue();
    }

    @Test
    void sickLeaveDaysUnderDniAreNoNationalNumbersButSpanishDnisAre() throws IOException {
        // Slovenian dni are days (Bolniški stalež (dni)); a Spanish DNI has eight digits and a letter (breaker82)
        StringBuilder visits = new StringBuilder("id,Pacient,Bolniški stalež (dni),DNI\n");
        String letters = "TRWAGMYFPDXBNJZSQVHLCKE";
        for (int i = 0; i < 150; i++) {
            int number = 10_000_000 + i * 7919;
            visits.append(i + 1).append(',').append(person(i)).append(',').append(i % 5 == 0 ? String.valueOf(1 + i % 30) : "")
                    .append(',').append(number).append(letters.charAt(number % 23)).append('\n');
        }
        Path in = folder("obiski", Map.of("obiski", visits));
        JobSpec spec = propose(in);
        assertThat(kept(spec, "obiski", "Bolniški stalež (dni)")).as(comment(spec, "obiski", "Bolniški stalež (dni)")).isTrue();
        assertThat(kept(spec, "obiski", "DNI")).as(comment(spec, "obiski", "DNI")).isFalse();
        // ten rows of days, each a different number (breaker85): still days
        StringBuilder ten = new StringBuilder("id,Pacjent,Liczba dni\n");
        for (int i = 0; i < 10; i++) {
            ten.append(i + 1).append(',').append(person(i)).append(',').append(3 + i * 2).append('\n');
        }
        Path small = folder("pobyty", Map.of("pobyty", ten));
        JobSpec smallSpec = propose(small);
        assertThat(kept(smallSpec, "pobyty", "Liczba dni")).as(comment(smallSpec, "pobyty", "Liczba dni")).isTrue();
    }

    @Test
    void headersOfThisRoundsRegistersNameWhatTheyHold() {
        Map<String, IdentifierType> headers = Map.ofEntries(Map.entry("Priimek", IdentifierType.FAMILY_NAME),
                Map.entry("Občina", IdentifierType.CITY), Map.entry("Izbrani osebni zdravnik", IdentifierType.NAME),
                Map.entry("Davčna številka", IdentifierType.NATIONAL_ID), Map.entry("Starost", IdentifierType.AGE),
                Map.entry("Douar/Quartier", IdentifierType.GEOGRAPHIC_SUBDIVISION),
                Map.entry("Caïdat", IdentifierType.GEOGRAPHIC_SUBDIVISION), Map.entry("IPP", IdentifierType.MEDICAL_RECORD_NUMBER),
                Map.entry("النسب", IdentifierType.FAMILY_NAME), Map.entry("الإقليم", IdentifierType.COUNTY),
                Map.entry("MMDA", IdentifierType.COUNTY), Map.entry("Ghana Card PIN", IdentifierType.NATIONAL_ID),
                Map.entry("Nom exploitant", IdentifierType.FAMILY_NAME), Map.entry("Code INSEE", IdentifierType.CITY),
                Map.entry("Instructeur", IdentifierType.NAME), Map.entry("Sachbearbeiter", IdentifierType.NAME),
                Map.entry("Zuname", IdentifierType.FAMILY_NAME), Map.entry("Halter Name", IdentifierType.NAME),
                Map.entry("Kassenzeichen", IdentifierType.ACCOUNT_NUMBER),
                Map.entry("GOC No", IdentifierType.CERTIFICATE_LICENSE_NUMBER),
                Map.entry("Familiyasi", IdentifierType.FAMILY_NAME), Map.entry("Otasining ismi", IdentifierType.NAME),
                Map.entry("Tuman", IdentifierType.COUNTY), Map.entry("Маҳалла", IdentifierType.GEOGRAPHIC_SUBDIVISION),
                Map.entry("Barrio", IdentifierType.GEOGRAPHIC_SUBDIVISION), Map.entry("Tole", IdentifierType.STREET_ADDRESS),
                Map.entry("Thar", IdentifierType.FAMILY_NAME), Map.entry("उमेर", IdentifierType.AGE),
                Map.entry("NHIS Membership No", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
                Map.entry("Cédula", IdentifierType.NATIONAL_ID), Map.entry("Nº socio", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
                Map.entry("OPD No.", IdentifierType.MEDICAL_RECORD_NUMBER), Map.entry("दर्ता नं.", IdentifierType.MEDICAL_RECORD_NUMBER),
                Map.entry("N° PACAGE", IdentifierType.OTHER_UNIQUE_IDENTIFIER), Map.entry("nom_ar", IdentifierType.FAMILY_NAME),
                Map.entry("URN", IdentifierType.MEDICAL_RECORD_NUMBER), Map.entry("Unit Record No", IdentifierType.MEDICAL_RECORD_NUMBER),
                Map.entry("Geslachtsnaam", IdentifierType.FAMILY_NAME), Map.entry("Toevoeging", IdentifierType.STREET_ADDRESS),
                Map.entry("Behandelaar", IdentifierType.NAME), Map.entry("Kelurahan/Desa", IdentifierType.GEOGRAPHIC_SUBDIVISION),
                Map.entry("Sitio", IdentifierType.GEOGRAPHIC_SUBDIVISION), Map.entry("ΑΜΚΑ γιατρού", IdentifierType.NATIONAL_ID),
                Map.entry("Eponymo", IdentifierType.FAMILY_NAME),
                Map.entry("PhilHealth PIN", IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER),
                Map.entry("Kommunenummer", IdentifierType.CITY));
        headers.forEach((header, type) -> assertThat(ColumnHeader.meaning("t", header).type()).as(header).contains(type));
        // near misses: a bank card's PIN stays a credential; a ward's Opombe are notes
        assertThat(ColumnHeader.meaning("t", "Card PIN").kind()).isEqualTo(ColumnHeader.Kind.CREDENTIAL);
        assertThat(ColumnHeader.meaning("t", "Opombe").kind()).isEqualTo(ColumnHeader.Kind.FREE_TEXT);
    }

    @Test
    void uzbekCardsInGroupsAreCardsAndCedisAndSomsAreMoney() throws IOException {
        // UzCard (8600) and Humo (9860) numbers grouped by four: no 2-6 network prefix (breaker84's probe)
        StringBuilder payments = new StringBuilder("id,Pensioner,Karta raqami,Amount,Summa\n");
        for (int i = 0; i < 120; i++) {
            String body = (i % 2 == 0 ? "8600" : "9860") + String.format("%011d", 31_000_000_000L + i * 7_919_113L);
            String card = body + luhn(body);
            payments.append(i + 1).append(',').append(person(i)).append(',').append(card, 0, 4).append(' ')
                    .append(card, 4, 8).append(' ').append(card, 8, 12).append(' ').append(card, 12, 16).append(',')
                    .append("GH¢ ").append(100 + i % 40).append(".50,\"").append(1 + i % 9).append(' ')
                    .append(String.format("%03d", i * 7 % 1000)).append(" 500,00 so'm\"\n");
        }
        Path in = folder("tolovlar", Map.of("tolovlar", payments));
        JobSpec spec = propose(in);
        assertThat(kept(spec, "tolovlar", "Karta raqami")).as(comment(spec, "tolovlar", "Karta raqami")).isFalse();
        String valid = "860031000000000" + luhn("860031000000000");
        String wrong = "860031000000000" + (char) ('0' + (luhn("860031000000000") - '0' + 1) % 10);
        assertThat(dev.warden.core.deid.detect.DetectorKind.CREDIT_CARD.matchesWhole(valid)).as(valid).isTrue();
        assertThat(dev.warden.core.deid.detect.DetectorKind.CREDIT_CARD.matchesWhole(wrong)).as(wrong).isFalse();
        // near misses: amounts in cedis and soms are kept
        assertThat(kept(spec, "tolovlar", "Amount")).as(comment(spec, "tolovlar", "Amount")).isTrue();
        assertThat(kept(spec, "tolovlar", "Summa")).as(comment(spec, "tolovlar", "Summa")).isTrue();
    }

    private static char luhn(String body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int d = body.charAt(body.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                d = d > 9 ? d - 9 : d;
            }
            sum += d;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    @Test
    void theNearMissesBreaker85FoundStayKept() throws IOException {
        // measurements and flags under the new headers, versions and batches with four numbers, an Italian province
        StringBuilder parts = new StringBuilder("id,Tole,النسب,Tuman,GOC,Package,Batch,OA,Provincia\n");
        String[] packages = {"curl-7.88.1-10", "openssl-3.0.11-1", "zlib-1.2.13-2", "bash-5.2.15-2"};
        String[] batches = {"etl-2024-10-15-06-00", "etl-2024-10-16-06-00", "etl-2024-10-17-06-00"};
        String[] provinces = {"Pescara", "Chieti", "Teramo", "L'Aquila"};
        for (int i = 0; i < 120; i++) {
            parts.append(i + 1).append(",±0.0").append(1 + i % 5).append(',').append(5 + i % 4).append(".5%,")
                    .append(i % 2 == 0 ? "bor" : "yo'q").append(',').append(2300 + i % 7).append(".5,")
                    .append(packages[(i / 5) % 4]).append(',').append(batches[i % 3]).append(',').append(i % 3 == 0 ? "Yes" : "No")
                    .append(',').append(provinces[i % 4]).append('\n');
        }
        Path in = folder("parts", Map.of("parts", parts));
        JobSpec spec = propose(in);
        for (String column : new String[] {"Tole", "النسب", "Tuman", "GOC", "Package", "Batch", "OA"}) {
            assertThat(kept(spec, "parts", column)).as(column + ": " + comment(spec, "parts", column)).isTrue();
        }
        // an Italian province lies below its region: protected, as booking-it's codes are
        assertThat(rule(spec, "parts", "Provincia")).as(comment(spec, "parts", "Provincia"))
                .isEqualTo(new ColumnRule.Identifier(IdentifierType.COUNTY));
        assertThat(SpecProposer.spellsAnIpAddress("curl-7.88.1-10")).isFalse();
        assertThat(SpecProposer.spellsAnIpAddress("etl-2024-10-15-06-00")).isFalse();
        assertThat(SpecProposer.spellsAnIpAddress("PRIM-205-55-16-91V")).isFalse();
        assertThat(SpecProposer.spellsAnIpAddress("ip-172-31-5-9")).isTrue();
    }
}
