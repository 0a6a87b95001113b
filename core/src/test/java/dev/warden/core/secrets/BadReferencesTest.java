package dev.warden.core.secrets;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.InvalidInputException;
import dev.warden.core.Warden;
import dev.warden.secrets.SecretNotFoundException;
import dev.warden.secrets.SecretResolver;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad references through the facade: a clear error naming the scheme (and the field), never a value. */
class BadReferencesTest {

    private static final String PASTED = "Pa55-canary-badref-81c";

    @TempDir
    Path dir;
    private Warden warden;
    private SecretResolver secrets;

    @BeforeEach
    void setUp() {
        warden = Warden.builder().build();
        secrets = warden.secrets();
    }

    @AfterEach
    void tearDown() {
        warden.close();
    }

    @Test
    void anUnknownSchemeIsNamedWithTheInstalledOnes() {
        assertThatThrownBy(() -> secrets.resolve("aws-sm:prod/db"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'aws-sm'").hasMessageContaining("env, file, keystore, vault");
    }

    @Test
    void aMissingFieldIsNamed() throws Exception {
        Path file = Files.writeString(dir.resolve("db.json"), "{\"password\":\"" + PASTED + "\"}");
        assertThatThrownBy(() -> secrets.resolve("file:" + file + "#passwd"))
                .isInstanceOf(SecretNotFoundException.class).hasMessageContaining("'passwd'")
                .hasMessageNotContaining(PASTED);
    }

    @Test
    void aSecretPastedWhereAReferenceBelongsIsNotEchoed() {
        assertThatThrownBy(() -> secrets.resolve(PASTED)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("scheme").hasMessageNotContaining(PASTED);
        assertThatThrownBy(() -> secrets.resolve("")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> secrets.resolve("env:" + "A".repeat(5000))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'env'");
        assertThatThrownBy(() -> secrets.resolve("env:DB\r\nX-Injected: 1")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("control character");
        assertThatThrownBy(() -> secrets.resolve("vault:secret/app#")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'vault'");
        assertThatThrownBy(() -> secrets.resolve("keystore:db?version")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'keystore'");
    }

    @Test
    void aReferenceMalformedForItsStoreNamesTheScheme() {
        assertThatThrownBy(() -> secrets.resolve("env:" + PASTED)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'env'").hasMessageNotContaining(PASTED);
        assertThatThrownBy(() -> secrets.resolve("keystore:../" + PASTED)).isInstanceOf(dev.warden.WardenException.class)
                .hasMessageNotContaining(PASTED);
    }
}
