package dev.warden.core.audit;

import dev.warden.audit.AuditEvent;

/** Told when an alerting rule fires; e.g. pages someone or locks an account. Called on the audit dispatch thread. */
@FunctionalInterface
public interface AlertHandler {

    /**
     * @param alert the {@link dev.warden.audit.AuditEventType#ALERT} event; its details give {@code rule},
     *     {@code subject} (the user or address), {@code count} and {@code window}
     */
    void onAlert(AuditEvent alert);
}
