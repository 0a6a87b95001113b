package dev.warden.sso.oidc;

import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import dev.warden.ConfigurationException;
import dev.warden.auth.Credentials;
import dev.warden.core.auth.sso.TlsTrust;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The OAuth 2.0 client-credentials grant (RFC 6749 §4.4) for a service account: the service authenticates to the
 * provider's token endpoint with its client id and secret ({@code client_secret_basic}, over verified HTTPS; the
 * endpoint found through the discovery document) and receives an access token, which it presents as a bearer token
 * to a Warden whose {@link OidcAuthenticationProvider} accepts the provider's issuer and the token's audience (a JWT
 * access token, RFC 9068).
 *
 * <p>A token is reused until {@code refreshMargin} (default 30 s) before its {@code expires_in} runs out, then a new
 * one is requested. Errors: {@link SignInRefusedException} naming the OAuth 2.0 error code (e.g.
 * {@code invalid_client}), {@link dev.warden.auth.AuthenticationException} when the provider cannot be reached.
 * Thread-safe.
 */
public final class OidcClientCredentials implements AutoCloseable {

    private final IssuerConnection connection;
    private final ClientID clientId;
    private final char[] clientSecret;
    private final Scope scope;
    private final List<URI> resources;
    private final Clock clock;
    private final Duration refreshMargin;
    private ProviderMetadata metadata;
    private char[] token;
    private Instant renewAt = Instant.MIN;

    private OidcClientCredentials(Builder b) {
        this.connection = new IssuerConnection(b.issuer, TlsTrust.context(b.trusted), b.timeout);
        this.clientId = new ClientID(b.clientId);
        this.clientSecret = b.clientSecret;
        this.scope = b.scopes.isEmpty() ? null : new Scope(b.scopes.toArray(String[]::new));
        this.resources = b.resources;
        this.clock = b.clock;
        this.refreshMargin = b.refreshMargin;
    }

    /**
     * @param issuer the provider's issuer identifier, an {@code https} URL; its discovery document names the token
     *     endpoint
     * @param clientId the service account's client id
     * @param clientSecret its secret, copied (wipe yours); wiped by {@link #close()}
     * @return a builder with the defaults given on its setters
     */
    public static Builder builder(String issuer, String clientId, char[] clientSecret) {
        return new Builder(issuer, clientId, clientSecret);
    }

    /**
     * @return a new bearer credential holding a current access token (requested now or reused); the caller closes it
     * @throws SignInRefusedException if the token endpoint refuses the client (the OAuth 2.0 error code is named)
     * @throws dev.warden.auth.AuthenticationException if the provider cannot be reached or answers malformed
     */
    public synchronized Credentials.BearerToken accessToken() {
        Instant now = clock.instant();
        if (token == null || !now.isBefore(renewAt)) {
            if (metadata == null) {
                metadata = ProviderMetadata.discover(connection);
            }
            ClientCredentialsGrant grant = new ClientCredentialsGrant();
            ClientSecretBasic authentication = new ClientSecretBasic(clientId, new Secret(new String(clientSecret)));
            TokenRequest request = new TokenRequest.Builder(metadata.tokenEndpoint(), authentication, grant)
                    .scope(scope).resources(resources.isEmpty() ? null : resources.toArray(URI[]::new)).build();
            TokenResponse response = metadata.send(request);
            if (response instanceof TokenErrorResponse error) {
                throw new SignInRefusedException("the token endpoint refused client credentials: "
                        + OidcCodeFlow.printable(error.getErrorObject().getCode()));
            }
            AccessToken issued = ((AccessTokenResponse) response).getTokens().getAccessToken();
            wipe();
            token = issued.getValue().toCharArray();
            long lifetime = issued.getLifetime() > 0 ? issued.getLifetime() : 0;
            renewAt = now.plusSeconds(lifetime).minus(refreshMargin);
        }
        return new Credentials.BearerToken(Arrays.copyOf(token, token.length));
    }

    private void wipe() {
        if (token != null) {
            Arrays.fill(token, '\0');
            token = null;
        }
    }

    /** Wipes the client secret and the cached token. */
    @Override
    public synchronized void close() {
        wipe();
        Arrays.fill(clientSecret, '\0');
    }

    @Override
    public String toString() {
        return "OidcClientCredentials[issuer=" + connection.issuer() + ", clientId=" + clientId + "]";
    }

    /** Builds an {@link OidcClientCredentials}. */
    public static final class Builder {
        private final String issuer;
        private final String clientId;
        private final char[] clientSecret;
        private List<String> scopes = List.of();
        private List<URI> resources = List.of();
        private List<X509Certificate> trusted = List.of();
        private Duration timeout = Duration.ofSeconds(5);
        private Duration refreshMargin = Duration.ofSeconds(30);
        private Clock clock = Clock.systemUTC();

        private Builder(String issuer, String clientId, char[] clientSecret) {
            URI uri;
            try {
                uri = URI.create(Objects.requireNonNull(issuer, "issuer"));
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException("oidc client credentials: issuer is not a URL");
            }
            if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new ConfigurationException("oidc client credentials: issuer must be an https URL");
            }
            if (clientId == null || clientId.isBlank() || clientSecret == null || clientSecret.length == 0) {
                throw new ConfigurationException("oidc client credentials: clientId and clientSecret are required");
            }
            this.issuer = issuer;
            this.clientId = clientId;
            this.clientSecret = Arrays.copyOf(clientSecret, clientSecret.length);
        }

        /** @param scopes the scopes requested; default none (the provider's default for the client) */
        public Builder scopes(List<String> scopes) {
            this.scopes = List.copyOf(scopes);
            return this;
        }

        /** @param resources the APIs the token is for (RFC 8707 {@code resource}); default none */
        public Builder resources(List<URI> resources) {
            this.resources = List.copyOf(resources);
            return this;
        }

        /** @param trusted certificate authorities for the provider's HTTPS; default empty, the JDK's trust store */
        public Builder trustedCertificates(List<X509Certificate> trusted) {
            this.trusted = List.copyOf(trusted);
            return this;
        }

        /** @param timeout connect and request timeout; default 5 s */
        public Builder timeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new ConfigurationException("oidc client credentials: timeout must be positive");
            }
            this.timeout = timeout;
            return this;
        }

        /** @param margin how long before expiry a token is renewed; default 30 s */
        public Builder refreshMargin(Duration margin) {
            this.refreshMargin = Objects.requireNonNull(margin, "margin");
            return this;
        }

        /** @param clock the time source for token expiry; default UTC system clock */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public OidcClientCredentials build() {
            return new OidcClientCredentials(this);
        }
    }
}
