package dev.warden.core.auth.sso;

import dev.warden.ConfigurationException;
import dev.warden.config.ConfigNode;
import dev.warden.policy.GlobalRole;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Set;

/**
 * Turns the external groups of an {@link ExternalIdentity} into Warden roles, in one call. Implementations are
 * thread-safe and pure: the same groups give the same roles.
 */
@FunctionalInterface
public interface GroupMapping {

    /**
     * @param externalGroups the groups the directory or identity provider reported; may be empty
     * @return the roles they map to; a caller in no mapped group gets {@link GlobalRole#MEMBER} (default deny: no
     *     project access)
     */
    MappedRoles map(Set<String> externalGroups);

    /** @return a mapping that grants {@link GlobalRole#MEMBER}, keeps the external groups as Warden groups, no project roles */
    static GroupMapping membersOnly() {
        return groups -> new MappedRoles(GlobalRole.MEMBER, groups, Map.of());
    }

    /**
     * Exact group-name rules for the global role; the external groups are kept as Warden groups. The highest role of
     * every matching rule wins.
     *
     * @param globalRoles external group name to global role
     * @return the mapping
     */
    static GroupMapping globalRoles(Map<String, GlobalRole> globalRoles) {
        Map<String, GlobalRole> rules = Map.copyOf(globalRoles);
        return groups -> {
            GlobalRole role = GlobalRole.MEMBER;
            for (String group : groups) {
                GlobalRole mapped = rules.get(group);
                if (mapped != null && mapped.compareTo(role) > 0) {
                    role = mapped;
                }
            }
            return new MappedRoles(role, groups, Map.of());
        };
    }

    /**
     * Reads {@code "globalRoles": {"<external group>": "MEMBER|ADMINISTRATOR|OWNER", ...}} from a provider's settings.
     *
     * @param config the provider's settings
     * @return the mapping; {@link #membersOnly()} when the setting is absent
     * @throws ConfigurationException naming the setting when a role is not one of the global roles
     */
    static GroupMapping fromConfig(ConfigNode config) {
        var node = config.child("globalRoles");
        if (node.isEmpty()) {
            return membersOnly();
        }
        Map<String, GlobalRole> rules = new LinkedHashMap<>();
        for (String group : node.get().keys()) {
            String role = node.get().requireString(group);
            try {
                rules.put(group, GlobalRole.valueOf(role.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException("configuration " + node.get().qualified(group) + ": '" + role
                        + "' is not a global role; use MEMBER, ADMINISTRATOR or OWNER");
            }
        }
        for (Entry<String, GlobalRole> rule : rules.entrySet()) {
            if (rule.getKey().isEmpty()) {
                throw new ConfigurationException("configuration " + node.get().path() + ": an empty group name");
            }
        }
        return globalRoles(rules);
    }
}
