package dev.warden.sso.oidc;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import dev.warden.auth.AuthenticationException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The endpoints an OpenID provider's discovery document (OpenID Connect Discovery 1.0 §3, §4) advertises, fetched
 * once over verified HTTPS and parsed with the nimbus OAuth 2.0 SDK. The document's {@code issuer} must equal the
 * configured issuer exactly (§4.3) and every endpoint Warden calls or sends a browser to must be {@code https}.
 */
final class ProviderMetadata {

    private final IssuerConnection connection;
    private final URI authorizationEndpoint;
    private final URI tokenEndpoint;
    private final List<String> codeChallengeMethods;

    private ProviderMetadata(IssuerConnection connection, OIDCProviderMetadata metadata) {
        this.connection = connection;
        this.authorizationEndpoint = metadata.getAuthorizationEndpointURI();
        this.tokenEndpoint = metadata.getTokenEndpointURI();
        this.codeChallengeMethods = metadata.getCodeChallengeMethods() == null ? List.of()
                : metadata.getCodeChallengeMethods().stream().map(m -> m.getValue()).toList();
    }

    /**
     * @throws AuthenticationException if the document cannot be fetched, is malformed, names another issuer or
     *     advertises an endpoint that is not https
     */
    static ProviderMetadata discover(IssuerConnection connection) {
        String issuer = connection.issuer();
        String url = (issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer)
                + "/.well-known/openid-configuration";
        OIDCProviderMetadata metadata;
        try {
            metadata = OIDCProviderMetadata.parse(connection.getJson(url));
        } catch (ParseException e) {
            throw new AuthenticationException("OIDC issuer " + issuer
                    + ": the discovery document is not valid OpenID Connect Discovery 1.0 metadata");
        }
        if (!issuer.equals(metadata.getIssuer().getValue())) {
            throw new AuthenticationException("OIDC issuer " + issuer
                    + ": the discovery document names a different issuer; check the 'issuer' setting");
        }
        if (metadata.getTokenEndpointURI() == null) {
            throw new AuthenticationException("OIDC issuer " + issuer + ": the discovery document has no token_endpoint");
        }
        connection.https(metadata.getTokenEndpointURI().toString());
        if (metadata.getAuthorizationEndpointURI() != null) {
            connection.https(metadata.getAuthorizationEndpointURI().toString());
        }
        return new ProviderMetadata(connection, metadata);
    }

    /** @throws AuthenticationException if the provider advertises no authorization endpoint (no code flow) */
    URI authorizationEndpoint() {
        if (authorizationEndpoint == null) {
            throw new AuthenticationException("OIDC issuer " + connection.issuer()
                    + ": the discovery document has no authorization_endpoint");
        }
        return authorizationEndpoint;
    }

    URI tokenEndpoint() {
        return tokenEndpoint;
    }

    /** @return the advertised {@code code_challenge_methods_supported}, empty when not advertised */
    List<String> codeChallengeMethods() {
        return codeChallengeMethods;
    }

    /**
     * Sends a token request (RFC 6749 §3.2) through the verified connection.
     *
     * @return the parsed success or error response (OpenID Connect Core 1.0 §3.1.3.3, RFC 6749 §5.2)
     * @throws AuthenticationException if the endpoint cannot be reached or the answer is not a token response
     */
    TokenResponse send(TokenRequest request) {
        HTTPRequest http = request.toHTTPRequest();
        Map<String, String> headers = new LinkedHashMap<>();
        http.getHeaderMap().forEach((name, values) -> {
            if (!values.isEmpty()) {
                headers.put(name, values.get(0));
            }
        });
        headers.put("Accept", "application/json");
        IssuerConnection.Answer answer = connection.post(http.getURI(), headers, http.getBody());
        HTTPResponse response = new HTTPResponse(answer.status());
        try {
            if (!answer.contentType().isEmpty()) {
                response.setContentType(answer.contentType());
            }
            response.setBody(answer.body());
            return OIDCTokenResponseParser.parse(response);
        } catch (ParseException e) {
            throw new AuthenticationException("OIDC issuer " + connection.issuer()
                    + ": the token endpoint's answer (HTTP " + answer.status() + ") is not a token response");
        }
    }
}
