package dev.warden.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.config.WardenConfiguration;
import dev.warden.core.workflow.WorkflowStore;
import dev.warden.core.workflow.WorkflowStoreContract;
import dev.warden.core.workflow.WorkflowStores;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JdbcWorkflowStoreTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    /** The contract on a real PostgreSQL server (embedded, started by the test). */
    @Nested
    class OnPostgreSql extends WorkflowStoreContract {
        private EmbeddedPostgresServer.Database db;

        @Override
        protected WorkflowStore freshStore() {
            db = EmbeddedPostgresServer.shared().createDatabase("workflows");
            return reopen();
        }

        @Override
        protected WorkflowStore reopen() {
            return new JdbcWorkflowStore(db.jdbcUrl(), db.user(), db.password().toCharArray());
        }
    }

    /** The contract on H2, the embedded default database. */
    @Nested
    class OnH2 extends WorkflowStoreContract {
        private String url;

        @Override
        protected WorkflowStore freshStore() {
            url = "jdbc:h2:mem:workflows" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
            return reopen();
        }

        @Override
        protected WorkflowStore reopen() {
            return new JdbcWorkflowStore(url, "sa", new char[0]);
        }
    }

    @Test
    void theJdbcStoreIsChosenInWardenJsonThroughTheServiceLoader() {
        String url = "jdbc:h2:mem:workflows-config" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
        WardenConfiguration config = WardenConfiguration.parse("{\"workflows\": {\"store\": {\"type\": \"jdbc\", "
                + "\"url\": \"" + url + "\", \"username\": \"sa\"}}}", "warden.json");
        try (WorkflowStore store = WorkflowStores.fromConfig(config.section("workflows"), getClass().getClassLoader())) {
            assertThat(store).isInstanceOf(JdbcWorkflowStore.class);
            assertThat(store.describe()).isEqualTo("JDBC jdbc:h2:mem:workflows-config" + DATABASES.get());
            assertThat(store.workflows("clinical")).isEmpty();
        }
    }
}
