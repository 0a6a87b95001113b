package dev.warden.policy;

/** What a principal wants to do to a {@link ResourceRef}. */
public enum Action {
    CREATE,
    READ,
    UPDATE,
    DELETE,
    EXECUTE
}
