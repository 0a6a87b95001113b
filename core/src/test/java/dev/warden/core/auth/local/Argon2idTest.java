package dev.warden.core.auth.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Argon2id through BouncyCastle, against RFC 9106's vector, and the PHC string handling around it. */
class Argon2idTest {

    private static final Argon2idParameters CHEAP = new Argon2idParameters(64, 1, 1);

    @Test
    void matchesTheRfc9106Section53Argon2idVector() throws IOException {
        String text;
        try (InputStream in = Argon2idTest.class.getResourceAsStream("/data/vectors/argon2_rfc9106.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = Pattern.compile("Argon2id tag = ([0-9a-f]{64})").matcher(text);
        assertThat(m.find()).isTrue();
        byte[] password = filled(32, 1);
        byte[] salt = filled(16, 2);
        byte[] secret = filled(8, 3);
        byte[] ad = filled(12, 4);
        byte[] tag = PasswordHasher.argon2id(password, salt, secret, ad, new Argon2idParameters(32, 3, 4), 32);
        assertThat(HexFormat.of().formatHex(tag)).isEqualTo(m.group(1));
    }

    private static byte[] filled(int length, int value) {
        byte[] b = new byte[length];
        Arrays.fill(b, (byte) value);
        return b;
    }

    @Test
    void writesThePhcStringFormatWithTheOwaspDefaults() {
        String phc = new PasswordHasher(Argon2idParameters.OWASP).hash("correct horse battery".toCharArray());
        assertThat(phc).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
    }

    @Test
    void verifiesTheRightPasswordAndRefusesAWrongOne() {
        PasswordHasher hasher = new PasswordHasher(CHEAP);
        String phc = hasher.hash("correct horse battery".toCharArray());
        assertThat(hasher.verify(phc, "correct horse battery".toCharArray())).isTrue();
        assertThat(hasher.verify(phc, "correct horse batterz".toCharArray())).isFalse();
    }

    @Test
    void usesAFreshSaltForEveryHash() {
        PasswordHasher hasher = new PasswordHasher(CHEAP);
        assertThat(hasher.hash("same password here".toCharArray())).isNotEqualTo(hasher.hash("same password here".toCharArray()));
    }

    @Test
    void twoPasswordsDifferingOnlyAfterByte72AreDifferentPasswords() {
        PasswordHasher hasher = new PasswordHasher(CHEAP);
        String prefix = "x".repeat(72);
        String phc = hasher.hash((prefix + "A").toCharArray());
        assertThat(hasher.verify(phc, (prefix + "A").toCharArray())).isTrue();
        assertThat(hasher.verify(phc, (prefix + "B").toCharArray())).isFalse();
        assertThat(hasher.verify(phc, prefix.toCharArray())).isFalse();
    }

    @Test
    void asksForARehashWhenTheParametersChanged() {
        String old = new PasswordHasher(CHEAP).hash("correct horse battery".toCharArray());
        PasswordHasher current = new PasswordHasher(new Argon2idParameters(128, 1, 1));
        assertThat(current.needsRehash(old)).isTrue();
        assertThat(current.verify(old, "correct horse battery".toCharArray())).isTrue();
        assertThat(current.needsRehash(current.hash("correct horse battery".toCharArray()))).isFalse();
    }

    @Test
    void refusesMalformedOrHostileStoredStringsWithoutHashing() {
        PasswordHasher hasher = new PasswordHasher(CHEAP);
        char[] pw = "correct horse battery".toCharArray();
        assertThat(hasher.verify("", pw)).isFalse();
        assertThat(hasher.verify("$2b$12$abcdefghijklmnopqrstuv", pw)).isFalse();
        assertThat(hasher.verify("$argon2i$v=19$m=64,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA", pw)).isFalse();
        // a stored value asking for 4 TiB of memory is refused, not attempted
        assertThat(hasher.verify("$argon2id$v=19$m=2147483647,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA", pw)).isFalse();
        assertThat(hasher.needsRehash("garbage")).isTrue();
    }

    @Test
    void aPasswordWithAnUnpairedSurrogateNeverVerifies() {
        PasswordHasher hasher = new PasswordHasher(CHEAP);
        String phc = hasher.hash(new char[0]);
        assertThat(hasher.verify(phc, new char[] {'\uD800'})).isFalse();
    }
}
