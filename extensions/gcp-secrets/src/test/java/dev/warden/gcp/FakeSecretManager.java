package dev.warden.gcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.warden.core.secrets.vault.TestPki;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32C;

/**
 * A STAND-IN for Google Cloud Secret Manager and Google's OAuth 2.0 token endpoint, because neither can be reached
 * from here: one in-test HTTPS server (JDK {@code HttpsServer} on 127.0.0.1, certificate from a CA made in the test
 * with BouncyCastle) speaking both as documented, so that the real client library — its HTTP/JSON transport
 * (gax-httpjson), the service-account credentials of google-auth-library, the retry policy and the status mapping —
 * runs end to end:
 *
 * <ul>
 *   <li>Secret Manager REST v1, {@code GET /v1/projects/P/secrets/S/versions/V:access} with
 *       {@code Authorization: Bearer <token this server issued>}: 200 {@code {"name", "payload": {"data" (Base64),
 *       "dataCrc32c" (int64 as a string)}}}, {@code latest} meaning the newest enabled version; errors as
 *       {@code {"error": {"code", "message", "status"}}}: 404 {@code NOT_FOUND} (absent or deleted), 403
 *       {@code PERMISSION_DENIED}, 429 {@code RESOURCE_EXHAUSTED}, 400 {@code FAILED_PRECONDITION} (a destroyed or
 *       disabled version), 401 {@code UNAUTHENTICATED}</li>
 *   <li>OAuth 2.0, {@code POST /token} with the JWT bearer grant (RFC 7523) a service account key signs: the RS256
 *       signature is verified with the key's public half, the issuer, Google's audience and the cloud-platform
 *       scope checked; 200 {@code {access_token, expires_in, token_type}}, else 400
 *       {@code invalid_grant}</li>
 * </ul>
 */
public final class FakeSecretManager implements AutoCloseable {

    public static final String PROJECT = "warden-test";
    public static final String CLIENT_EMAIL = "warden-reader@warden-test.iam.gserviceaccount.com";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One version of a secret. */
    public static final class Version {
        public final int number;
        final byte[] data;
        volatile String state = "ENABLED";

        Version(int number, byte[] data) {
            this.number = number;
            this.data = data;
        }
    }

    private final HttpsServer server;
    private final KeyPair serviceAccountKey;
    private final Map<String, List<Version>> secrets = new ConcurrentHashMap<>();
    public final Set<String> denied = ConcurrentHashMap.newKeySet();
    public final AtomicInteger throttleNext = new AtomicInteger();
    /**
     * Throttled answers after the first {@code throttleQuickly} are held back {@code throttleHold} before the 429 is
     * sent, so that the client library's last retry is cut off by its time-out (DEADLINE_EXCEEDED) rather than refused.
     */
    public volatile int throttleQuickly = Integer.MAX_VALUE;
    public volatile java.time.Duration throttleHold = java.time.Duration.ZERO;
    private final AtomicInteger throttledAnswers = new AtomicInteger();
    public final AtomicInteger accessRequests = new AtomicInteger();
    public final AtomicInteger tokensIssued = new AtomicInteger();
    public volatile boolean refuseTokens;
    private final Set<String> tokens = ConcurrentHashMap.newKeySet();
    private final List<String> paths = new CopyOnWriteArrayList<>();

    public FakeSecretManager(TestPki pki) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        serviceAccountKey = generator.generateKeyPair();
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(pki.serverContext()));
        server.createContext("/", this::handle);
        server.start();
    }

    /** @return {@code https://127.0.0.1:PORT} */
    public String url() {
        return "https://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Writes a service account key file whose {@code token_uri} is this server's token endpoint. */
    public Path writeServiceAccountKey(Path file) throws IOException {
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(serviceAccountKey.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
        ObjectNode key = JSON.createObjectNode().put("type", "service_account").put("project_id", PROJECT)
                .put("private_key_id", "0123456789abcdef").put("private_key", pem).put("client_email", CLIENT_EMAIL)
                .put("client_id", "100000000000000000001").put("token_uri", url() + "/token")
                .put("universe_domain", "googleapis.com");
        return Files.writeString(file, key.toString());
    }

    public synchronized Version put(String secret, String value) {
        return putBytes(secret, value.getBytes(StandardCharsets.UTF_8));
    }

    public synchronized Version putBytes(String secret, byte[] value) {
        List<Version> versions = secrets.computeIfAbsent(secret, s -> new CopyOnWriteArrayList<>());
        Version version = new Version(versions.size() + 1, value.clone());
        versions.add(version);
        return version;
    }

    public void destroy(String secret, int number) {
        secrets.get(secret).get(number - 1).state = "DESTROYED";
    }

    public void delete(String secret) {
        secrets.remove(secret);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            paths.add(exchange.getRequestMethod() + " " + path);
            if (path.equals("/token") && exchange.getRequestMethod().equals("POST")) {
                token(exchange);
            } else if (path.startsWith("/v1/projects/") && path.endsWith(":access")
                    && exchange.getRequestMethod().equals("GET")) {
                accessRequests.incrementAndGet();
                access(exchange, path.substring("/v1/".length(), path.length() - ":access".length()));
            } else {
                error(exchange, 404, "NOT_FOUND", "The requested URL was not found on this server.");
            }
        }
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = new HashMap<>();
        for (String pair : new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        if (refuseTokens || !"urn:ietf:params:oauth:grant-type:jwt-bearer".equals(form.get("grant_type"))
                || !validAssertion(form.get("assertion"))) {
            reply(exchange, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid JWT Signature.\"}");
            return;
        }
        String token = "ya29.fake-" + UUID.randomUUID();
        tokens.add(token);
        tokensIssued.incrementAndGet();
        reply(exchange, 200, JSON.createObjectNode().put("access_token", token).put("expires_in", 3599)
                .put("token_type", "Bearer").toString());
    }

    private boolean validAssertion(String jwt) {
        try {
            String[] parts = jwt.split("\\.");
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initVerify(serviceAccountKey.getPublic());
            rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!rs256.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                return false;
            }
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            return CLIENT_EMAIL.equals(claims.path("iss").asText()) && "https://oauth2.googleapis.com/token".equals(claims.path("aud").asText())
                    && claims.path("scope").asText().contains("cloud-platform");
        } catch (Exception e) {
            return false;
        }
    }

    private void access(HttpExchange exchange, String name) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ") || !tokens.contains(authorization.substring(7))) {
            error(exchange, 401, "UNAUTHENTICATED", "Request had invalid authentication credentials. Expected OAuth 2 "
                    + "access token, login cookie or other valid authentication credential.");
            return;
        }
        if (throttleNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            if (throttledAnswers.getAndIncrement() >= throttleQuickly) {
                try {
                    Thread.sleep(throttleHold.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            error(exchange, 429, "RESOURCE_EXHAUSTED", "Quota exceeded for quota metric 'Access requests' and limit "
                    + "'Access requests per minute' of service 'secretmanager.googleapis.com'.");
            return;
        }
        String[] segments = name.split("/"); // projects, P, secrets, S, versions, V
        String secret = segments[3];
        String versionText = segments[5];
        if (denied.contains(secret)) {
            error(exchange, 403, "PERMISSION_DENIED", "Permission 'secretmanager.versions.access' denied for resource '"
                    + name + "' (or it may not exist).");
            return;
        }
        List<Version> versions = secrets.get(secret);
        Version found = null;
        if (versions != null) {
            for (Version v : versions) {
                if (versionText.equals("latest") ? v.state.equals("ENABLED") : String.valueOf(v.number).equals(versionText)) {
                    found = v;
                }
            }
        }
        if (found == null) {
            error(exchange, 404, "NOT_FOUND", "Secret Version [" + name + "] not found.");
            return;
        }
        if (!found.state.equals("ENABLED")) {
            error(exchange, 400, "FAILED_PRECONDITION", "Secret Version [" + name + "] is in " + found.state + " state.");
            return;
        }
        CRC32C crc = new CRC32C();
        crc.update(found.data);
        ObjectNode body = JSON.createObjectNode().put("name", "projects/" + segments[1] + "/secrets/" + secret
                + "/versions/" + found.number);
        body.putObject("payload").put("data", Base64.getEncoder().encodeToString(found.data))
                .put("dataCrc32c", Long.toString(crc.getValue()));
        reply(exchange, 200, body.toString());
    }

    private static void error(HttpExchange exchange, int status, String code, String message) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("error").put("code", status).put("message", message).put("status", code);
        reply(exchange, status, body.toString());
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    public List<String> requests() {
        return new ArrayList<>(paths);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
