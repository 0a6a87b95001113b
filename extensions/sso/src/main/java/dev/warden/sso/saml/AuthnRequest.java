package dev.warden.sso.saml;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * One SAML 2.0 {@code AuthnRequest} sent through the HTTP-Redirect binding.
 *
 * @param id the request's {@code ID}; the host keeps it in the user's server-side session and passes it as
 *     {@code Credentials.SamlResponse.expectedRequestId} when the response arrives, so that only the answer to this
 *     request is accepted ({@code InResponseTo})
 * @param redirectUri the IdP's single sign-on URL with {@code SAMLRequest}, {@code RelayState} (when given) and,
 *     when signed, {@code SigAlg} and {@code Signature}; redirect the browser here (HTTP 302)
 * @param issuedAt the request's {@code IssueInstant}
 */
public record AuthnRequest(String id, URI redirectUri, Instant issuedAt) {

    public AuthnRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(redirectUri, "redirectUri");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }
}
