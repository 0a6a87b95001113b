package dev.warden.jdbc;

import dev.warden.config.ConfigNode;
import dev.warden.spi.audit.AuditSinkFactory;
import dev.warden.testkit.AuditSinkFactoryContract;
import dev.warden.testkit.TestConfig;
import java.util.Map;
import java.util.UUID;

/** The kit's factory contract on the jdbc sink: found through warden-jdbc's services file, built on H2. */
class JdbcAuditSinkFactoryContractTest extends AuditSinkFactoryContract {

    @Override
    protected Class<? extends AuditSinkFactory> factoryClass() {
        return JdbcAuditSinkFactory.class;
    }

    @Override
    protected ConfigNode validConfig() {
        return TestConfig.of("audit.sinks[0]", Map.of("type", "jdbc",
                "url", "jdbc:h2:mem:audit-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
    }

    @Override
    protected ConfigNode invalidConfig() {
        return TestConfig.of("audit.sinks[0]", Map.of("type", "jdbc"));
    }
}
