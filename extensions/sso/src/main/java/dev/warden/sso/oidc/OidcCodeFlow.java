package dev.warden.sso.oidc;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationErrorResponse;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import dev.warden.ConfigurationException;
import dev.warden.core.auth.sso.ExternalIdentity;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The OpenID Connect authorization-code flow (OpenID Connect Core 1.0 §3.1) for an interactive host, with PKCE
 * (RFC 7636, method S256) and a {@code nonce}, on the nimbus OAuth 2.0 SDK.
 *
 * <ol>
 *   <li>{@link #begin()} reads the provider's discovery document (once), draws a fresh {@code state}, {@code nonce}
 *       and PKCE code verifier, and returns a {@link PendingSignIn} whose {@link PendingSignIn#authorizationUri()}
 *       the host redirects the browser to.</li>
 *   <li>The provider authenticates the user and redirects the browser back to the redirect URI with {@code code}
 *       and {@code state}.</li>
 *   <li>{@link #complete} checks {@code state} (and RFC 9207's {@code iss} when present), spends the pending sign-in
 *       (a replayed callback is refused), redeems the code at the token endpoint with the code verifier and the
 *       client's credentials over verified HTTPS, and validates the ID token with the provider's checks (signature
 *       with the issuer's published key, {@code iss}, {@code aud}, {@code azp}, {@code exp}, {@code nbf},
 *       {@code iat}) plus {@code aud} containing this client and {@code nonce} equal to the one sent.</li>
 * </ol>
 *
 * <p>Every endpoint must be {@code https}. Errors are {@link SignInRefusedException}s naming the check that failed,
 * or {@link dev.warden.auth.AuthenticationException} when the provider cannot be reached. Immutable apart from the
 * discovery document it caches; thread-safe.
 */
public final class OidcCodeFlow {

    private final OidcAuthenticationProvider provider;
    private final ClientID clientId;
    private final char[] clientSecret;
    private final URI redirectUri;
    private final Scope scope;
    private final Duration requestLifetime;
    private volatile ProviderMetadata metadata;

    private OidcCodeFlow(Builder b) {
        this.provider = b.provider;
        this.clientId = new ClientID(b.clientId);
        this.clientSecret = b.clientSecret;
        this.redirectUri = b.redirectUri;
        this.scope = new Scope(b.scopes.toArray(String[]::new));
        this.requestLifetime = b.requestLifetime;
    }

    /**
     * @param provider the OIDC provider whose issuer, TLS trust, clock and token checks the flow uses; its
     *     audiences must include {@code clientId}
     * @param clientId the client id registered with the provider
     * @param redirectUri the host's callback, registered with the provider: {@code https}, or {@code http} on a
     *     loopback address for a native application (RFC 8252 §7.3)
     * @return a builder with the defaults given on its setters
     * @throws ConfigurationException if the redirect URI is not acceptable or the provider does not accept the
     *     client id as an audience
     */
    public static Builder builder(OidcAuthenticationProvider provider, String clientId, URI redirectUri) {
        return new Builder(provider, clientId, redirectUri);
    }

    /**
     * Starts a sign-in.
     *
     * @return the pending sign-in, to keep in the server-side session; redirect the browser to its URI
     * @throws dev.warden.auth.AuthenticationException if the discovery document cannot be fetched or is unsafe
     */
    public PendingSignIn begin() {
        ProviderMetadata endpoints = metadata();
        if (!endpoints.codeChallengeMethods().isEmpty() && !endpoints.codeChallengeMethods().contains("S256")) {
            throw new SignInRefusedException("OIDC issuer " + provider.issuer()
                    + " does not support PKCE with S256 (code_challenge_methods_supported)");
        }
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        URI uri = new AuthenticationRequest.Builder(new ResponseType(ResponseType.Value.CODE), scope, clientId,
                redirectUri)
                .endpointURI(endpoints.authorizationEndpoint())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build()
                .toURI();
        return new PendingSignIn(uri, state, nonce, verifier, provider.clock().instant().plus(requestLifetime));
    }

    /**
     * Completes a sign-in from the provider's redirect.
     *
     * @param pending what {@link #begin()} returned for this browser session
     * @param callback the full URI the browser was redirected to (redirect URI with {@code code} and {@code state},
     *     or {@code error})
     * @return the verified sign-in
     * @throws SignInRefusedException naming the failed check: malformed callback, wrong {@code state}, wrong
     *     {@code iss}, an error answer from the provider, a pending sign-in completed before or expired, the code
     *     refused at the token endpoint (e.g. {@code invalid_grant}: replayed, expired or PKCE mismatch), no ID
     *     token, or an ID token refused (signature, issuer, audience, expiry, {@code nonce})
     * @throws dev.warden.auth.AuthenticationException if the token endpoint cannot be reached
     */
    public SignIn complete(PendingSignIn pending, URI callback) {
        Objects.requireNonNull(pending, "pending");
        Objects.requireNonNull(callback, "callback");
        AuthorizationResponse response;
        try {
            response = AuthorizationResponse.parse(callback);
        } catch (ParseException e) {
            throw new SignInRefusedException("the callback is not an OAuth 2.0 authorization response");
        }
        if (!pending.stateValue().equals(response.getState())) {
            throw new SignInRefusedException("the callback's state does not match the pending sign-in "
                    + "(a forged or crossed callback)");
        }
        if (response.getIssuer() != null && !provider.issuer().equals(response.getIssuer().getValue())) {
            throw new SignInRefusedException("the callback's iss is not the configured issuer (RFC 9207)");
        }
        if (!pending.markCompleted()) {
            throw new SignInRefusedException("this sign-in was already completed (a replayed callback)");
        }
        if (provider.clock().instant().isAfter(pending.expiresAt())) {
            throw new SignInRefusedException("the pending sign-in expired; start a new one");
        }
        if (response instanceof AuthorizationErrorResponse error) {
            throw new SignInRefusedException("the provider answered with error "
                    + printable(error.getErrorObject().getCode()));
        }
        AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
        if (code == null) {
            throw new SignInRefusedException("the callback carries no authorization code");
        }
        ProviderMetadata endpoints = metadata();
        AuthorizationCodeGrant grant = new AuthorizationCodeGrant(code, redirectUri, pending.verifier());
        TokenRequest request = clientSecret.length > 0
                ? new TokenRequest(endpoints.tokenEndpoint(),
                        new ClientSecretBasic(clientId, new Secret(new String(clientSecret))), grant)
                : new TokenRequest(endpoints.tokenEndpoint(), clientId, grant);
        TokenResponse tokens = endpoints.send(request);
        if (tokens instanceof TokenErrorResponse error) {
            throw new SignInRefusedException("the token endpoint refused the code: "
                    + printable(error.getErrorObject().getCode()));
        }
        if (!(tokens instanceof OIDCTokenResponse oidc) || oidc.getOIDCTokens().getIDTokenString() == null) {
            throw new SignInRefusedException("the token response holds no ID token (is the openid scope granted?)");
        }
        OIDCTokens issued = oidc.getOIDCTokens();
        String idToken = issued.getIDTokenString();
        JWTClaimsSet claims;
        ExternalIdentity identity;
        try {
            claims = provider.verifiedClaims(idToken);
            if (!claims.getAudience().contains(clientId.getValue())) {
                throw new Rejection("the ID token's aud does not name this client");
            }
            Object nonce = claims.getClaim("nonce");
            if (!(nonce instanceof String value) || !pending.nonce().getValue().equals(value)) {
                throw new Rejection("the ID token's nonce is not the one sent");
            }
            identity = provider.identity(claims);
        } catch (Rejection e) {
            throw new SignInRefusedException("ID token refused: " + e.getMessage());
        }
        Optional<String> accessToken = Optional.ofNullable(issued.getAccessToken()).map(AccessToken::getValue);
        return new SignIn(identity.principalId(), idToken, accessToken, claims.getExpirationTime().toInstant());
    }

    private ProviderMetadata metadata() {
        ProviderMetadata current = metadata;
        if (current == null) {
            synchronized (this) {
                current = metadata;
                if (current == null) {
                    current = ProviderMetadata.discover(provider.connection());
                    metadata = current;
                }
            }
        }
        return current;
    }

    /** An OAuth error code is ASCII from a registry; anything else is not echoed. */
    static String printable(String code) {
        if (code == null || code.isEmpty()) {
            return "(none)";
        }
        String cut = code.length() > 40 ? code.substring(0, 40) : code;
        return cut.replaceAll("[^A-Za-z0-9_.-]", "?");
    }

    @Override
    public String toString() {
        return "OidcCodeFlow[issuer=" + provider.issuer() + ", clientId=" + clientId + "]";
    }

    /** Builds an {@link OidcCodeFlow}. */
    public static final class Builder {
        private final OidcAuthenticationProvider provider;
        private final String clientId;
        private final URI redirectUri;
        private char[] clientSecret = new char[0];
        private List<String> scopes = List.of("openid");
        private Duration requestLifetime = Duration.ofMinutes(10);

        private Builder(OidcAuthenticationProvider provider, String clientId, URI redirectUri) {
            this.provider = Objects.requireNonNull(provider, "provider");
            if (clientId == null || clientId.isBlank()) {
                throw new ConfigurationException("oidc code flow: clientId is required");
            }
            if (!provider.audiences().contains(clientId)) {
                throw new ConfigurationException("oidc code flow: provider " + provider.name()
                        + " does not accept the client id as an audience; add it to the provider's audiences");
            }
            this.clientId = clientId;
            this.redirectUri = Objects.requireNonNull(redirectUri, "redirectUri");
            boolean loopback = "http".equals(redirectUri.getScheme()) && ("127.0.0.1".equals(redirectUri.getHost())
                    || "[::1]".equals(redirectUri.getHost()) || "localhost".equals(redirectUri.getHost()));
            if (!("https".equals(redirectUri.getScheme()) || loopback) || redirectUri.getFragment() != null) {
                throw new ConfigurationException("oidc code flow: redirectUri must be an https URL without fragment "
                        + "(http only on a loopback address, RFC 8252 §7.3)");
            }
        }

        /**
         * @param secret the client secret for {@code client_secret_basic} (RFC 6749 §2.3.1), copied; default none:
         *     a public client, protected by PKCE alone
         */
        public Builder clientSecret(char[] secret) {
            this.clientSecret = Arrays.copyOf(secret, secret.length);
            return this;
        }

        /** @param scopes the scopes requested; {@code openid} is always included; default {@code openid} */
        public Builder scopes(List<String> scopes) {
            LinkedHashSet<String> all = new LinkedHashSet<>();
            all.add("openid");
            all.addAll(scopes);
            this.scopes = List.copyOf(all);
            return this;
        }

        /** @param lifetime how long a pending sign-in can be completed; default 10 minutes, at most 1 hour */
        public Builder requestLifetime(Duration lifetime) {
            if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(Duration.ofHours(1)) > 0) {
                throw new ConfigurationException("oidc code flow: requestLifetime must be between 0 and 1 hour");
            }
            this.requestLifetime = lifetime;
            return this;
        }

        public OidcCodeFlow build() {
            return new OidcCodeFlow(this);
        }
    }
}
