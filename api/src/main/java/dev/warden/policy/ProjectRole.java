package dev.warden.policy;

/**
 * A role held inside one project, ordered from least to most privileged. A project role grants nothing outside its
 * project.
 */
public enum ProjectRole {
    /** Reads the project's workflows and data sources. */
    VIEWER,
    /** Also creates, updates and executes workflows. */
    EDITOR,
    /** Also manages data sources and project members. */
    ADMIN,
    /** Also deletes the project and transfers ownership. */
    OWNER;

    /**
     * @param other another role
     * @return whether this role includes every privilege of {@code other}
     */
    public boolean includes(ProjectRole other) {
        return compareTo(other) >= 0;
    }
}
