package dev.warden.policy;

import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import dev.warden.config.ConfigNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Automatic role assignment at authentication time: an ordered list of {@link RoleMappingRule}s turning a principal's
 * external groups (LDAP groups, OIDC claim values, SAML 2.0 attribute values) into a global role, Warden groups and
 * project roles. Immutable and thread-safe.
 *
 * <p>Exact rules are found with one hash lookup per external group, prefix rules by scanning them in order. Unknown
 * groups map to nothing; with no match at all the result is {@link MappedRoles#NONE} (global role
 * {@link GlobalRole#MEMBER}, no project access), so a directory group can never widen access by accident.
 *
 * <pre>{@code
 * RoleMapping mapping = RoleMapping.of(List.of(
 *     RoleMappingRule.exact("warden-admins", new MappingTarget.GlobalRoleOf(GlobalRole.ADMINISTRATOR)),
 *     RoleMappingRule.prefix("warden-editors-", new MappingTarget.ProjectRoleFromSuffix(ProjectRole.EDITOR))));
 * MappedRoles roles = mapping.apply(List.of("warden-editors-clinical", "staff"));
 * // roles.projectRoles() = {clinical=EDITOR}; "staff" maps to nothing
 * }</pre>
 */
public final class RoleMapping {

    private static final RoleMapping NONE = new RoleMapping(List.of());

    private final List<RoleMappingRule> rules;
    private final Map<String, List<RoleMappingRule>> exact;
    private final List<RoleMappingRule> prefixes;
    private final Map<String, List<RoleMappingRule>> commonNames;

    private RoleMapping(List<RoleMappingRule> rules) {
        this.rules = List.copyOf(rules);
        Map<String, List<RoleMappingRule>> byName = new HashMap<>();
        List<RoleMappingRule> prefixRules = new ArrayList<>();
        Map<String, List<RoleMappingRule>> byCommonName = new HashMap<>();
        for (RoleMappingRule rule : this.rules) {
            switch (rule.match()) {
                case EXACT -> byName.computeIfAbsent(rule.pattern(), k -> new ArrayList<>()).add(rule);
                case PREFIX -> prefixRules.add(rule);
                case COMMON_NAME -> byCommonName.computeIfAbsent(rule.pattern().toLowerCase(Locale.ROOT),
                        k -> new ArrayList<>()).add(rule);
            }
        }
        byName.replaceAll((k, v) -> List.copyOf(v));
        byCommonName.replaceAll((k, v) -> List.copyOf(v));
        this.exact = Map.copyOf(byName);
        this.prefixes = List.copyOf(prefixRules);
        this.commonNames = Map.copyOf(byCommonName);
    }

    /**
     * @param rules the rules, in order (duplicates are kept and harmless)
     * @return the mapping
     */
    public static RoleMapping of(List<RoleMappingRule> rules) {
        Objects.requireNonNull(rules, "rules");
        for (RoleMappingRule rule : rules) {
            Objects.requireNonNull(rule, "rules must not contain null");
        }
        return new RoleMapping(rules);
    }

    /** @return the mapping with no rules: everything maps to nothing */
    public static RoleMapping none() {
        return NONE;
    }

    /** @return the rules, in order */
    public List<RoleMappingRule> rules() {
        return rules;
    }

    /**
     * Maps a principal's external groups.
     *
     * @param externalGroups the group names as the directory or identity provider gave them; {@code null} and empty
     *     entries are ignored; compared case-sensitively
     * @return what the matching rules give; {@link MappedRoles#NONE} when nothing matches
     */
    public MappedRoles apply(Collection<String> externalGroups) {
        Objects.requireNonNull(externalGroups, "externalGroups");
        GlobalRole global = GlobalRole.MEMBER;
        Set<String> groups = new LinkedHashSet<>();
        Map<String, ProjectRole> projectRoles = new LinkedHashMap<>();
        List<MappedRoles.Hit> hits = new ArrayList<>();
        for (String external : externalGroups) {
            if (external == null || external.isEmpty()) {
                continue;
            }
            for (RoleMappingRule rule : exact.getOrDefault(external, List.of())) {
                hits.add(new MappedRoles.Hit(external, rule, rule.target()));
            }
            if (!commonNames.isEmpty()) {
                DistinguishedNames.commonName(external).ifPresent(cn -> {
                    for (RoleMappingRule rule : commonNames.getOrDefault(cn.toLowerCase(Locale.ROOT), List.of())) {
                        hits.add(new MappedRoles.Hit(external, rule, rule.target()));
                    }
                });
            }
            for (RoleMappingRule rule : prefixes) {
                if (!external.startsWith(rule.pattern())) {
                    continue;
                }
                MappingTarget given = rule.target();
                if (given instanceof MappingTarget.ProjectRoleFromSuffix fromSuffix) {
                    String project = external.substring(rule.pattern().length());
                    try {
                        given = new MappingTarget.ProjectRoleOf(project, fromSuffix.role());
                    } catch (InvalidInputException notAProject) {
                        continue; // the rest is empty or not a valid project name: maps to nothing
                    }
                }
                hits.add(new MappedRoles.Hit(external, rule, given));
            }
        }
        if (hits.isEmpty()) {
            return MappedRoles.NONE;
        }
        for (MappedRoles.Hit hit : hits) {
            MappingTarget given = hit.given();
            if (given instanceof MappingTarget.GlobalRoleOf g) {
                global = g.role().includes(global) ? g.role() : global;
            } else if (given instanceof MappingTarget.GroupOf g) {
                groups.add(g.group());
            } else if (given instanceof MappingTarget.ProjectRoleOf p) {
                projectRoles.merge(p.project(), p.role(), (a, b) -> a.includes(b) ? a : b);
            }
        }
        return new MappedRoles(global, groups, projectRoles, hits);
    }

    /**
     * Reads rules from configuration: a list of objects under {@code key}, each with exactly one of {@code exact},
     * {@code prefix} (the external group name or prefix) or {@code cn} (a group's LDAP common name, in any OU: see
     * {@link RoleMappingRule.Match#COMMON_NAME}) and one or more of:
     * <ul>
     *   <li>{@code globalRole}: {@code MEMBER}, {@code ADMINISTRATOR} or {@code OWNER};</li>
     *   <li>{@code groups}: a list of Warden group names;</li>
     *   <li>{@code project} with {@code projectRole} ({@code VIEWER}, {@code EDITOR}, {@code ADMIN},
     *       {@code OWNER});</li>
     *   <li>{@code projectRoleFromSuffix}: a project role in the project named by the rest of the external group
     *       (with {@code prefix} only).</li>
     * </ul>
     * Role names are case-insensitive; group and project names are case-sensitive.
     *
     * <pre>{@code
     * "roleMapping": [
     *   {"exact": "cn=warden-admins,ou=groups,dc=example,dc=org", "globalRole": "ADMINISTRATOR"},
     *   {"cn": "warden-auditors", "groups": ["auditors"]},
     *   {"exact": "analysts", "groups": ["analysts"]},
     *   {"exact": "clinical-team", "project": "clinical", "projectRole": "EDITOR"},
     *   {"prefix": "warden-viewers-", "projectRoleFromSuffix": "VIEWER"}
     * ]
     * }</pre>
     *
     * @param parent the object holding the list
     * @param key the list's name, e.g. {@code roleMapping}
     * @return the mapping; {@link #none()} when the key is absent
     * @throws ConfigurationException naming the rule's path when a rule is malformed
     */
    public static RoleMapping fromConfig(ConfigNode parent, String key) {
        List<RoleMappingRule> rules = new ArrayList<>();
        for (ConfigNode node : parent.children(key)) {
            rules.addAll(parseRule(node));
        }
        return rules.isEmpty() ? NONE : of(rules);
    }

    private static List<RoleMappingRule> parseRule(ConfigNode node) {
        for (String k : node.keys()) {
            if (!Set.of("exact", "prefix", "cn", "globalRole", "groups", "project", "projectRole", "projectRoleFromSuffix")
                    .contains(k)) {
                throw new ConfigurationException("configuration " + node.qualified(k) + ": unknown setting; expected exact, "
                        + "prefix or cn, and globalRole, groups, project with projectRole, or projectRoleFromSuffix");
            }
        }
        int kinds = (node.has("exact") ? 1 : 0) + (node.has("prefix") ? 1 : 0) + (node.has("cn") ? 1 : 0);
        if (kinds != 1) {
            throw new ConfigurationException("configuration " + node.path() + ": give exactly one of 'exact', 'prefix' or 'cn'");
        }
        RoleMappingRule.Match match = node.has("exact") ? RoleMappingRule.Match.EXACT
                : node.has("prefix") ? RoleMappingRule.Match.PREFIX : RoleMappingRule.Match.COMMON_NAME;
        String pattern = node.requireString(node.has("exact") ? "exact" : node.has("prefix") ? "prefix" : "cn");
        List<MappingTarget> targets = new ArrayList<>();
        try {
            node.string("globalRole").ifPresent(r -> targets.add(
                    new MappingTarget.GlobalRoleOf(parseEnum(GlobalRole.class, r, node.qualified("globalRole")))));
            for (String group : node.strings("groups")) {
                targets.add(new MappingTarget.GroupOf(group));
            }
            if (node.has("project") != node.has("projectRole")) {
                throw new ConfigurationException("configuration " + node.path() + ": 'project' and 'projectRole' go together");
            }
            if (node.has("project")) {
                targets.add(new MappingTarget.ProjectRoleOf(node.requireString("project"),
                        parseEnum(ProjectRole.class, node.requireString("projectRole"), node.qualified("projectRole"))));
            }
            node.string("projectRoleFromSuffix").ifPresent(r -> targets.add(new MappingTarget.ProjectRoleFromSuffix(
                    parseEnum(ProjectRole.class, r, node.qualified("projectRoleFromSuffix")))));
            if (targets.isEmpty()) {
                throw new ConfigurationException("configuration " + node.path() + ": the rule gives nothing; add globalRole, "
                        + "groups, project with projectRole, or projectRoleFromSuffix");
            }
            List<RoleMappingRule> rules = new ArrayList<>();
            for (MappingTarget target : targets) {
                rules.add(new RoleMappingRule(match, pattern, target));
            }
            return rules;
        } catch (InvalidInputException e) {
            throw new ConfigurationException("configuration " + node.path() + ": " + e.getMessage(), e);
        }
    }

    static <E extends Enum<E>> E parseEnum(Class<E> type, String text, String where) {
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("configuration " + where + ": '" + text + "' is not one of "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    /** Two mappings are equal when they have the same rules in the same order. */
    @Override
    public boolean equals(Object other) {
        return other instanceof RoleMapping m && m.rules.equals(rules);
    }

    @Override
    public int hashCode() {
        return rules.hashCode();
    }

    @Override
    public String toString() {
        return "RoleMapping" + rules;
    }
}
