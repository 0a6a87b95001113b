package dev.warden.sso.oidc;

import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Nonce;
import java.net.URI;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One started sign-in of the authorization-code flow: the URL to send the browser to, and the secrets that bind the
 * answer to this request — the {@code state} (RFC 6749 §10.12, against cross-site request forgery), the
 * {@code nonce} (OpenID Connect Core 1.0 §3.1.2.1, against ID-token replay) and the PKCE code verifier (RFC 7636,
 * against code interception). The host keeps it in the user's server-side session, never in the browser, and hands
 * it back to {@link OidcCodeFlow#complete}. It can be completed once, before {@link #expiresAt()}.
 */
public final class PendingSignIn {

    private final URI authorizationUri;
    private final State state;
    private final Nonce nonce;
    private final CodeVerifier verifier;
    private final Instant expiresAt;
    private final AtomicBoolean completed = new AtomicBoolean();

    PendingSignIn(URI authorizationUri, State state, Nonce nonce, CodeVerifier verifier, Instant expiresAt) {
        this.authorizationUri = authorizationUri;
        this.state = state;
        this.nonce = nonce;
        this.verifier = verifier;
        this.expiresAt = expiresAt;
    }

    /** @return the provider's authorization endpoint with the request's query (RFC 6749 §4.1.1); redirect here */
    public URI authorizationUri() {
        return authorizationUri;
    }

    /** @return the {@code state} value (128 random bits, base64url), a key the host may file the session under */
    public String state() {
        return state.getValue();
    }

    /** @return after this instant the sign-in can no longer be completed */
    public Instant expiresAt() {
        return expiresAt;
    }

    State stateValue() {
        return state;
    }

    Nonce nonce() {
        return nonce;
    }

    CodeVerifier verifier() {
        return verifier;
    }

    /** @return true the first time only */
    boolean markCompleted() {
        return completed.compareAndSet(false, true);
    }

    @Override
    public String toString() {
        return "PendingSignIn[expiresAt=" + expiresAt + "]";
    }
}
