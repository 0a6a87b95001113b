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
}
