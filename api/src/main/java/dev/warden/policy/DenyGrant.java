package dev.warden.policy;

import dev.warden.InvalidInputException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * An explicit deny: it overrides every allow it covers, whatever role, group, mapping or permission grant gives it.
 * Examples: a suspended user ({@code everywhere}, all permissions), a blocked data source ({@code everyone}, one
 * resource).
 *
 * @param subject a user, a group (every member) or everyone
 * @param project the project it covers, or {@code ""} for every project and the installation-wide permissions
 * @param resource one resource inside {@code project} it is confined to (text form of {@link ResourceRef}), or
 *     {@code ""} for the whole scope
 * @param permissions the permissions it denies; empty means all
 * @param reason why, shown in denying decisions (no personal data); 1 to 200 characters, no control character
 */
public record DenyGrant(Subject subject, String project, String resource, Set<Permission> permissions, String reason)
        implements Grant {

    /** @throws InvalidInputException if a part is malformed or the resource is not inside the project */
    public DenyGrant {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(permissions, "permissions");
        if (!project.isEmpty()) {
            PolicyNames.requireProject(project);
        }
        if (!resource.isEmpty()) {
            ResourceRef ref = ResourceRef.parse(resource);
            if (!ref.type().projectScoped() || !ref.scopeProject().equals(project)) {
                throw new InvalidInputException("deny grant: resource " + resource + " must lie inside project '" + project
                        + "'; set the project to the resource's project");
            }
            if (ref.name().contains("*")) {
                throw new InvalidInputException("deny grant: resource " + resource + " contains '*'; Warden has no wildcards");
            }
            resource = ref.toString();
        }
        permissions = permissions.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(permissions));
        if (reason == null || reason.isBlank() || reason.length() > 200) {
            throw new InvalidInputException("deny grant: give a reason of 1 to 200 characters");
        }
        for (int i = 0; i < reason.length(); i++) {
            if (Character.isISOControl(reason.charAt(i))) {
                throw new InvalidInputException("deny grant: the reason contains a control character");
            }
        }
    }

    /** @return a deny of everything, everywhere, for one subject (e.g. a suspended user) */
    public static DenyGrant everything(Subject subject, String reason) {
        return new DenyGrant(subject, "", "", Set.of(), reason);
    }

    /** @return whether this deny covers {@code permission} */
    public boolean covers(Permission permission) {
        return permissions.isEmpty() || permissions.contains(permission);
    }

    /** @return the denied permissions as a bit set; all bits when {@link #permissions()} is empty */
    public long permissionBits() {
        if (permissions.isEmpty()) {
            return -1L;
        }
        long bits = 0;
        for (Permission p : permissions) {
            bits |= p.bit();
        }
        return bits;
    }

    @Override
    public String toString() {
        String what = permissions.isEmpty() ? "everything" : permissions.toString();
        String where = !resource.isEmpty() ? " on " + resource : project.isEmpty() ? " everywhere" : " in " + project;
        return "deny " + what + where + " to " + subject + " (" + reason + ")";
    }
}
