package dev.warden.audit;

/**
 * Records audit events durably, failing closed.
 *
 * <p>Implementations are thread-safe.
 */
public interface AuditLog {

    /**
     * Records one event and returns once at least one configured sink has durably stored it (fsync for files,
     * commit for databases).
     *
     * @param event the event
     * @throws AuditUnavailableException when no sink stored it within the configured timeout; the action the event
     *     describes must then not proceed
     */
    void record(AuditEvent event);
}
