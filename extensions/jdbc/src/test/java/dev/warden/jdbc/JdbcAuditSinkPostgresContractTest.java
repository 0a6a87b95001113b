package dev.warden.jdbc;

import dev.warden.audit.AuditEvent;
import dev.warden.jdbc.EmbeddedPostgresServer;
import dev.warden.spi.audit.AuditSink;
import dev.warden.testkit.AuditSinkContract;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;

/** The JDBC sink on a real PostgreSQL server meets the audit sink SPI's contract. */
class JdbcAuditSinkPostgresContractTest extends AuditSinkContract {

    static EmbeddedPostgresServer.Database db;
    static final AtomicInteger TABLES = new AtomicInteger();

    @BeforeAll
    static void database() {
        db = EmbeddedPostgresServer.shared().createDatabase("audit_contract");
    }

    @Override
    protected AuditSink sink() throws IOException {
        return JdbcAuditSink.builder().dataSource(db.dataSource()).table("audit_" + TABLES.incrementAndGet())
                .chainKey(testChainKey()).open();
    }

    @Override
    protected List<AuditEvent> readBack(AuditSink sink) {
        return ((JdbcAuditSink) sink).readAll();
    }
}
