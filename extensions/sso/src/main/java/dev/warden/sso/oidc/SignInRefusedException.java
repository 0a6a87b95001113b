package dev.warden.sso.oidc;

import dev.warden.auth.AuthenticationException;

/**
 * An OpenID Connect sign-in or token request was refused: the message names the check that failed (state, nonce,
 * PKCE, signature, expiry, an OAuth 2.0 error code) and never holds a code, token, secret or claim value.
 */
public final class SignInRefusedException extends AuthenticationException {

    private static final long serialVersionUID = 1L;

    SignInRefusedException(String message) {
        super(message);
    }
}
