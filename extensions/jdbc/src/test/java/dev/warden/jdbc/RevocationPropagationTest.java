package dev.warden.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.auth.Principal;
import dev.warden.core.GovernanceFixture;
import dev.warden.core.Warden;
import dev.warden.core.audit.AuditPipeline;
import dev.warden.core.config.WardenConfiguration;
import dev.warden.core.policy.PolicyStores;
import dev.warden.policy.Action;
import dev.warden.policy.GlobalRole;
import dev.warden.policy.ProjectRole;
import dev.warden.policy.ProjectRoleGrant;
import dev.warden.policy.ResourceRef;
import dev.warden.policy.Subject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Warden instances (as two host processes would) share one policy in a real PostgreSQL server, chosen in
 * warden.json ({@code "policy": {"store": "jdbc", ...}}): a revocation made through one is enforced by the other
 * within one second, without any call to reload.
 */
class RevocationPropagationTest {

    private static final Principal ADMIN = Principal.user("ada", GlobalRole.ADMINISTRATOR);
    private static final Principal ERIN = Principal.user("erin", GlobalRole.MEMBER);
    private static final ProjectRoleGrant EDITOR = new ProjectRoleGrant(Subject.user("erin"), "clinical", ProjectRole.EDITOR);
    private static final ResourceRef NIGHTLY = ResourceRef.workflow("clinical", "nightly");

    @TempDir
    Path dir;

    private static Warden warden(WardenConfiguration config, AuditPipeline audit) {
        return Warden.builder().configuration(config).auditLog(audit).build();
    }

    private static long millisUntil(Warden warden, boolean allowed) throws InterruptedException {
        long start = System.nanoTime();
        while (warden.policy().check(ERIN, Action.EXECUTE, NIGHTLY).allowed() != allowed) {
            if (System.nanoTime() - start > Duration.ofSeconds(5).toNanos()) {
                return Long.MAX_VALUE;
            }
            Thread.sleep(2);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void aRevocationInOneInstanceIsEnforcedByTheOtherWithinOneSecond() throws Exception {
        EmbeddedPostgresServer.Database db = EmbeddedPostgresServer.shared().createDatabase("policy");
        WardenConfiguration config = WardenConfiguration.parse("{\"policy\": {\"store\": \"jdbc\", \"url\": \""
                + db.jdbcUrl() + "\", \"username\": \"" + db.user() + "\"}}", "warden.json");
        assertThat(PolicyStores.reloadInterval(config.section("policy"), getClass().getClassLoader()))
                .contains(PolicyStores.DEFAULT_SHARED_RELOAD);
        List<Long> revocations = new ArrayList<>();
        try (AuditPipeline auditA = GovernanceFixture.jsonl(Files.createDirectories(dir.resolve("a")));
             AuditPipeline auditB = GovernanceFixture.jsonl(Files.createDirectories(dir.resolve("b")));
             Warden a = warden(config, auditA); Warden b = warden(config, auditB)) {
            a.policy().createProject(ADMIN, "clinical");
            for (int round = 0; round < 5; round++) {
                a.policy().grant(ADMIN, EDITOR);
                assertThat(millisUntil(b, true)).isLessThan(1000);
                a.policy().revoke(ADMIN, EDITOR);
                assertThat(a.policy().check(ERIN, Action.EXECUTE, NIGHTLY).allowed()).isFalse();
                revocations.add(millisUntil(b, false));
            }
        }
        Collections.sort(revocations);
        System.out.println("revocation seen by the other instance after (ms, sorted): " + revocations);
        assertThat(revocations.get(revocations.size() - 1)).isLessThan(1000);
    }

    @Test
    void theJdbcPolicyStoreIsRefusedWithAClearErrorWhenASettingIsMisspelt() {
        WardenConfiguration config = WardenConfiguration.parse("{\"policy\": {\"store\": \"jdbc\", \"url\": "
                + "\"jdbc:h2:mem:x\", \"usernme\": \"sa\"}}", "warden.json");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Warden.builder().configuration(config).build())
                .isInstanceOf(dev.warden.ConfigurationException.class).hasMessageContaining("policy.usernme");
    }
}
