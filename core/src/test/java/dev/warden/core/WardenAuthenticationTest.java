package dev.warden.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.audit.AuditEventType;
import dev.warden.auth.AuthenticationResult;
import dev.warden.auth.Credentials;
import dev.warden.core.auth.RecordingAuditLog;
import dev.warden.core.auth.local.LocalAccounts;
import dev.warden.core.auth.local.LocalProviderFactory;
import dev.warden.core.config.WardenConfiguration;
import dev.warden.policy.GlobalRole;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade builds the authentication chain from warden.json with the discovered local provider. */
class WardenAuthenticationTest {

    @TempDir
    Path dir;

    @Test
    void authenticatesThroughTheConfiguredChainAndAudits() {
        String json = "{\"auth\": {\"providers\": [{\"type\": \"local\", \"name\": \"local\", \"store\": {\"type\": \"json\", "
                + "\"file\": \"" + dir.resolve("users.json").toString().replace("\\", "\\\\") + "\"}, "
                + "\"argon2id\": {\"memoryKiB\": 64, \"iterations\": 1}}]}}";
        WardenConfiguration configuration = WardenConfiguration.parse(json, "test");
        try (LocalAccounts accounts = LocalProviderFactory.accounts(configuration.section("auth").children("providers").get(0))) {
            accounts.addUser("alice", GlobalRole.MEMBER, "violet tractor ink harbour".toCharArray());
        }
        RecordingAuditLog audit = new RecordingAuditLog();
        try (Warden warden = Warden.builder().configuration(configuration).auditLog(audit).build()) {
            assertThat(warden.authenticationProviders().names()).contains("local");
            assertThat(warden.authenticator().providerNames()).containsExactly("local");
            assertThat(warden.authenticate(new Credentials.Password("alice", "violet tractor ink harbour".toCharArray())))
                    .isInstanceOf(AuthenticationResult.Success.class);
            assertThat(warden.authenticate(new Credentials.Password("alice", "nope nope nope".toCharArray())))
                    .isEqualTo(new AuthenticationResult.Failure("authentication failed"));
        }
        assertThat(audit.types()).containsExactly(AuditEventType.LOGIN, AuditEventType.LOGIN_FAILED);
    }

    @Test
    void attemptsGoToTheConfiguredAuditSinksWithAForgedLogLineKeptOnOneLine() throws Exception {
        Path auditDir = dir.resolve("audit");
        java.nio.file.Files.createDirectories(auditDir);
        String json = "{\"auth\": {\"providers\": [{\"type\": \"local\", \"store\": {\"type\": \"json\", "
                + "\"file\": \"" + dir.resolve("users.json").toString().replace("\\", "\\\\") + "\"}, "
                + "\"argon2id\": {\"memoryKiB\": 64, \"iterations\": 1}}]}, "
                + "\"audit\": {\"sinks\": [{\"type\": \"jsonl\", \"name\": \"file\", \"directory\": \""
                + auditDir.toString().replace("\\", "\\\\") + "\"}]}}";
        WardenConfiguration configuration = WardenConfiguration.parse(json, "test");
        try (LocalAccounts accounts = LocalProviderFactory.accounts(configuration.section("auth").children("providers").get(0))) {
            accounts.addUser("alice", GlobalRole.MEMBER, "violet tractor ink harbour".toCharArray());
        }
        String forged = "eve\r\n{\"type\":\"LOGIN\",\"outcome\":\"SUCCESS\",\"actor\":\"admin\"}";
        try (Warden warden = Warden.builder().configuration(configuration).build()) {
            warden.authenticate(new Credentials.Password("alice", "violet tractor ink harbour".toCharArray()));
            warden.authenticate(new Credentials.Password(forged, "violet tractor ink harbour".toCharArray()));
        }
        StringBuilder all = new StringBuilder();
        try (var files = java.nio.file.Files.walk(auditDir)) {
            for (Path f : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                all.append(java.nio.file.Files.readString(f));
            }
        }
        java.util.List<String> lines = all.toString().lines().filter(l -> l.contains("LOGIN")).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("\"local:alice\"");
        assertThat(lines.get(1)).contains("LOGIN_FAILED").contains("eve\\u000d\\u000a{");
        assertThat(all.toString().lines()).noneMatch(l -> l.startsWith("{\"type\":\"LOGIN\""));
        assertThat(all.toString()).doesNotContain("violet tractor");
    }

    @Test
    void withoutProvidersEveryAttemptFails() {
        try (Warden warden = Warden.builder().build()) {
            assertThat(warden.authenticate(new Credentials.Password("alice", "violet tractor ink harbour".toCharArray())))
                    .isInstanceOf(AuthenticationResult.Failure.class);
        }
    }

    @Test
    void localAccountsAdministersTheConfiguredStoreAndAuditsEachChangeAsTheOperator() {
        String json = "{\"auth\": {\"providers\": [{\"type\": \"local\", \"name\": \"staff\", \"store\": {\"type\": \"json\", "
                + "\"file\": \"" + dir.resolve("users.json").toString().replace("\\", "\\\\") + "\"}, "
                + "\"argon2id\": {\"memoryKiB\": 64, \"iterations\": 1}}]}}";
        RecordingAuditLog audit = new RecordingAuditLog();
        dev.warden.audit.Actor operator = dev.warden.audit.Actor.user("host-admin", "embedded");
        try (Warden warden = Warden.builder().configuration(WardenConfiguration.parse(json, "test")).auditLog(audit).build()) {
            try (LocalAccounts accounts = warden.localAccounts("staff", operator)) {
                accounts.addUser("alice", GlobalRole.MEMBER, "violet tractor ink harbour".toCharArray());
            }
            assertThat(warden.authenticate(new Credentials.Password("alice", "violet tractor ink harbour".toCharArray())))
                    .isInstanceOf(AuthenticationResult.Success.class);
        }
        assertThat(audit.types()).containsExactly(AuditEventType.USER_CREATED, AuditEventType.LOGIN);
        assertThat(audit.events.get(0).actor()).isEqualTo(operator);
    }

    @Test
    void localAccountsOfAnUnknownProviderNamesTheSetting() {
        try (Warden warden = Warden.builder().build()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> warden.localAccounts("staff\r\nforged",
                            dev.warden.audit.Actor.system()))
                    .isInstanceOf(dev.warden.ConfigurationException.class)
                    .hasMessageContaining("auth.providers").hasMessageNotContaining("\r\n");
        }
    }
}
