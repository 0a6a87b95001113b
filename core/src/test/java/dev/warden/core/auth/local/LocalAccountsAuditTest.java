package dev.warden.core.auth.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.audit.Actor;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.audit.AuditUnavailableException;
import dev.warden.auth.PrincipalKind;
import dev.warden.core.testing.MutableClock;
import dev.warden.core.auth.RecordingAuditLog;
import dev.warden.policy.GlobalRole;
import dev.warden.policy.ProjectRole;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalAccountsAuditTest {

    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T08:00:00Z"));
    final Actor operator = new Actor("ops-admin", PrincipalKind.USER, "password", true);

    @Test
    void everyChangeIsAuditedByItsActorWithoutSecrets() {
        RecordingAuditLog audit = new RecordingAuditLog();
        LocalAccounts accounts = new LocalAccounts(new JsonFileUserStore(dir.resolve("users.json")), LocalProviderTest.CHEAP, clock)
                .audited(audit, operator);
        accounts.addUser("alice", GlobalRole.MEMBER, LocalProviderTest.PASSWORD.toCharArray());
        char[] oneTime = accounts.addUserWithOneTimePassword("root", GlobalRole.OWNER);
        accounts.setPassword("alice", "amber lantern quiet ferry".toCharArray(), false);
        LocalAccounts.TotpEnrollment enrollment = accounts.enrollTotp("alice");
        accounts.addServiceAccount("etl-bot", Map.of("p1", ProjectRole.EDITOR));
        LocalAccounts.CreatedApiKey key = accounts.createApiKey("etl-bot", Set.of("p1"), ProjectRole.VIEWER, Duration.ofDays(1));
        accounts.revokeApiKey(key.record().keyId());
        accounts.disable("alice");
        assertThat(audit.types()).containsExactly(AuditEventType.USER_CREATED, AuditEventType.USER_CREATED,
                AuditEventType.CONFIGURATION_CHANGED, AuditEventType.MFA_ENROLLED, AuditEventType.USER_CREATED,
                AuditEventType.API_KEY_CREATED, AuditEventType.API_KEY_REVOKED, AuditEventType.USER_DISABLED);
        assertThat(audit.events).allMatch(e -> e.actor().equals(operator));
        assertThat(audit.events.get(5).details()).containsEntry("keyId", key.record().keyId()).containsEntry("account", "etl-bot");
        String all = audit.events.stream().map(AuditEvent::toString).reduce("", String::concat);
        assertThat(all).doesNotContain(new String(key.key()).substring(17)).doesNotContain(new String(oneTime))
                .doesNotContain("amber lantern").doesNotContain(LocalProviderTest.PASSWORD)
                .doesNotContain(enrollment.otpauthUri().substring(enrollment.otpauthUri().indexOf("secret=") + 7, enrollment.otpauthUri().indexOf('&')))
                .doesNotContain(enrollment.recoveryCodes().get(0));
    }

    @Test
    void aChangeThatCannotBeAuditedIsNotMade() {
        JsonFileUserStore store = new JsonFileUserStore(dir.resolve("users.json"));
        LocalAccounts accounts = new LocalAccounts(store, LocalProviderTest.CHEAP, clock).audited(event -> {
            throw new AuditUnavailableException("no sink stored the event");
        }, operator);
        assertThatThrownBy(() -> accounts.addUser("alice", GlobalRole.MEMBER, LocalProviderTest.PASSWORD.toCharArray()))
                .isInstanceOf(AuditUnavailableException.class);
        assertThat(store.find("alice")).isEmpty();
    }
}
