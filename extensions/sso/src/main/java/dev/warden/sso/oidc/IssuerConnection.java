package dev.warden.sso.oidc;

import dev.warden.auth.AuthenticationException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import javax.net.ssl.SSLContext;

/**
 * HTTPS to one OpenID provider: the JDK's HTTP client with verified certificates, TLS 1.2 as the floor, no redirects
 * followed, a timeout on every request and a bound on every answer. A URL that is not {@code https} is refused before
 * anything is sent (OpenID Connect Core 1.0 §16.17: TLS is required for every endpoint), so a discovery document
 * that advertises a plain-HTTP endpoint cannot downgrade the exchange.
 */
final class IssuerConnection {

    /** A document or token response larger than this is refused. */
    static final int MAX_DOCUMENT_BYTES = 512 * 1024;

    /** An answer from the provider: its status, content type (empty when absent) and body. */
    record Answer(int status, String contentType, String body) {
    }

    private final String issuer;
    private final HttpClient http;
    private final Duration timeout;

    IssuerConnection(String issuer, SSLContext tls, Duration timeout) {
        this.issuer = issuer;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .sslContext(tls)
                .sslParameters(dev.warden.core.auth.sso.TlsTrust.parameters())
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    String issuer() {
        return issuer;
    }

    /**
     * @param url an {@code https} URL (a discovery document or JWK Set)
     * @return the body of a 200 answer
     * @throws AuthenticationException if the URL is not https, the provider cannot be reached or answers otherwise
     */
    String getJson(String url) {
        URI uri = https(url);
        Answer answer = send(HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json").GET()
                .build());
        if (answer.status() != 200) {
            throw new AuthenticationException("OIDC issuer " + issuer + ": " + uri.getPath() + " answered HTTP "
                    + answer.status());
        }
        return answer.body();
    }

    /**
     * @param uri an {@code https} endpoint (the token endpoint)
     * @param headers request headers (e.g. {@code Authorization}, {@code Content-Type})
     * @param body the form-encoded body
     * @return the answer, whatever its status (an OAuth 2.0 error answer is 400 with a JSON body, RFC 6749 §5.2)
     */
    Answer post(URI uri, Map<String, String> headers, String body) {
        https(uri.toString());
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return send(request.build());
    }

    /** @throws AuthenticationException unless {@code url} is an absolute https URL */
    URI https(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new AuthenticationException("OIDC issuer " + issuer + ": malformed endpoint URL");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw new AuthenticationException("OIDC issuer " + issuer + ": endpoint " + uri.getPath()
                    + " is not an https URL; Warden talks to OpenID providers over TLS only");
        }
        return uri;
    }

    private Answer send(HttpRequest request) {
        String path = request.uri().getPath();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                byte[] bytes = body.readNBytes(MAX_DOCUMENT_BYTES + 1);
                if (bytes.length > MAX_DOCUMENT_BYTES) {
                    throw new AuthenticationException("OIDC issuer " + issuer + ": " + path
                            + " answered more than " + MAX_DOCUMENT_BYTES + " bytes");
                }
                return new Answer(response.statusCode(),
                        response.headers().firstValue("Content-Type").orElse(""),
                        new String(bytes, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new AuthenticationException("OIDC issuer " + issuer + ": cannot reach " + path + " ("
                    + e.getClass().getSimpleName() + "); check the network and the trusted certificates", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuthenticationException("OIDC issuer " + issuer + ": interrupted while calling " + path, e);
        }
    }
}
