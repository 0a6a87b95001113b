package dev.warden.sso.oidc;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * The authorization and token endpoints of the {@link TestIssuer}, as an OpenID provider implements them: the
 * authorization endpoint signs in {@link #subject} without a login page and redirects with a one-use code bound to
 * the client, redirect URI, nonce and PKCE challenge; the token endpoint authenticates the client
 * ({@code client_secret_basic}), verifies PKCE S256 (RFC 7636 §4.6) and issues an RS256 ID token, or, for the
 * client-credentials grant, an RS256 JWT access token (RFC 9068).
 */
final class TestAuthorizationServer {

    static final String CLIENT_ID = "warden";
    static final String CLIENT_SECRET = "app-secret";
    static final String SERVICE_ID = "etl-service";
    static final String SERVICE_SECRET = "svc-secret";

    private record Grant(String clientId, String redirectUri, String challenge, String nonce, String subject) {
    }

    private final TestIssuer issuer;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    final AtomicInteger pkceVerified = new AtomicInteger();
    final AtomicInteger tokenRequests = new AtomicInteger();

    volatile String subject = "alice";
    volatile List<String> groups = List.of();
    volatile List<String> amr = List.of("pwd");
    /** Applied to every ID token's claims before signing (wrong nonce, expired, ...). */
    volatile UnaryOperator<JWTClaimsSet.Builder> idTokenTweak = UnaryOperator.identity();
    /** When true, ID tokens are signed with a key that is not published (under the published key's kid). */
    volatile boolean signWithUnpublishedKey;
    private final RSAKey unpublished;

    TestAuthorizationServer(TestIssuer issuer) throws Exception {
        this.issuer = issuer;
        this.unpublished = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
    }

    void reset() {
        subject = "alice";
        groups = List.of();
        amr = List.of("pwd");
        idTokenTweak = UnaryOperator.identity();
        signWithUnpublishedKey = false;
    }

    void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        String redirect = query.get("redirect_uri");
        if (!"code".equals(query.get("response_type")) || !"S256".equals(query.get("code_challenge_method"))
                || query.get("code_challenge") == null || redirect == null) {
            status(exchange, 400, "{\"error\":\"invalid_request\"}");
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(query.get("client_id"), redirect, query.get("code_challenge"), query.get("nonce"),
                subject));
        String location = redirect + "?code=" + code + "&state=" + enc(query.get("state")) + "&iss="
                + enc(issuer.issuer);
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    void token(HttpExchange exchange) throws IOException {
        tokenRequests.incrementAndGet();
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String client = basicClient(exchange.getRequestHeaders().getFirst("Authorization"));
        try {
            switch (form.getOrDefault("grant_type", "")) {
                case "authorization_code" -> redeem(exchange, form, client);
                case "client_credentials" -> clientCredentials(exchange, client);
                default -> status(exchange, 400, "{\"error\":\"unsupported_grant_type\"}");
            }
        } catch (Exception e) {
            status(exchange, 500, "{\"error\":\"server_error\"}");
        }
    }

    private void redeem(HttpExchange exchange, Map<String, String> form, String client) throws Exception {
        if (!CLIENT_ID.equals(client)) {
            status(exchange, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        Grant grant = codes.remove(form.getOrDefault("code", "")); // one use (RFC 6749 §4.1.2)
        if (grant == null || !grant.clientId().equals(client) || !grant.redirectUri().equals(form.get("redirect_uri"))) {
            status(exchange, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        String verifier = form.getOrDefault("code_verifier", "");
        String challenge = Base64URL.encode(MessageDigest.getInstance("SHA-256")
                .digest(verifier.getBytes(StandardCharsets.US_ASCII))).toString();
        if (!challenge.equals(grant.challenge())) {
            status(exchange, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"PKCE verification failed\"}");
            return;
        }
        pkceVerified.incrementAndGet();
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer.issuer).subject(grant.subject())
                .audience(client).issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .claim("nonce", grant.nonce()).claim("amr", amr).claim("groups", groups);
        SignedJWT idToken = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("rsa-1")
                .type(JOSEObjectType.JWT).build(), idTokenTweak.apply(claims).build());
        idToken.sign(new RSASSASigner(signWithUnpublishedKey ? unpublished : issuer.rsa));
        status(exchange, 200, "{\"access_token\":\"" + UUID.randomUUID() + "\",\"token_type\":\"Bearer\","
                + "\"expires_in\":300,\"id_token\":\"" + idToken.serialize() + "\"}");
    }

    private void clientCredentials(HttpExchange exchange, String client) throws Exception {
        if (!SERVICE_ID.equals(client)) {
            status(exchange, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer.issuer).subject(client).audience("warden")
                .claim("client_id", client).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5)))).jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(issuer.rsa.getKeyID())
                .type(new JOSEObjectType("at+jwt")).build(), claims);
        token.sign(new RSASSASigner(issuer.rsa));
        status(exchange, 200, "{\"access_token\":\"" + token.serialize() + "\",\"token_type\":\"Bearer\","
                + "\"expires_in\":300}");
    }

    /** @return the client id if the Basic credentials are a registered client's, else null */
    private static String basicClient(String header) {
        if (header == null || !header.startsWith("Basic ")) {
            return null;
        }
        String decoded = new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        String id = URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8);
        String secret = URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8);
        return (CLIENT_ID.equals(id) && CLIENT_SECRET.equals(secret))
                || (SERVICE_ID.equals(id) && SERVICE_SECRET.equals(secret)) ? id : null;
    }

    static Map<String, String> form(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            out.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                    eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    private static void status(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** What a browser does: follows the authorization URL to the provider and returns where it is sent back to. */
    URI browse(URI authorizationUri) throws Exception {
        java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder()
                .sslContext(dev.warden.core.auth.sso.TlsTrust.context(List.of(issuer.tls.certificate())))
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        java.net.http.HttpResponse<Void> response = browser.send(java.net.http.HttpRequest.newBuilder(authorizationUri)
                .GET().build(), java.net.http.HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 302) {
            throw new IllegalStateException("the test provider answered " + response.statusCode());
        }
        return URI.create(response.headers().firstValue("Location").orElseThrow());
    }
}
