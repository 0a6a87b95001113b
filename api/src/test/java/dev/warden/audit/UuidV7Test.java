package dev.warden.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidV7Test {

    @Test
    void idsIncreaseAsTextInCreationOrder() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            ids.add(UuidV7.next());
        }
        assertThat(ids).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void anIdIsAVersion7RfcVariantUuidCarryingItsMillisecond() {
        long before = System.currentTimeMillis();
        String id = UuidV7.next();
        long after = System.currentTimeMillis();
        UUID uuid = UUID.fromString(id);
        assertThat(uuid.version()).isEqualTo(7);
        assertThat(uuid.variant()).isEqualTo(2);
        assertThat(id).hasSize(36).isLowerCase();
        assertThat(UuidV7.timeOf(id).toEpochMilli()).isBetween(before, after + 1);
    }

    @Test
    void timeOfRefusesAnotherVersion() {
        assertThatThrownBy(() -> UuidV7.timeOf(UUID.randomUUID().toString())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBuilderFillsIdTimeAndDefaults() {
        Instant before = Instant.now();
        AuditEvent event = AuditEvent.builder(AuditEventType.LOGIN).sensitiveDetail("email", "a@example.org").build();
        assertThat(event.id()).hasSize(36);
        assertThat(event.time()).isAfterOrEqualTo(before);
        assertThat(event.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(event.actor()).isEqualTo(Actor.system());
        assertThat(event.sensitiveKeys()).containsExactly("email");
        assertThat(event.project()).isEmpty();
    }

    @Test
    void aQueryMatchesOnlyEventsMeetingEveryCriterion() {
        AuditEvent denied = AuditEvent.builder(AuditEventType.ACCESS_DENIED).outcome(Outcome.DENIED)
                .actor(Actor.user("alice", "password")).project("clinical").build();
        assertThat(AuditQuery.all().principalId("alice").outcome(Outcome.DENIED).matches(denied)).isTrue();
        assertThat(AuditQuery.all().principalId("bob").matches(denied)).isFalse();
        assertThat(AuditQuery.all().project("other").matches(denied)).isFalse();
    }
}
