package dev.warden.core.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretRef;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Key material is read one way: {@code hex:} and {@code base64:} decoded, keystore entries binary, other text as is. */
class KeyMaterialTest {

    static final byte[] KEY = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");

    private static byte[] read(String ref, String value) {
        SecretRef parsed = SecretRef.parse(ref);
        try (Secret secret = Secret.of(parsed, value.getBytes(StandardCharsets.UTF_8), "1", Instant.EPOCH, Optional.empty())) {
            return KeyMaterial.decode(parsed, secret, "--key");
        }
    }

    @Test
    void theReadmesOpensslHexHintWithItsPrefixGivesThirtyTwoBytes() {
        // export WARDEN_JOB_KEY=hex:$(openssl rand -hex 32), with the line feed a file would end with
        assertThat(read("env:WARDEN_JOB_KEY", "hex:" + HexFormat.of().formatHex(KEY) + "\n")).hasSize(32).isEqualTo(KEY);
    }

    @Test
    void base64IsDecoded() {
        assertThat(read("file:/run/secrets/key", "base64:" + Base64.getEncoder().encodeToString(KEY))).isEqualTo(KEY);
    }

    @Test
    void aKeystoreEntryIsItsBytes() {
        SecretRef ref = SecretRef.parse("keystore:job-key");
        try (Secret secret = Secret.of(ref, KEY.clone(), "1", Instant.EPOCH, Optional.empty())) {
            assertThat(KeyMaterial.decode(ref, secret, "--key")).isEqualTo(KEY);
        }
    }

    @Test
    void unprefixedTextIsItsUtf8Bytes() {
        assertThat(read("env:K", "correct horse battery staple")).isEqualTo("correct horse battery staple"
                .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void unprefixedHexIsReadAsTextWithAWarningNamingTheReferenceNotTheValue() {
        String hex = HexFormat.of().formatHex(KEY);
        String logged;
        byte[] key;
        try (LogCapture capture = new LogCapture()) {
            key = read("env:WARDEN_JOB_KEY", hex);
            logged = capture.text();
        }
        assertThat(key).hasSize(64);
        assertThat(logged).contains("env:WARDEN_JOB_KEY").contains("hex:").doesNotContain(hex);
    }

    @Test
    void malformedPrefixedValuesAreRefusedWithoutQuotingThem() {
        assertThatThrownBy(() -> read("env:K", "hex:abc")).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("--key").hasMessageContaining("even number").hasMessageNotContaining("abc");
        assertThatThrownBy(() -> read("env:K", "hex:zz11")).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("not a hex digit").hasMessageNotContaining("zz11");
        assertThatThrownBy(() -> read("env:K", "base64:***")).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("not valid Base64");
    }
}
