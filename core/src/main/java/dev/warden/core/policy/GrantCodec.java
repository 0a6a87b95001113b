package dev.warden.core.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import dev.warden.policy.DenyGrant;
import dev.warden.policy.GlobalRole;
import dev.warden.policy.GlobalRoleGrant;
import dev.warden.policy.Grant;
import dev.warden.policy.MappingTarget;
import dev.warden.policy.Permission;
import dev.warden.policy.PermissionGrant;
import dev.warden.policy.ProjectRole;
import dev.warden.policy.ProjectRoleGrant;
import dev.warden.policy.RoleMappingRule;
import dev.warden.policy.Subject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Grants as flat fields, shared by the JSON file and the JDBC table: {@code kind} ({@code global-role},
 * {@code project-role}, {@code permission}, {@code deny}), {@code subject}, {@code project}, {@code value} (role or
 * permission name), {@code resource}, {@code permissions} (comma-separated, empty = all) and {@code reason}.
 *
 * <p>Public for the JDBC grant store in {@code warden-jdbc}; not an API for hosts.
 */
public final class GrantCodec {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Flat form of a grant. */
    public record Fields(String kind, String subject, String project, String value, String resource, String permissions,
                  String reason) {

        /** @return a canonical key identifying the grant (grants are values) */
        public String key() {
            return String.join("\u001f", kind, subject, project, value, resource, permissions, reason);
        }
    }

    private GrantCodec() {
    }

    public static Fields fields(Grant grant) {
        if (grant instanceof GlobalRoleGrant g) {
            return new Fields("global-role", g.subject().toString(), "", g.role().name(), "", "", "");
        }
        if (grant instanceof ProjectRoleGrant g) {
            return new Fields("project-role", g.subject().toString(), g.project(), g.role().name(), "", "", "");
        }
        if (grant instanceof PermissionGrant g) {
            return new Fields("permission", g.subject().toString(), g.project(), g.permission().name(), "", "", "");
        }
        DenyGrant d = (DenyGrant) grant;
        return new Fields("deny", d.subject().toString(), d.project(), "", d.resource(),
                d.permissions().stream().map(Enum::name).collect(Collectors.joining(",")), d.reason());
    }

    /**
     * @param where for errors, e.g. {@code policy.json: grants[3]} or {@code table warden_policy_grant, row 7}
     * @throws ConfigurationException naming {@code where} and the field
     */
    public static Grant grant(Fields f, String where) {
        try {
            Subject subject = Subject.parse(f.subject());
            switch (f.kind()) {
                case "global-role":
                    return new GlobalRoleGrant(subject, parse(GlobalRole.class, f.value(), where + ".globalRole"));
                case "project-role":
                    return new ProjectRoleGrant(subject, f.project(), parse(ProjectRole.class, f.value(), where + ".projectRole"));
                case "permission":
                    return new PermissionGrant(subject, f.project(), parse(Permission.class, f.value(), where + ".permission"));
                case "deny":
                    Set<Permission> denied = EnumSet.noneOf(Permission.class);
                    if (!f.permissions().isEmpty()) {
                        for (String p : f.permissions().split(",")) {
                            denied.add(parse(Permission.class, p, where + ".deny"));
                        }
                    }
                    return new DenyGrant(subject, f.project(), f.resource(), denied, f.reason());
                default:
                    throw new ConfigurationException(where + ": unknown grant kind '" + f.kind() + "'");
            }
        } catch (InvalidInputException e) {
            throw new ConfigurationException(where + ": " + e.getMessage(), e);
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text, String where) {
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(where + ": '" + text + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    // --- JSON ---

    static ObjectNode toJson(Grant grant) {
        ObjectNode o = NODES.objectNode();
        o.put("subject", grant.subject().toString());
        if (!grant.project().isEmpty()) {
            o.put("project", grant.project());
        }
        if (grant instanceof GlobalRoleGrant g) {
            o.put("globalRole", g.role().name());
        } else if (grant instanceof ProjectRoleGrant g) {
            o.put("projectRole", g.role().name());
        } else if (grant instanceof PermissionGrant g) {
            o.put("permission", g.permission().name());
        } else if (grant instanceof DenyGrant d) {
            if (!d.resource().isEmpty()) {
                o.put("resource", d.resource());
            }
            if (d.permissions().isEmpty()) {
                o.put("deny", "all");
            } else {
                ArrayNode a = o.putArray("deny");
                d.permissions().forEach(p -> a.add(p.name()));
            }
            o.put("reason", d.reason());
        }
        return o;
    }

    static Grant fromJson(JsonNode o, String where) {
        if (!o.isObject()) {
            throw new ConfigurationException(where + ": expected an object");
        }
        for (var it = o.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!List.of("subject", "project", "globalRole", "projectRole", "permission", "deny", "resource", "reason")
                    .contains(k)) {
                throw new ConfigurationException(where + "." + k + ": unknown field; expected subject, project, and one of "
                        + "globalRole, projectRole, permission or deny (with reason, optional resource)");
            }
        }
        String subject = text(o, "subject", where, true);
        String project = text(o, "project", where, false);
        int kinds = (o.has("globalRole") ? 1 : 0) + (o.has("projectRole") ? 1 : 0) + (o.has("permission") ? 1 : 0)
                + (o.has("deny") ? 1 : 0);
        if (kinds != 1) {
            throw new ConfigurationException(where + ": give exactly one of globalRole, projectRole, permission or deny");
        }
        if (o.has("globalRole")) {
            return grant(new Fields("global-role", subject, project, text(o, "globalRole", where, true), "", "", ""), where);
        }
        if (o.has("projectRole")) {
            return grant(new Fields("project-role", subject, project, text(o, "projectRole", where, true), "", "", ""), where);
        }
        if (o.has("permission")) {
            return grant(new Fields("permission", subject, project, text(o, "permission", where, true), "", "", ""), where);
        }
        JsonNode deny = o.get("deny");
        String permissions;
        if (deny.isTextual() && deny.asText().equals("all")) {
            permissions = "";
        } else if (deny.isArray() && deny.size() > 0) {
            List<String> names = new ArrayList<>();
            deny.forEach(n -> names.add(n.asText()));
            permissions = String.join(",", names);
        } else {
            throw new ConfigurationException(where + ".deny: expected \"all\" or a non-empty list of permissions");
        }
        return grant(new Fields("deny", subject, project, "", text(o, "resource", where, false), permissions,
                text(o, "reason", where, true)), where);
    }

    private static String text(JsonNode o, String key, String where, boolean required) {
        JsonNode n = o.get(key);
        if (n == null || n.isNull()) {
            if (required) {
                throw new ConfigurationException(where + "." + key + ": required field is missing");
            }
            return "";
        }
        if (!n.isTextual()) {
            throw new ConfigurationException(where + "." + key + ": expected text");
        }
        return n.asText();
    }

    public static ObjectNode toJson(RoleMappingRule rule) {
        ObjectNode o = NODES.objectNode();
        o.put(rule.kind(), rule.pattern());
        MappingTarget t = rule.target();
        if (t instanceof MappingTarget.GlobalRoleOf g) {
            o.put("globalRole", g.role().name());
        } else if (t instanceof MappingTarget.GroupOf g) {
            o.putArray("groups").add(g.group());
        } else if (t instanceof MappingTarget.ProjectRoleOf p) {
            o.put("project", p.project());
            o.put("projectRole", p.role().name());
        } else if (t instanceof MappingTarget.ProjectRoleFromSuffix s) {
            o.put("projectRoleFromSuffix", s.role().name());
        }
        return o;
    }
}
