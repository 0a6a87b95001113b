package dev.warden.core.audit.slf4j;

import dev.warden.audit.AuditEvent;
import dev.warden.core.audit.EventJson;
import dev.warden.spi.audit.AuditSink;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each event as one log line of canonical JSON ({@link EventJson}, ASCII-escaped so a hostile value cannot
 * start a new line) at INFO level to the logger {@code dev.warden.audit} (configurable). For development: it is
 * durable only as far as the logging back-end is, so do not rely on it alone in production.
 */
public final class Slf4jAuditSink implements AuditSink {

    private final String name;
    private final Logger logger;

    /**
     * @param name the sink's name
     * @param loggerName the SLF4J logger to write to
     */
    public Slf4jAuditSink(String name, String loggerName) {
        this.name = name;
        this.logger = LoggerFactory.getLogger(loggerName);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void write(List<AuditEvent> batch) {
        for (AuditEvent event : batch) {
            logger.info("{}", EventJson.toJson(event));
        }
    }

    @Override
    public void close() {
        // Nothing held.
    }
}
