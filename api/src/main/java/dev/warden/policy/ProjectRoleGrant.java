package dev.warden.policy;

import dev.warden.InvalidInputException;
import java.util.Objects;

/**
 * Gives a project role, in one project, to a user or a group.
 *
 * @param subject a user or a group (not everyone)
 * @param project the project ({@link PolicyNames#requireProject})
 * @param role the project role
 */
public record ProjectRoleGrant(Subject subject, String project, ProjectRole role) implements Grant {

    /** @throws InvalidInputException if the subject is everyone or the project name is invalid */
    public ProjectRoleGrant {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(role, "role");
        PolicyNames.requireProject(project);
        if (subject instanceof Subject.Everyone) {
            throw new InvalidInputException("grant: a project role cannot be given to everyone; name a user or a group");
        }
    }

    @Override
    public String toString() {
        return "project role " + role + " in " + project + " to " + subject;
    }
}
