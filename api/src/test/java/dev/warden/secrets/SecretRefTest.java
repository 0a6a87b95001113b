package dev.warden.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.InvalidInputException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretRefTest {

    @Test
    void parsesAnEnvironmentReference() {
        SecretRef ref = SecretRef.parse("env:WARDEN_JOB_KEY");
        assertThat(ref.scheme()).isEqualTo("env");
        assertThat(ref.path()).isEqualTo("WARDEN_JOB_KEY");
        assertThat(ref.field()).isEmpty();
    }

    @Test
    void parsesAFileReferenceWithAField() {
        SecretRef ref = SecretRef.parse("file:/etc/warden/db.json#password");
        assertThat(ref.path()).isEqualTo("/etc/warden/db.json");
        assertThat(ref.field()).contains("password");
    }

    @Test
    void parsesAVaultReferenceWithFieldAndVersion() {
        SecretRef ref = SecretRef.parse("vault:secret/data/app#password?version=3");
        assertThat(ref.scheme()).isEqualTo("vault");
        assertThat(ref.path()).isEqualTo("secret/data/app");
        assertThat(ref.field()).isEqualTo(Optional.of("password"));
        assertThat(ref.parameter("version")).contains("3");
    }

    @Test
    void theSchemeIsCaseInsensitiveAndStoredInLowerCase() {
        assertThat(SecretRef.parse("ENV:X").scheme()).isEqualTo("env");
    }

    @ParameterizedTest
    @ValueSource(strings = {"env:A", "file:/a/b.json#f", "vault:secret/data/app#password?version=3", "keystore:job-key"})
    void theTextFormReadsBackToAnEqualReference(String text) {
        assertThat(SecretRef.parse(SecretRef.parse(text).toString())).isEqualTo(SecretRef.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "hunter2-no-scheme", ":nothing", "1env:X", "en v:X", "\u00e9nv:X"})
    void referencesWithoutAValidSchemeAreRefusedWithoutEchoingThem(String text) {
        assertThatThrownBy(() -> SecretRef.parse(text))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> {
                    if (!text.isBlank()) {
                        assertThat(e.getMessage()).doesNotContain(text.trim());
                    }
                });
    }

    @Test
    void aMalformedReferenceShowsItsSchemeButNotItsValue() {
        String literalPassword = "S3cr3t-P4ssw0rd-pasted-by-mistake";
        assertThatThrownBy(() -> SecretRef.parse("vault:" + literalPassword + "#"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'vault'")
                .hasMessageNotContaining(literalPassword);
        assertThatThrownBy(() -> SecretRef.parse("vault:path#f?version" + literalPassword))
                .hasMessageContaining("'vault'")
                .hasMessageNotContaining(literalPassword);
        assertThatThrownBy(() -> SecretRef.parse("env:"))
                .hasMessageContaining("'env'")
                .hasMessageContaining("path is empty");
    }

    @Test
    void controlCharactersAreRefused() {
        assertThatThrownBy(() -> SecretRef.parse("env:A\nB")).hasMessageContaining("control character");
    }

    @Test
    void aHugeReferenceIsRefused() {
        assertThatThrownBy(() -> SecretRef.parse("env:" + "A".repeat(10_000))).hasMessageContaining("longer than");
    }
}
