package dev.warden.core.posture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import dev.warden.core.config.WardenConfiguration;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile configuration files get a clear ConfigurationException, never a hang, a stack overflow or a leak. */
class HostileConfigurationTest {

    @TempDir
    Path dir;

    private static PostureReport check(String json) {
        return PostureCheck.builder(WardenConfiguration.parse(json, "hostile.json")).build().evaluate();
    }

    @Test
    void aFileLargerThanSixteenMebibytesIsRefusedBeforeItIsRead() throws IOException {
        Path file = dir.resolve("huge.json");
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] chunk = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 17; i++) {
                out.write(chunk);
            }
        }
        assertThatThrownBy(() -> WardenConfiguration.load(file)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("huge.json is larger than 16 MiB");
    }

    @Test
    void aLargeButAcceptedConfigurationIsCheckedWithoutTrouble() {
        StringBuilder json = new StringBuilder("{\"environment\": \"staging\", \"deid\": {\"notes\": [");
        for (int i = 0; i < 50_000; i++) {
            json.append(i == 0 ? "" : ",").append("\"note number ").append(i).append('"');
        }
        json.append("], \"blob\": \"").append("A1b2C3d4".repeat(200_000)).append("\"}}");
        PostureReport report = check(json.toString());
        assertThat(report.item("secrets.hardcoded").status()).isEqualTo(PostureStatus.PASS);
    }

    @Test
    void deepNestingBeyondTheParserLimitIsAClearError() {
        String json = "{\"deid\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        assertThatThrownBy(() -> WardenConfiguration.parse(json, "deep.json")).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("deep.json is not valid JSON").hasMessageContaining("nesting depth");
    }

    @Test
    void deepNestingWithinTheParserLimitIsRefusedByTheCheckNamingThePath() {
        String json = "{\"deid\": {\"x\": " + "[".repeat(200) + "]".repeat(200) + "}}";
        assertThatThrownBy(() -> check(json)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("deid.x[0][0]").hasMessageContaining("nested more than 64 levels deep");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedAsSuch() throws IOException {
        Path file = dir.resolve("latin1.json");
        Files.write(file, "{\"environment\": \"production\", \"auth\": {\"name\": \"Jos\u00e9\"}}".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> WardenConfiguration.load(file)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("latin1.json is not UTF-8 text");
    }

    @Test
    void aDuplicateKeyIsRefusedWithItsLine() {
        String json = "{\"environment\": \"production\",\n \"environment\": \"development\"}";
        assertThatThrownBy(() -> WardenConfiguration.parse(json, "dup.json")).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("dup.json is not valid JSON at line 2").hasMessageContaining("Duplicate field 'environment'");
    }

    @Test
    void aDuplicateKeyInsideASectionIsRefusedToo() {
        String json = "{\"audit\": {\"mode\": \"fail-closed\", \"mode\": \"best-effort\"}}";
        assertThatThrownBy(() -> WardenConfiguration.parse(json, "dup.json")).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("Duplicate field 'mode'");
    }
}
