package dev.warden.core.secrets.keystore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The keystore's KDF, Argon2id through BouncyCastle, reproduces RFC 9106 section 5.3 (data/vectors/argon2_rfc9106.txt;
 * see the NOTICE there).
 */
class Argon2idVectorTest {

    private static String vectors() throws IOException {
        try (InputStream in = Argon2idVectorTest.class.getResourceAsStream("/data/vectors/argon2_rfc9106.txt")) {
            assertThat(in).as("data/vectors/argon2_rfc9106.txt on the test class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    @Test
    void reproducesTheRfc9106Argon2idTag() throws IOException {
        Matcher tag = Pattern.compile("# Argon2id tag = ([0-9a-f]{64})").matcher(vectors());
        assertThat(tag.find()).isTrue();
        byte[] expected = HexFormat.of().parseHex(tag.group(1));
        // RFC 9106 5.3: version 0x13, 32 KiB, 3 passes, 4 lanes, password 32 x 01, salt 16 x 02, secret 8 x 03, ad 12 x 04
        byte[] actual = Argon2id.derive(filled(32, 1), filled(16, 2), filled(8, 3), filled(12, 4), 32, 3, 4, 32);
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void thePassphraseFormEncodesUtf8LikeTheRawForm() {
        byte[] salt = filled(16, 7);
        byte[] viaChars = Argon2id.derive("pässwörd-1".toCharArray(), salt, Argon2idParameters.MINIMUM, 32);
        byte[] viaBytes = Argon2id.derive("pässwörd-1".getBytes(StandardCharsets.UTF_8), salt, null, null,
                Argon2idParameters.MINIMUM.memoryKiB(), Argon2idParameters.MINIMUM.iterations(),
                Argon2idParameters.MINIMUM.parallelism(), 32);
        assertThat(viaChars).isEqualTo(viaBytes);
    }
}
