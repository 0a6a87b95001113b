package dev.warden.policy;

/** The kinds of resource a policy check can name. Project-scoped kinds live inside one project. */
public enum ResourceType {
    /** A de-identification or data workflow, inside a project. */
    WORKFLOW(true),
    /** A database or file location a workflow reads or writes, inside a project. */
    DATA_SOURCE(true),
    /** A project itself (its membership, its deletion, its ownership). */
    PROJECT(true),
    /** A user account. */
    USER(false),
    /** A group of users. */
    GROUP(false),
    /** The installation's configuration. */
    CONFIGURATION(false),
    /** The audit log. */
    AUDIT_LOG(false),
    /** A secret reference. */
    SECRET(false);

    private final boolean projectScoped;

    ResourceType(boolean projectScoped) {
        this.projectScoped = projectScoped;
    }

    /** @return whether resources of this kind belong to exactly one project */
    public boolean projectScoped() {
        return projectScoped;
    }
}
