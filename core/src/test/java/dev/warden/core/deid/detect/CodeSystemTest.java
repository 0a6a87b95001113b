package dev.warden.core.deid.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each code system's published rule, value by value. */
class CodeSystemTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "22298006", // myocardial infarction
        "404684003", // clinical finding (top-level concept)
        "138875005", // SNOMED CT Concept (root)
        "73211009", // diabetes mellitus
        "38341003", // hypertensive disorder
        "232347008", // the code issue 13 saw suppressed as a ZIP
        "10939881000119105", // an extension (long-format, partition 10) concept from Synthea
        "5251000175109"})
    void publishedSnomedCtConceptIdsPass(String sctid) {
        assertThat(CodeSystem.SNOMED_CT.matches(sctid)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "22298007", // check digit changed
        "22289006", // adjacent digits transposed (Verhoeff detects every adjacent transposition)
        "404684013", // partition digit changed: the check digit no longer fits
        "12345", // too short (SCTIDs have at least 6 digits)
        "0404684003", // leading zero
        "1234567890123456789", // 19 digits
        "22298-006", "2229800６", "٢٢٢٩٨٠٠٦"})
    void snomedCtRejectsBadCheckDigitsLengthsAndNonAsciiDigits(String value) {
        assertThat(CodeSystem.SNOMED_CT.matches(value)).isFalse();
    }

    @Test
    void snomedCtRejectsAPartitionIdentifierOutsideTheSixPublishedOnes() {
        // 100000031 would be partition "03"; find the check digit that satisfies Verhoeff and show it still fails.
        for (int check = 0; check < 10; check++) {
            String candidate = "1000000" + "03" + check;
            if (CheckDigits.verhoeffValid(candidate)) {
                assertThat(CodeSystem.SNOMED_CT.matches(candidate)).isFalse();
                return;
            }
        }
        throw new AssertionError("Verhoeff admits exactly one check digit for every body");
    }

    @ParameterizedTest
    @ValueSource(strings = {"8302-2", "29463-7", "39156-5", "8867-4", "2339-0", "4548-4", "72514-3"})
    void publishedLoincCodesPassTheMod10CheckDigit(String loinc) {
        assertThat(CodeSystem.LOINC.matches(loinc)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8302-3", "29463-0", "83022", "8302--2", "-2", "12345678-9", "８３０２-２"})
    void loincRejectsWrongCheckDigitsAndShapes(String value) {
        assertThat(CodeSystem.LOINC.matches(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"E11", "E11.9", "E119", "I10", "C4A.0", "Z3A.08", "S02.0XXA", "T36.0X1A", "M1A.0110",
        "U07.1", "O09.A0", "F32.A"})
    void icd10CmCodesFollowTheGrammar(String code) {
        assertThat(CodeSystem.ICD_10_CM.matches(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"e11.9", "E1", "11.9", "EE1", "E11.", "E11.12345", "E11-9", "E11.9 X", "1E1"})
    void icd10CmRejectsWhatTheGrammarDoesNotAllow(String value) {
        assertThat(CodeSystem.ICD_10_CM.matches(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"250", "250.00", "25000", "401.9", "V70.0", "V700", "E880.9", "E8809"})
    void icd9CmCodesFollowTheGrammar(String code) {
        assertThat(CodeSystem.ICD_9_CM.matches(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"25", "250.000", "V7", "V70.001", "E880.99", "E88", "A25.0", "2500000"})
    void icd9CmRejectsWhatTheGrammarDoesNotAllow(String value) {
        assertThat(CodeSystem.ICD_9_CM.matches(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0002-3227-30", "0781-1506-10", "12345-678-90", "12345-6789-0",
        "12345-6789-01", "12345678901"})
    void ndcCodesInTheFdaConfigurationsPass(String ndc) {
        assertThat(CodeSystem.NDC.matches(ndc)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234-567-89", "123456-78-9", "1234567890", "12345-6789-012", "12345_6789_01",
        "1234-5678-90-1"})
    void ndcRejectsOtherShapes(String value) {
        assertThat(CodeSystem.NDC.matches(value)).isFalse();
    }

    @Test
    void plainElevenDigitNdcIsNotEvidenceWithoutAHeader() {
        assertThat(CodeSystem.NDC.testWithoutHeader("12345678901")).isFalse();
        assertThat(CodeSystem.NDC.testWithoutHeader("12345-6789-01")).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "CVX,03,true", "CVX,140,true", "CVX,8,true", "CVX,0,false", "CVX,1000,false",
        "RXNORM,1191,true", "RXNORM,1049221,true", "RXNORM,12345678,false", "RXNORM,0123,false",
        "CPT,99213,true", "CPT,0001F,true", "CPT,0042T,true", "CPT,0001U,true", "CPT,9921,false", "CPT,0001X,false",
        "HCPCS,J1100,true", "HCPCS,A0428,true", "HCPCS,99213,true", "HCPCS,W1234,false", "HCPCS,J110,false",
        "OMOP_CONCEPT_ID,8507,true", "OMOP_CONCEPT_ID,8532,true", "OMOP_CONCEPT_ID,38003563,true",
        "OMOP_CONCEPT_ID,9201,true", "OMOP_CONCEPT_ID,0,true", "OMOP_CONCEPT_ID,2147483648,false",
        "OMOP_CONCEPT_ID,-8507,false", "OMOP_CONCEPT_ID,08507,false"})
    void shortCodeFormats(CodeSystem system, String value, boolean expected) {
        assertThat(system.matches(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DE", "de", "DEU", "276", "004", "Germany", "germany", "US", "USA",
        "United States of America", "United States", "UK", "Great Britain", "South Korea", "Korea, Republic of",
        "Russia", "Russian Federation", "Vietnam", "Viet Nam", "Côte d'Ivoire", "Cote d’Ivoire", "Canada",
        "Türkiye", "Turkey", "  Canada  "})
    void countriesPassByAlphaCodeNumericCodeAndName(String value) {
        assertThat(CodeSystem.ISO_3166_COUNTRY.matches(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "ZZZ", "999", "Atlantis", "Nebraska", "8400", "ＤＥ", "Germany!"})
    void countriesRejectWhatIsNotInTheList(String value) {
        assertThat(CodeSystem.ISO_3166_COUNTRY.matches(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"NE", "ne", "Nebraska", "NEBRASKA", "DC", "District of Columbia", "PR", "Puerto Rico",
        "GU", "VI", "U.S. Virgin Islands", "New York"})
    void usStatesPassByUspsCodeAndName(String value) {
        assertThat(CodeSystem.US_STATE.matches(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"XY", "Canada", "Ontario", "New Amsterdam", "NEB"})
    void usStatesRejectOthers(String value) {
        assertThat(CodeSystem.US_STATE.matches(value)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"USD,true", "eur,true", "GBP,true", "JPY,true", "ABC,false", "US,false", "USDX,false"})
    void currenciesPassByIso4217Code(String value, boolean expected) {
        assertThat(CodeSystem.ISO_4217_CURRENCY.matches(value)).isEqualTo(expected);
    }

    @Test
    void theSelfEvidentSystemsAreTheCheckDigitAndClosedListOnes() {
        assertThat(EnumSet.allOf(CodeSystem.class).stream().filter(CodeSystem::selfEvident))
                .containsExactlyInAnyOrder(CodeSystem.SNOMED_CT, CodeSystem.LOINC, CodeSystem.ICD_10_CM,
                        CodeSystem.NDC, CodeSystem.ISBN, CodeSystem.ISO_3166_COUNTRY, CodeSystem.US_STATE,
                        CodeSystem.NUCLEOTIDE_INDEX, CodeSystem.ISO_4217_CURRENCY);
    }

    @ParameterizedTest
    @CsvSource({"en,true", "ENG,true", "ger,true", "deu,true", "Vietnamese,true", "pt_BR,true", "es-419,true",
            "en-XX,false", "zz,false", "Klingonish,false", "SP,false"})
    void languagesPassByIso639CodeNameOrTag(String value, boolean expected) {
        assertThat(CodeSystem.LANGUAGE.matches(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"AZ1665,true", "BA 117,true", "U21234,true", "9W123A,true", "BAW117,true", "12345,false",
            "AZ12345,false", "A1,false", "Rome,false"})
    void flightDesignatorsPassByTheSsimFormat(String value, boolean expected) {
        assertThat(CodeSystem.FLIGHT_DESIGNATOR.matches(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"S82.6 G,true", "M17.1 R,true", "E10.30+,true", "H36.0*,true", "U69.10!,true", "S82.6 Q,false",
            "S82.6  G,false"})
    void icd10GmCodesPassWithTheirCertaintyAndSideModifiers(String value, boolean expected) {
        assertThat(CodeSystem.ICD_10_CM.matches(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"1257L,true", "S1257L,true", "K475,true", "BR,true", "0T,true", "1257L W1,true", "1257L X,true",
            "RSSMRA85T10A562S,false", "1257,false", "12345L,false"})
    void ukTaxCodesPassByHmrcsFormat(String value, boolean expected) {
        assertThat(CodeSystem.UK_TAX_CODE.matches(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"12A,true", "1D,true", "104K,true", "0A,false", "12L,false", "A12,false", "12,false"})
    void seatsAreARowNumberAndALetterAToK(String value, boolean expected) {
        assertThat(CodeSystem.SEAT.matches(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"ACTCATAA,true", "ACTCATAA+CCGATACT,true", "GCGCCGAT-CAGCCTAT,true", "ACGTA,false",
            "ACGTACGTACGTA,false", "NNNNNNNA,false", "CATTLE,false"})
    void sequencingIndexesAreSixToTwelveBases(String value, boolean expected) {
        assertThat(CodeSystem.NUCLEOTIDE_INDEX.matches(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    // SIRET 73282932000074 and SIREN 732829320 (INSEE's published example); a La Poste establishment 35600000000010 (digit sum 15, Luhn fails)
    @CsvSource({"73282932000074,true", "732829320,true", "732 829 320,true", "73282932000075,false",
            "35600000000010,true", "1234567890,false"})
    void siretAndSirenPassByTheLuhnCheck(String value, boolean expected) {
        assertThat(CodeSystem.SIRET_SIREN.matches(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    // 11.222.333/0001-81 is the Receita Federal's worked example of the mod-11 digits
    @CsvSource({"11222333000181,true", "11.222.333/0001-81,true", "11222333000182,false", "1122233300018,false"})
    void cnpjPassesByItsMod11CheckDigits(String value, boolean expected) {
        assertThat(CodeSystem.CNPJ.matches(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"FR01572118768,true", "DE123456789,true", "EL123456789,true", "US123456789,false", "FR12,false"})
    void euVatNumbersHaveAMemberStatePrefix(String value, boolean expected) {
        assertThat(CodeSystem.EU_VAT.matches(value)).isEqualTo(expected);
    }

    @Test
    void registerNumbersAndInstanceFormatsNameNoConcept() {
        assertThat(EnumSet.allOf(CodeSystem.class).stream().filter(CodeSystem::organisationRegister))
                .containsExactlyInAnyOrder(CodeSystem.SIRET_SIREN, CodeSystem.CNPJ, CodeSystem.EU_VAT);
        assertThat(CodeSystem.SEAT.namesConcepts()).isFalse();
        assertThat(CodeSystem.SNOMED_CT.namesConcepts()).isTrue();
        assertThat(CodeSystem.SIRET_SIREN.namedBy("siret_vendeur")).isTrue();
        assertThat(CodeSystem.SIRET_SIREN.namedBy("card_number")).isFalse();
    }

    @Test
    void subdivisionNamesAndHeadersAreReadWithoutDiacritics() {
        assertThat(CodeSystems.recognize("Województwo", List.of("łódzkie", "śląskie", "mazowieckie")))
                .map(m -> m.system()).contains(CodeSystem.FIRST_LEVEL_SUBDIVISION);
        assertThat(CodeSystems.recognize("uf", List.of("SP", "RJ", "MG"))).map(m -> m.system())
                .contains(CodeSystem.FIRST_LEVEL_SUBDIVISION);
        assertThat(CodeSystems.recognize("ST", List.of("IA", "NE"))).map(m -> m.system()).contains(CodeSystem.US_STATE);
    }

    @ParameterizedTest
    @EnumSource(CodeSystem.class)
    void headerWordsAreNormalizedLowerCaseLettersAndDigits(CodeSystem system) {
        assertThat(system.headerWords()).isNotEmpty().allMatch(w -> w.matches("[a-z0-9]+"));
    }

    @ParameterizedTest
    @EnumSource(CodeSystem.class)
    void emptyAndBlankValuesPassNoSystem(CodeSystem system) {
        assertThat(system.matches("")).isFalse();
        assertThat(system.matches(" \t\u2003")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(CodeSystem.class)
    void tenThousandCharacterValuesPassNoSystem(CodeSystem system) {
        char[] digits = new char[10_000];
        Arrays.fill(digits, '1');
        char[] letters = new char[10_000];
        Arrays.fill(letters, 'A');
        assertThat(system.matches(new String(digits))).isFalse();
        assertThat(system.matches(new String(letters))).isFalse();
    }

    @ParameterizedTest
    @EnumSource(CodeSystem.class)
    void arabicIndicAndFullWidthDigitsPassNoSystem(CodeSystem system) {
        // The same codes as above (SNOMED CT 22298006, LOINC 8302-2, CVX 03, country 276) in other scripts' digits.
        for (String v : new String[] {"٢٢٢٩٨٠٠٦", "٨٣٠٢-٢", "٠٣", "٢٧٦", "２２２９８００６", "８３０２-２", "０３", "２７６",
            "۲۲۲۹۸۰۰۶"}) {
            assertThat(system.matches(v)).as(v).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(CodeSystem.class)
    void shortAndOddValuesAreJudgedWithoutFailingAndEvidenceWithoutHeaderImpliesTheRule(CodeSystem system) {
        for (String v : new String[] {"1", "A", "12", "A1", "A1.", "-", ".", "--", "1-", "-1", "A.", "E1.", "V.",
            "\u0000", "E11", "E11.9", "E119", "12345678901", "12345-6789-01"}) {
            assertThatCode(() -> system.matches(v)).as(v).doesNotThrowAnyException();
            assertThatCode(() -> system.testWithoutHeader(v)).as(v).doesNotThrowAnyException();
            if (system.testWithoutHeader(v)) {
                assertThat(system.test(v)).as(v).isTrue();
            }
        }
    }

    @Test
    void nullValueIsRefused() {
        assertThatNullPointerException().isThrownBy(() -> CodeSystem.SNOMED_CT.matches(null));
    }

    @Test
    void aboutSixInAThousandRandomNineDigitNumbersPassSnomedCtByChance() {
        // 1/10 pass the check digit, 6/100 have a valid partition identifier: 6/1000. Bounds are +-5 sigma at n=200000.
        SplittableRandom random = new SplittableRandom(13);
        int n = 200_000;
        int passed = 0;
        for (int i = 0; i < n; i++) {
            if (CodeSystem.SNOMED_CT.matches(Integer.toString(random.nextInt(100_000_000, 1_000_000_000)))) {
                passed++;
            }
        }
        double rate = (double) passed / n;
        assertThat(rate).isBetween(0.0052, 0.0068);
    }
}
