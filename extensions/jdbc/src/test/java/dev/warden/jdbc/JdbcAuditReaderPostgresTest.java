package dev.warden.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.InvalidInputException;
import dev.warden.audit.Actor;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.audit.AuditQuery;
import dev.warden.core.audit.HmacChainKey;
import dev.warden.jdbc.EmbeddedPostgresServer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The read-only reader {@code warden audit export|report|verify} use on a jdbc: log, on a real PostgreSQL server. */
class JdbcAuditReaderPostgresTest {

    static final byte[] SECRET = "jdbc-reader-secret-0123456789abcd".getBytes(StandardCharsets.US_ASCII);
    static EmbeddedPostgresServer.Database db;

    @BeforeAll
    static void database() throws Exception {
        db = EmbeddedPostgresServer.shared().createDatabase("audit_reader");
        try (JdbcAuditSink sink = JdbcAuditSink.builder().dataSource(db.dataSource()).table("audit_log")
                .chainKey(HmacChainKey.derive(SECRET)).open()) {
            sink.write(List.of(AuditEvent.builder(AuditEventType.LOGIN).actor(Actor.user("alice", "oidc")).build(),
                    AuditEvent.builder(AuditEventType.ACCESS_DENIED).actor(Actor.user("bob", "oidc")).build()));
        }
    }

    @Test
    void aSeparateReaderVerifiesAndQueriesWhatTheSinkWrote() {
        JdbcAuditReader reader = new JdbcAuditReader(db.dataSource(), "audit_log").requireTable();
        assertThat(reader.verify(HmacChainKey.derive(SECRET)).intact()).isTrue();
        assertThat(reader.query(AuditQuery.all().principalId("bob")).events()).extracting(AuditEvent::type)
                .containsExactly(AuditEventType.ACCESS_DENIED);
    }

    @Test
    void aMissingTableIsReportedByNameAndNotCreated() throws Exception {
        assertThatThrownBy(() -> new JdbcAuditReader(db.dataSource(), "missing_log").requireTable())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("audit table missing_log cannot be read");
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name = 'missing_log'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }
}
