package dev.warden.policy;

/**
 * What a principal wants to do to a {@link ResourceRef}. Together with the resource's {@link ResourceType} an action
 * names one {@link Permission} ({@link Permission#of}); a pair that names none (e.g. {@code EXECUTE} on the audit log)
 * is always denied.
 */
public enum Action {
    /** Create a resource (a workflow, a data source, a project, a user, a group, a secret). */
    CREATE,
    /** Read or list it. */
    READ,
    /** Change it; for a data source, write data into it. */
    UPDATE,
    /** Delete it. */
    DELETE,
    /** Run it (a workflow), or run statements against it (a data source). */
    EXECUTE,
    /** Add, remove or change the members of a project and their project roles. */
    MANAGE_MEMBERS,
    /** Hand a project's ownership to another user. */
    TRANSFER_OWNERSHIP,
    /**
     * Reverse a reversible transformation (format-preserving encryption, deterministic encryption) on a data source or
     * project's data: re-identification, a permission of its own that no project role includes.
     */
    REIDENTIFY,
    /** Grant the global {@link GlobalRole#OWNER} role to a user. */
    GRANT_OWNER
}
