package dev.warden.core.audit.jsonl;

import dev.warden.config.ConfigNode;
import dev.warden.spi.audit.AuditSinkFactory;
import dev.warden.testkit.AuditSinkFactoryContract;
import dev.warden.testkit.TestConfig;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** The kit's factory contract on the built-in jsonl sink, found through core's services file. */
class JsonlAuditSinkFactoryContractTest extends AuditSinkFactoryContract {

    @TempDir
    Path dir;

    @Override
    protected Class<? extends AuditSinkFactory> factoryClass() {
        return JsonlAuditSinkFactory.class;
    }

    @Override
    protected ConfigNode validConfig() {
        return TestConfig.of("audit.sinks[0]", Map.of("type", "jsonl", "directory", dir.toString()));
    }

    @Override
    protected ConfigNode invalidConfig() {
        return TestConfig.of("audit.sinks[0]", Map.of("type", "jsonl"));
    }
}
