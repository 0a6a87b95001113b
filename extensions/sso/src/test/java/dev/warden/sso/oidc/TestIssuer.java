package dev.warden.sso.oidc;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.warden.core.auth.sso.TestCertificates;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OpenID provider for tests: a real JDK HTTPS server on 127.0.0.1 (certificate made with bcpkix) serving a
 * discovery document and a JWK Set, and the private keys to sign tokens with.
 */
final class TestIssuer implements AutoCloseable {

    final TestCertificates tls;
    final HttpsServer server;
    final String issuer;
    final AtomicInteger jwksRequests = new AtomicInteger();
    volatile String advertisedIssuer;
    volatile List<JWK> published = new ArrayList<>();
    /** When set, the discovery document advertises this token endpoint instead of the https one. */
    volatile String tokenEndpointOverride;
    TestAuthorizationServer authorizationServer;

    RSAKey rsa;
    ECKey ec;
    KeyPair ed25519;
    String ed25519Kid = "ed-1";

    TestIssuer() throws Exception {
        this(TestCertificates.forLoopback());
    }

    TestIssuer(TestCertificates tls) throws Exception {
        this.tls = tls;
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls.serverContext()));
        issuer = "https://127.0.0.1:" + server.getAddress().getPort() + "/realms/test";
        advertisedIssuer = issuer;
        server.createContext("/realms/test/.well-known/openid-configuration", exchange -> respond(exchange,
                "{\"issuer\":\"" + advertisedIssuer + "\",\"jwks_uri\":\"" + issuer + "/keys\","
                        + "\"authorization_endpoint\":\"" + issuer + "/authorize\","
                        + "\"token_endpoint\":\"" + tokenEndpoint() + "\","
                        + "\"response_types_supported\":[\"code\"],\"subject_types_supported\":[\"public\"],"
                        + "\"id_token_signing_alg_values_supported\":[\"RS256\"],"
                        + "\"code_challenge_methods_supported\":[\"S256\"],"
                        + "\"grant_types_supported\":[\"authorization_code\",\"client_credentials\"]}"));
        authorizationServer = new TestAuthorizationServer(this);
        server.createContext("/realms/test/authorize", authorizationServer::authorize);
        server.createContext("/realms/test/token", authorizationServer::token);
        server.createContext("/realms/test/keys", exchange -> {
            jwksRequests.incrementAndGet();
            respond(exchange, new JWKSet(published).toString(true));
        });
        server.start();
        rsa = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
        ec = new ECKeyGenerator(Curve.P_256).keyID("ec-1").generate();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
        ed25519 = generator.generateKeyPair();
        published = List.of(rsa.toPublicJWK(), ec.toPublicJWK(), ed25519Jwk());
    }

    JWK ed25519Jwk() {
        byte[] spki = ed25519.getPublic().getEncoded();
        byte[] x = Arrays.copyOfRange(spki, spki.length - 32, spki.length);
        return new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(x)).keyID(ed25519Kid).build();
    }

    /** Replaces the published RSA key with a new one (key rotation). */
    void rotateRsa(String kid) throws Exception {
        rsa = new RSAKeyGenerator(2048).keyID(kid).generate();
        published = List.of(rsa.toPublicJWK(), ec.toPublicJWK(), ed25519Jwk());
    }

    JWTClaimsSet.Builder claims(String subject) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(issuer).subject(subject).audience("warden")
                .issueTime(Date.from(now)).notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))));
    }

    String rs256(JWTClaimsSet claims) throws Exception {
        return rs256(claims, rsa.getKeyID());
    }

    String rs256(JWTClaimsSet claims, String kid) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).type(JOSEObjectType.JWT)
                .build(), claims);
        jwt.sign(new RSASSASigner(rsa));
        return jwt.serialize();
    }

    String es256(JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(ec.getKeyID()).build(), claims);
        jwt.sign(new ECDSASigner(ec));
        return jwt.serialize();
    }

    /** EdDSA signed with the JDK's Ed25519 (nimbus's own signer needs Tink). */
    String edDsa(JWTClaimsSet claims) throws Exception {
        String header = Base64URL.encode("{\"alg\":\"EdDSA\",\"kid\":\"" + ed25519Kid + "\"}").toString();
        String payload = Base64URL.encode(claims.toString()).toString();
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(ed25519.getPrivate());
        signer.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
        return header + "." + payload + "." + Base64URL.encode(signer.sign());
    }

    String tokenEndpoint() {
        return tokenEndpointOverride != null ? tokenEndpointOverride : issuer + "/token";
    }

    static void respond(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    OidcAuthenticationProvider.Builder provider() {
        // A generous timeout: on a loaded shared build machine even a loopback TLS handshake can take seconds.
        return OidcAuthenticationProvider.builder("corporate-sso", issuer).audiences(List.of("warden"))
                .trustedCertificates(List.of(tls.certificate())).timeout(java.time.Duration.ofSeconds(30));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
