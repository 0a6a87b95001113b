package dev.warden.core.auth.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import dev.warden.core.config.WardenConfiguration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.defaults();

    @Test
    void acceptsALongUncommonPassphrase() {
        assertThatCode(() -> policy.check("alice", "violet tractor ink harbour".toCharArray())).doesNotThrowAnyException();
    }

    @Test
    void refusesFewerThanTwelveCharactersCountingCodePoints() {
        assertThatThrownBy(() -> policy.check("alice", "elevenchars".toCharArray()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("12 characters");
        // 12 emoji are 24 chars in UTF-16 but 12 characters: accepted
        assertThatCode(() -> policy.check("alice", "😀😁😂🤣😃😄😅😆😉😊😋😎".toCharArray())).doesNotThrowAnyException();
        // 11 emoji: refused though 22 UTF-16 chars
        assertThatThrownBy(() -> policy.check("alice", "😀😁😂🤣😃😄😅😆😉😊😋".toCharArray()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void refusesAOneMebibytePasswordWithoutEchoingIt() {
        char[] huge = new char[1024 * 1024];
        Arrays.fill(huge, 'a');
        huge[0] = 'Q';
        assertThat(policy.tooLong(huge)).isTrue();
        assertThatThrownBy(() -> policy.check("alice", huge)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("1024 bytes").hasMessageNotContaining("Qaaa");
    }

    @Test
    void countsTheLimitInUtf8Bytes() {
        char[] threeByteChars = new char[342]; // 1,026 bytes in UTF-8
        Arrays.fill(threeByteChars, '€');
        assertThat(policy.tooLong(threeByteChars)).isTrue();
        assertThat(policy.tooLong(Arrays.copyOf(threeByteChars, 341))).isFalse();
    }

    @Test
    void refusesCommonPasswordsFromTheBuiltInListIgnoringCase() {
        assertThatThrownBy(() -> policy.check("alice", "1qaz2wsx3edc".toCharArray()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("common").hasMessageNotContaining("1qaz");
        assertThatThrownBy(() -> policy.check("alice", "1QAZ2WSX3EDC".toCharArray())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anOperatorCanExtendTheListWithAFile(@TempDir Path dir) throws Exception {
        Path banned = dir.resolve("banned.txt");
        Files.writeString(banned, "# our company name\nAcmeCorporation2026\n");
        PasswordPolicy extended = PasswordPolicy.from(WardenConfiguration.parse(
                "{\"auth\": {\"passwordPolicy\": {\"commonPasswordFiles\": [\"" + banned.toString().replace("\\", "\\\\") + "\"]}}}",
                "test").section("auth").child("passwordPolicy").orElseThrow());
        assertThatThrownBy(() -> extended.check("alice", "acmecorporation2026".toCharArray())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> extended.check("alice", "1qaz2wsx3edc".toCharArray())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> policy.withCommonPasswords(Set.of("Correct-Horse-Staple")).check("bob", "correct-horse-staple".toCharArray()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aMissingListFileIsAConfigurationErrorNamingTheSetting() {
        assertThatThrownBy(() -> PasswordPolicy.from(WardenConfiguration.parse(
                "{\"auth\": {\"passwordPolicy\": {\"commonPasswordFiles\": [\"/nonexistent/list.txt\"]}}}", "test")
                .section("auth").child("passwordPolicy").orElseThrow()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("passwordPolicy.commonPasswordFiles[0]");
    }

    @Test
    void theMinimumCannotBeConfiguredBelowTwelve() {
        assertThatThrownBy(() -> PasswordPolicy.from(WardenConfiguration.parse(
                "{\"auth\": {\"passwordPolicy\": {\"minLength\": 8}}}", "test").section("auth").child("passwordPolicy").orElseThrow()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("minLength");
    }

    @Test
    void refusesThePasswordEqualToTheUserNameAndSingleRepeatedCharacters() {
        assertThatThrownBy(() -> policy.check("administrator1", "Administrator1".toCharArray())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> policy.check("alice", "zzzzzzzzzzzzzzzz".toCharArray())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aStrengthThresholdWithoutAnEstimatorOnTheClassPathNamesTheModuleToAdd() throws Exception {
        var node = new dev.warden.core.config.JsonConfigNode(new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree("{\"minGuessesLog10\": 10}"), "auth.providers[0].passwordPolicy");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PasswordPolicy.from(node))
                .isInstanceOf(dev.warden.core.plugin.MissingExtensionException.class)
                .hasMessageContaining("auth.providers[0].passwordPolicy.minGuessesLog10").hasMessageContaining("warden-passwords");
    }
}
