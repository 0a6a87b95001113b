package dev.warden.policy;

/**
 * One stored policy statement. Allowing grants: {@link GlobalRoleGrant}, {@link ProjectRoleGrant},
 * {@link PermissionGrant}; and the {@link DenyGrant}, which overrides every allow it covers. Grants are values:
 * revoking one means removing an equal grant.
 */
public sealed interface Grant permits GlobalRoleGrant, ProjectRoleGrant, PermissionGrant, DenyGrant {

    /** @return who it is given to */
    Subject subject();

    /** @return the project it is confined to, or {@code ""} for installation-wide grants */
    String project();
}
