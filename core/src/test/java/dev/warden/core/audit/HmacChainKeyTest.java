package dev.warden.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class HmacChainKeyTest {

    @Test
    void hkdfMatchesRfc5869TestCase3() {
        // RFC 5869, A.3: IKM = 0x0b x 22, salt and info empty; OKM's first 32 octets.
        byte[] ikm = new byte[22];
        Arrays.fill(ikm, (byte) 0x0b);
        assertThat(HexFormat.of().formatHex(HmacChainKey.hkdfSha256(ikm, new byte[0])))
                .isEqualTo("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d");
    }

    @Test
    void hmacMatchesRfc4231TestCase2() {
        // RFC 4231, 4.3: key "Jefe", data "what do ya want for nothing?".
        byte[] mac = HmacChainKey.hmac("Jefe".getBytes(StandardCharsets.US_ASCII),
                "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII));
        assertThat(HexFormat.of().formatHex(mac)).isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void differentPurposesGiveDifferentKeysAndNoKeyMaterialIsShown() {
        byte[] secret = "a-secret-of-enough-length-123456".getBytes(StandardCharsets.US_ASCII);
        HmacChainKey chain = HmacChainKey.derive(secret);
        HmacChainKey other = HmacChainKey.derive(secret, AuditPipeline.SENSITIVE_PURPOSE);
        assertThat(chain).isNotEqualTo(other).isEqualTo(HmacChainKey.derive(secret));
        assertThat(chain.keyId()).hasSize(16).isNotEqualTo(other.keyId());
        assertThat(chain.toString()).doesNotContain("a-secret");
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> HmacChainKey.derive(new byte[15])).hasMessageContaining("at least 16 bytes");
    }
}
