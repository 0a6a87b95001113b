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

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "+7 (915) 935-95-61", "+44 20 7946 0958", "+33 1 42 68 53 00", "+49 (0)30 1234567", "+351 912 345 678",
        "+4915112345678", "+33.1.42.68.53.00", "+1 (402) 555-0134", "+81-3-1234-5678", "+852 2123 4567",
        "+7(915)9359561"})
    void anInternationalNumberAfterAPlusAndTheCountryCodeIsAPhone(String value) {
        assertThat(DetectorKind.PHONE.matchesWhole(value)).isTrue();
        assertThat(DetectorKind.PHONE.count("Tel. " + value + ", ask for Anna.")).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "+1234567|seven digits, fewer than any full E.164 number",
        "+1234567890123456|sixteen digits, more than E.164 allows",
        "44 20 7946 0958|no plus and no North American shape",
        "+2024-05-17|an ISO date", "+20240517|a basic ISO date", "+17.05.2024|a date written day first",
        "+192.168.100.200|an IPv4 address", "+1234.5678|a decimal number", "+12.345.678|grouped by thousands",
        "+10.0.19041.1234|a version string", "+978-3-16-148410-0|a hyphenated ISBN-13",
        "+40.7128-074.0060|an ISO 6709 position", "+40.712812|a latitude", "+1.5 12345678|a decimal and a number",
        "+0 20 7946 0958|no country code starts with 0", "+44 20 7946 0958x|followed by a letter",
        "+12345678,50|a decimal with a comma"})
    void aPlusFollowedByDigitsThatAreSomethingElseIsNoPhone(String value, String why) {
        assertThat(DetectorKind.PHONE.matchesWhole(value)).as(why).isFalse();
        assertThat(DetectorKind.PHONE.count("value " + value + " here")).as(why).isZero();
    }

    @Test
    void dotsAndDatesAndTimesInFreeTextAreNoPhones() {
        String text = "Build 10.0.19041.1234 ran at 10:30:15 on 2024-05-17 (ISBN 978-3-16-148410-0, "
                + "address 192.168.100.200, +12.5 degrees, score +1234.5678, v1.22.333.4444).";
        assertThat(DetectorKind.PHONE.count(text)).isZero();
    }

    @Test
    void aPhoneFollowedInTextByOtherNumbersIsStillFound() {
        assertThat(DetectorKind.PHONE.count("ring +44 20 7946 0958 2024-05-01 about the lease")).isEqualTo(1);
        assertThat(DetectorKind.PHONE.count("+351 912 345 678 / +33 1 42 68 53 00")).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "^PRN^PH^^1^207^3832349|true", "^WPN^CP^^44^20^79460958^12|true", "^NET^FX^^^207^3832349|true",
        "(207)383-2349^PRN^PH^^1^207^3832349|true",
        "^PRN^PH^^^^3832349|false", "^ABC^PH^^1^207^3832349|false", "^PRN^XX^^1^207^3832349|false",
        "^PRN^PH^^1^2^345|false", "LINDQVIST^BARTHOLOMEW^C^^|false", "ORU^R01^ORU_R01|false",
        "116 Ocean Ave^Apt 8^Westbrook^ME^04092^USA^H|false", "5556404^^^MMCLAB^MR|false",
        "1087096859^MACGILLIVRAY^TOBIAH^^^DR^^^NPI|false", "MMCLAB^2.16.840.1.113883.3.4421^ISO|false"})
    void anHl7TelecomValueIsAPhoneOnlyWhenItsUseCodeAndEquipmentTypeSaySo(String value, boolean phone) {
        assertThat(DetectorKind.PHONE.count(value) > 0).isEqualTo(phone);
    }

    @Test
    void identifiersInsideHl7ComponentsAreFoundWithTheCaretAsABoundary() {
        IdentifierScanner scanner = new IdentifierScanner();
        assertThat(scanner.find("DOE^JANE^^^^^L^^^^^^^560-52-3062")).contains(DetectorKind.SSN);
        assertThat(scanner.find("^NET^Internet^j.doe@clinic.org")).contains(DetectorKind.EMAIL);
        assertThat(scanner.find("(402) 555-0134^PRN")).contains(DetectorKind.PHONE);
        assertThat(scanner.find("LINDQVIST^BARTHOLOMEW^C^^")).isEmpty();
        assertThat(scanner.find("58410-2^CBC panel - Blood by Automated count^LN")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "116 Ocean Ave^Apt 8^Westbrook^ME^04092^USA^H|true", "758 Stevens Ave^^Portland^ME^04101^USA^H|true",
        "1 Main St^^Omaha^NE^68102-1234|true", "PO Box 12^^San Juan^PR^00901^USA^M~2 Elm St^^Bangor^ME^04401|true",
        "116 Ocean Ave^Apt 8^Westbrook^XX^04092^USA^H|false", "^^Westbrook^ME^04092|false",
        "116 Ocean Ave^Apt 8^^ME^04092|false", "116 Ocean Ave^Apt 8^Westbrook^ME^0409|false",
        "116 Ocean Ave^Apt 8^Westbrook^ME^040921^USA|false", "5556404^^^MMCLAB^MR|false",
        "12345^Some text^LN^AB^12345|false", "Toronto^^Toronto^ON^M5V 2T6^CAN|false",
        "MMC Core Lab^^^^^CLIA&2.16.840.1.113883.4.7&ISO^XX^^^22D0999999|false"})
    void anHl7AddressWithAUsStateAndZipIsAnAddress(String value, boolean address) {
        assertThat(DetectorKind.HL7_ADDRESS.count(value) > 0).isEqualTo(address);
    }

    @Test
    void anHl7AddressIsFoundWholeAndInsideAMessageSegment() {
        assertThat(DetectorKind.HL7_ADDRESS.matchesWhole("116 Ocean Ave^Apt 8^Westbrook^ME^04092^USA^H")).isTrue();
        assertThat(DetectorKind.HL7_ADDRESS.count("PID|1||5556404^^^MMCLAB^MR||LINDQVIST^BARTHOLOMEW^C^^||19830516|M"
                + "|||116 Ocean Ave^Apt 8^Westbrook^ME^04092^USA^H||^PRN^PH^^1^207^3832349")).isEqualTo(1);
        assertThat(new IdentifierScanner().find("PID|1||116 Ocean Ave^^Westbrook^ME^04092||^PRN^PH^^1^207^3832349"))
                .contains(DetectorKind.HL7_ADDRESS, DetectorKind.PHONE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "müller@bücher.de|true", "client9785@почта.example|true", "用户@例子.广告|true", "info@bücher.xn--p1ai|true",
        "δοκιμή@παράδειγμα.δοκιμή|true", "user@मेल.भारत|true", "müller@localhost|false", "a@b.c|false",
        "müller@bücher.d1|false"})
    void anInternationalisedAddressIsAnEmail(String value, boolean email) {
        assertThat(DetectorKind.EMAIL.matchesWhole(value)).isEqualTo(email);
    }

    @Test
    void anInternationalisedAddressIsFoundInTextAndAtTheEndOfASentence() {
        assertThat(DetectorKind.EMAIL.count("Пишите: client9785@почта.example.")).isEqualTo(1);
        assertThat(DetectorKind.EMAIL.count("mail a.b@clinic.org.")).isEqualTo(1);
        assertThat(DetectorKind.EMAIL.count("price 5 € @ 3.50 each")).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"20260704183124", "20240517093017", "20240229120009"})
    void aTimestampThatPassesLuhnIsNoPaymentCard(String value) {
        assertThat(DetectorKind.luhn(value)).as("the test value passes Luhn").isTrue();
        assertThat(DetectorKind.CREDIT_CARD.matchesWhole(value)).isFalse();
        assertThat(DetectorKind.CREDIT_CARD.count("MSH|^~\\&|LAB|" + value + "||ORU^R01")).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "4111111111111111", "5555555555554444", "378282246310005", "6011111111111117", "30569309025904",
        "3530111333300000", "2223003122003222", "4222222222222", "6759649826438453", "36227206271667",
        "20261304183100", "20260704186002", "20230229120000"})
    void cardNumbersAndFourteenDigitsThatAreNoValidTimestampAreStillCards(String value) {
        assertThat(DetectorKind.luhn(value)).as("the test value passes Luhn").isTrue();
        assertThat(DetectorKind.CREDIT_CARD.matchesWhole(value)).isTrue();
    }

    @Test
    void hostileInputIsScannedInLinearTime() {
        java.util.List<String> hostile = java.util.List.of(
                "+" + "1 ".repeat(50_000), "+1" + "2".repeat(100_000), "+1" + " (1)".repeat(30_000),
                "a".repeat(100_000) + "@", "a@" + "b.".repeat(50_000) + "1", "ü".repeat(50_000) + "@ü",
                "^PRN^PH^" + "x".repeat(100_000), "^PRN^PH^^1^207^" + "3".repeat(100_000),
                "a^".repeat(50_000), "a b^".repeat(30_000) + "ME^04092", "x ".repeat(50_000) + "^",
                "1".repeat(100_000), "+1.".repeat(40_000), "1-".repeat(50_000));
        IdentifierScanner scanner = new IdentifierScanner();
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> {
            for (String s : hostile) {
                scanner.find(s);
                for (DetectorKind k : DetectorKind.values()) {
                    k.matchesWhole(s);
                }
            }
        });
        assertThat(scanner.find("+" + "1 ".repeat(50_000))).doesNotContain(DetectorKind.PHONE);
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
