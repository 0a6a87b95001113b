package dev.warden.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import dev.warden.audit.Actor;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.audit.Outcome;
import dev.warden.config.ConfigNode;
import dev.warden.core.Warden;
import dev.warden.core.audit.jsonl.JsonlAuditReader;
import dev.warden.core.config.WardenConfiguration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Alert thresholds and windows from {@code audit.alerts} in {@code warden.json}: defaults, overrides, refusals. */
class AlertRulesConfigurationTest {

    static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");

    @TempDir
    Path dir;

    private static Optional<ConfigNode> alerts(String json) {
        return WardenConfiguration.parse("{\"environment\":\"development\",\"audit\":{\"alerts\":" + json + "}}", "test")
                .section("audit").child("alerts");
    }

    private static List<AuditEvent> feed(AlertRules.Builder builder, List<AuditEvent> events) {
        List<AuditEvent> alerts = new ArrayList<>();
        AlertRules rules = builder.handler(alerts::add).build();
        events.forEach(rules::onRecorded);
        return alerts;
    }

    private static AuditEvent event(AuditEventType type, String user, String source, Instant time) {
        return AuditEvent.builder(type).outcome(type == AuditEventType.ACCESS_DENIED ? Outcome.DENIED : Outcome.FAILURE)
                .actor(Actor.user(user, "password")).sourceAddress(source).time(time).build();
    }

    private static List<AuditEvent> failures(String user, String source, int n, Duration apart) {
        List<AuditEvent> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            events.add(event(AuditEventType.LOGIN_FAILED, user, source, T0.plus(apart.multipliedBy(i))));
        }
        return events;
    }

    @Test
    void withoutAnAlertsSectionTheDocumentedDefaultsApply() {
        AlertRules.Builder defaults = AlertRules.fromConfiguration(Optional.empty()).orElseThrow();
        assertThat(feed(defaults, failures("alice", "", 4, Duration.ofMinutes(1)))).isEmpty();
        defaults = AlertRules.fromConfiguration(Optional.empty()).orElseThrow();
        assertThat(feed(defaults, failures("alice", "", 5, Duration.ofMinutes(1))))
                .singleElement().satisfies(a -> assertThat(a.details()).containsEntry("rule", "failed-logins-per-user")
                        .containsEntry("window", "PT15M"));
    }

    @Test
    void aConfiguredCountAndWindowReplaceTheDefaults() {
        Optional<ConfigNode> config = alerts("{\"failedLoginsPerUser\":{\"count\":2,\"window\":\"1m\"}}");
        assertThat(feed(AlertRules.fromConfiguration(config).orElseThrow(), failures("bob", "", 2, Duration.ofSeconds(30))))
                .singleElement().satisfies(a -> assertThat(a.details()).containsEntry("subject", "bob")
                        .containsEntry("count", "2").containsEntry("window", "PT1M"));
        assertThat(feed(AlertRules.fromConfiguration(config).orElseThrow(), failures("bob", "", 3, Duration.ofMinutes(2))))
                .as("failures further apart than the configured window").isEmpty();
    }

    @Test
    void perSourceAndAccessDeniedThresholdsAreConfigurable() {
        Optional<ConfigNode> config = alerts("{\"failedLoginsPerSource\":{\"count\":3,\"window\":\"10m\"},"
                + "\"accessDeniedBurst\":{\"count\":2,\"window\":\"30s\"}}");
        List<AuditEvent> events = new ArrayList<>();
        events.add(event(AuditEventType.LOGIN_FAILED, "u1", "192.0.2.7", T0));
        events.add(event(AuditEventType.LOGIN_FAILED, "u2", "192.0.2.7", T0.plusSeconds(10)));
        events.add(event(AuditEventType.LOGIN_FAILED, "u3", "192.0.2.7", T0.plusSeconds(20)));
        events.add(event(AuditEventType.ACCESS_DENIED, "carol", "", T0.plusSeconds(30)));
        events.add(event(AuditEventType.ACCESS_DENIED, "carol", "", T0.plusSeconds(40)));
        assertThat(feed(AlertRules.fromConfiguration(config).orElseThrow(), events))
                .extracting(a -> a.details().get("rule") + ":" + a.details().get("subject"))
                .containsExactly("failed-logins-per-source:192.0.2.7", "access-denied-burst:carol");
    }

    @Test
    void unusualReadsUseTheConfiguredMinimumFactorAndWindow() {
        Optional<ConfigNode> config = alerts("{\"unusualDataSourceReads\":{\"minimum\":2,\"factor\":\"1.5\",\"window\":\"1h\"}}");
        List<AuditEvent> events = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            events.add(AuditEvent.builder(AuditEventType.DATA_SOURCE_READ).actor(Actor.user("dave", "oidc"))
                    .resource("data-source:s" + i).time(T0.plusSeconds(i)).build());
        }
        assertThat(feed(AlertRules.fromConfiguration(config).orElseThrow(), events))
                .singleElement().satisfies(a -> assertThat(a.details()).containsEntry("rule", "unusual-data-source-reads")
                        .containsEntry("count", "4").containsEntry("window", "PT1H"));
    }

    @Test
    void enabledFalseTurnsTheRulesOff() {
        assertThat(AlertRules.fromConfiguration(alerts("{\"enabled\":false}"))).isEmpty();
    }

    @Test
    void anUnknownRuleOrRuleSettingIsRefusedByName() {
        assertThatThrownBy(() -> AlertRules.fromConfiguration(alerts("{\"failedLoginPerUser\":{\"count\":3}}")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("audit.alerts.failedLoginPerUser")
                .hasMessageContaining("failedLoginsPerUser");
        assertThatThrownBy(() -> AlertRules.fromConfiguration(alerts("{\"accessDeniedBurst\":{\"count\":3,\"windw\":\"1m\"}}")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("audit.alerts.accessDeniedBurst.windw");
        assertThatThrownBy(() -> AlertRules.fromConfiguration(alerts("{\"unusualDataSourceReads\":{\"count\":3}}")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("audit.alerts.unusualDataSourceReads.count");
    }

    @Test
    void badThresholdsAndWindowsAreRefusedNamingTheSetting() {
        assertThatThrownBy(() -> AlertRules.fromConfiguration(alerts("{\"failedLoginsPerUser\":{\"count\":0}}")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("audit.alerts.failedLoginsPerUser.count");
        assertThatThrownBy(() -> AlertRules.fromConfiguration(alerts("{\"failedLoginsPerUser\":{\"count\":\"five\"}}")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("audit.alerts.failedLoginsPerUser.count");
        assertThatThrownBy(() -> AlertRules.fromConfiguration(alerts("{\"failedLoginsPerSource\":{\"window\":\"0s\"}}")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("audit.alerts.failedLoginsPerSource.window");
        assertThatThrownBy(() -> AlertRules.fromConfiguration(alerts("{\"unusualDataSourceReads\":{\"factor\":\"NaN\"}}")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("audit.alerts.unusualDataSourceReads.factor");
    }

    @Test
    void anUnknownSettingInTheAuditSectionIsRefused() {
        String json = "{\"environment\":\"development\",\"audit\":{\"sink\":[{\"type\":\"slf4j\"}]}}";
        assertThatThrownBy(() -> Warden.builder().configuration(WardenConfiguration.parse(json, "test")).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("audit.sink").hasMessageContaining("sinks");
    }

    @Test
    void theConfiguredPipelineRecordsAnAlertEventInTheLog() throws Exception {
        Path log = dir.resolve("log");
        String json = "{\"environment\":\"development\",\"audit\":{\"sinks\":[{\"type\":\"jsonl\",\"directory\":\"" + log
                + "\"}],\"alerts\":{\"failedLoginsPerUser\":{\"count\":2,\"window\":\"5m\"}}}}";
        try (Warden warden = Warden.builder().configuration(WardenConfiguration.parse(json, "test")).build()) {
            for (int i = 0; i < 2; i++) {
                warden.auditLog().record(AuditEvent.builder(AuditEventType.LOGIN_FAILED).outcome(Outcome.FAILURE)
                        .actor(Actor.user("eve", "password")).build());
            }
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (new JsonlAuditReader(log).readAll().stream().noneMatch(e -> e.type() == AuditEventType.ALERT)) {
                assertThat(System.nanoTime()).as("ALERT recorded within 10 s").isLessThan(deadline);
                Thread.sleep(10);
            }
        }
        assertThat(Files.exists(log)).isTrue();
        assertThat(new JsonlAuditReader(log).readAll()).filteredOn(e -> e.type() == AuditEventType.ALERT)
                .singleElement().satisfies(a -> assertThat(a.details()).containsEntry("subject", "eve"));
    }
}
