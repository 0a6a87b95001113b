package dev.warden.spi.auth;

import dev.warden.auth.AuthenticationResult;
import dev.warden.auth.Credentials;

/**
 * Verifies one or more kinds of {@link Credentials}. Instances are thread-safe; the authentication chain calls
 * {@link #authenticate} only for credential kinds that {@link #supports} accepts.
 *
 * <p>An implementation never logs or returns a password, token, key or assertion, and returns
 * {@link AuthenticationResult.Failure} (not an exception) for credentials it rejects. It throws
 * {@link dev.warden.auth.AuthenticationException} only when it could not decide (its directory or issuer is down).
 *
 * <p>What the authentication chain ({@code dev.warden.core.auth.Authenticator}) does around every provider, so a
 * provider need not: it audits each attempt, throttles and locks out per account name and per source address, turns
 * every failure into one "authentication failed" for the caller (the {@code auditReason} goes only to the audit
 * log), and returns {@code MfaRequired} instead of a principal for a person whose global role is
 * {@code ADMINISTRATOR} or {@code OWNER} unless the provider set {@link dev.warden.auth.Principal#mfaSatisfied()}
 * (for single sign-on: when the identity provider asserted a second factor, e.g. OIDC {@code amr} or a SAML
 * {@code AuthnContextClassRef} naming one). What a provider must do itself: spend the same time on an unknown
 * account as on a known one (no timing oracle), and keep its {@code auditReason} free of secrets.
 */
public interface AuthenticationProvider extends AutoCloseable {

    /** @return the name this provider was configured under, e.g. {@code local} or {@code corporate-ldap} */
    String name();

    /**
     * @param kind a credential kind, e.g. {@code Credentials.Password.class}
     * @return whether this provider verifies that kind
     */
    boolean supports(Class<? extends Credentials> kind);

    /**
     * @param credentials credentials of a kind this provider supports
     * @return success with the principal, failure with a reason for the audit log, or MFA required
     * @throws dev.warden.auth.AuthenticationException if the provider could not reach a decision
     */
    AuthenticationResult authenticate(Credentials credentials);

    /** Releases connections and threads. The default does nothing. */
    @Override
    default void close() {
    }
}
