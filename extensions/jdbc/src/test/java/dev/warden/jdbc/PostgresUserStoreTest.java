package dev.warden.jdbc;

import dev.warden.core.auth.local.UserStore;
import dev.warden.core.auth.local.UserStoreContract;
import dev.warden.jdbc.EmbeddedPostgresServer;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;

/** The JDBC store on a real PostgreSQL server (the shared embedded one); one database, tables dropped per test. */
class PostgresUserStoreTest extends UserStoreContract {

    static EmbeddedPostgresServer.Database database;

    @BeforeAll
    static void start() {
        database = EmbeddedPostgresServer.shared().createDatabase("users");
    }

    @Override
    protected UserStore newStore() throws Exception {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS warden_api_keys, warden_users");
        }
        return new JdbcUserStore(database.dataSource());
    }

    @Override
    protected UserStore reopen() {
        return new JdbcUserStore(database.dataSource());
    }
}
