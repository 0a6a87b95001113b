package dev.warden.policy;

import dev.warden.InvalidInputException;
import java.util.Objects;

/**
 * Gives one permission outside the roles, e.g. {@link Permission#REIDENTIFY} in one project, or
 * {@link Permission#AUDIT_LOG_READ} to an auditor.
 *
 * @param subject a user or a group (not everyone)
 * @param project the project for a project-scoped permission; {@code ""} for an installation-wide one
 * @param permission the permission
 */
public record PermissionGrant(Subject subject, String project, Permission permission) implements Grant {

    /** @throws InvalidInputException if the subject is everyone or the project does not fit the permission's scope */
    public PermissionGrant {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(permission, "permission");
        Objects.requireNonNull(project, "project");
        if (subject instanceof Subject.Everyone) {
            throw new InvalidInputException("grant: a permission cannot be given to everyone; name a user or a group");
        }
        if (permission.projectScoped()) {
            PolicyNames.requireProject(project);
        } else if (!project.isEmpty()) {
            throw new InvalidInputException("grant: " + permission + " is installation-wide; leave the project empty");
        }
    }

    @Override
    public String toString() {
        return "permission " + permission + (project.isEmpty() ? "" : " in " + project) + " to " + subject;
    }
}
