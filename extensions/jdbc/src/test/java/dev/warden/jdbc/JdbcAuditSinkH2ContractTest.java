package dev.warden.jdbc;

import dev.warden.audit.AuditEvent;
import dev.warden.spi.audit.AuditSink;
import dev.warden.testkit.AuditSinkContract;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;

/** The JDBC sink on H2 meets the audit sink SPI's contract. */
class JdbcAuditSinkH2ContractTest extends AuditSinkContract {

    static JdbcDataSource h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:audit-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return ds;
    }

    private JdbcDataSource current;

    @Override
    protected AuditSink sink() throws IOException {
        current = h2();
        return JdbcAuditSink.builder().dataSource(current).chainKey(testChainKey()).open();
    }

    @Override
    protected List<AuditEvent> readBack(AuditSink sink) {
        return ((JdbcAuditSink) sink).readAll();
    }
}
