package dev.warden.audit;

import dev.warden.WardenException;

/**
 * No audit sink could durably store an event within the timeout. The action being audited must not proceed (fail
 * closed).
 */
public class AuditUnavailableException extends WardenException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message which sinks failed and how
     */
    public AuditUnavailableException(String message) {
        super(message);
    }

    /**
     * @param message which sinks failed and how
     * @param cause the first sink failure
     */
    public AuditUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
