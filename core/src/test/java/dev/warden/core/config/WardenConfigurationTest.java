package dev.warden.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WardenConfigurationTest {

    @Test
    void theEnvironmentDefaultsToDevelopment() {
        assertThat(WardenConfiguration.parse("{}", "test").environment()).isEqualTo(Environment.DEVELOPMENT);
    }

    @Test
    void readsTheEnvironment() {
        assertThat(WardenConfiguration.parse("{\"environment\":\"production\"}", "test").environment())
                .isEqualTo(Environment.PRODUCTION);
    }

    @Test
    void malformedJsonIsRefusedWithLineAndColumn() {
        assertThatThrownBy(() -> WardenConfiguration.parse("{\n  \"audit\": {,\n}", "warden.json"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("warden.json")
                .hasMessageContaining("line 2");
    }

    @Test
    void aMisspeltSectionIsRefusedRatherThanIgnored() {
        assertThatThrownBy(() -> WardenConfiguration.parse("{\"audti\":{}}", "warden.json"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("'audti'");
    }

    @Test
    void aDuplicateKeyIsRefused() {
        assertThatThrownBy(() -> WardenConfiguration.parse("{\"environment\":\"development\",\"environment\":\"production\"}", "w"))
                .isInstanceOf(ConfigurationException.class);
    }

    @Test
    void anUnknownEnvironmentIsRefused() {
        assertThatThrownBy(() -> WardenConfiguration.parse("{\"environment\":\"prod\"}", "w"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("development, staging, production");
    }

    @Test
    void aMissingFileIsAConfigurationError() {
        assertThatThrownBy(() -> WardenConfiguration.load(Path.of("/nonexistent/warden.json")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void settingsAreReadWithTheirPathInErrors() {
        WardenConfiguration config = WardenConfiguration.parse(
                "{\"audit\":{\"timeout\":\"500ms\",\"sinks\":[{\"type\":\"jsonl\",\"maxBytes\":\"lots\"}]}}", "w");
        var audit = config.section("audit");
        assertThat(audit.duration("timeout", Duration.ofSeconds(1))).isEqualTo(Duration.ofMillis(500));
        var sink = audit.children("sinks").get(0);
        assertThat(sink.requireString("type")).isEqualTo("jsonl");
        assertThatThrownBy(() -> sink.longValue("maxBytes", 0))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("audit.sinks[0].maxBytes");
        assertThatThrownBy(() -> sink.requireString("directory"))
                .hasMessageContaining("audit.sinks[0].directory");
    }

    @Test
    void aMalformedSecretReferenceShowsTheSettingButNotTheValue() {
        var node = WardenConfiguration.parse("{\"secrets\":{\"key\":\"vault:#\"}}", "w").section("secrets");
        assertThatThrownBy(() -> node.secretRef("key"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("secrets.key")
                .hasMessageContaining("'vault'");
    }

    @Test
    void durationsInEveryDocumentedForm() {
        assertThat(JsonConfigNode.parseDuration("x", "PT1S")).isEqualTo(Duration.ofSeconds(1));
        assertThat(JsonConfigNode.parseDuration("x", "30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(JsonConfigNode.parseDuration("x", "5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(JsonConfigNode.parseDuration("x", "12h")).isEqualTo(Duration.ofHours(12));
        assertThat(JsonConfigNode.parseDuration("x", "90d")).isEqualTo(Duration.ofDays(90));
        assertThatThrownBy(() -> JsonConfigNode.parseDuration("x", "10")).isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> JsonConfigNode.parseDuration("x", "-5s")).isInstanceOf(ConfigurationException.class);
    }
}
