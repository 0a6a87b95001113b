package dev.warden.core.audit.jsonl;

import dev.warden.audit.AuditEvent;
import dev.warden.spi.audit.AuditSink;
import dev.warden.testkit.AuditSinkContract;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/** The JSON Lines sink meets the audit sink SPI's contract. */
class JsonlAuditSinkContractTest extends AuditSinkContract {

    @TempDir
    Path dir;

    @Override
    protected AuditSink sink() throws IOException {
        return JsonlAuditSink.builder().directory(dir).chainKey(testChainKey()).open();
    }

    @Override
    protected List<AuditEvent> readBack(AuditSink sink) {
        return new JsonlAuditReader(dir).readAll();
    }
}
