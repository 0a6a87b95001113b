package dev.warden.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.audit.Actor;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.audit.Outcome;
import dev.warden.auth.PrincipalKind;
import dev.warden.core.audit.HmacChainKey;
import dev.warden.core.audit.jsonl.JsonlAuditSink;
import dev.warden.core.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the access review counts as activity (issue 15, defect 5). */
class ActivityTest {

    static final Instant DAY_ONE = Instant.parse("2026-11-30T09:00:00Z");

    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(DAY_ONE);

    private void record(AuditEvent... events) throws Exception {
        try (JsonlAuditSink sink = JsonlAuditSink.builder().directory(dir).clock(clock)
                .chainKey(HmacChainKey.derive("activity-test-secret-0123456789".getBytes(java.nio.charset.StandardCharsets.UTF_8))).open()) {
            sink.write(List.of(events));
        }
    }

    private AuditEvent event(AuditEventType type, Outcome outcome, String who, String project) {
        return AuditEvent.builder(type).time(clock.instant()).outcome(outcome)
                .actor(new Actor(who, PrincipalKind.USER, "password", false)).project(project).build();
    }

    @Test
    void failedLoginsUnderBruteForceDoNotMakeADormantAdministratorLookActive() throws Exception {
        record(event(AuditEventType.LOGIN, Outcome.SUCCESS, "local:root", ""));
        clock.advance(Duration.ofHours(2));
        List<AuditEvent> attack = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            attack.add(event(AuditEventType.LOGIN_FAILED, Outcome.FAILURE, "local:root", ""));
        }
        attack.add(event(AuditEventType.ACCOUNT_LOCKED, Outcome.DENIED, "local:root", ""));
        attack.add(event(AuditEventType.MFA_FAILED, Outcome.FAILURE, "local:root", ""));
        attack.add(event(AuditEventType.ACCESS_DENIED, Outcome.DENIED, "local:root", "clinical"));
        record(attack.toArray(AuditEvent[]::new));

        Activity activity = Activity.readJsonLines(onlyFile());

        assertThat(activity.lastSeen("local:root")).hasValue(DAY_ONE);
        assertThat(activity.lastSeen("local:root", "clinical")).isEmpty();
    }

    @Test
    void readsEveryFileOfADailyRotatedLogDirectory() throws Exception {
        record(event(AuditEventType.WORKFLOW_EXECUTED, Outcome.SUCCESS, "local:alice", "clinical"));
        clock.advance(Duration.ofDays(1));
        record(event(AuditEventType.API_KEY_USED, Outcome.SUCCESS, "local:etl-bot", ""));
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> f.toString().endsWith(".jsonl")).count()).as("one file per day").isEqualTo(2);
        }

        Activity activity = Activity.readJsonLines(dir);

        assertThat(activity.lastSeen("local:alice")).hasValue(DAY_ONE);
        assertThat(activity.lastSeen("local:alice", "clinical")).hasValue(DAY_ONE);
        assertThat(activity.lastSeen("local:etl-bot")).hasValue(DAY_ONE.plus(Duration.ofDays(1)));
    }

    private Path onlyFile() throws Exception {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".jsonl")).findFirst().orElseThrow();
        }
    }
}
