package dev.warden.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shared test PostgreSQL server: it starts (as root too), answers SQL, and keeps databases apart. */
class EmbeddedPostgresServerTest {

    private static EmbeddedPostgresServer server;

    @BeforeAll
    static void startServer() {
        server = EmbeddedPostgresServer.shared();
        System.out.println("embedded PostgreSQL started in " + server.startupTime().toMillis() + " ms");
    }

    @Test
    void answersSelectVersionAsPostgresql() throws SQLException {
        try (Connection c = server.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select version()")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).startsWith("PostgreSQL 14.");
        }
    }

    @Test
    void serverProcessesDoNotRunWithUidZero() throws SQLException {
        // the superuser may read server files: /proc/self/status of the backend gives its uid as the backend sees it
        // (as root: 65534, through zonky's `unshare -U` or the harness's setpriv fallback)
        try (Connection c = server.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select pg_read_file('/proc/self/status')")) {
            assertThat(rs.next()).isTrue();
            String uidLine = rs.getString(1).lines().filter(l -> l.startsWith("Uid:")).findFirst().orElseThrow();
            assertThat(uidLine.split("\\s+")[1]).isNotEqualTo("0");
        }
    }

    @Test
    void sharedReturnsTheSameRunningServer() {
        assertThat(EmbeddedPostgresServer.shared()).isSameAs(server);
        assertThat(server.port()).isPositive();
    }

    @Test
    void aTableWrittenThroughOneConnectionIsReadThroughAnother() throws SQLException {
        EmbeddedPostgresServer.Database db = server.createDatabase("handover");
        try (Connection writer = db.dataSource().getConnection(); Statement s = writer.createStatement()) {
            s.execute("create table grant_row (subject text primary key, role text not null)");
            s.execute("insert into grant_row values ('alice', 'auditor')");
        }
        try (Connection reader = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                Statement s = reader.createStatement();
                ResultSet rs = s.executeQuery("select role from grant_row where subject = 'alice'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("auditor");
        }
    }

    @Test
    void twoCreatedDatabasesAreIsolated() throws SQLException {
        EmbeddedPostgresServer.Database first = server.createDatabase("isolated");
        EmbeddedPostgresServer.Database second = server.createDatabase("isolated");
        assertThat(first.name()).isNotEqualTo(second.name());
        try (Connection c = first.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("create table only_in_first (id int)");
            s.execute("insert into only_in_first values (1)");
        }
        try (Connection c = second.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "select count(*) from information_schema.tables where table_name = 'only_in_first'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isZero();
        }
        try (Connection c = second.dataSource().getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeQuery("select * from only_in_first"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("only_in_first");
        }
    }

    @Test
    void createDatabaseRejectsANameThatIsNotAPlainIdentifier() {
        assertThatThrownBy(() -> server.createDatabase("x; drop database postgres"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> server.createDatabase("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> server.createDatabase("Upper")).isInstanceOf(IllegalArgumentException.class);
    }
}
