package dev.warden.spi.audit;

import dev.warden.audit.AuditEvent;
import java.io.IOException;
import java.util.List;

/**
 * Stores batches of audit events. The audit pipeline calls {@link #write} from one thread at a time per sink and
 * treats a normal return as "durably stored".
 */
public interface AuditSink extends AutoCloseable {

    /** @return the name this sink was configured under */
    String name();

    /**
     * Stores the events, in order, and returns only once they are durable (fsync for files, commit for databases,
     * the transport's acknowledgement for network sinks).
     *
     * @param batch one or more events, in the order they were recorded
     * @throws IOException if they could not be stored; nothing already stored may be damaged by the failure
     */
    void write(List<AuditEvent> batch) throws IOException;

    /** Flushes and releases resources. */
    @Override
    void close() throws IOException;
}
