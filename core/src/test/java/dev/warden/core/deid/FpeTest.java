package dev.warden.core.deid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import dev.warden.deid.Alphabet;
import dev.warden.deid.ConsistencyDomain;
import dev.warden.deid.Deidentifier;
import dev.warden.deid.FpeAlgorithm;
import dev.warden.deid.SmallDomainFallback;
import dev.warden.deid.Transformation;
import dev.warden.deid.Transformation.FormatPreservingEncryption;
import dev.warden.deid.ValueTransformer;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Format-preserving encryption through the public API: shapes, separators, small domains, keys, reversal. */
class FpeTest {

    private static final Deidentifier DEID = Deidentifiers.builder().jobKey(new byte[32]).reidentification(true).build();
    private static final ConsistencyDomain D = ConsistencyDomain.of("patients", "SSN");
    private static final FormatPreservingEncryption DIGITS = FormatPreservingEncryption.ff1(Alphabet.DIGITS);

    @Test
    void separatorsInsideTheInputStayWhereTheyAre() {
        String out = DEID.compile(DIGITS, D).apply("000-12-3456");
        assertThat(out).matches("\\d{3}-\\d{2}-\\d{4}").isNotEqualTo("000-12-3456");
    }

    @Test
    void leadingZerosAreNumeralsAndTheLengthIsKept() {
        ValueTransformer t = DEID.compile(DIGITS, D);
        assertThat(t.apply("000000")).hasSize(6).matches("\\d{6}");
        assertThat(DEID.reverse(DIGITS, D).apply(t.apply("000000"))).isEqualTo("000000");
    }

    @Test
    void aDomainBelowOneMillionIsRejectedWithoutEchoingTheValue() {
        assertThatThrownBy(() -> DEID.compile(DIGITS, D).apply("98-765"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("1,000,000").hasMessageNotContaining("98-765").hasMessageNotContaining("98765");
    }

    @Test
    void theMaskFallbackMasksShortValuesWhenChosen() {
        FormatPreservingEncryption t = new FormatPreservingEncryption(FpeAlgorithm.FF1, Alphabet.DIGITS, "",
                SmallDomainFallback.MASK);
        assertThat(DEID.compile(t, D).apply("12-34")).isEqualTo("00-00");
    }

    @Test
    void valuesWithoutNumeralsAreReturnedAsTheyAre() {
        ValueTransformer t = DEID.compile(DIGITS, D);
        assertThat(t.apply("")).isEmpty();
        assertThat(t.apply("  ")).isEqualTo("  ");
        assertThat(t.apply("n/a")).isEqualTo("n/a");
    }

    @Test
    void hexKeepsTheCaseOfEachLetter() {
        FormatPreservingEncryption hex = FormatPreservingEncryption.ff1(Alphabet.HEX);
        String uuid = "982192B6-6843-4011-EF46-32CAAF87D8A9";
        String out = DEID.compile(hex, D).apply(uuid);
        assertThat(out).matches("[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}");
        assertThat(DEID.reverse(hex, D).apply(out)).isEqualTo(uuid);
    }

    @Test
    void anEmojiAndOtherScriptsAreSeparatorsAndStayIntact() {
        String in = "\uD83D\uDE00 12345678 \u05E9";
        String out = DEID.compile(DIGITS, D).apply(in);
        assertThat(out).startsWith("\uD83D\uDE00 ").endsWith(" \u05E9");
        assertThat(DEID.reverse(DIGITS, D).apply(out)).isEqualTo(in);
    }

    @Test
    void encryptionIsAPermutationOfTheDomain() {
        ValueTransformer t = DEID.compile(DIGITS, D);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            seen.add(t.apply(String.format("%06d", i)));
        }
        assertThat(seen).hasSize(20_000);
    }

    @Test
    void aOneMegabyteValueIsRejectedAsTooLong() {
        assertThatThrownBy(() -> DEID.compile(DIGITS, D).apply("7".repeat(1 << 20)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 4096");
    }

    @Test
    void longValuesUpToTheLimitRoundTrip() {
        String in = "1234567890".repeat(409);
        String out = DEID.compile(DIGITS, D).apply(in);
        assertThat(DEID.reverse(DIGITS, D).apply(out)).isEqualTo(in);
    }

    @Test
    void reversalIsRefusedUnlessEnabled() {
        Deidentifier plain = Deidentifiers.create(new byte[32]);
        assertThatThrownBy(() -> plain.reverse(DIGITS, D)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("re-identification is not enabled");
    }

    @Test
    void irreversibleKindsCannotBeReversed() {
        assertThatThrownBy(() -> DEID.reverse(Transformation.KeyedHash.hex(), D))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("not reversible");
    }

    @Test
    void ff3OneNeedsAFiftySixBitTweak() {
        assertThatThrownBy(() -> new FormatPreservingEncryption(FpeAlgorithm.FF3_1, Alphabet.DIGITS, "beef",
                SmallDomainFallback.REJECT)).isInstanceOf(InvalidInputException.class).hasMessageContaining("56 bits");
    }

    @Test
    void ff3OneRejectsValuesLongerThanItsMaximum() {
        FormatPreservingEncryption t = new FormatPreservingEncryption(FpeAlgorithm.FF3_1, Alphabet.DIGITS,
                "00000000000000", SmallDomainFallback.REJECT);
        assertThat(DEID.compile(t, D).apply("1".repeat(56))).hasSize(56);
        assertThatThrownBy(() -> DEID.compile(t, D).apply("1".repeat(57))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aKeyShorterThanSixteenBytesIsRefused() {
        assertThatThrownBy(() -> Deidentifiers.create(new byte[15])).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("at least 16");
    }

    @Test
    void anAlphabetWithARepeatedCharacterIsRefused() {
        assertThatThrownBy(() -> new Alphabet("0120")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("twice");
    }

    @Test
    void theToStringOfADeidentifierShowsNoKey() {
        assertThat(DEID.toString()).doesNotContain("0, 0").contains("Deidentifier");
    }
}
