package dev.warden.audit;

/**
 * Everything the platform must be able to show an auditor. Constants may be added in later versions; none is
 * removed or renamed, since stored logs name them.
 */
public enum AuditEventType {
    LOGIN,
    LOGOUT,
    LOGIN_FAILED,
    ACCOUNT_LOCKED,
    MFA_ENROLLED,
    MFA_VERIFIED,
    MFA_FAILED,
    API_KEY_CREATED,
    API_KEY_USED,
    API_KEY_REVOKED,
    WORKFLOW_CREATED,
    WORKFLOW_UPDATED,
    WORKFLOW_DELETED,
    WORKFLOW_EXECUTED,
    DATA_SOURCE_READ,
    DATA_SOURCE_WRITTEN,
    CONFIGURATION_CHANGED,
    PERMISSION_GRANTED,
    PERMISSION_REVOKED,
    USER_CREATED,
    USER_DISABLED,
    ACCESS_DENIED,
    SECRET_ACCESSED,
    DATA_ERASED,
    REIDENTIFICATION_PERFORMED,
    /** Retention removed old audit records; details give the last MAC of what was removed. */
    AUDIT_LOG_PURGED,
    /** An alerting rule fired; details name the rule and what it counted. */
    ALERT,
    /** A sink found its file deleted or replaced under it, or otherwise lost records, and carried on. */
    AUDIT_LOG_GAP,
    /** A torn last record (from a crash in the middle of a write) was cut off; details say how many bytes. */
    AUDIT_LOG_REPAIRED,
    /** A data source was defined in a project; details give its role and location (never credentials). */
    DATA_SOURCE_CREATED,
    /** A data source's definition (location, credentials' references, role) was changed. */
    DATA_SOURCE_UPDATED,
    /** A data source was removed from its project. */
    DATA_SOURCE_DELETED
}
