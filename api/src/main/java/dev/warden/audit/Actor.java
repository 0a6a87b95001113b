package dev.warden.audit;

import dev.warden.auth.Principal;
import dev.warden.auth.PrincipalKind;
import java.util.Objects;

/**
 * Who performed an audited action.
 *
 * @param principalId the user or service account id, as given (possibly hostile: sinks escape it)
 * @param kind person or machine
 * @param authenticationMethod e.g. {@code password}, {@code ldap}, {@code oidc}, {@code api-key}, {@code none}
 * @param mfa whether a second factor was verified
 */
public record Actor(String principalId, PrincipalKind kind, String authenticationMethod, boolean mfa) {

    public Actor {
        Objects.requireNonNull(principalId, "principalId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(authenticationMethod, "authenticationMethod");
    }

    /** @return Warden itself, for events it raises on its own (alerts, purges) */
    public static Actor system() {
        return new Actor("warden", PrincipalKind.SERVICE_ACCOUNT, "none", false);
    }

    /**
     * @param principal an authenticated principal
     * @return the actor for events it causes: its id, kind, authentication method and MFA state
     */
    public static Actor of(Principal principal) {
        return new Actor(principal.id(), principal.kind(), principal.authenticationMethod(), principal.mfaSatisfied());
    }

    /**
     * A person who has not (yet) authenticated, e.g. for a failed login.
     *
     * @param principalId the user name given
     * @param authenticationMethod the method tried
     * @return the actor, without MFA
     */
    public static Actor user(String principalId, String authenticationMethod) {
        return new Actor(principalId, PrincipalKind.USER, authenticationMethod, false);
    }
}
