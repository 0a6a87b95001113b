package dev.warden.policy;

/**
 * A role held across the whole installation, ordered from least to most privileged.
 *
 * <p>A global {@link #MEMBER} has no access to any project it is not a member of; project access comes from
 * {@link ProjectRole} grants.
 */
public enum GlobalRole {
    /** An ordinary user: may sign in; sees only the projects it holds a project role in. */
    MEMBER,
    /** Manages users, groups and configuration. */
    ADMINISTRATOR,
    /** Everything, including granting {@code OWNER}. */
    OWNER;

    /**
     * @param other another role
     * @return whether this role includes every privilege of {@code other}
     */
    public boolean includes(GlobalRole other) {
        return compareTo(other) >= 0;
    }
}
