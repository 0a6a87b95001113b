package dev.warden.policy;

import dev.warden.InvalidInputException;
import java.util.Locale;

/**
 * A reference to one resource: its type, the project it belongs to (empty for installation-wide resources) and its
 * name. Identifiers are case-sensitive and compared exactly.
 *
 * <p>Text form ({@link #toString()} and {@link #parse(String)}): {@code type:project/name} for project-scoped kinds
 * (for example {@code workflow:clinical/nightly-copy}), {@code project:name}, and {@code type:name} for the others
 * (for example {@code user:alice}, {@code configuration:warden}).
 *
 * @param type the kind of resource
 * @param project the owning project; empty exactly when {@code type} is not project-scoped or is {@link
 *     ResourceType#PROJECT} (then {@code name} is the project)
 * @param name the resource's name inside its project or installation; never empty
 */
public record ResourceRef(ResourceType type, String project, String name) {

    /**
     * @throws InvalidInputException if a part is missing, empty where it must not be, or contains a control character
     */
    public ResourceRef {
        if (type == null || project == null || name == null) {
            throw new InvalidInputException("resource reference: type, project and name are required (use \"\" for no project)");
        }
        requireIdentifier("name", name);
        boolean needsProject = type.projectScoped() && type != ResourceType.PROJECT;
        if (needsProject) {
            requireIdentifier("project", project);
        } else if (!project.isEmpty()) {
            throw new InvalidInputException("resource reference: a " + type.name().toLowerCase(Locale.ROOT)
                    + " does not belong to a project; leave the project empty");
        }
    }

    /** @return a workflow inside a project */
    public static ResourceRef workflow(String project, String name) {
        return new ResourceRef(ResourceType.WORKFLOW, project, name);
    }

    /** @return a data source inside a project */
    public static ResourceRef dataSource(String project, String name) {
        return new ResourceRef(ResourceType.DATA_SOURCE, project, name);
    }

    /** @return a project itself */
    public static ResourceRef project(String name) {
        return new ResourceRef(ResourceType.PROJECT, "", name);
    }

    /** @return a user account */
    public static ResourceRef user(String id) {
        return new ResourceRef(ResourceType.USER, "", id);
    }

    /** @return a group */
    public static ResourceRef group(String name) {
        return new ResourceRef(ResourceType.GROUP, "", name);
    }

    /** @return the installation's configuration */
    public static ResourceRef configuration() {
        return new ResourceRef(ResourceType.CONFIGURATION, "", "warden");
    }

    /** @return the audit log */
    public static ResourceRef auditLog() {
        return new ResourceRef(ResourceType.AUDIT_LOG, "", "audit");
    }

    /** @return a secret, named by its reference (never its value) */
    public static ResourceRef secret(String reference) {
        return new ResourceRef(ResourceType.SECRET, "", reference);
    }

    /**
     * The project this resource is scoped to, for a {@link ResourceType#PROJECT} its own name.
     *
     * @return the project name, or {@code ""} for installation-wide resources
     */
    public String scopeProject() {
        return type == ResourceType.PROJECT ? name : project;
    }

    /**
     * Parses the text form described above.
     *
     * @param text for example {@code workflow:clinical/nightly-copy}
     * @return the reference
     * @throws InvalidInputException naming the part that is wrong
     */
    public static ResourceRef parse(String text) {
        if (text == null) {
            throw new InvalidInputException("resource reference: missing; expected type:project/name or type:name");
        }
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw new InvalidInputException("resource reference '" + text + "': expected type:project/name or type:name");
        }
        String typeText = text.substring(0, colon).toUpperCase(Locale.ROOT).replace('-', '_');
        ResourceType type;
        try {
            type = ResourceType.valueOf(typeText);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("resource reference '" + text + "': unknown type '" + text.substring(0, colon)
                    + "'; expected one of workflow, data-source, project, user, group, configuration, audit-log, secret");
        }
        String rest = text.substring(colon + 1);
        if (type.projectScoped() && type != ResourceType.PROJECT) {
            int slash = rest.indexOf('/');
            if (slash < 0) {
                throw new InvalidInputException("resource reference '" + text + "': a " + typeText.toLowerCase(Locale.ROOT)
                        + " needs project/name");
            }
            return new ResourceRef(type, rest.substring(0, slash), rest.substring(slash + 1));
        }
        return new ResourceRef(type, "", rest);
    }

    @Override
    public String toString() {
        String kind = type.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return project.isEmpty() ? kind + ":" + name : kind + ":" + project + "/" + name;
    }

    private static void requireIdentifier(String part, String value) {
        if (value.isEmpty()) {
            throw new InvalidInputException("resource reference: the " + part + " is empty");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new InvalidInputException("resource reference: the " + part + " contains a control character");
            }
        }
    }
}
