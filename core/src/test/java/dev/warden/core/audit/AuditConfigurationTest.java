package dev.warden.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.core.Warden;
import dev.warden.core.audit.jsonl.JsonlAuditReader;
import dev.warden.core.config.WardenConfiguration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code Warden.auditLog()} from the {@code audit} section: key from the secret store, sinks from plug-ins. */
class AuditConfigurationTest {

    @TempDir
    Path dir;

    private String json(String environment, String audit) {
        return "{\"environment\":\"" + environment + "\",\"audit\":" + audit + "}";
    }

    @Test
    void theConfiguredPipelineRecordsWithTheKeyFromTheSecretStore() throws Exception {
        Path key = dir.resolve("audit.key");
        Files.writeString(key, "configured-audit-secret-0123456789");
        Path log = dir.resolve("log");
        String audit = "{\"key\":\"file:" + key + "\",\"timeout\":\"2s\",\"sinks\":[{\"type\":\"jsonl\",\"directory\":\""
                + log + "\"},{\"type\":\"slf4j\"}]}";
        try (Warden warden = Warden.builder().configuration(WardenConfiguration.parse(json("development", audit), "test")).build()) {
            warden.auditLog().record(AuditEvent.builder(AuditEventType.CONFIGURATION_CHANGED).build());
            assertThat(warden.auditLog().sinkNames()).containsExactly("jsonl", "slf4j");
        }
        HmacChainKey chainKey = HmacChainKey.derive("configured-audit-secret-0123456789".getBytes(StandardCharsets.US_ASCII));
        assertThat(new JsonlAuditReader(log).verify(chainKey).intact()).isTrue();
        assertThat(new JsonlAuditReader(log).readAll()).extracting(AuditEvent::type)
                .contains(AuditEventType.CONFIGURATION_CHANGED)
                .containsOnly(AuditEventType.CONFIGURATION_CHANGED, AuditEventType.SECRET_ACCESSED);
    }

    /**
     * A production instance whose start-up posture gate is overridden (this minimal configuration has no SSO and no
     * grants), the override recorded in a separate log, so the tests below see the audit section's own rules.
     */
    private Warden productionWarden(String audit) {
        List<AuditEvent> overrides = new java.util.ArrayList<>();
        Warden warden = Warden.builder().configuration(WardenConfiguration.parse(json("production", audit), "test"))
                .auditLog(overrides::add).postureOverride("test of the audit section only").build();
        assertThat(overrides).extracting(AuditEvent::type).containsExactly(AuditEventType.CONFIGURATION_CHANGED);
        return warden;
    }

    @Test
    void productionRequiresAKey() {
        String audit = "{\"sinks\":[{\"type\":\"slf4j\"}]}";
        try (Warden warden = productionWarden(audit)) {
            assertThatThrownBy(warden::auditLog).isInstanceOf(ConfigurationException.class).hasMessageContaining("audit.key");
        }
    }

    @Test
    void productionRefusesBestEffort() throws Exception {
        Path key = dir.resolve("k");
        Files.writeString(key, "configured-audit-secret-0123456789");
        Files.setPosixFilePermissions(key, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        String audit = "{\"key\":\"file:" + key + "\",\"mode\":\"best-effort\",\"sinks\":[{\"type\":\"slf4j\"}]}";
        try (Warden warden = productionWarden(audit)) {
            assertThatThrownBy(warden::auditLog).isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("best-effort is not allowed in production");
        }
    }

    @Test
    void anUnknownSinkTypeNamesTheSettingAndTheInstalledTypes() {
        String audit = "{\"sinks\":[{\"type\":\"kafka\"}]}";
        assertThatThrownBy(() -> Warden.builder().configuration(WardenConfiguration.parse(json("development", audit), "test")).build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("audit.sinks[0].type").hasMessageContaining("jsonl");
    }

    @Test
    void noSinkIsAConfigurationError() {
        try (Warden warden = Warden.builder().configuration(WardenConfiguration.parse(json("development", "{}"), "test")).build()) {
            assertThatThrownBy(warden::auditLog).isInstanceOf(ConfigurationException.class).hasMessageContaining("no audit sink");
        }
    }
}
