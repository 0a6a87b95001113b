package dev.warden.core.deid.detect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.warden.deid.IdentifierType;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Identifier detectors, the column classifier on Synthea's patients.csv, and the scanner. */
class DetectorsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SSN|999-49-3983|true", "SSN|000-12-3456|false", "SSN|666-12-3456|false", "SSN|123-00-4567|false",
        "SSN|1234-56-789|false",
        "PHONE|(402) 555-0134|true", "PHONE|402-555-0134|true", "PHONE|+1 402.555.0134|true", "PHONE|555-0134|false",
        "EMAIL|alice.g@hospital.org|true", "EMAIL|alice@localhost|false", "EMAIL|@x.org|false",
        "IPV4|192.168.10.1|true", "IPV4|256.1.1.1|false", "IPV4|1.2.3|false",
        "IPV6|2001:db8::1|true", "IPV6|2001:0db8:0000:0000:0000:ff00:0042:8329|true", "IPV6|::1|true",
        "IPV6|12:34|false",
        "URL|https://example.org/p?id=1|true", "URL|www.example.org|true", "URL|example|false",
        "CREDIT_CARD|4111 1111 1111 1111|true", "CREDIT_CARD|4111111111111112|false",
        "CREDIT_CARD|5500-0000-0000-0004|true",
        "IBAN|GB82WEST12345698765432|true", "IBAN|GB82 WEST 1234 5698 7654 32|true", "IBAN|GB83WEST12345698765432|false",
        "ZIP|68504|true", "ZIP|68504-1234|true", "ZIP|685041234|true", "ZIP|6850|false",
        "DATE|1989-05-25|true", "DATE|2020-01-31T10:15:30Z|true", "DATE|5/25/1989|true", "DATE|19890525|true",
        "DATE|2021-02-29|false", "DATE|12345678|false", "DATE|04.03.1969|true", "DATE|31.02.2024|false",
        "DATE|27-Sep-2024 15:13|true", "DATE|27-Sept-2024|false", "DATE|25/05/1989|true", "DATE|25/05/1989 14:30|true",
        "DATE|25/13/1989|false", "DATE|04-03-1969|true", "DATE|31-02-2024|false", "DATE|2026/02/13 16:41|true",
        "DATE|2026/13/01|false",
        "UUID|982192b6-6843-4011-ef46-32caaf87d8a9|true", "UUID|982192b6-6843-4011-ef46|false"})
    void eachDetectorRecognizesItsShapeAndChecksItsCheckDigits(DetectorKind kind, String value, boolean expected) {
        assertThat(kind.matchesWhole(value)).isEqualTo(expected);
    }

    @Test
    void aBrowserVersionIsNoIpAddressButAnAddressInAUrlIs() {
        IdentifierScanner scanner = new IdentifierScanner();
        assertThat(scanner.find("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131.0.0.0 Safari/537.36"))
                .doesNotContain(DetectorKind.IPV4);
        assertThat(scanner.find("from 10.20.30.40 via http://192.168.1.7/admin")).contains(DetectorKind.IPV4);
    }

    @Test
    void embeddedIdentifiersAreFoundInFreeText() {
        String note = "Call 402-555-0134 or mail a.b@clinic.org; SSN 999-49-3983, card 4111 1111 1111 1111.";
        assertThat(new IdentifierScanner().find(note)).contains(DetectorKind.PHONE, DetectorKind.EMAIL,
                DetectorKind.SSN, DetectorKind.CREDIT_CARD);
        assertThat(new IdentifierScanner().find("nothing to see, 42 apples")).isEmpty();
    }

    static List<Map<String, String>> patients() throws Exception {
        CsvMapper mapper = new CsvMapper();
        try (InputStream in = DetectorsTest.class.getResourceAsStream("/data/synthea-nebraska/patients.csv");
             MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                     .with(mapper.schemaWithHeader()).readValues(in)) {
            List<Map<String, String>> rows = new ArrayList<>();
            it.forEachRemaining(rows::add);
            return rows;
        }
    }

    @Test
    void theClassifierFindsTheIdentifiersOfSyntheaPatients() throws Exception {
        List<Map<String, String>> rows = patients();
        Map<String, ColumnClassification> byColumn = rows.get(0).keySet().stream().collect(Collectors.toMap(
                c -> c, c -> ColumnClassifier.classify(c, rows.stream().map(r -> r.get(c)).toList())));
        assertThat(byColumn.get("SSN").type()).contains(IdentifierType.SOCIAL_SECURITY_NUMBER);
        assertThat(byColumn.get("SSN").source()).isEqualTo(ColumnClassification.Source.HEADER_AND_VALUES);
        assertThat(byColumn.get("SSN").hitRate()).isEqualTo(1.0);
        assertThat(byColumn.get("SSN").sampled()).isEqualTo(rows.size());
        assertThat(byColumn.get("Id").type()).contains(IdentifierType.OTHER_UNIQUE_IDENTIFIER);
        assertThat(byColumn.get("Id").detector()).contains(DetectorKind.UUID);
        assertThat(byColumn.get("FIRST").type()).contains(IdentifierType.GIVEN_NAME);
        assertThat(byColumn.get("LAST").type()).contains(IdentifierType.FAMILY_NAME);
        assertThat(byColumn.get("BIRTHDATE").type()).contains(IdentifierType.DATE_OF_BIRTH);
        assertThat(byColumn.get("BIRTHDATE").detector()).contains(DetectorKind.DATE);
        assertThat(byColumn.get("ZIP").type()).contains(IdentifierType.ZIP_CODE);
        assertThat(byColumn.get("LAT").type()).contains(IdentifierType.GEOCOORDINATE);
        assertThat(byColumn.get("ADDRESS").type()).contains(IdentifierType.STREET_ADDRESS);
        assertThat(byColumn.get("DRIVERS").type()).contains(IdentifierType.CERTIFICATE_LICENSE_NUMBER);
        assertThat(byColumn.get("GENDER").type()).isEmpty();
        assertThat(byColumn.get("HEALTHCARE_EXPENSES").type()).isEmpty();
    }

    @Test
    void aColumnIsClassifiedByItsValuesWhenItsHeaderSaysNothing() {
        ColumnClassification c = ColumnClassifier.classify("col7",
                List.of("a@x.org", "b@y.com", "c@z.net", "d@w.io", "not an email"));
        assertThat(c.type()).contains(IdentifierType.EMAIL_ADDRESS);
        assertThat(c.source()).isEqualTo(ColumnClassification.Source.VALUES);
        assertThat(c.hits()).isEqualTo(4);
        assertThat(c.hitRate()).isEqualTo(0.8);
        assertThat(c.toString()).doesNotContain("a@x.org");
    }

    @Test
    void aLowHitRateDoesNotClassify() {
        ColumnClassification c = ColumnClassifier.classify("notes", List.of("a@x.org", "hello", "world", "", " "));
        assertThat(c.type()).isEmpty();
        assertThat(c.sampled()).isEqualTo(3);
    }

    @Test
    void theScannerCountsSurvivingIdentifiersPerColumnWithoutKeepingValues() throws Exception {
        IdentifierScanner scanner = new IdentifierScanner();
        for (Map<String, String> row : patients()) {
            scanner.add("SSN", row.get("SSN"));
            scanner.add("GENDER", row.get("GENDER"));
        }
        var findings = scanner.findings();
        assertThat(findings).hasSize(2);
        assertThat(findings.get(0).counts().get(DetectorKind.SSN)).isEqualTo(findings.get(0).scanned());
        assertThat(findings.get(1).any()).isFalse();
        assertThat(findings.toString()).doesNotContain("999-");
    }
}
