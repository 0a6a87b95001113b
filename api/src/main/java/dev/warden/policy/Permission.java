package dev.warden.policy;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * One thing a role or a grant allows. Project permissions hold inside one project only; global permissions hold
 * installation-wide. Which roles include which permission is the role-to-permission matrix ({@link
 * ProjectRole#permissions()}, {@link GlobalRole#permissions()}), written out in the README.
 *
 * <p>At most 64 permissions exist, so a set of them is one {@code long} bit set ({@link #bit()}).
 */
public enum Permission {
    WORKFLOW_READ(ResourceType.WORKFLOW, Action.READ),
    WORKFLOW_CREATE(ResourceType.WORKFLOW, Action.CREATE),
    WORKFLOW_UPDATE(ResourceType.WORKFLOW, Action.UPDATE),
    WORKFLOW_EXECUTE(ResourceType.WORKFLOW, Action.EXECUTE),
    WORKFLOW_DELETE(ResourceType.WORKFLOW, Action.DELETE),
    DATA_SOURCE_READ(ResourceType.DATA_SOURCE, Action.READ),
    /** Writing data into a data source, as a job does with its output. */
    DATA_SOURCE_UPDATE(ResourceType.DATA_SOURCE, Action.UPDATE),
    DATA_SOURCE_CREATE(ResourceType.DATA_SOURCE, Action.CREATE),
    /** Running statements directly against a data source. */
    DATA_SOURCE_EXECUTE(ResourceType.DATA_SOURCE, Action.EXECUTE),
    DATA_SOURCE_DELETE(ResourceType.DATA_SOURCE, Action.DELETE),
    PROJECT_READ(ResourceType.PROJECT, Action.READ),
    PROJECT_UPDATE(ResourceType.PROJECT, Action.UPDATE),
    PROJECT_MANAGE_MEMBERS(ResourceType.PROJECT, Action.MANAGE_MEMBERS),
    PROJECT_DELETE(ResourceType.PROJECT, Action.DELETE),
    PROJECT_TRANSFER_OWNERSHIP(ResourceType.PROJECT, Action.TRANSFER_OWNERSHIP),
    /** Re-identification (reversing FPE or deterministic encryption) on the project's data sources. */
    REIDENTIFY(ResourceType.DATA_SOURCE, Action.REIDENTIFY),

    PROJECT_CREATE(ResourceType.PROJECT, Action.CREATE),
    USER_READ(ResourceType.USER, Action.READ),
    /** Creating, changing (including global roles other than Owner) and deleting users. */
    USER_MANAGE(ResourceType.USER, Action.UPDATE),
    GROUP_READ(ResourceType.GROUP, Action.READ),
    GROUP_MANAGE(ResourceType.GROUP, Action.UPDATE),
    CONFIGURATION_READ(ResourceType.CONFIGURATION, Action.READ),
    CONFIGURATION_UPDATE(ResourceType.CONFIGURATION, Action.UPDATE),
    AUDIT_LOG_READ(ResourceType.AUDIT_LOG, Action.READ),
    SECRET_READ(ResourceType.SECRET, Action.READ),
    SECRET_MANAGE(ResourceType.SECRET, Action.UPDATE),
    /** Granting the global Owner role. */
    GRANT_OWNER(ResourceType.USER, Action.GRANT_OWNER);

    private static final Permission[][] BY_ACTION_AND_TYPE = table();
    private static final Set<Permission> PROJECT = Collections.unmodifiableSet(EnumSet.range(WORKFLOW_READ, REIDENTIFY));
    private static final Set<Permission> GLOBAL = Collections.unmodifiableSet(EnumSet.range(PROJECT_CREATE, GRANT_OWNER));

    private final ResourceType resourceType;
    private final Action action;

    Permission(ResourceType resourceType, Action action) {
        this.resourceType = resourceType;
        this.action = action;
    }

    /** @return whether this permission holds inside one project (rather than installation-wide) */
    public boolean projectScoped() {
        return ordinal() <= REIDENTIFY.ordinal();
    }

    /** @return this permission's bit in a {@code long} permission set: {@code 1L << ordinal()} */
    public long bit() {
        return 1L << ordinal();
    }

    /** @return the kind of resource it applies to (for {@link #REIDENTIFY}, data sources; projects too) */
    public ResourceType resourceType() {
        return resourceType;
    }

    /** @return the action it allows */
    public Action action() {
        return action;
    }

    /** @return every project-scoped permission */
    public static Set<Permission> projectPermissions() {
        return PROJECT;
    }

    /** @return every installation-wide permission */
    public static Set<Permission> globalPermissions() {
        return GLOBAL;
    }

    /**
     * The permission an action on a kind of resource needs.
     *
     * <p>{@code CREATE}, {@code UPDATE} and {@code DELETE} on users, groups and secrets all need their {@code _MANAGE}
     * permission; {@code REIDENTIFY} on a project or a data source needs {@link #REIDENTIFY}.
     *
     * @return the permission, or empty when the action does not apply to that kind (always denied)
     */
    public static Optional<Permission> of(Action action, ResourceType type) {
        return Optional.ofNullable(lookup(action, type));
    }

    /**
     * Like {@link #of} without the {@code Optional}, for hot paths.
     *
     * @return the permission, or {@code null} when the action does not apply to that kind
     */
    public static Permission lookup(Action action, ResourceType type) {
        return BY_ACTION_AND_TYPE[action.ordinal()][type.ordinal()];
    }

    private static Permission[][] table() {
        Permission[][] table = new Permission[Action.values().length][ResourceType.values().length];
        for (Permission p : values()) {
            table[p.action.ordinal()][p.resourceType.ordinal()] = p;
        }
        for (ResourceType managed : new ResourceType[] {ResourceType.USER, ResourceType.GROUP, ResourceType.SECRET}) {
            Permission manage = table[Action.UPDATE.ordinal()][managed.ordinal()];
            table[Action.CREATE.ordinal()][managed.ordinal()] = manage;
            table[Action.DELETE.ordinal()][managed.ordinal()] = manage;
        }
        table[Action.REIDENTIFY.ordinal()][ResourceType.PROJECT.ordinal()] = REIDENTIFY;
        return table;
    }
}
