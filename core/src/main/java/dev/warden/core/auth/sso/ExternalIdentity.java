package dev.warden.core.auth.sso;

import dev.warden.auth.Principal;
import dev.warden.auth.PrincipalKind;
import java.util.Objects;
import java.util.Set;

/**
 * Who an external identity provider says the caller is, before role mapping.
 *
 * @param subject the stable identifier the provider vouches for (LDAP: the configured id attribute; OIDC: the
 *     {@code sub} claim or the configured claim; SAML: the NameID or the configured attribute); never empty
 * @param groups the external group names as the provider gives them (LDAP: the group's {@code cn}; OIDC: the values
 *     of the groups claim; SAML: the values of the groups attribute)
 */
public record ExternalIdentity(String subject, Set<String> groups) {

    public ExternalIdentity {
        Objects.requireNonNull(subject, "subject");
        if (subject.isEmpty()) {
            throw new IllegalArgumentException("an external subject is never empty");
        }
        groups = Set.copyOf(groups);
    }

    /**
     * @param mapping turns the external groups into Warden roles
     * @param authenticationMethod {@code ldap}, {@code oidc} or {@code saml}
     * @return the principal; MFA is reported as not satisfied (the external provider's own MFA is not visible here)
     */
    public Principal toPrincipal(GroupMapping mapping, String authenticationMethod) {
        MappedRoles roles = mapping.map(groups);
        return new Principal(subject, PrincipalKind.USER, roles.globalRole(), roles.groups(), roles.projectRoles(),
                authenticationMethod, false);
    }
}
