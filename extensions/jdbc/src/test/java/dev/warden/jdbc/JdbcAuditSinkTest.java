package dev.warden.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.audit.Actor;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.audit.AuditPage;
import dev.warden.audit.AuditQuery;
import dev.warden.audit.Outcome;
import dev.warden.core.audit.Damage;
import dev.warden.core.audit.Finding;
import dev.warden.core.testing.MutableClock;
import dev.warden.core.audit.VerificationReport;
import dev.warden.jdbc.EmbeddedPostgresServer;
import dev.warden.core.audit.HmacChainKey;
import dev.warden.spi.audit.ChainKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JDBC sink on PostgreSQL: chain across writers, tampering, retention, queries. */
class JdbcAuditSinkTest {

    static final ChainKey KEY = HmacChainKey.derive("jdbc-sink-test-key-0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
    static final AtomicInteger TABLES = new AtomicInteger();
    static DataSource db;

    @BeforeAll
    static void database() {
        db = EmbeddedPostgresServer.shared().createDatabase("audit_sink").dataSource();
    }

    private static String table() {
        return "audit_t" + TABLES.incrementAndGet();
    }

    private static AuditEvent event(AuditEventType type, String user, Outcome outcome, Instant time) {
        return AuditEvent.builder(type).actor(Actor.user(user, "password")).outcome(outcome).time(time)
                .project("clinical").resource("data-source:clinical/patients").build();
    }

    @Test
    void twoWritersOnOneTableBuildOneChain() throws IOException {
        String table = table();
        try (JdbcAuditSink a = JdbcAuditSink.builder().dataSource(db).table(table).chainKey(KEY).open();
             JdbcAuditSink b = JdbcAuditSink.builder().name("b").dataSource(db).table(table).chainKey(KEY).open()) {
            for (int i = 0; i < 5; i++) {
                a.write(List.of(event(AuditEventType.LOGIN, "a" + i, Outcome.SUCCESS, Instant.now())));
                b.write(List.of(event(AuditEventType.LOGIN, "b" + i, Outcome.SUCCESS, Instant.now())));
            }
            VerificationReport report = a.verify(KEY);
            assertThat(report.intact()).isTrue();
            assertThat(report.lastSeq()).isEqualTo(10);
        }
    }

    @Test
    void anUpdatedRowIsReportedAsModified() throws Exception {
        String table = table();
        try (JdbcAuditSink sink = JdbcAuditSink.builder().dataSource(db).table(table).chainKey(KEY).open()) {
            List<AuditEvent> batch = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                batch.add(event(AuditEventType.ACCESS_DENIED, "mallory", Outcome.DENIED, Instant.now()));
            }
            sink.write(batch);
            sql("UPDATE " + table + " SET record = REPLACE(record, '\"DENIED\"', '\"SUCCESS\"') WHERE seq = 3");
            Finding finding = sink.verify(KEY).findings().get(0);
            assertThat(finding.damage()).isEqualTo(Damage.MODIFIED);
            assertThat(finding.location()).isEqualTo(table + " seq=3");
        }
    }

    @Test
    void aDeletedRowIsReportedAsRemoved() throws Exception {
        String table = table();
        try (JdbcAuditSink sink = JdbcAuditSink.builder().dataSource(db).table(table).chainKey(KEY).open()) {
            for (int i = 0; i < 5; i++) {
                sink.write(List.of(event(AuditEventType.LOGIN, "u", Outcome.SUCCESS, Instant.now())));
            }
            sql("DELETE FROM " + table + " WHERE seq = 2");
            assertThat(sink.verify(KEY).findings().get(0).damage()).isEqualTo(Damage.REMOVED);
        }
    }

    @Test
    void retentionDeletesOldRowsAndRecordsThePurgeSoTheRestVerifies() throws IOException {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-30T10:00:00Z"));
        String table = table();
        try (JdbcAuditSink sink = JdbcAuditSink.builder().dataSource(db).table(table).chainKey(KEY).clock(clock)
                .retention(Duration.ofDays(30)).open()) {
            Instant old = Instant.parse("2026-09-01T00:00:00Z");
            sink.write(List.of(event(AuditEventType.LOGIN, "old1", Outcome.SUCCESS, old),
                    event(AuditEventType.LOGIN, "old2", Outcome.SUCCESS, old)));
            clock.advance(Duration.ofHours(2));
            sink.write(List.of(event(AuditEventType.LOGIN, "new", Outcome.SUCCESS, clock.instant())));
            List<AuditEvent> left = sink.readAll();
            assertThat(left).extracting(e -> e.actor().principalId()).doesNotContain("old1", "old2");
            assertThat(left).anySatisfy(e -> {
                assertThat(e.type()).isEqualTo(AuditEventType.AUDIT_LOG_PURGED);
                assertThat(e.details()).containsEntry("purgedThroughSeq", "2");
            });
            assertThat(sink.verify(KEY).intact()).isTrue();
        }
    }

    @Test
    void queriesFilterByActorTypeOutcomeAndTimeAndPage() throws IOException {
        String table = table();
        try (JdbcAuditSink sink = JdbcAuditSink.builder().dataSource(db).table(table).chainKey(KEY).open()) {
            Instant t0 = Instant.parse("2026-11-30T08:00:00Z");
            List<AuditEvent> batch = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                batch.add(event(i % 2 == 0 ? AuditEventType.LOGIN_FAILED : AuditEventType.LOGIN, i % 3 == 0 ? "alice" : "bob",
                        i % 2 == 0 ? Outcome.FAILURE : Outcome.SUCCESS, t0.plusSeconds(i)));
            }
            sink.write(batch);
            AuditQuery failuresOfAlice = AuditQuery.all().principalId("alice").types(Set.of(AuditEventType.LOGIN_FAILED))
                    .outcome(Outcome.FAILURE).limit(2);
            AuditPage first = sink.query(failuresOfAlice);
            assertThat(first.events()).hasSize(2).allMatch(e -> e.actor().principalId().equals("alice"));
            AuditPage second = sink.query(first.next().orElseThrow());
            assertThat(second.events()).hasSize(2);
            assertThat(second.events().get(0).id()).isNotEqualTo(first.events().get(1).id());
            assertThat(sink.query(AuditQuery.all().from(t0.plusSeconds(20)).to(t0.plusSeconds(22))).events()).hasSize(2);
        }
    }

    private static void sql(String statement) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
