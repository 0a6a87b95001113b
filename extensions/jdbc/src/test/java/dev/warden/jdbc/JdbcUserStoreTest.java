package dev.warden.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.auth.local.UserStore;
import dev.warden.core.auth.local.UserStoreContract;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The JDBC store on an in-memory H2 database (PostgreSQL once the shared embedded-PostgreSQL harness lands). */
class JdbcUserStoreTest extends UserStoreContract {

    private JdbcDataSource dataSource;
    private Connection keepAlive;

    @Override
    protected UserStore newStore() throws Exception {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:users-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=0");
        keepAlive = dataSource.getConnection();
        return new JdbcUserStore(dataSource);
    }

    @Override
    protected UserStore reopen() {
        return new JdbcUserStore(dataSource);
    }

    @AfterEach
    void closeDatabase() throws Exception {
        keepAlive.close();
    }

    @Test
    void storesOnlyTheKeysHashNeverAKeyColumn() throws Exception {
        store.create(service());
        store.createKey(key("aaaaaaaaaaaa", "etl-bot"), 2, NOW);
        try (ResultSet rs = keepAlive.getMetaData().getColumns(null, null, "WARDEN_API_KEYS", null)) {
            java.util.List<String> columns = new java.util.ArrayList<>();
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME").toLowerCase());
            }
            assertThat(columns).contains("sha256").doesNotContain("key", "secret");
        }
    }

    @Test
    void creatingTheTablesTwiceIsHarmless() {
        new JdbcUserStore(dataSource).close();
        store.create(alice());
        new JdbcUserStore(dataSource).close();
        assertThat(store.find("alice")).isPresent();
    }
}
