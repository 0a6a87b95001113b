package dev.warden.benchmarks.auth;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.warden.auth.AuthenticationResult;
import dev.warden.auth.Credentials;
import dev.warden.sso.oidc.OidcAuthenticationProvider;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * RS256 JWT validation with cached keys: Warden's OIDC provider (signature, allow-list, issuer, audience, times,
 * groups claim, role mapping) beside the physical lower bound, a bare {@code Signature.verify} (SHA256withRSA, 2048-bit
 * key) of the same token's signing input, and the peer, nimbus-jose-jwt's {@code DefaultJWTProcessor} with an
 * in-memory key set. Keys are fetched once over HTTPS from an issuer served in the benchmark's JVM, then cached.
 *
 * <p>Target: Warden within 1.5x of the bare verify.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JwtValidationBenchmark {

    private HttpsServer server;
    private OidcAuthenticationProvider warden;
    private DefaultJWTProcessor<SecurityContext> nimbus;
    private char[] token;
    private String tokenText;
    private byte[] signingInput;
    private byte[] signature;
    private RSAPublicKey publicKey;
    private Signature verifier;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        RSAKey rsa = new RSAKeyGenerator(2048).keyID("bench-1").generate();
        KeyPair tlsKeys = KeyPairGenerator.getInstance("EC").generateKeyPair();
        X509Certificate tlsCertificate = loopbackCertificate(tlsKeys);
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverContext(tlsKeys, tlsCertificate)));
        String issuer = "https://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/.well-known/openid-configuration", exchange -> {
            byte[] body = ("{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + issuer + "/keys\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/keys", exchange -> {
            byte[] body = new JWKSet(rsa.toPublicJWK()).toString(true).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();

        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).subject("alice").audience("warden")
                .issueTime(Date.from(now)).notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(2))))
                .claim("groups", List.of("warden-admins", "analysts")).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("bench-1")
                .type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(rsa));
        tokenText = jwt.serialize();
        token = tokenText.toCharArray();
        int lastDot = tokenText.lastIndexOf('.');
        signingInput = tokenText.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII);
        signature = Base64.getUrlDecoder().decode(tokenText.substring(lastDot + 1));
        publicKey = rsa.toRSAPublicKey();
        verifier = Signature.getInstance("SHA256withRSA");

        warden = OidcAuthenticationProvider.builder("bench", issuer).audiences(List.of("warden"))
                .trustedCertificates(List.of(tlsCertificate)).timeout(Duration.ofSeconds(60)).build();
        if (!(warden.authenticate(new Credentials.BearerToken(token.clone())) instanceof AuthenticationResult.Success)) {
            throw new IllegalStateException("the benchmark token must validate");
        }

        nimbus = new DefaultJWTProcessor<>();
        nimbus.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
                new ImmutableJWKSet<>(new JWKSet(rsa.toPublicJWK()))));
        nimbus.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>("warden",
                new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("sub", "exp")));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        server.stop(0);
    }

    /** Warden: the whole OIDC provider path, keys cached. */
    @Benchmark
    public AuthenticationResult wardenOidcProvider() {
        return warden.authenticate(new Credentials.BearerToken(token));
    }

    /** Baseline: only the RSA signature check of the same token. */
    @Benchmark
    public boolean bareSignatureVerify() throws Exception {
        verifier.initVerify(publicKey);
        verifier.update(signingInput);
        return verifier.verify(signature);
    }

    /** Peer: nimbus-jose-jwt's processor with an in-memory key set and its default claims checks. */
    @Benchmark
    public JWTClaimsSet nimbusJwtProcessor() throws Exception {
        return nimbus.process(tokenText, null);
    }

    /*
     * The same pair measured side by side: JMH runs the two methods of a group at the same time, one thread each, so
     * on a shared, loaded machine both see the same load and their ratio stays meaningful.
     */

    /** {@link #wardenOidcProvider()}, run alongside {@link #pairedBareSignatureVerify()}. */
    @Benchmark
    @Group("paired")
    @GroupThreads(1)
    public AuthenticationResult pairedWardenOidcProvider() {
        return wardenOidcProvider();
    }

    /** {@link #bareSignatureVerify()} on its own {@code Signature} object, run alongside the Warden path. */
    @Benchmark
    @Group("paired")
    @GroupThreads(1)
    public boolean pairedBareSignatureVerify(PairedVerifier paired) throws Exception {
        paired.verifier.initVerify(publicKey);
        paired.verifier.update(signingInput);
        return paired.verifier.verify(signature);
    }

    /** A {@code Signature} per thread ({@code Signature} objects are not thread-safe). */
    @State(Scope.Thread)
    public static class PairedVerifier {
        Signature verifier;

        @Setup(Level.Trial)
        public void setUp() throws Exception {
            verifier = Signature.getInstance("SHA256withRSA");
        }
    }

    private static X509Certificate loopbackCertificate(KeyPair keys) throws Exception {
        Instant now = Instant.now();
        X500Name name = new X500Name("CN=bench-issuer");
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.ONE,
                Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(1))), name,
                keys.getPublic());
        builder.addExtension(Extension.subjectAlternativeName, false,
                new GeneralNames(new GeneralName(GeneralName.iPAddress, "127.0.0.1")));
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
    }

    private static SSLContext serverContext(KeyPair keys, X509Certificate certificate) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("tls", keys.getPrivate(), new char[] {'x'}, new X509Certificate[] {certificate});
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(store, new char[] {'x'});
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(factory.getKeyManagers(), null, null);
        return context;
    }
}
