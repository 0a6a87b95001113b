package dev.warden.policy;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A role held inside one project, ordered from least to most privileged; each includes the one before it. A project
 * role grants nothing outside its project, and no project role includes {@link Permission#REIDENTIFY}, which is
 * granted on its own.
 */
public enum ProjectRole {
    /** Reads the project, its workflows and data sources. */
    VIEWER(EnumSet.of(Permission.PROJECT_READ, Permission.WORKFLOW_READ, Permission.DATA_SOURCE_READ)),
    /** Also creates, updates and executes workflows, and writes their output into the project's data sources. */
    EDITOR(EnumSet.of(Permission.WORKFLOW_CREATE, Permission.WORKFLOW_UPDATE, Permission.WORKFLOW_EXECUTE,
            Permission.DATA_SOURCE_UPDATE)),
    /** Also deletes workflows, manages data sources and the project's members and settings. */
    ADMIN(EnumSet.of(Permission.WORKFLOW_DELETE, Permission.DATA_SOURCE_CREATE, Permission.DATA_SOURCE_EXECUTE,
            Permission.DATA_SOURCE_DELETE, Permission.PROJECT_UPDATE, Permission.PROJECT_MANAGE_MEMBERS)),
    /** Also deletes the project and transfers its ownership. */
    OWNER(EnumSet.of(Permission.PROJECT_DELETE, Permission.PROJECT_TRANSFER_OWNERSHIP));

    private final Set<Permission> added;
    private Set<Permission> permissions;
    private long bits;

    ProjectRole(Set<Permission> added) {
        this.added = added;
    }

    static {
        EnumSet<Permission> acc = EnumSet.noneOf(Permission.class);
        for (ProjectRole role : values()) {
            acc.addAll(role.added);
            role.permissions = Collections.unmodifiableSet(EnumSet.copyOf(acc));
            long b = 0;
            for (Permission p : acc) {
                b |= p.bit();
            }
            role.bits = b;
        }
    }

    /**
     * @param other another role
     * @return whether this role includes every privilege of {@code other}
     */
    public boolean includes(ProjectRole other) {
        return compareTo(other) >= 0;
    }

    /** @return every permission this role gives in its project, including those of the roles below it */
    public Set<Permission> permissions() {
        return permissions;
    }

    /** @return {@link #permissions()} as a bit set ({@link Permission#bit()}) */
    public long permissionBits() {
        return bits;
    }
}
