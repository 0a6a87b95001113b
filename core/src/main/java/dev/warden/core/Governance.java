package dev.warden.core;

import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditLog;
import dev.warden.audit.AuditUnavailableException;
import dev.warden.core.config.Environment;
import dev.warden.core.secrets.SecretMaskingLogger;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;

/** The audit log Warden's governed engines record to when the host configured none. */
final class Governance {

    private static final Logger LOG = SecretMaskingLogger.of(Governance.class);

    private Governance() {
    }

    /**
     * @param configured the builder's or the configured audit log, or {@code null}
     * @param environment where this runs
     * @return {@code configured}; else in development a log that keeps nothing and says so once; else a log that
     *     refuses every event, so that every governed operation is refused (fail-closed)
     */
    static AuditLog auditLog(AuditLog configured, Environment environment) {
        if (configured != null) {
            return configured;
        }
        if (environment == Environment.DEVELOPMENT) {
            AtomicBoolean warned = new AtomicBoolean();
            return event -> {
                if (warned.compareAndSet(false, true)) {
                    LOG.warn("No audit log is configured (development): Warden's own operations, starting with {}, "
                            + "are NOT audited; configure audit.sinks in warden.json", event.type());
                }
            };
        }
        return Governance::refuse;
    }

    private static void refuse(AuditEvent event) {
        throw new AuditUnavailableException("no audit log is configured (audit.sinks in warden.json) outside "
                + "development; " + event.type() + " not recorded and the operation refused");
    }
}
