package dev.warden.audit;

/**
 * Observes the events an {@link AuditLog} has durably recorded, e.g. to implement alerting rules. Called on the
 * audit log's dispatch thread, in recording order, after the event is stored; a listener that throws is logged and
 * does not affect recording.
 */
@FunctionalInterface
public interface AuditListener {

    /** @param event an event that was durably recorded */
    void onRecorded(AuditEvent event);
}
