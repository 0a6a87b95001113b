package dev.warden.core.deid.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each national number's check, its written forms, and the look-alikes that must stay out. */
class NationalNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "12.345.678-5",
        // Localpayment's document-validation guide for Chile, individuals
        "17.298.356-1", "8900960-k", "8420157K", "08.900.960-K",
        // python-stdnum's cl.rut tests (numbers listed by the SII as e-invoice issuers), bodies below 50 million
        "10626628-K", "14684927-K", "7741928-4", "3528355-2",
        // the separators the tester saw: spaces between groups, a slash before the check digit
        "14 301 544-0", "11410760/3", "14 301 544 0", "14.301.544/0"})
    void chileanRunsPassTheirModulo11Check(String run) {
        assertThat(NationalNumbers.scheme(run)).contains("Chilean RUN");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "76.086.428-5", // a company: check digit 5 holds (mod 11), but the body is above 50 million
        // Localpayment's guide, companies
        "77175361-2", "80.028.522-4", "730650000",
        // python-stdnum's cl.rut tests (SII e-invoice issuers), bodies of 50 million or more
        "52000543-9", "76001215-7", "96919970-K", "99147000-K"})
    void companyRutsAreNotPersonsNumbers(String rut) {
        assertThat(NationalNumbers.scheme(rut)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "12.345.678-4", "14 301 544-1", "11410760/4", // wrong check digit
        "14A301544-0", "14.301.544-X", "K4.301.544-0", "14.301.544-", "1430154", // letters or digits out of place
        "14_301_544-0", "14,301,544-0"}) // separators not used for a RUN
    void malformedOrMischeckedRunsFail(String value) {
        assertThat(NationalNumbers.scheme(value)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ZZZ0016", "ZZZ0024"}) // the Ministry of Health's published test NHIs
    void newZealandNhisPassTheirModulo11Check(String nhi) {
        assertThat(NationalNumbers.scheme(nhi)).contains("New Zealand NHI");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ZZZ0017", "ZZI0016", "ZZO0016", "zzz0016", "ZZZ001", "ZZZ00160"})
    void otherNhiShapesFail(String value) {
        assertThat(NationalNumbers.scheme(value)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "85.07.30-033.28", "85073003328", // the register's example (python-stdnum be.nn)
        "85.07.30-033 28", "85 07 30 033 28", // python-stdnum's written form; spaces throughout
        "511019 081 05", // the tester's form: date, sequence, check in three groups
        "17 07 30 033 84", "00000100195"}) // born in 2000 or later: the check is over 2 and the nine digits
    void belgianNationalRegisterNumbersPassTheirModulo97Check(String number) {
        assertThat(NationalNumbers.scheme(number)).contains("Belgian national register number");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "85.07.30-033.29", "85 07 30 033 29", "511019 081 06", "12345678901", // wrong check
        "85 07 30 O33 28", "85.07.30-033.2B", "8507300332"}) // a letter in place of a digit; ten digits
    void belgianLookAlikesFail(String value) {
        // ten digits may pass another country's one-digit check (8507300332 passes Iran's, as one in ten does)
        assertThat(NationalNumbers.schemes(value)).doesNotContain("Belgian national register number");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "756.9217.0769.85", // the worked example of the EAN-13 check on sozialversicherungsnummer.ch
        "756 9217 0769 85", "756 1234 5678 97"}) // the same grouping with spaces for the dots
    void swissAhvNumbersPassTheirEan13CheckDottedOrSpaced(String number) {
        assertThat(NationalNumbers.scheme(number)).contains("Swiss AHV number");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "756 9217 0769 86", // wrong check digit
        "7569217076985", // bare: as often a Swiss product's EAN-13 barcode
        "756.9217 0769.85", "756 92170769 85", "756-9217-0769-85"}) // separators mixed, groups merged, dashes
    void ahvLookAlikesFail(String value) {
        assertThat(NationalNumbers.scheme(value)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "20-08490848-8", // the written form and example of Wikipedia's CUIL article (AFIP's grouping 2-8-1)
        "20084908488", "20.08490848.8", "20 08490848 8", // bare; dots or spaces for the dashes
        "20-08.490.848-8", "20.08.490.848.8", // the DNI dotted in thousands, as a DNI is written
        "20-05536168-2", "27-10345678-4", "27-10.345.678-4", "23000052264"}) // python-stdnum's ar.cuit tests
    void argentineCuilsPassTheirModulo11CheckInTheirWrittenForms(String cuil) {
        assertThat(NationalNumbers.scheme(cuil)).contains("Argentine CUIL");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "20-08490848-9", "20.08490848.9", // wrong check digit
        "20.084.908.48-8", "20-0849.0848-8", "20-08.490848-8", // dots splitting the DNI out of its thousands
        "30-71106707-4", "30711067074", // a company's CUIT (python-stdnum's ar.cuit tests)
        "20_08490848_8", "20/08490848/8"}) // separators not used for a CUIL
    void cuilLookAlikesFail(String value) {
        assertThat(NationalNumbers.scheme(value)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "BOXW310820HNERXN09", // python-stdnum's mx.curp example: born abroad (NE) on 20 August 1931
        "HEGG560427MVZRRL04", // the example of Wikipedia's CURP article, built by RENAPO's instructions
        "TUAZ040213MCLRLFA7", // born in 2004: a letter tells the homonyms apart (the curp validators' tests)
        "BOXW000229HNERXNA9"}) // 29 February 2000, a leap day in the century the letter gives
    void mexicanCurpsPassRenaposCheckDigit(String curp) {
        assertThat(NationalNumbers.scheme(curp)).contains("Mexican CURP");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "BOXW310820HNERXN08", // wrong check digit
        // the check digit computed right, but a part out of place:
        "BOXW310230HNERXN05", // 30 February
        "BOXW000229HNERXN09", // 29 February 1900: a digit in place 17 puts the birth before 2000
        "BOXW310820HXXRXN02", // XX is no state
        "BOXW310820XNERXN03", // X is no sex RENAPO writes
        "BOXW310820HNEAXN09", // a vowel where a consonant stands
        "boxw310820hnerxn09", "BOXW310820HNERXN0", "BOXW310820HNERXN090", "BOXW-310820-HNERXN09"}) // case, length
    void curpLookAlikesFail(String value) {
        assertThat(NationalNumbers.scheme(value)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // python-stdnum's ec.ci tests: the Registro Civil's modulo 10, bare and with a dash before the check digit
        "1714307103", "171430710-3", "0602910945", "0926687856", "0910005917",
        "173132352-1", // the tester's form
        "3014307106"}) // 30: an Ecuadorian registered abroad
    void ecuadorianCedulasPassTheirModulo10Check(String cedula) {
        assertThat(NationalNumbers.scheme(cedula)).contains("Ecuadorian cédula");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1714307104", // wrong check digit (python-stdnum's ec.ci tests)
        "1784307108", "1764307102", // third digit 8 or 6: no natural person's (the first from python-stdnum)
        "8814307107", "2514307103", "0000000000", // no province: 88, 25, 00
        "17143071-03", "171430710 3", "171430710"}) // dash misplaced, a space, nine digits
    void cedulaLookAlikesFail(String value) {
        assertThat(NationalNumbers.scheme(value)).isEmpty();
    }

    @Test
    void elevenDigitsMayPassMoreThanOneScheme() {
        // a Belgian number of 30 July 1985 (sequence 004) that passes the OIB's check too, as one in ten does
        assertThat(NationalNumbers.schemes("85073000457")).containsExactly("Croatian OIB", "Belgian national register number");
        assertThat(NationalNumbers.scheme("85073000457")).contains("Croatian OIB");
        assertThat(NationalNumbers.schemes("85073003328")).containsExactly("Belgian national register number");
        assertThat(NationalNumbers.schemes("Verde")).isEmpty();
    }

    @Test
    void cedulasAndSpacedAhvNumbersHaveOneDigitChecksAndCurpsDoNot() {
        assertThat(NationalNumbers.oneDigitCheck("Ecuadorian cédula")).isTrue();
        assertThat(NationalNumbers.oneDigitCheck("Swiss AHV number")).isTrue();
        assertThat(NationalNumbers.oneDigitCheck("Mexican CURP")).isFalse();
        assertThat(NationalNumbers.oneDigitCheck("Argentine CUIL")).isFalse();
    }

    /** Ten random digits meet the cédula's province, third digit and check about 1.5 times in a hundred. */
    @Test
    void randomTenDigitNumbersRarelyPassAsCedulas() {
        Random random = new Random(20261207);
        double rate = passRate(() -> digits(random, 10), "Ecuadorian cédula");
        assertThat(rate).isBetween(0.005, 0.03);
    }

    /** With province and third digit right, the check digit alone decides: one in ten, a one-digit check. */
    @Test
    void randomCedulaShapedNumbersPassOneTimeInTen() {
        Random random = new Random(7);
        double rate = passRate(() -> String.format(Locale.ROOT, "%02d%d%s", 1 + random.nextInt(24), random.nextInt(6),
                digits(random, 7)), "Ecuadorian cédula");
        assertThat(rate).isBetween(0.08, 0.12);
    }

    /** Eighteen characters of the CURP's letters-and-digits shape, but random, all but never pass. */
    @Test
    void randomCurpShapedCodesDoNotPass() {
        Random random = new Random(11);
        double rate = passRate(() -> letters(random, 4) + digits(random, 6) + letters(random, 6)
                + (random.nextBoolean() ? digits(random, 1) : letters(random, 1)) + digits(random, 1), "Mexican CURP");
        assertThat(rate).isLessThan(0.001);
    }

    /** Random eight-digit bodies under a person's prefix, grouped as a CUIL, pass one time in eleven or less. */
    @Test
    void randomDottedCuilsPassAtMostOneTimeInEleven() {
        Random random = new Random(13);
        String[] prefixes = {"20", "23", "24", "27"};
        double rate = passRate(() -> prefixes[random.nextInt(4)] + "-" + digits(random, 2) + "." + digits(random, 3) + "."
                + digits(random, 3) + "-" + digits(random, 1), "Argentine CUIL");
        assertThat(rate).isLessThan(0.1);
    }

    private static double passRate(Supplier<String> values, String scheme) {
        int passed = 0;
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            if (NationalNumbers.schemes(values.get()).contains(scheme)) {
                passed++;
            }
        }
        return passed / (double) n;
    }

    private static String digits(Random random, int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append((char) ('0' + random.nextInt(10)));
        }
        return s.toString();
    }

    private static String letters(Random random, int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append((char) ('A' + random.nextInt(26)));
        }
        return s.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Verde", "", "   "})
    void wordsAndBlanksHaveNoScheme(String value) {
        assertThat(NationalNumbers.scheme(value)).isEmpty();
    }
    @Test
    void iranianFinnishSwedishAndPolishNumbersPassTheirPublishedChecks() {
        assertThat(NationalNumbers.schemes("0012345679")).contains("Iranian national code");
        assertThat(NationalNumbers.schemes("001-234567-9")).contains("Iranian national code");
        assertThat(NationalNumbers.schemes("0012345678")).doesNotContain("Iranian national code");
        assertThat(NationalNumbers.schemes("1111111111")).doesNotContain("Iranian national code"); // all one digit
        assertThat(NationalNumbers.oneDigitCheck("Iranian national code")).isTrue();
        // the Digital and Population Data Services Agency's own examples, then a wrong check character and a 30 February
        assertThat(NationalNumbers.schemes("131052-308T")).containsExactly("Finnish personal identity code");
        assertThat(NationalNumbers.schemes("010594Y9032")).containsExactly("Finnish personal identity code");
        assertThat(NationalNumbers.schemes("131052-308U")).isEmpty();
        assertThat(NationalNumbers.schemes("300252-308T")).isEmpty();
        // Skatteverket's example, with the century, as a coordination number (day + 60), a wrong check
        assertThat(NationalNumbers.schemes("811218-9876")).containsExactly("Swedish personal identity number");
        assertThat(NationalNumbers.schemes("19811218-9876")).containsExactly("Swedish personal identity number");
        assertThat(NationalNumbers.schemes("811218-9877")).isEmpty();
        assertThat(NationalNumbers.schemes("811318-9876")).isEmpty();
        assertThat(NationalNumbers.schemes("44051401359")).contains("Polish PESEL");
        assertThat(NationalNumbers.schemes("44051401358")).doesNotContain("Polish PESEL");
        assertThat(NationalNumbers.schemes("44135401359")).doesNotContain("Polish PESEL"); // month 13
    }
}
