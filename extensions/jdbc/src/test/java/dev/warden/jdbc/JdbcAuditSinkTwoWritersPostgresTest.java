package dev.warden.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.audit.Actor;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.core.audit.HmacChainKey;
import dev.warden.core.audit.VerificationReport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Two writers (two sinks, each with its own connections, as two processes would have) appending to one audit table
 * on a real PostgreSQL server at the same time: the head row lock ({@code SELECT ... FOR UPDATE}) serialises their
 * batches into one chain, so every acknowledged event is stored and the chain verifies.
 */
class JdbcAuditSinkTwoWritersPostgresTest {

    static final byte[] SECRET = "jdbc-two-writers-secret-0123456789".getBytes(StandardCharsets.US_ASCII);

    @Test
    void twoWritersOnOneTableBuildOneIntactChainWithEveryAcknowledgedEvent() throws Exception {
        EmbeddedPostgresServer.Database db = EmbeddedPostgresServer.shared().createDatabase("audit_two_writers");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (JdbcAuditSink first = sink(db, "first"); JdbcAuditSink second = sink(db, "second")) {
            List<Future<?>> runs = new ArrayList<>();
            for (JdbcAuditSink sink : List.of(first, second)) {
                runs.add(pool.submit(() -> {
                    for (int batch = 0; batch < 100; batch++) {
                        List<AuditEvent> events = new ArrayList<>();
                        for (int i = 0; i < 5; i++) {
                            events.add(AuditEvent.builder(AuditEventType.DATA_SOURCE_READ)
                                    .actor(Actor.user(sink.name(), "test")).resource("data-source:clinical/patients").build());
                        }
                        sink.write(events);
                        events.forEach(e -> acknowledged.add(e.id()));
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        JdbcAuditReader reader = new JdbcAuditReader(db.dataSource(), "shared_log");
        VerificationReport report = reader.verify(HmacChainKey.derive(SECRET));
        assertThat(report.intact()).as(report.findings().toString()).isTrue();
        assertThat(report.records()).isEqualTo(1000);
        Set<String> stored = reader.readAll().stream().map(AuditEvent::id).collect(Collectors.toSet());
        assertThat(stored).hasSize(1000).containsAll(acknowledged);
        assertThat(reader.readAll()).extracting(e -> e.actor().principalId()).contains("first", "second");
    }

    private static JdbcAuditSink sink(EmbeddedPostgresServer.Database db, String name) throws Exception {
        return JdbcAuditSink.builder().name(name).dataSource(db.dataSource()).table("shared_log")
                .chainKey(HmacChainKey.derive(SECRET)).open();
    }
}
