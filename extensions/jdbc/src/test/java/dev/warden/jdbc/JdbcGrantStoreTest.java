package dev.warden.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import dev.warden.WardenException;
import dev.warden.auth.Principal;
import dev.warden.core.policy.GrantStore;
import dev.warden.core.policy.GrantStoreContract;
import dev.warden.core.policy.RbacPolicyEngine;
import dev.warden.jdbc.EmbeddedPostgresServer;
import dev.warden.policy.Action;
import dev.warden.policy.GlobalRole;
import dev.warden.policy.ProjectRole;
import dev.warden.policy.ProjectRoleGrant;
import dev.warden.policy.ResourceRef;
import dev.warden.policy.Subject;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JdbcGrantStoreTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    /** The contract and multi-process behaviour on a real PostgreSQL server. */
    @Nested
    class OnPostgreSql extends GrantStoreContract {
        private EmbeddedPostgresServer.Database db;

        @Override
        protected GrantStore freshStore() {
            db = EmbeddedPostgresServer.shared().createDatabase("policy");
            return reopen();
        }

        @Override
        protected GrantStore reopen() {
            return new JdbcGrantStore(db.jdbcUrl(), db.user(), db.password().toCharArray());
        }

        @Test
        void aSecondProcessSeesChangesAfterReloadAndItsStaleWriteIsRefused() {
            try (RbacPolicyEngine first = RbacPolicyEngine.open(freshStore());
                 RbacPolicyEngine second = RbacPolicyEngine.open(reopen())) {
                first.createProject("p1");
                first.grant(new ProjectRoleGrant(Subject.user("alice"), "p1", ProjectRole.VIEWER));
                assertThatThrownBy(() -> second.createProject("p2"))
                        .isInstanceOf(ConfigurationException.class).hasMessageContaining("changed by another process");
                assertThat(second.reload()).isTrue();
                assertThat(second.check(Principal.user("alice", GlobalRole.MEMBER), Action.READ,
                        ResourceRef.workflow("p1", "w")).allowed()).isTrue();
                second.createProject("p2");
                assertThat(first.reload()).isTrue();
                assertThat(first.state().projects()).containsExactly("p1", "p2");
            }
        }

        @Test
        void hostileTextIsStoredAsDataNotSql() {
            try (RbacPolicyEngine engine = RbacPolicyEngine.open(freshStore())) {
                engine.createProject("p'); DROP TABLE warden_policy_grant; --");
                engine.grant(new ProjectRoleGrant(Subject.user("o'brien"), "p'); DROP TABLE warden_policy_grant; --",
                        ProjectRole.VIEWER));
            }
            try (GrantStore store = reopen()) {
                assertThat(store.load().grants()).hasSize(1);
            }
        }
    }

    /** The contract on H2, the embedded default database. */
    @Nested
    class OnH2 extends GrantStoreContract {
        private String url;

        @Override
        protected GrantStore freshStore() {
            url = "jdbc:h2:mem:policy" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
            return reopen();
        }

        @Override
        protected GrantStore reopen() {
            return new JdbcGrantStore(url, "sa", new char[0]);
        }
    }

    @Test
    void anUnreachableDatabaseGivesAClearErrorWithoutTheUrlsParameters() {
        GrantStore store = new JdbcGrantStore("jdbc:postgresql://127.0.0.1:1/none?password=hunter2&connectTimeout=1",
                "nobody", "hunter2".toCharArray(), java.time.Duration.ofMillis(300));
        try (store) {
            assertThatThrownBy(store::load).isInstanceOf(WardenException.class)
                    .hasMessageContaining("cannot read the policy")
                    .hasMessageNotContaining("hunter2");
        }
    }
}
