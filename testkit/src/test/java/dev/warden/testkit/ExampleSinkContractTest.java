package dev.warden.testkit;

import dev.warden.audit.AuditEvent;
import dev.warden.spi.audit.AuditSink;
import java.util.ArrayList;
import java.util.List;

/** The contract kit run against the smallest correct sink (in memory), so the kit itself is known to work. */
class ExampleSinkContractTest extends AuditSinkContract {

    private static final class MemorySink implements AuditSink {
        final List<AuditEvent> stored = new ArrayList<>();

        @Override
        public String name() {
            return "memory";
        }

        @Override
        public void write(List<AuditEvent> batch) {
            stored.addAll(batch);
        }

        @Override
        public void close() {
        }
    }

    @Override
    protected AuditSink sink() {
        return new MemorySink();
    }

    @Override
    protected List<AuditEvent> readBack(AuditSink sink) {
        return List.copyOf(((MemorySink) sink).stored);
    }
}
