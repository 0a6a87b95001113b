package dev.warden.audit;

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
}
