package dev.warden.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.auth.local.LocalProviderFactory;
import dev.warden.core.auth.local.UserStore;
import dev.warden.core.config.WardenConfiguration;
import dev.warden.core.job.Datasets;
import dev.warden.core.job.TableSource;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With warden-jdbc on the class path, core finds it through ServiceLoader for what configuration names. */
class JdbcDiscoveryTest {

    @TempDir
    Path dir;

    @Test
    void aJdbcJobLocationOpensThroughTheDatasetProvider() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("src").toAbsolutePath();
        try (var c = java.sql.DriverManager.getConnection(url); var st = c.createStatement()) {
            st.execute("CREATE TABLE patients (id INT PRIMARY KEY, name VARCHAR(40))");
        }
        try (TableSource source = Datasets.source(url)) {
            assertThat(source).isInstanceOf(JdbcSource.class);
            assertThat(source.tables()).containsExactly("PATIENTS");
        }
    }

    @Test
    void aJdbcUserStoreOpensThroughTheUserStoreFactory() {
        var config = WardenConfiguration.parse("{\"auth\": {\"providers\": [{\"type\": \"local\", \"store\": "
                + "{\"type\": \"jdbc\", \"url\": \"jdbc:h2:mem:users-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1\"}}]}}", "warden.json")
                .section("auth").children("providers").get(0);
        try (UserStore store = LocalProviderFactory.openStore(config)) {
            assertThat(store).isInstanceOf(JdbcUserStore.class);
            assertThat(store.list()).isEmpty();
        }
    }
}
