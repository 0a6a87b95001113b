package dev.warden.core.deid.detect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import dev.warden.core.deid.detect.CodeSystemMatch.NamedBy;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Judging whole columns: Synthea's real code columns, its identifier columns, thresholds, headers and context. */
class CodeSystemsTest {

    private static final String[] TABLES = {"allergies", "careplans", "conditions", "devices", "encounters",
        "imaging_studies", "immunizations", "medications", "organizations", "patients", "payer_transitions", "payers",
        "procedures", "providers", "supplies"};

    private static final Map<String, List<Map<String, String>>> SYNTHEA = new LinkedHashMap<>();

    static List<Map<String, String>> table(String name) {
        return SYNTHEA.computeIfAbsent(name, n -> {
            CsvMapper mapper = new CsvMapper();
            try (InputStream in = CodeSystemsTest.class.getResourceAsStream("/data/synthea-nebraska/" + n + ".csv");
                 MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                         .with(mapper.schemaWithHeader()).readValues(in)) {
                List<Map<String, String>> rows = new ArrayList<>();
                it.forEachRemaining(rows::add);
                return rows;
            } catch (Exception e) {
                throw new IllegalStateException(n, e);
            }
        });
    }

    static List<String> column(String table, String column) {
        return table(table).stream().map(r -> r.get(column)).collect(Collectors.toList());
    }

    @ParameterizedTest
    @CsvSource({"conditions,CODE", "procedures,CODE", "procedures,REASONCODE", "encounters,CODE",
        "encounters,REASONCODE", "careplans,CODE", "careplans,REASONCODE", "devices,CODE", "supplies,CODE",
        "medications,REASONCODE", "imaging_studies,BODYSITE_CODE", "imaging_studies,PROCEDURE_CODE",
        "allergies,REACTION1", "allergies,REACTION2"})
    void everySyntheaSnomedCodePassesTheSnomedCtRule(String table, String column) {
        List<String> codes = column(table, column).stream().filter(v -> !v.isBlank()).collect(Collectors.toList());
        assertThat(codes).isNotEmpty().allMatch(CodeSystem.SNOMED_CT::matches);
    }

    @ParameterizedTest
    @CsvSource({"conditions,CODE", "procedures,CODE", "procedures,REASONCODE", "encounters,CODE",
        "encounters,REASONCODE", "careplans,CODE", "careplans,REASONCODE", "devices,CODE", "supplies,CODE",
        "medications,REASONCODE", "imaging_studies,BODYSITE_CODE", "imaging_studies,PROCEDURE_CODE",
        "allergies,REACTION1"})
    void everySyntheaSnomedColumnIsRecognizedByItsValuesAlone(String table, String column) {
        Optional<CodeSystemMatch> m = CodeSystems.recognize(table, column, column(table, column));
        assertThat(m).get().extracting(CodeSystemMatch::system, CodeSystemMatch::namedBy)
                .containsExactly(CodeSystem.SNOMED_CT, NamedBy.NONE);
        assertThat(m.get().matched()).isEqualTo(m.get().sampled());
    }

    @Test
    void allergiesCodesMarkedSnomedPassAndThoseMarkedRxNormAreRxcuis() {
        List<Map<String, String>> rows = table("allergies");
        assertThat(rows).filteredOn(r -> r.get("SYSTEM").equals("SNOMED-CT")).isNotEmpty()
                .allMatch(r -> CodeSystem.SNOMED_CT.matches(r.get("CODE")));
        assertThat(rows).filteredOn(r -> r.get("SYSTEM").equals("RxNorm")).isNotEmpty()
                .allMatch(r -> CodeSystem.RXNORM.matches(r.get("CODE")));
    }

    @Test
    void aCodeColumnMixingSnomedCtAndRxNormIsRecognizedAsMixed() {
        // allergies.CODE: 83 SNOMED CT codes and 7 RxNorm ones (92%), told apart only by the SYSTEM column beside it.
        assertThat(CodeSystems.recognize("allergies", "CODE", column("allergies", "CODE"))).get()
                .satisfies(m -> assertThat(m.system()).isEqualTo(CodeSystem.SNOMED_CT))
                .satisfies(m -> assertThat(m.evidence()).contains("mixed code systems").contains("other 7"));
    }

    @Test
    void aMixedColumnNeedsAHeaderThatSaysCodes() {
        assertThat(CodeSystems.recognize("allergies", "SUBSTANCE", column("allergies", "CODE"))).isEmpty();
    }

    @Test
    void aMixedColumnNeedsThreeQuartersOfOneSelfEvidentSystem() {
        List<String> half = List.of("419199007", "288328004", "84489001", "1191", "2670", "7980");
        assertThat(CodeSystems.recognize("allergies", "CODE", half)).isEmpty();
    }

    @Test
    void isbnsPassTheirCheckDigitsAndNameBooks() {
        // 978-0-306-40615-7 and 0-306-40615-2: the ISBN Users' Manual's worked example; the others are real books.
        assertThat(CodeSystem.ISBN.matches("978-0-306-40615-7")).isTrue();
        assertThat(CodeSystem.ISBN.matches("9780306406158")).isFalse();
        assertThat(CodeSystems.recognize("books", "isbn", List.of("0-306-40615-2"))).get()
                .extracting(CodeSystemMatch::system).isEqualTo(CodeSystem.ISBN);
        assertThat(CodeSystems.recognize("books", "number", List.of("9780306406157", "9780141439518", "9780262033848")))
                .get().extracting(CodeSystemMatch::system).isEqualTo(CodeSystem.ISBN);
    }

    @Test
    void firstLevelSubdivisionsOfOtherCountriesAreAClosedListWhereAHeaderNamesThem() {
        List<String> laender = List.of("Berlin", "Bayern", "Thüringen", "Baden-Württemberg", "Nordrhein-Westfalen");
        assertThat(CodeSystems.recognize("mitarbeiter", "bundesland", laender)).get()
                .extracting(CodeSystemMatch::system).isEqualTo(CodeSystem.FIRST_LEVEL_SUBDIVISION);
        assertThat(CodeSystems.recognize("clientes", "provincia", List.of("Madrid", "Cataluña", "Andalucía"))).isPresent();
        // Berlin is a city as well: without a header that names a state, the values alone prove nothing.
        assertThat(CodeSystems.recognize("mitarbeiter", "ort", laender)).isEmpty();
        assertThat(CodeSystem.FIRST_LEVEL_SUBDIVISION.closedList()).isTrue();
        assertThat(CodeSystem.FIRST_LEVEL_SUBDIVISION.matches("Gotham")).isFalse();
    }

    @Test
    void bicsHaveTheIso9362ShapeWithACountryCode() {
        assertThat(CodeSystem.BIC.matches("DEUTDEFF")).isTrue();
        assertThat(CodeSystem.BIC.matches("DEUTDEFF500")).isTrue();
        assertThat(CodeSystem.BIC.matches("DEUTXXFF")).isFalse(); // XX is no ISO 3166-1 country
        assertThat(CodeSystem.BIC.matches("DEUTDEF")).isFalse();
        assertThat(CodeSystems.recognize("mitarbeiter", "bic", List.of("COBADEFFXXX", "PBNKDEFFXXX", "DEUTDEFF")))
                .get().extracting(CodeSystemMatch::system).isEqualTo(CodeSystem.BIC);
        assertThat(CodeSystems.recognize("users", "login", List.of("COBADEFFXXX", "PBNKDEFFXXX", "DEUTDEFF"))).isEmpty();
    }

    @Test
    void immunizationCodesAreCvxWhenTheTableNamesImmunizations() {
        Optional<CodeSystemMatch> m = CodeSystems.recognize("immunizations", "CODE", column("immunizations", "CODE"));
        assertThat(m).get().extracting(CodeSystemMatch::system, CodeSystemMatch::namedBy)
                .containsExactly(CodeSystem.CVX, NamedBy.CONTEXT);
    }

    @Test
    void immunizationCodesAreNothingWithoutANameForThem() {
        assertThat(CodeSystems.recognize("CODE", column("immunizations", "CODE"))).isEmpty();
    }

    @Test
    void syntheaMedicationCodesAreRxNormNotNdc() {
        List<String> codes = column("medications", "CODE");
        assertThat(codes).allMatch(CodeSystem.RXNORM::matches).noneMatch(CodeSystem.NDC::matches);
        assertThat(CodeSystems.recognize("medications", "CODE", codes)).get()
                .extracting(CodeSystemMatch::system).isEqualTo(CodeSystem.RXNORM);
    }

    @Test
    void aSnomedReasonInTheMedicationsTableIsSnomedCtNotRxNorm() {
        // The context names RxNorm, but values that pass a check digit outrank a table name.
        assertThat(CodeSystems.recognize("medications", "REASONCODE", column("medications", "REASONCODE"))).get()
                .extracting(CodeSystemMatch::system).isEqualTo(CodeSystem.SNOMED_CT);
    }

    @ParameterizedTest
    @CsvSource({"organizations,ZIP", "providers,ZIP"})
    void fewZipPlusFourValuesPassSnomedCtByChance(String table, String column) {
        List<String> zips = column(table, column).stream().filter(v -> !v.isBlank()).collect(Collectors.toList());
        long passing = zips.stream().filter(CodeSystem.SNOMED_CT::matches).count();
        // Measured: 2 of 215 (0.9%); chance predicts 0.6%.
        assertThat((double) passing / zips.size()).isLessThan(0.02);
        assertThat(CodeSystems.recognize(table, column, zips)).isEmpty();
    }

    @Test
    void noSyntheaSsnPassesSnomedCtWithOrWithoutHyphens() {
        List<String> ssns = column("patients", "SSN");
        assertThat(ssns).noneMatch(CodeSystem.SNOMED_CT::matches);
        assertThat(ssns.stream().map(s -> s.replace("-", ""))).noneMatch(CodeSystem.SNOMED_CT::matches);
    }

    @Test
    void onlyCodeAndVocabularyColumnsOfSyntheaAreRecognized() {
        Map<String, CodeSystem> found = new TreeMap<>();
        for (String t : TABLES) {
            for (String c : table(t).get(0).keySet()) {
                CodeSystems.recognize(t, c, column(t, c)).ifPresent(m -> found.put(t + "." + c, m.system()));
            }
        }
        Map<String, CodeSystem> expected = new TreeMap<>();
        for (String tc : List.of("conditions.CODE", "procedures.CODE", "procedures.REASONCODE", "encounters.CODE",
                "encounters.REASONCODE", "careplans.CODE", "careplans.REASONCODE", "devices.CODE", "supplies.CODE",
                "medications.REASONCODE", "imaging_studies.BODYSITE_CODE", "imaging_studies.PROCEDURE_CODE",
                "allergies.REACTION1", "allergies.REACTION2", "allergies.CODE")) {
            expected.put(tc, CodeSystem.SNOMED_CT);
        }
        expected.put("immunizations.CODE", CodeSystem.CVX);
        expected.put("medications.CODE", CodeSystem.RXNORM);
        expected.put("patients.STATE", CodeSystem.US_STATE);
        expected.put("organizations.STATE", CodeSystem.US_STATE);
        expected.put("providers.STATE", CodeSystem.US_STATE);
        assertThat(found).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"patients,SSN", "patients,ZIP", "patients,PASSPORT", "patients,DRIVERS", "patients,FIPS",
        "organizations,PHONE", "providers,ZIP", "patients,Id", "payer_transitions,MEMBERID"})
    void identifierColumnsAreNotCodeSystems(String table, String column) {
        assertThat(CodeSystems.recognize(table, column, column(table, column))).isEmpty();
    }

    @Test
    void evidenceGivesCountsAndTheRuleButNoValue() {
        List<String> codes = column("conditions", "CODE");
        CodeSystemMatch m = CodeSystems.recognize("conditions", "CODE", codes).orElseThrow();
        assertThat(m.evidence()).isEqualTo(m.sampled() + " of " + m.sampled() + " values (" + m.distinct()
                + " distinct) pass the SNOMED CT Verhoeff check digit and partition identifier");
        assertThat(codes).noneMatch(v -> m.evidence().contains(v));
    }

    @Test
    void aSelfEvidentSystemNeedsThreeDistinctValuesWhenNothingNamesIt() {
        assertThat(CodeSystems.recognize("CODE", Collections.nCopies(50, "232347008"))).isEmpty();
        assertThat(CodeSystems.recognize("CODE", List.of("232347008", "232347008", "22298006"))).isEmpty();
        assertThat(CodeSystems.recognize("CODE", List.of("232347008", "73211009", "22298006"))).get()
                .extracting(CodeSystemMatch::system).isEqualTo(CodeSystem.SNOMED_CT);
    }

    @Test
    void aHeaderNamingTheSystemWaivesTheDistinctMinimum() {
        assertThat(CodeSystems.recognize("snomed_code", Collections.nCopies(50, "232347008"))).get()
                .extracting(CodeSystemMatch::system, CodeSystemMatch::namedBy)
                .containsExactly(CodeSystem.SNOMED_CT, NamedBy.HEADER);
    }

    @Test
    void ninetyEightPercentOfValuesMustPass() {
        List<String> loinc = List.of("8302-2", "29463-7", "39156-5", "8867-4", "2339-0", "4548-4", "72514-3");
        List<String> values = new ArrayList<>();
        IntStream.range(0, 98).forEach(i -> values.add(loinc.get(i % loinc.size())));
        values.addAll(List.of("8302-3", "oops"));
        assertThat(CodeSystems.recognize("result", values)).get().extracting(CodeSystemMatch::system,
                CodeSystemMatch::matched, CodeSystemMatch::sampled).containsExactly(CodeSystem.LOINC, 98, 100);
        values.set(0, "bad");
        assertThat(CodeSystems.recognize("result", values)).isEmpty();
    }

    @Test
    void nullAndBlankValuesAreSkippedNotCounted() {
        List<String> values = new ArrayList<>(Arrays.asList(null, "", "  ", "8302-2", "29463-7", " 39156-5 "));
        CodeSystemMatch m = CodeSystems.recognize("obs", values).orElseThrow();
        assertThat(m.sampled()).isEqualTo(3);
        assertThat(m.matched()).isEqualTo(3);
    }

    @Test
    void aColumnWithNoNonBlankValueIsNothing() {
        assertThat(CodeSystems.recognize("snomed", Arrays.asList(null, "", " "))).isEmpty();
        assertThat(CodeSystems.recognize("snomed", List.of())).isEmpty();
    }

    @Test
    void hostileValuesAreNotRecognized() {
        char[] big = new char[10_000];
        Arrays.fill(big, '7');
        List<String> values = List.of(new String(big), "٢٢٢٩٨٠٠٦", "２２２９８００６", "\u0000", "8302\u00002");
        for (String header : List.of("CODE", "snomed", "loinc", "cvx", "country")) {
            assertThat(CodeSystems.recognize(header, values)).as(header).isEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource({
        "gender_concept_id,OMOP_CONCEPT_ID", "GENDERCONCEPTID,OMOP_CONCEPT_ID", "visit_concept_id,OMOP_CONCEPT_ID",
        "RXCUI,RXNORM", "RxNormCode,RXNORM", "cvx_code,CVX", "CPT,CPT", "hcpcs_cd,HCPCS", "icd9_dx,ICD_9_CM"})
    void nonSelfEvidentSystemsAreRecognizedWhenTheHeaderNamesThem(String header, CodeSystem expected) {
        Map<CodeSystem, List<String>> samples = Map.of(
                CodeSystem.OMOP_CONCEPT_ID, List.of("8507", "8532", "8507", "0"),
                CodeSystem.RXNORM, List.of("1191", "1049221", "313782"),
                CodeSystem.CVX, List.of("03", "140", "08"),
                CodeSystem.CPT, List.of("99213", "0001F", "99214"),
                CodeSystem.HCPCS, List.of("J1100", "A0428", "99213"),
                CodeSystem.ICD_9_CM, List.of("250.00", "V70.0", "4019"));
        assertThat(CodeSystems.recognize(header, samples.get(expected))).get()
                .extracting(CodeSystemMatch::system, CodeSystemMatch::namedBy)
                .containsExactly(expected, NamedBy.HEADER);
    }

    @Test
    void omopStandardConceptsAreNotRecognizedWithoutTheirHeader() {
        assertThat(CodeSystems.recognize("value", List.of("8507", "8532", "8527", "8516", "38003563"))).isEmpty();
    }

    @Test
    void aHeaderNamingASystemOutranksAnotherThatTheValuesAlsoPass() {
        // SNOMED CT codes in an OMOP *_source_concept_id column: the header decides.
        assertThat(CodeSystems.recognize("condition_source_concept_id",
                List.of("232347008", "73211009", "22298006"))).get()
                .extracting(CodeSystemMatch::system).isEqualTo(CodeSystem.OMOP_CONCEPT_ID);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Country|Canada;Germany;United States;UK;South Korea|ISO_3166_COUNTRY",
        "nationality|CAN;DEU;USA;GBR|ISO_3166_COUNTRY",
        "currency|USD;EUR;GBP;JPY|ISO_4217_CURRENCY",
        "state|Nebraska;Iowa;Kansas;Missouri|US_STATE",
        "value|Nebraska;Iowa;Kansas;Missouri|US_STATE",
        "diag|E11.9;I10;S02.0XXA;U07.1|ICD_10_CM",
        "product|0002-3227-30;12345-678-90;12345-6789-0|NDC"})
    void closedVocabulariesAndGrammarsAreRecognizedByTheirValues(String header, String values, CodeSystem expected) {
        assertThat(CodeSystems.recognize(header, List.of(values.split(";")))).get()
                .extracting(CodeSystemMatch::system).isEqualTo(expected);
    }

    @Test
    void plainElevenDigitNdcsNeedTheHeader() {
        List<String> ndc11 = List.of("00002322730", "50090347001", "00781150610");
        assertThat(CodeSystems.recognize("value", ndc11)).isEmpty();
        assertThat(CodeSystems.recognize("ndc_code", ndc11)).get().extracting(CodeSystemMatch::system)
                .isEqualTo(CodeSystem.NDC);
    }

    @ParameterizedTest
    @CsvSource({"gender_concept_id,conceptid", "ICD10CM,icd10cm", "IcdCode,icdcode", "STATE_HEADQUARTERED,state"})
    void headersAreSplitIntoWordsAndTheirJoins(String header, String word) {
        assertThat(CodeSystems.words(header)).contains(word);
    }

    @Test
    void aHeaderWordMustStartOrEndAWordNotSitInsideIt() {
        // "periodicdose" holds "icd" in its middle.
        assertThat(CodeSystems.names(CodeSystems.words("periodicdose"), CodeSystem.ICD_9_CM)).isFalse();
        assertThat(CodeSystems.names(CodeSystems.words("primary_icd"), CodeSystem.ICD_9_CM)).isTrue();
    }

    @Test
    void theTableNameCountsOnlyForAColumnWhoseHeaderSaysItHoldsCodes() {
        // medications.DISPENSES holds small integers that pass the RxNorm format; the table name is not about them.
        assertThat(CodeSystems.recognize("medications", "DISPENSES", column("medications", "DISPENSES"))).isEmpty();
    }

    @Test
    void aMixedCodeColumnIsJudgedRowByRowThroughItsSystemColumn() {
        // allergies.SYSTEM names each row's code system; every row's CODE passes the rule of the system it names.
        assertThat(table("allergies")).allSatisfy(r -> assertThat(CodeSystem.byName(r.get("SYSTEM"))).get()
                .matches(system -> system.matches(r.get("CODE"))));
    }

    @ParameterizedTest
    @CsvSource({"SNOMED-CT,SNOMED_CT", "snomed ct,SNOMED_CT", "http://snomed.info/sct,SNOMED_CT",
        "https://snomed.info/sct,SNOMED_CT", "RxNorm,RXNORM", "http://www.nlm.nih.gov/research/umls/rxnorm,RXNORM",
        "http://loinc.org,LOINC", "ICD-10-CM,ICD_10_CM", "http://hl7.org/fhir/sid/icd-10-cm,ICD_10_CM",
        "http://hl7.org/fhir/sid/cvx,CVX", "http://hl7.org/fhir/sid/ndc,NDC", "urn:iso:std:iso:3166,ISO_3166_COUNTRY",
        "urn:iso:std:iso:4217,ISO_4217_CURRENCY"})
    void systemNamesAndFhirUrisAreRead(String name, CodeSystem expected) {
        assertThat(CodeSystem.byName(name)).contains(expected);
    }

    @Test
    void unknownSystemNamesAreEmpty() {
        assertThat(CodeSystem.byName("http://example.org/local-codes")).isEmpty();
        assertThat(CodeSystem.byName("")).isEmpty();
    }

    @Test
    void postalCodesWrittenWithoutSpacesAreNotTakenForIcd10Codes() {
        // Canadian postal codes and UK postcodes fit the dotless ICD-10-CM grammar; without a header naming ICD-10
        // only the dotted form counts.
        assertThat(CodeSystems.recognize("postal", List.of("K1A0B1", "M5V3L9", "H2X1Y4", "V6B4Y8"))).isEmpty();
        assertThat(CodeSystems.recognize("postcode", List.of("B338TH", "M11AE", "B11BB", "L18JQ"))).isEmpty();
    }

    @Test
    void dotlessIcd10CodesNeedAHeaderNamingIcd() {
        List<String> dotless = List.of("E119", "I10", "S020XXA", "J449");
        assertThat(CodeSystems.recognize("value", dotless)).isEmpty();
        assertThat(CodeSystems.recognize("icd10_code", dotless)).get().extracting(CodeSystemMatch::system)
                .isEqualTo(CodeSystem.ICD_10_CM);
        assertThat(CodeSystems.recognize("value", List.of("E11.9", "I10", "S02.0XXA", "J44.9"))).get()
                .extracting(CodeSystemMatch::system).isEqualTo(CodeSystem.ICD_10_CM);
    }
}
