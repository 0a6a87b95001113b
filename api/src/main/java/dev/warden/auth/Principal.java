package dev.warden.auth;

import dev.warden.policy.GlobalRole;
import dev.warden.policy.ProjectRole;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An authenticated identity, as the authentication chain hands it to the policy engine.
 *
 * @param id the stable, case-sensitive identifier of the user or service account
 * @param kind person or machine
 * @param globalRole the global role, after role mapping
 * @param groups the Warden groups it belongs to (directly, or through mapping rules at authentication time)
 * @param projectRoles project roles granted by mapping rules at authentication time, by project name (grants stored
 *     in the policy engine are added to these when checking)
 * @param authenticationMethod how it authenticated, e.g. {@code password}, {@code ldap}, {@code oidc}, {@code saml},
 *     {@code api-key}
 * @param mfaSatisfied whether a second factor was verified in this authentication
 */
public record Principal(String id, PrincipalKind kind, GlobalRole globalRole, Set<String> groups,
                        Map<String, ProjectRole> projectRoles, String authenticationMethod, boolean mfaSatisfied) {

    public Principal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(globalRole, "globalRole");
        Objects.requireNonNull(authenticationMethod, "authenticationMethod");
        if (id.isEmpty()) {
            throw new IllegalArgumentException("a principal id is never empty");
        }
        groups = Set.copyOf(groups);
        projectRoles = Map.copyOf(projectRoles);
    }

    /**
     * A user with a global role and nothing else, as a host application builds one for a check.
     *
     * @param id the user id
     * @param globalRole its global role
     * @return the principal, authentication method {@code none}, no MFA
     */
    public static Principal user(String id, GlobalRole globalRole) {
        return new Principal(id, PrincipalKind.USER, globalRole, Set.of(), Map.of(), "none", false);
    }
}
