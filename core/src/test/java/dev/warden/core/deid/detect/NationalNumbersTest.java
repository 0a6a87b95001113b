package dev.warden.core.deid.detect;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(NationalNumbers.scheme(value)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Verde", "", "   "})
    void wordsAndBlanksHaveNoScheme(String value) {
        assertThat(NationalNumbers.scheme(value)).isEmpty();
    }
}
