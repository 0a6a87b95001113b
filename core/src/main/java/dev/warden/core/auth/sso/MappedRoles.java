package dev.warden.core.auth.sso;

import dev.warden.policy.GlobalRole;
import dev.warden.policy.ProjectRole;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The Warden roles that external groups map to.
 *
 * @param globalRole the global role
 * @param groups the Warden groups
 * @param projectRoles project roles by project name
 */
public record MappedRoles(GlobalRole globalRole, Set<String> groups, Map<String, ProjectRole> projectRoles) {

    public MappedRoles {
        Objects.requireNonNull(globalRole, "globalRole");
        groups = Set.copyOf(groups);
        projectRoles = Map.copyOf(projectRoles);
    }
}
