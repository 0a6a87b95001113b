package dev.warden.core.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.deid.detect.DetectorKind;
import dev.warden.deid.IdentifierType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The validation's detector finds whole-value identifiers and passes what transformations leave. */
class ScannerDetectorTest {

    private final ScannerDetector detector = new ScannerDetector();

    @Test
    void findsEachKindAsAWholeValue() {
        assertThat(detector.detect("123-45-6789")).isEqualTo(IdentifierType.SOCIAL_SECURITY_NUMBER);
        assertThat(detector.detect("(402) 555-0123")).isEqualTo(IdentifierType.TELEPHONE_NUMBER);
        assertThat(detector.detect("a.b@example.org")).isEqualTo(IdentifierType.EMAIL_ADDRESS);
        assertThat(detector.detect("2020-01-05T10:00:00Z")).isEqualTo(IdentifierType.DATE);
        assertThat(detector.detect("1950-02-03")).isEqualTo(IdentifierType.DATE);
        assertThat(detector.detect("68504")).isEqualTo(IdentifierType.ZIP_CODE);
        assertThat(detector.detect("10.0.0.1")).isEqualTo(IdentifierType.IP_ADDRESS);
        assertThat(detector.detect("fe80::1")).isEqualTo(IdentifierType.IP_ADDRESS);
        assertThat(detector.detect("https://example.org/x")).isEqualTo(IdentifierType.URL);
        assertThat(detector.detect("GB82 WEST 1234 5698 7654 32")).isEqualTo(IdentifierType.IBAN);
        assertThat(detector.detect("982192b6-6843-4011-ef46-32caaf87d8a9")).isEqualTo(IdentifierType.OTHER_UNIQUE_IDENTIFIER);
        assertThat(detector.detect("4111 1111 1111 1111")).isEqualTo(IdentifierType.CREDIT_CARD_NUMBER);
    }

    @Test
    void passesWhatSafeHarborLeaves() {
        for (String v : List.of("1989", "90+", "685", "000", "<PHONE>", "e5cb33945d0da2452cda1d8b41e47ad5", "a1234567890123b9",
                "Fenna", "9342 Marble Lane")) {
            assertThat(detector.detect(v)).as(v).isNull();
            assertThat(detector.detect(v)).as("again, from the memo: " + v).isNull();
        }
    }

    @Test
    void findsTheSameWhenValuesRepeatAmongCleanOnes() {
        List<String> values = List.of("1989", "685", "68504", "123-45-6789", "e5cb33945d0da2452cda1d8b41e47ad5", "1950-02-03",
                "000", "10.0.0.1", "1989");
        List<IdentifierType> first = new java.util.ArrayList<>();
        for (String v : values) {
            first.add(detector.detect(v));
        }
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < values.size(); i++) {
                assertThat(detector.detect(values.get(i))).as(values.get(i)).isEqualTo(first.get(i));
            }
        }
        assertThat(first).containsExactly(null, null, IdentifierType.ZIP_CODE, IdentifierType.SOCIAL_SECURITY_NUMBER, null,
                IdentifierType.DATE, null, IdentifierType.IP_ADDRESS, null);
    }

    /**
     * The counts that rule a value without letters out of a kind before its pattern runs are necessary conditions of
     * the patterns: on random strings of digits and separators, and on every kind's own shapes, the detector finds
     * exactly what running every number-like pattern in turn finds.
     */
    @Test
    void theCountsBeforeThePatternsRuleOutNothingAPatternWouldMatch() {
        DetectorKind[] numberLike = {DetectorKind.SSN, DetectorKind.PHONE, DetectorKind.CREDIT_CARD, DetectorKind.ZIP,
            DetectorKind.DATE, DetectorKind.IPV4};
        java.util.SplittableRandom random = new java.util.SplittableRandom(20261206);
        String alphabet = "0123456789012345678901234567890123456789.-/ +()";
        List<String> values = new java.util.ArrayList<>(List.of("123-45-6789", "123 45 6789", "(402) 555-0123",
                "+1 402.555.0134", "1-402-555-0134", "402.555.0134", "+4915112345678", "+44 20 7946 0958",
                "+7 (915) 935-95-61", "4111 1111 1111 1111", "4111-1111-1111-1111", "4111111111111111", "68504",
                "68504-1234", "685041234", "1950-02-03", "1950-02-03 10:00", "3/4/1950", "19500203", "19500203 1000",
                "3.4.1950", "03-04-1950", "1950/3/4", "10.0.0.1", "255.255.255.255", "1234.56", "12345.6", "90210.5",
                "1.2.3", "20240517093015", "0.5", "100", "12/2024"));
        int matched = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            int length = 1 + random.nextInt(22);
            for (int j = 0; j < length; j++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            values.add(b.toString());
        }
        for (String v : values) {
            IdentifierType expected = null;
            String s = v.strip();
            if (v.length() >= 3 && !s.isEmpty()) {
                for (DetectorKind k : numberLike) {
                    if (k.matchesWhole(s)) {
                        expected = k.identifierType();
                        break;
                    }
                }
            }
            if (expected != null) {
                matched++;
            }
            assertThat(detector.detect(v)).as(v).isEqualTo(expected);
        }
        assertThat(matched).as("the random strings reach the patterns often enough to test something").isGreaterThan(500);
    }
}
