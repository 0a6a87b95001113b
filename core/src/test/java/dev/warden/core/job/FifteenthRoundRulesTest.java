package dev.warden.core.job;

import static dev.warden.core.job.ProposalFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.deid.detect.NationalNumbers;
import dev.warden.deid.IdentifierType;
import java.io.IOException;
import java.nio.file.Path;
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
}
