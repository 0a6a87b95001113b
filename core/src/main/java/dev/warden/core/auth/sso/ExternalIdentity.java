package dev.warden.core.auth.sso;

import dev.warden.auth.Principal;
import dev.warden.auth.PrincipalKind;
import dev.warden.policy.RoleMapping;
import java.util.Objects;
import java.util.Set;

/**
 * Who an external identity provider says the caller is, before role mapping: the provider's group extraction ends
 * here, and role mapping is the one call {@link #toPrincipal}.
 *
 * @param principalId the qualified principal id the principal gets ({@link dev.warden.auth.PrincipalIds}): LDAP
 *     {@code ldap:<entry DN>}, OIDC {@code oidc:<iss>#<subject>}, SAML {@code saml:<IdP entity id>#<subject>}
 * @param subject the stable identifier the provider vouches for (LDAP: the configured id attribute; OIDC: the
 *     {@code sub} claim or the configured claim; SAML: the NameID or the configured attribute); never empty
 * @param groups the external group names as the provider gives them (LDAP: the group's normalised DN; OIDC: the values
 *     of the groups claim; SAML: the values of the groups attribute)
 * @param mfaSatisfied whether the identity provider asserted a second factor (OIDC {@code amr}/{@code acr}, SAML
 *     {@code AuthnContextClassRef}); always false for LDAP
 */
public record ExternalIdentity(String principalId, String subject, Set<String> groups, boolean mfaSatisfied) {

    public ExternalIdentity {
        Objects.requireNonNull(principalId, "principalId");
        Objects.requireNonNull(subject, "subject");
        if (!dev.warden.auth.PrincipalIds.isQualified(principalId)) {
            throw new IllegalArgumentException("an external principal id is qualified by its provider kind");
        }
        if (subject.isEmpty()) {
            throw new IllegalArgumentException("an external subject is never empty");
        }
        groups = Set.copyOf(groups);
    }

    /**
     * @param mapping the policy engine's role mapping rules (exact and prefix) from external groups to the global
     *     role, Warden groups and project roles
     * @param authenticationMethod {@code ldap}, {@code oidc} or {@code saml}
     * @return the principal, a {@link PrincipalKind#USER} whose id is {@link #principalId}
     */
    public Principal toPrincipal(RoleMapping mapping, String authenticationMethod) {
        return mapping.apply(groups).toPrincipal(principalId, PrincipalKind.USER, authenticationMethod, mfaSatisfied);
    }
}
