package dev.warden.core.auth.totp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** RFC 6238 TOTP, checked against the RFC's Appendix B values (data/vectors/totp_rfc6238.txt). */
class TotpTest {

    private static final byte[] KEY_SHA1 = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] KEY_SHA256 = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] KEY_SHA512 =
            "1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII);

    private record Vector(long unixTime, String sha1, String sha256, String sha512) {
    }

    private static List<Vector> vectors() throws IOException {
        List<Vector> out = new ArrayList<>();
        try (InputStream in = TotpTest.class.getResourceAsStream("/data/vectors/totp_rfc6238.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\|");
                out.add(new Vector(Long.parseLong(f[0].trim()), f[3].trim(), f[4].trim(), f[5].trim()));
            }
        }
        return out;
    }

    @Test
    void generatesEveryRfc6238AppendixBValueForAllThreeAlgorithms() throws IOException {
        List<Vector> vectors = vectors();
        assertThat(vectors).hasSize(6);
        for (Vector v : vectors) {
            long step = Totp.stepOf(Instant.ofEpochSecond(v.unixTime()));
            assertThat(new Totp(TotpAlgorithm.SHA1, 8).generate(KEY_SHA1, step)).isEqualTo(v.sha1());
            assertThat(new Totp(TotpAlgorithm.SHA256, 8).generate(KEY_SHA256, step)).isEqualTo(v.sha256());
            assertThat(new Totp(TotpAlgorithm.SHA512, 8).generate(KEY_SHA512, step)).isEqualTo(v.sha512());
        }
    }

    @Test
    void sixDigitCodesAreTheLastSixDigitsOfTheEightDigitOnes() throws IOException {
        for (Vector v : vectors()) {
            long step = Totp.stepOf(Instant.ofEpochSecond(v.unixTime()));
            assertThat(new Totp(TotpAlgorithm.SHA1, 6).generate(KEY_SHA1, step)).isEqualTo(v.sha1().substring(2));
        }
    }

    @Test
    void acceptsOneStepOfDriftEitherSideButNotTwo() {
        Totp totp = new Totp(TotpAlgorithm.SHA1, 6);
        Instant now = Instant.ofEpochSecond(1_111_111_111L);
        long step = Totp.stepOf(now);
        for (long delta = -1; delta <= 1; delta++) {
            char[] code = totp.generate(KEY_SHA1, step + delta).toCharArray();
            assertThat(totp.verify(KEY_SHA1, code, now, Long.MIN_VALUE)).hasValue(step + delta);
        }
        assertThat(totp.verify(KEY_SHA1, totp.generate(KEY_SHA1, step - 2).toCharArray(), now, Long.MIN_VALUE)).isEmpty();
        assertThat(totp.verify(KEY_SHA1, totp.generate(KEY_SHA1, step + 2).toCharArray(), now, Long.MIN_VALUE)).isEmpty();
    }

    @Test
    void refusesACodeOfAStepAlreadyUsed() {
        Totp totp = Totp.defaults();
        Instant now = Instant.ofEpochSecond(2_000_000_000L);
        char[] code = totp.generate(KEY_SHA1, Totp.stepOf(now)).toCharArray();
        OptionalLong first = totp.verify(KEY_SHA1, code, now, Long.MIN_VALUE);
        assertThat(first).isPresent();
        assertThat(totp.verify(KEY_SHA1, code, now, first.getAsLong())).isEmpty();
    }

    @Test
    void refusesCodesOfTheWrongLengthOrWithNonDigits() {
        Totp totp = Totp.defaults();
        Instant now = Instant.ofEpochSecond(59);
        assertThat(totp.verify(KEY_SHA1, "28708".toCharArray(), now, Long.MIN_VALUE)).isEmpty();
        assertThat(totp.verify(KEY_SHA1, "2870820".toCharArray(), now, Long.MIN_VALUE)).isEmpty();
        assertThat(totp.verify(KEY_SHA1, "2870８2".toCharArray(), now, Long.MIN_VALUE)).isEmpty();
        assertThat(totp.verify(KEY_SHA1, new char[0], now, Long.MIN_VALUE)).isEmpty();
    }

    @Test
    void refusesFewerThanSixOrMoreThanEightDigits() {
        assertThatThrownBy(() -> new Totp(TotpAlgorithm.SHA1, 5)).isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> new Totp(TotpAlgorithm.SHA1, 9)).isInstanceOf(ConfigurationException.class);
    }

    @Test
    void enrolmentUriFollowsTheKeyUriFormat() {
        String uri = new Totp(TotpAlgorithm.SHA256, 8).otpauthUri("Acme Data", "alice@example.org", KEY_SHA1);
        assertThat(uri).isEqualTo("otpauth://totp/Acme%20Data:alice%40example.org?secret="
                + "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Acme%20Data&algorithm=SHA256&digits=8&period=30");
    }

    @Test
    void base32RoundTripsAndMatchesRfc4648() {
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(new String(Base32.decode("mzxw6ytboi======"), StandardCharsets.US_ASCII)).isEqualTo("foobar");
    }
}
