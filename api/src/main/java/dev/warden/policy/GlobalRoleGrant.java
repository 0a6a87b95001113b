package dev.warden.policy;

import dev.warden.InvalidInputException;
import java.util.Objects;

/**
 * Gives a global role to a user or a group.
 *
 * @param subject a user or a group (not everyone)
 * @param role the global role
 */
public record GlobalRoleGrant(Subject subject, GlobalRole role) implements Grant {

    /** @throws InvalidInputException if the subject is everyone */
    public GlobalRoleGrant {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(role, "role");
        if (subject instanceof Subject.Everyone) {
            throw new InvalidInputException("grant: a global role cannot be given to everyone; name a user or a group");
        }
    }

    @Override
    public String project() {
        return "";
    }

    @Override
    public String toString() {
        return "global role " + role + " to " + subject;
    }
}
