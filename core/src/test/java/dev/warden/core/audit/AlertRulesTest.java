package dev.warden.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.audit.Actor;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.audit.AuditLog;
import dev.warden.audit.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each alerting rule fires at its threshold, within its window only, records an ALERT and calls the handlers. */
class AlertRulesTest {

    static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");
    final List<AuditEvent> recorded = new ArrayList<>();
    final List<AuditEvent> handled = new ArrayList<>();
    final AuditLog log = recorded::add;

    private AlertRules rules() {
        AlertRules rules = AlertRules.builder().failedLoginsPerUser(3, Duration.ofMinutes(10))
                .failedLoginsPerSource(4, Duration.ofMinutes(10)).accessDeniedBurst(2, Duration.ofMinutes(1))
                .unusualDataSourceReads(2, 2.0, Duration.ofDays(1)).handler(handled::add).build();
        rules.recordTo(log);
        return rules;
    }

    private static AuditEvent failed(String user, String source, Instant time) {
        return AuditEvent.builder(AuditEventType.LOGIN_FAILED).outcome(Outcome.FAILURE).actor(Actor.user(user, "password"))
                .sourceAddress(source).time(time).build();
    }

    @Test
    void failedLoginsOfOneUserWithinTheWindowRaiseAnAlert() {
        AlertRules rules = rules();
        rules.onRecorded(failed("alice", "10.0.0.1", T0));
        rules.onRecorded(failed("alice", "10.0.0.2", T0.plusSeconds(60)));
        assertThat(handled).isEmpty();
        rules.onRecorded(failed("alice", "10.0.0.3", T0.plusSeconds(120)));
        assertThat(handled).singleElement().satisfies(alert -> {
            assertThat(alert.type()).isEqualTo(AuditEventType.ALERT);
            assertThat(alert.details()).containsEntry("rule", "failed-logins-per-user").containsEntry("subject", "alice")
                    .containsEntry("count", "3");
        });
        assertThat(recorded).containsExactlyElementsOf(handled);
    }

    @Test
    void failuresSpreadWiderThanTheWindowDoNotAlert() {
        AlertRules rules = rules();
        rules.onRecorded(failed("bob", "10.0.0.1", T0));
        rules.onRecorded(failed("bob", "10.0.0.2", T0.plus(Duration.ofMinutes(11))));
        rules.onRecorded(failed("bob", "10.0.0.3", T0.plus(Duration.ofMinutes(22))));
        assertThat(handled).isEmpty();
    }

    @Test
    void failedLoginsFromOneAddressAcrossUsersRaiseAnAlert() {
        AlertRules rules = rules();
        for (int i = 0; i < 4; i++) {
            rules.onRecorded(failed("user" + i, "203.0.113.9", T0.plusSeconds(i)));
        }
        assertThat(handled).extracting(a -> a.details().get("rule")).containsExactly("failed-logins-per-source");
        assertThat(handled.get(0).details()).containsEntry("subject", "203.0.113.9");
    }

    @Test
    void aBurstOfAccessDeniedRaisesAnAlert() {
        AlertRules rules = rules();
        for (int i = 0; i < 2; i++) {
            rules.onRecorded(AuditEvent.builder(AuditEventType.ACCESS_DENIED).outcome(Outcome.DENIED)
                    .actor(Actor.user("carol", "ldap")).time(T0.plusSeconds(i)).build());
        }
        assertThat(handled).extracting(a -> a.details().get("rule")).containsExactly("access-denied-burst");
    }

    @Test
    void readingMoreDataSourcesThanUsualRaisesAnAlert() {
        AlertRules rules = rules();
        // Day 1: two data sources, the user's usual.
        read(rules, "dave", "a", T0);
        read(rules, "dave", "b", T0.plusSeconds(10));
        // Day 2: five distinct data sources, more than 2.0 x 2.
        for (String source : List.of("a", "b", "c", "d")) {
            read(rules, "dave", source, T0.plus(Duration.ofDays(1)));
        }
        assertThat(handled).isEmpty();
        read(rules, "dave", "e", T0.plus(Duration.ofDays(1)));
        assertThat(handled).singleElement().satisfies(a -> assertThat(a.details())
                .containsEntry("rule", "unusual-data-source-reads").containsEntry("count", "5").containsEntry("usual", "2.0"));
    }

    private static void read(AlertRules rules, String user, String source, Instant time) {
        rules.onRecorded(AuditEvent.builder(AuditEventType.DATA_SOURCE_READ).actor(Actor.user(user, "password"))
                .resource("data-source:p/" + source).time(time).build());
    }
}
