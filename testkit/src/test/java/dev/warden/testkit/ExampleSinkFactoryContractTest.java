package dev.warden.testkit;

import dev.warden.config.ConfigNode;
import dev.warden.spi.audit.AuditSinkFactory;
import java.util.Map;

/** The factory kit run against {@link ExampleFactories.Sink}, so the kit itself is known to work. */
class ExampleSinkFactoryContractTest extends AuditSinkFactoryContract {

    @Override
    protected Class<? extends AuditSinkFactory> factoryClass() {
        return ExampleFactories.Sink.class;
    }

    @Override
    protected ConfigNode validConfig() {
        return TestConfig.of("audit.sinks[0]", Map.of("type", "discard", "batchLimit", 10));
    }

    @Override
    protected ConfigNode invalidConfig() {
        return TestConfig.of("audit.sinks[0]", Map.of("type", "discard", "batchLimit", "lots"));
    }
}
