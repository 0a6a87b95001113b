package dev.warden.sso.oidc;

import dev.warden.auth.Credentials;
import java.time.Instant;
import java.util.Optional;

/**
 * A completed authorization-code sign-in: the ID token, verified (signature with the issuer's published key,
 * {@code iss}, {@code aud}, {@code exp}, {@code nonce}), and the access token issued beside it.
 *
 * <p>The host then authenticates the caller through Warden's chain with {@link #idTokenCredentials()} — where role
 * mapping, the second factor (the issuer's {@code amr} when trusted, or a TOTP code enrolled with Warden) and the
 * audit event happen, as for any bearer token.
 */
public final class SignIn {

    private final String principalId;
    private final String idToken;
    private final Optional<String> accessToken;
    private final Instant idTokenExpiresAt;

    SignIn(String principalId, String idToken, Optional<String> accessToken, Instant idTokenExpiresAt) {
        this.principalId = principalId;
        this.idToken = idToken;
        this.accessToken = accessToken;
        this.idTokenExpiresAt = idTokenExpiresAt;
    }

    /** @return the qualified principal id, {@code oidc:<issuer>#<subject>} */
    public String principalId() {
        return principalId;
    }

    /** @return a new bearer credential holding the ID token, for {@code Warden.authenticate}; the caller closes it */
    public Credentials.BearerToken idTokenCredentials() {
        return new Credentials.BearerToken(idToken.toCharArray());
    }

    /** @return a new bearer credential holding the access token, if the provider issued one; the caller closes it */
    public Optional<Credentials.BearerToken> accessTokenCredentials() {
        return accessToken.map(token -> new Credentials.BearerToken(token.toCharArray()));
    }

    /** @return the ID token's {@code exp} */
    public Instant idTokenExpiresAt() {
        return idTokenExpiresAt;
    }

    @Override
    public String toString() {
        return "SignIn[principalId=" + principalId + ", tokens=***]";
    }
}
