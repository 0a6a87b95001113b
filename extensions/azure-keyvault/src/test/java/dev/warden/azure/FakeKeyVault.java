package dev.warden.azure;

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
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A STAND-IN for Azure Key Vault and the Microsoft Entra ID token endpoint, because neither can be reached from here:
 * one in-test HTTPS server (JDK {@code HttpsServer} on 127.0.0.1, named vault.localhost, certificate from a CA made in the test with
 * BouncyCastle) speaking both wire protocols as documented, so that the real Azure SDK — the Key Vault client's
 * bearer-challenge policy, azure-identity's client-secret credential through MSAL, the retry policy and the error
 * mapping — runs end to end:
 *
 * <ul>
 *   <li>Key Vault REST, {@code GET /secrets/{name}[/{version}]?api-version=...}: without a bearer token, 401 with
 *       {@code WWW-Authenticate: Bearer authorization="<authority>/<tenant>", resource="https://localhost"} (the
 *       challenge the SDK answers by asking its credential for {@code https://localhost/.default}); with a token this
 *       server issued, 200 with the secret bundle {@code {value, id, contentType, tags, attributes{enabled, created,
 *       updated, recoveryLevel}}}; errors {@code {"error": {"code", "message"}}}: 404 {@code SecretNotFound} (absent
 *       or deleted), 403 {@code Forbidden}, 429 {@code Throttled} with {@code Retry-After}, 401 for a token it did
 *       not issue</li>
 *   <li>Entra ID, {@code POST /{tenant}/oauth2/v2.0/token} with the client-credentials grant: 200
 *       {@code {token_type, expires_in, access_token}} for the known client id and secret, else 401
 *       {@code invalid_client}; {@code GET /{tenant}/v2.0/.well-known/openid-configuration} for MSAL</li>
 * </ul>
 */
public final class FakeKeyVault implements AutoCloseable {

    public static final String TENANT = "7a1f2c3d-0000-4000-8000-00000000a2b1";
    /**
     * The challenge's resource. The SDK verifies that the vault's host is a sub-domain of the resource's host
     * ({@code contoso.vault.azure.net} of {@code vault.azure.net}), so the stand-in's vault is
     * {@code vault.localhost} (mapped to 127.0.0.1 by the test JVM's hosts file, {@code jdk.net.hosts.file} in the
     * pom) and its resource {@code https://localhost}.
     */
    static final String RESOURCE = "https://localhost";
    public static final String CLIENT_ID = "3c9e1b2a-0000-4000-8000-0000000c11e7";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One version of a secret. */
    public static final class Version {
        public final String id = UUID.randomUUID().toString().replace("-", "");
        final String value;
        final String contentType;
        final Map<String, String> tags;
        final long created;

        Version(String value, String contentType, Map<String, String> tags, long created) {
            this.value = value;
            this.contentType = contentType;
            this.tags = tags;
            this.created = created;
        }
    }

    private final HttpsServer server;
    private final Map<String, List<Version>> secrets = new ConcurrentHashMap<>();
    public volatile String clientSecret = "client-secret-for-tests";
    public final Set<String> forbidden = ConcurrentHashMap.newKeySet();
    public final Set<String> deleted = ConcurrentHashMap.newKeySet();
    public final AtomicInteger throttleNext = new AtomicInteger();
    /** Requests to the vault (not to the token endpoint), the challenge included. */
    public final AtomicInteger vaultRequests = new AtomicInteger();
    public final AtomicInteger tokensIssued = new AtomicInteger();
    public final List<String> paths = new CopyOnWriteArrayList<>();
    private final Set<String> tokens = ConcurrentHashMap.newKeySet();
    private long clock = 1_764_000_000L;

    public FakeKeyVault(TestPki pki) throws Exception {
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(pki.serverContext()));
        server.createContext("/", this::handle);
        server.start();
    }

    /** @return {@code https://vault.localhost:PORT}, the vault URL and the authority host alike */
    public String url() {
        return "https://vault.localhost:" + server.getAddress().getPort();
    }

    public synchronized Version put(String name, String value) {
        return add(name, new Version(value, null, Map.of(), clock++));
    }

    /** Stores bytes as `az keyvault secret set --file F --encoding base64` does: Base64 text, tagged file-encoding. */
    public synchronized Version putBinary(String name, byte[] bytes) {
        return add(name, new Version(Base64.getEncoder().encodeToString(bytes), null, Map.of("file-encoding", "base64"),
                clock++));
    }

    private Version add(String name, Version version) {
        secrets.computeIfAbsent(name, n -> new CopyOnWriteArrayList<>()).add(version);
        return version;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            paths.add(exchange.getRequestMethod() + " " + path);
            if (path.equals("/" + TENANT + "/oauth2/v2.0/token") && exchange.getRequestMethod().equals("POST")) {
                token(exchange);
            } else if (path.equals("/" + TENANT + "/v2.0/.well-known/openid-configuration")) {
                String base = url() + "/" + TENANT;
                ObjectNode body = JSON.createObjectNode().put("token_endpoint", base + "/oauth2/v2.0/token")
                        .put("authorization_endpoint", base + "/oauth2/v2.0/authorize").put("issuer", base + "/v2.0")
                        .put("jwks_uri", base + "/discovery/v2.0/keys");
                reply(exchange, 200, body.toString(), Map.of());
            } else if (path.startsWith("/secrets/") && exchange.getRequestMethod().equals("GET")) {
                vaultRequests.incrementAndGet();
                secret(exchange, path);
            } else {
                reply(exchange, 404, "{\"error\":{\"code\":\"NotFound\",\"message\":\"no such endpoint\"}}", Map.of());
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
        if (!"client_credentials".equals(form.get("grant_type")) || !CLIENT_ID.equals(form.get("client_id"))
                || !clientSecret.equals(form.get("client_secret"))) {
            reply(exchange, 401, "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client "
                    + "secret provided.\",\"error_codes\":[7000215]}", Map.of());
            return;
        }
        String token = "kv-token-" + HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8), 0, 8);
        tokens.add(token);
        tokensIssued.incrementAndGet();
        ObjectNode body = JSON.createObjectNode().put("token_type", "Bearer").put("expires_in", 3599)
                .put("ext_expires_in", 3599).put("access_token", token);
        String correlation = exchange.getRequestHeaders().getFirst("client-request-id");
        reply(exchange, 200, body.toString(), correlation == null ? Map.of() : Map.of("client-request-id", correlation));
    }

    private void secret(HttpExchange exchange, String path) throws IOException {
        String query = String.valueOf(exchange.getRequestURI().getQuery());
        if (!query.startsWith("api-version=")) {
            error(exchange, 400, "BadParameter", "The api-version is missing or not supported.");
            return;
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null) {
            reply(exchange, 401, "{\"error\":{\"code\":\"Unauthorized\",\"message\":\"AKV10000: Request is missing a "
                    + "Bearer or PoP token.\"}}", Map.of("WWW-Authenticate", "Bearer authorization=\"" + url() + "/"
                    + TENANT + "\", resource=\"" + RESOURCE + "\""));
            return;
        }
        if (!authorization.startsWith("Bearer ") || !tokens.contains(authorization.substring(7))) {
            error(exchange, 401, "Unauthorized", "AKV10032: Invalid issuer.");
            return;
        }
        if (throttleNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            reply(exchange, 429, "{\"error\":{\"code\":\"Throttled\",\"message\":\"Request was not processed because "
                    + "too many requests were received.\"}}", Map.of("Retry-After", "0"));
            return;
        }
        String[] segments = path.split("/");
        String name = segments[2];
        String version = segments.length > 3 ? segments[3] : "";
        List<Version> versions = secrets.get(name);
        if (forbidden.contains(name)) {
            error(exchange, 403, "Forbidden", "Caller is not authorized to perform action on resource. Action: "
                    + "'Microsoft.KeyVault/vaults/secrets/getSecret/action'");
            return;
        }
        if (versions == null || deleted.contains(name)) {
            error(exchange, 404, "SecretNotFound", "A secret with (name/id) " + name + " was not found in this key vault.");
            return;
        }
        Version found = null;
        for (Version v : versions) {
            if (version.isEmpty() || v.id.equals(version)) {
                found = v;
            }
        }
        if (found == null) {
            error(exchange, 404, "SecretNotFound", "A secret with (name/id) " + name + "/" + version + " was not found.");
            return;
        }
        ObjectNode body = JSON.createObjectNode().put("value", found.value)
                .put("id", url() + "/secrets/" + name + "/" + found.id);
        if (found.contentType != null) {
            body.put("contentType", found.contentType);
        }
        found.tags.forEach(body.putObject("tags")::put);
        body.putObject("attributes").put("enabled", true).put("created", found.created).put("updated", found.created)
                .put("recoveryLevel", "Recoverable+Purgeable").put("recoverableDays", 90);
        reply(exchange, 200, body.toString(), Map.of());
    }

    private static void error(HttpExchange exchange, int status, String code, String message) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("error").put("code", code).put("message", message);
        reply(exchange, status, body.toString(), Map.of());
    }

    private static void reply(HttpExchange exchange, int status, String body, Map<String, String> headers) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().set("x-ms-request-id", UUID.randomUUID().toString());
        headers.forEach(exchange.getResponseHeaders()::set);
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
