package dev.warden.audit;

/** Searches stored audit events (a JSON Lines log directory, an audit table). Thread-safe. */
public interface AuditReader {

    /**
     * @param query the criteria and page
     * @return the matching events of this page, in recording order
     * @throws dev.warden.WardenException if the store cannot be read
     */
    AuditPage query(AuditQuery query);
}
