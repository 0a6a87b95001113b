package dev.warden.policy;

import dev.warden.auth.Principal;
import dev.warden.auth.PrincipalKind;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What {@link RoleMapping#apply} gave one principal: its global role, its Warden groups and its project roles, and
 * which rule matched which external group (for explaining decisions and for the access review).
 *
 * @param globalRole the most privileged global role any matching rule gives; {@link GlobalRole#MEMBER} when none
 * @param groups the Warden groups matching rules give; empty when none
 * @param projectRoles by project name, the most privileged role matching rules give there; empty when none
 * @param hits each match, in the order of the external groups given, then of the rules
 */
public record MappedRoles(GlobalRole globalRole, Set<String> groups, Map<String, ProjectRole> projectRoles,
                          List<Hit> hits) {

    /** Nothing mapped: global role {@link GlobalRole#MEMBER}, no groups, no project roles. */
    public static final MappedRoles NONE = new MappedRoles(GlobalRole.MEMBER, Set.of(), Map.of(), List.of());

    /**
     * One match of a rule against an external group.
     *
     * @param externalGroup the external group name as the directory or identity provider gave it
     * @param rule the rule that matched it
     * @param given what it gave (for a {@link MappingTarget.ProjectRoleFromSuffix} rule, the resolved
     *     {@link MappingTarget.ProjectRoleOf})
     */
    public record Hit(String externalGroup, RoleMappingRule rule, MappingTarget given) {
        public Hit {
            Objects.requireNonNull(externalGroup, "externalGroup");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(given, "given");
        }
    }

    public MappedRoles {
        Objects.requireNonNull(globalRole, "globalRole");
        groups = Set.copyOf(groups);
        projectRoles = Map.copyOf(projectRoles);
        hits = List.copyOf(hits);
    }

    /**
     * Builds the principal an authentication provider hands to the policy engine.
     *
     * @param id the user or service-account id
     * @param kind person or machine
     * @param authenticationMethod e.g. {@code ldap}, {@code oidc}, {@code saml}
     * @param mfaSatisfied whether a second factor was verified
     * @return a principal carrying these roles and groups
     */
    public Principal toPrincipal(String id, PrincipalKind kind, String authenticationMethod, boolean mfaSatisfied) {
        return new Principal(id, kind, globalRole, groups, projectRoles, authenticationMethod, mfaSatisfied);
    }
}
