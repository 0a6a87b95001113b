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
    void withoutProvidersEveryAttemptFails() {
        try (Warden warden = Warden.builder().build()) {
            assertThat(warden.authenticate(new Credentials.Password("alice", "violet tractor ink harbour".toCharArray())))
                    .isInstanceOf(AuthenticationResult.Failure.class);
        }
    }
}
