package dev.warden.benchmarks.secrets;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.zip.CRC32C;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A STAND-IN for the three cloud secret managers, for the benchmarks only (the services cannot be reached from here,
 * and a benchmark of the cached path must not measure a network anyway): one HTTPS server on 127.0.0.1 with a
 * self-signed certificate, answering each SDK's first read with a fixed secret in the service's wire format — AWS
 * JSON 1.1 {@code GetSecretValue}, Key Vault's bearer challenge then its secret bundle (with an Entra ID token
 * endpoint), Secret Manager's {@code :access} (with an OAuth token endpoint). It checks no signature or token: the
 * modules' tests hold the faithful stand-ins.
 */
final class CloudStandIn implements AutoCloseable {

    static final String TENANT = "7a1f2c3d-0000-4000-8000-00000000a2b1";
    static final String VALUE = "{\"password\":\"correct horse battery staple\"}";

    private final HttpsServer server;
    private final X509Certificate certificate;
    final KeyPair serviceAccountKey;

    CloudStandIn() throws Exception {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        KeyPair keys = ec.generateKeyPair();
        Instant now = Instant.now();
        X500Name name = new X500Name("CN=localhost");
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.ONE,
                Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(1))), name, keys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
            new GeneralName(GeneralName.iPAddress, "127.0.0.1"), new GeneralName(GeneralName.dNSName, "localhost"),
            new GeneralName(GeneralName.dNSName, "vault.localhost")}));
        certificate = new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        char[] password = "benchmark-only".toCharArray();
        store.setKeyEntry("server", keys.getPrivate(), password, new Certificate[] {certificate});
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(store, password);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(managers.getKeyManagers(), null, null);
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        serviceAccountKey = rsa.generateKeyPair();
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/", this::handle);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    Path writeCaPem(Path file) throws IOException {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(certificate);
        }
        return Files.writeString(file, out.toString());
    }

    Path writeServiceAccountKey(Path file) throws IOException {
        // JSON text: the PEM's line ends written as the escape \n.
        String pem = "-----BEGIN PRIVATE KEY-----\\n" + Base64.getMimeEncoder(64, new byte[] {'\n'})
                .encodeToString(serviceAccountKey.getPrivate().getEncoded()).replace("\n", "\\n")
                + "\\n-----END PRIVATE KEY-----\\n";
        return Files.writeString(file, "{\"type\":\"service_account\",\"project_id\":\"bench-project\",\"private_key_id\":\"k1\","
                + "\"private_key\":\"" + pem + "\",\"client_email\":\"bench@bench.iam.gserviceaccount.com\","
                + "\"client_id\":\"1\",\"token_uri\":\"https://127.0.0.1:" + port() + "/token\"}");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            if (exchange.getRequestHeaders().getFirst("X-Amz-Target") != null) {
                reply(exchange, 200, "{\"ARN\":\"arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf\","
                        + "\"Name\":\"db\",\"VersionId\":\"11111111-2222-3333-4444-555555555555\",\"SecretString\":"
                        + quote(VALUE) + ",\"VersionStages\":[\"AWSCURRENT\"],\"CreatedDate\":1764000000.0}", null);
            } else if (path.startsWith("/secrets/")) {
                if (exchange.getRequestHeaders().getFirst("Authorization") == null) {
                    reply(exchange, 401, "{\"error\":{\"code\":\"Unauthorized\",\"message\":\"no token\"}}",
                            "Bearer authorization=\"https://vault.localhost:" + port() + "/" + TENANT
                                    + "\", resource=\"https://localhost\"");
                } else {
                    reply(exchange, 200, "{\"value\":" + quote(VALUE) + ",\"id\":\"https://vault.localhost:" + port()
                            + "/secrets/db/0123456789abcdef0123456789abcdef\",\"attributes\":{\"enabled\":true,"
                            + "\"created\":1764000000,\"updated\":1764000000}}", null);
                }
            } else if (path.endsWith("/token")) {
                reply(exchange, 200, "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"access_token\":\"bench-token\"}", null);
            } else if (path.endsWith(":access")) {
                byte[] data = VALUE.getBytes(StandardCharsets.UTF_8);
                CRC32C crc = new CRC32C();
                crc.update(data);
                reply(exchange, 200, "{\"name\":\"projects/bench-project/secrets/db/versions/1\",\"payload\":{\"data\":\""
                        + Base64.getEncoder().encodeToString(data) + "\",\"dataCrc32c\":\"" + crc.getValue() + "\"}}", null);
            } else {
                reply(exchange, 404, "{}", null);
            }
        }
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void reply(HttpExchange exchange, int status, String body, String challenge) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        if (challenge != null) {
            exchange.getResponseHeaders().set("WWW-Authenticate", challenge);
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
