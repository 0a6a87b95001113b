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
}
