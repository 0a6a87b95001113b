package dev.warden.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import dev.warden.config.ConfigNode;
import dev.warden.core.Warden;
import dev.warden.spi.audit.AuditSink;
import dev.warden.spi.audit.AuditSinkFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

class PluginDiscoveryTest {

    @Test
    void findsATestPluginThroughServiceLoader() {
        try (Warden warden = Warden.builder().build()) {
            assertThat(warden.auditSinkTypes().find("test-sink")).containsInstanceOf(TestSinkFactory.class);
        }
    }

    @Test
    void skipsAPluginWhoseConstructorThrowsWithOneProblemNamingItsClass() {
        try (Warden warden = Warden.builder().build()) {
            assertThat(warden.auditSinkTypes().names()).doesNotContain("broken");
            assertThat(warden.pluginProblems()).singleElement().satisfies(problem -> {
                assertThat(problem.className()).isEqualTo(BrokenSinkFactory.class.getName());
                assertThat(problem.reason()).contains("broken on purpose");
            });
        }
    }

    @Test
    void twoPluginsWithTheSameNameFailNamingBothClasses() throws Exception {
        URL extra = getClass().getClassLoader().getResource("duplicate-plugins/");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {extra}, getClass().getClassLoader())) {
            assertThatThrownBy(() -> Warden.builder().classLoader(loader).build())
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining(TestSinkFactory.class.getName())
                    .hasMessageContaining(ImpostorSinkFactory.class.getName())
                    .hasMessageContaining("'test-sink'");
        }
    }

    @Test
    void anExplicitPluginWinsOverADiscoveredOneOfTheSameName() {
        AuditSinkFactory explicit = new AuditSinkFactory() {
            @Override
            public String type() {
                return "test-sink";
            }

            @Override
            public AuditSink create(ConfigNode config) {
                throw new UnsupportedOperationException();
            }
        };
        try (Warden warden = Warden.builder().plugin(explicit).build()) {
            assertThat(warden.auditSinkTypes().find("test-sink")).containsSame(explicit);
        }
    }

    @Test
    void requiringAnUnknownNameListsTheInstalledOnes() {
        PluginRegistry<AuditSinkFactory> registry = PluginRegistry.discover(AuditSinkFactory.class,
                f -> List.of(f.type()), getClass().getClassLoader(), List.of());
        assertThatThrownBy(() -> registry.require("sylog", "audit.sinks[0].type"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("audit.sinks[0].type")
                .hasMessageContaining("'sylog'")
                .hasMessageContaining("test-sink");
    }

    @Test
    void auditSinksListsTheConfiguredSinksByNameNotTheInstalledTypes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        String json = """
                {"audit": {"sinks": [
                  {"type": "jsonl", "name": "primary", "directory": "%s"},
                  {"type": "slf4j"}
                ]}}""".formatted(dir.resolve("audit").toString().replace("\\", "\\\\"));
        try (Warden warden = Warden.builder()
                .configuration(dev.warden.core.config.WardenConfiguration.parse(json, "warden.json")).build()) {
            assertThat(warden.auditSinks().names()).containsExactly("primary", "slf4j");
            assertThat(warden.auditSinks().types()).containsExactly("jsonl", "slf4j");
            assertThat(warden.auditSinkTypes().names()).contains("jsonl", "slf4j", "syslog", "test-sink");
        }
    }

    @Test
    void auditSinksIsEmptyWithoutAnAuditSection() {
        try (Warden warden = Warden.builder().build()) {
            assertThat(warden.auditSinks().names()).isEmpty();
        }
    }
}
