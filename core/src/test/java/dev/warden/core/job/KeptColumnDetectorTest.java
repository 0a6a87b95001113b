package dev.warden.core.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.deid.IdentifierType;
import org.junit.jupiter.api.Test;

/** {@link KeptColumnDetector}: the validation's look at columns copied unchanged. */
class KeptColumnDetectorTest {

    @Test
    void anInternationalPhoneNumberInAKeptColumnIsFound() {
        KeptColumnDetector detector = new KeptColumnDetector("телефон");
        assertThat(detector.detect("+7 (915) 935-95-61")).isEqualTo(IdentifierType.TELEPHONE_NUMBER);
        assertThat(detector.detect("+4915112345678")).isEqualTo(IdentifierType.TELEPHONE_NUMBER);
        assertThat(detector.detect("+351 912 345")).as("eight digits after a plus")
                .isEqualTo(IdentifierType.TELEPHONE_NUMBER);
    }

    @Test
    void anHl7TelecomValueInAKeptColumnIsFound() {
        assertThat(new KeptColumnDetector("PID_13").detect("^PRN^PH^^1^207^3832349"))
                .isEqualTo(IdentifierType.TELEPHONE_NUMBER);
        assertThat(new KeptColumnDetector("PID_5").detect("LINDQVIST^BARTHOLOMEW^C^^")).isNull();
    }

    @Test
    void anHl7AddressInAKeptColumnIsFound() {
        assertThat(new KeptColumnDetector("PID_11").detect("116 Ocean Ave^Apt 8^Westbrook^ME^04092^USA^H"))
                .isEqualTo(IdentifierType.STREET_ADDRESS);
    }

    @Test
    void anInternationalisedEmailAddressInAKeptColumnIsFound() {
        assertThat(new KeptColumnDetector("эл_почта").detect("client9785@почта.example"))
                .isEqualTo(IdentifierType.EMAIL_ADDRESS);
    }

    @Test
    void anHl7TimestampIsNoPaymentCard() {
        assertThat(new KeptColumnDetector("MSH_7").detect("20260704183124")).isNull();
    }

    private static long[] tally(KeptColumnDetector detector, String... values) {
        long[] evidence = new long[KeptColumnDetector.EVIDENCE];
        for (String v : values) {
            detector.tally(evidence, 0, detector.detect(v));
        }
        return evidence;
    }

    @Test
    void aByteCountThatReadsAsADateIsACoincidenceOfItsColumn() {
        KeptColumnDetector detector = new KeptColumnDetector("Bytes");
        assertThat(detector.detect("20151222")).isEqualTo(IdentifierType.DATE);
        assertThat(detector.bareDate(IdentifierType.DATE)).isTrue();
        long[] evidence = tally(detector, "6713451", "19021437", "20151222", "20989133", "19730941", "20448976", "19958210");
        assertThat(evidence).containsExactly(0, 6, 1);
        assertThat(detector.coincidental(evidence, 0)).isTrue();
    }

    @Test
    void aColumnOfYyyymmddDatesIsNoCoincidence() {
        KeptColumnDetector detector = new KeptColumnDetector("amount");
        assertThat(detector.coincidental(tally(detector, "20080312", "20090101", "20081130", "0", "1250"), 0)).isFalse();
    }

    @Test
    void twoDatesInSixDateShapedNumbersAreNoCoincidence() {
        KeptColumnDetector detector = new KeptColumnDetector("Bytes");
        assertThat(detector.coincidental(tally(detector, "20151222", "20160101", "19021437", "20989133", "19730941",
                "20448976"), 0)).isFalse();
    }

    @Test
    void aDashedDateIsNoBareDate() {
        KeptColumnDetector detector = new KeptColumnDetector("Bytes");
        assertThat(detector.detect("2015-12-22")).isEqualTo(IdentifierType.DATE);
        assertThat(detector.bareDate(IdentifierType.DATE)).isFalse();
    }

    @Test
    void amountsWithASignOrADecimalPointAreNumbers() {
        KeptColumnDetector detector = new KeptColumnDetector("Total");
        assertThat(tally(detector, "-12.50", "0.99", "7", "20151222", "19021437", "20989133", "19730941"))
                .containsExactly(0, 4, 1);
        assertThat(tally(detector, "12,50", "n/a", "-")).containsExactly(3, 0, 0);
    }

    @Test
    void aByteCountOfNineOrTenDigitsIsNoSsnOrPhoneNumber() {
        KeptColumnDetector detector = new KeptColumnDetector("Bytes");
        assertThat(detector.detect("123456789")).isNull();
        assertThat(detector.detect("4025550123")).isNull();
        assertThat(new KeptColumnDetector("ssn").detect("123456789")).isEqualTo(IdentifierType.SOCIAL_SECURITY_NUMBER);
    }
}
