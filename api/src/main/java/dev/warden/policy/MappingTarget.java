package dev.warden.policy;

import java.util.Objects;

/**
 * What a {@link RoleMappingRule} gives to a principal whose external group matches: a global role, membership of a
 * Warden group, or a project role.
 */
public sealed interface MappingTarget {

    /**
     * Gives a global role. When several rules give global roles, the most privileged wins.
     *
     * @param role the global role
     */
    record GlobalRoleOf(GlobalRole role) implements MappingTarget {
        public GlobalRoleOf {
            Objects.requireNonNull(role, "role");
        }

        @Override
        public String toString() {
            return "global role " + role;
        }
    }

    /**
     * Makes the principal a member of a Warden group (for this authentication).
     *
     * @param group the Warden group name ({@link PolicyNames#requireGroup})
     */
    record GroupOf(String group) implements MappingTarget {
        public GroupOf {
            PolicyNames.requireGroup(group);
        }

        @Override
        public String toString() {
            return "group " + group;
        }
    }

    /**
     * Gives a role in one named project. When several rules give roles in the same project, the most privileged wins.
     *
     * @param project the project name ({@link PolicyNames#requireProject})
     * @param role the project role
     */
    record ProjectRoleOf(String project, ProjectRole role) implements MappingTarget {
        public ProjectRoleOf {
            PolicyNames.requireProject(project);
            Objects.requireNonNull(role, "role");
        }

        @Override
        public String toString() {
            return "project role " + role + " in " + project;
        }
    }

    /**
     * Gives a role in the project named by what follows the prefix of a {@link RoleMappingRule.Match#PREFIX} rule: with
     * prefix {@code warden-editors-}, the external group {@code warden-editors-clinical} gives the role in project
     * {@code clinical}. An external group whose remainder is not a valid project name maps to nothing.
     *
     * @param role the project role
     */
    record ProjectRoleFromSuffix(ProjectRole role) implements MappingTarget {
        public ProjectRoleFromSuffix {
            Objects.requireNonNull(role, "role");
        }

        @Override
        public String toString() {
            return "project role " + role + " in the project named by the rest of the group";
        }
    }
}
