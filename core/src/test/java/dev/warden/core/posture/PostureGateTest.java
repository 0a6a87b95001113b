package dev.warden.core.posture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.audit.AuditUnavailableException;
import dev.warden.core.Warden;
import dev.warden.core.audit.jsonl.JsonlAuditReader;
import dev.warden.core.config.WardenConfiguration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In production, Warden.builder().build() refuses a failing critical posture item unless an audited override names a reason. */
class PostureGateTest {

    private static final String BARE_PRODUCTION = "{\"environment\": \"production\"}";

    @TempDir
    Path dir;

    private static Warden.Builder builder(String json) {
        return Warden.builder().configuration(WardenConfiguration.parse(json, "warden.json"));
    }

    @Test
    void productionRefusesToStartWithAFailingCriticalItemNamingIt() {
        assertThatThrownBy(() -> builder(BARE_PRODUCTION).build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("production refuses to start")
                .hasMessageContaining("audit.enabled")
                .hasMessageContaining("rbac.enforced (the policy holds no grant")
                .hasMessageContaining("postureOverride");
    }

    @Test
    void anOverrideWithAReasonStartsAndRecordsTheReasonAndTheFailingItems() {
        List<AuditEvent> events = new ArrayList<>();
        try (Warden warden = builder(BARE_PRODUCTION).auditLog(events::add).postureOverride("CHG-1234: migration window").build()) {
            assertThat(warden.posture()).isPresent();
            assertThat(warden.posture().get().criticalFailures()).extracting(PostureItem::id).contains("audit.enabled");
        }
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(AuditEventType.CONFIGURATION_CHANGED);
            assertThat(e.details()).containsEntry("posture", "override").containsEntry("reason", "CHG-1234: migration window");
            assertThat(e.details().get("failingItems")).contains("audit.enabled", "rbac.enforced");
        });
    }

    @Test
    void theOverrideIsRecordedInTheConfiguredAuditLog() throws IOException {
        Path key = dir.resolve("audit.key");
        Files.writeString(key, "posture-gate-audit-key-0123456789abcdef");
        // production refuses a key file others can read
        Files.setPosixFilePermissions(key, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        Path log = dir.resolve("audit");
        String json = """
                {"environment": "production",
                 "audit": {"key": "file:%s", "sinks": [{"type": "jsonl", "directory": "%s"}]}}
                """.formatted(key, log);
        try (Warden warden = builder(json).postureOverride("CHG-77").build()) {
            assertThat(warden.posture()).isPresent();
        }
        List<AuditEvent> recorded = new JsonlAuditReader(log).readAll();
        assertThat(recorded).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(AuditEventType.CONFIGURATION_CHANGED);
            assertThat(e.details()).containsEntry("reason", "CHG-77");
        });
    }

    @Test
    void anOverrideThatCannotBeAuditedStopsTheBuild() {
        assertThatThrownBy(() -> builder(BARE_PRODUCTION).auditLog(e -> {
            throw new AuditUnavailableException("no sink stored the event");
        }).postureOverride("CHG-1").build()).isInstanceOf(AuditUnavailableException.class);
    }

    @Test
    void anOverrideReasonMustBeOneNonBlankLine() {
        assertThatThrownBy(() -> builder(BARE_PRODUCTION).postureOverride("  ").build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("reason is empty");
        assertThatThrownBy(() -> builder(BARE_PRODUCTION).postureOverride("ok\nFAKE LOG LINE").build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("control character");
        assertThatThrownBy(() -> builder(BARE_PRODUCTION).postureOverride("x".repeat(501)).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("longer than 500");
    }

    @Test
    void developmentAndStagingStartWhateverThePosture() {
        for (String env : List.of("development", "staging")) {
            try (Warden warden = builder("{\"environment\": \"" + env + "\"}").build()) {
                assertThat(warden.posture()).isEmpty();
            }
        }
    }
}
