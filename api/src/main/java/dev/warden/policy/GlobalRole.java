package dev.warden.policy;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A role held across the whole installation, ordered from least to most privileged.
 *
 * <p>A global {@link #MEMBER} has no access to any project it is not a member of; project access comes from
 * {@link ProjectRole} grants. An {@link #ADMINISTRATOR} manages users, groups, configuration and secrets, creates
 * projects and reads the audit log, but reads no project's data. An {@link #OWNER} may do everything, in every
 * project, including re-identification and granting {@code OWNER}.
 */
public enum GlobalRole {
    /** An ordinary user: may sign in; sees only the projects it holds a project role in. */
    MEMBER(EnumSet.noneOf(Permission.class)),
    /** Manages users, groups and configuration. */
    ADMINISTRATOR(EnumSet.of(Permission.PROJECT_CREATE, Permission.USER_READ, Permission.USER_MANAGE,
            Permission.GROUP_READ, Permission.GROUP_MANAGE, Permission.CONFIGURATION_READ,
            Permission.CONFIGURATION_UPDATE, Permission.AUDIT_LOG_READ, Permission.SECRET_READ,
            Permission.SECRET_MANAGE)),
    /** Everything, including granting {@code OWNER}. */
    OWNER(EnumSet.allOf(Permission.class));

    private final Set<Permission> permissions;
    private final long bits;

    GlobalRole(Set<Permission> permissions) {
        this.permissions = Collections.unmodifiableSet(permissions);
        long b = 0;
        for (Permission p : permissions) {
            b |= p.bit();
        }
        this.bits = b;
    }

    /**
     * @param other another role
     * @return whether this role includes every privilege of {@code other}
     */
    public boolean includes(GlobalRole other) {
        return compareTo(other) >= 0;
    }

    /**
     * @return the permissions this role gives: for {@link #OWNER} the project permissions hold in every project;
     *     for the others only installation-wide permissions
     */
    public Set<Permission> permissions() {
        return permissions;
    }

    /** @return {@link #permissions()} as a bit set ({@link Permission#bit()}) */
    public long permissionBits() {
        return bits;
    }
}
