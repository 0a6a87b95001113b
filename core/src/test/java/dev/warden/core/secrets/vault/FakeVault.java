package dev.warden.core.secrets.vault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A FAKE HashiCorp Vault, because no Vault server can run here: an in-test HTTPS server (JDK
 * {@code com.sun.net.httpserver.HttpsServer} on 127.0.0.1) that answers the requests the Vault store makes with the
 * response shapes documented at developer.hashicorp.com/vault/api-docs:
 *
 * <ul>
 *   <li>KV v2 read, {@code GET /v1/:mount/data/:path[?version=N]}: 200 with {@code data.data} and
 *       {@code data.metadata} (created_time, deletion_time, destroyed, version); 404 {@code {"errors":[]}};
 *       403 {@code {"errors":["permission denied"]}}; 503 {@code {"errors":["Vault is sealed"]}} when sealed</li>
 *   <li>AppRole login, {@code POST /v1/auth/approle/login} with role_id and secret_id: 200 with {@code auth.client_token},
 *       {@code lease_duration}, {@code renewable}; 400 {@code {"errors":["invalid role or secret ID"]}}</li>
 *   <li>{@code GET /v1/auth/token/lookup-self}: 200 with {@code data.ttl}, {@code data.renewable}</li>
 *   <li>{@code POST /v1/auth/token/renew-self}: 200 with {@code auth.client_token}, {@code lease_duration}</li>
 * </ul>
 *
 * It checks the {@code X-Vault-Token} header and records {@code X-Vault-Namespace}. With {@link #enforceLeases} on, a
 * token stops working {@link #leaseSeconds} after it was issued or last renewed (real time), as in Vault.
 */
public final class FakeVault implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpsServer server;
    /** mount/path -> versions (1-based), each a map of fields. */
    public final Map<String, List<Map<String, String>>> kv = new ConcurrentHashMap<>();
    public final Set<String> validTokens = ConcurrentHashMap.newKeySet();
    public final List<String> namespaces = new CopyOnWriteArrayList<>();
    public final List<String> paths = new CopyOnWriteArrayList<>();
    public final AtomicInteger logins = new AtomicInteger();
    public final AtomicInteger renewals = new AtomicInteger();
    public volatile String roleId = "role-id-1";
    public volatile String secretId;
    public volatile long leaseSeconds = 3600;
    public volatile boolean renewable = true;
    public volatile boolean refuseRenewal;
    public volatile boolean sealed;
    public volatile boolean forbidReads;
    public volatile String rawReadBody;
    public volatile String tokenPrefix = "hvs.fake-";
    public volatile boolean enforceLeases;
    /** token -> System.nanoTime() at which its lease ends (with {@link #enforceLeases}). */
    private final Map<String, Long> leaseEnds = new ConcurrentHashMap<>();
    private final AtomicInteger issued = new AtomicInteger();
    private final java.util.concurrent.ExecutorService workers;

    public FakeVault(TestPki pki) throws Exception {
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(pki.serverContext()));
        server.createContext("/", this::handle);
        // Each exchange on a thread of its own: with the default (the dispatcher's own thread) one connection stalled
        // in its TLS handshake on a loaded machine held up every later request until the client's 10 s time-out.
        workers = java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-vault");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(workers);
        server.start();
    }

    public String address() {
        return "https://127.0.0.1:" + server.getAddress().getPort();
    }

    public void put(String mountAndPath, Map<String, String> fields) {
        kv.computeIfAbsent(mountAndPath, k -> new CopyOnWriteArrayList<>()).add(Map.copyOf(fields));
    }

    public String issueToken() {
        String token = tokenPrefix + issued.incrementAndGet();
        validTokens.add(token);
        leaseEnds.put(token, System.nanoTime() + leaseSeconds * 1_000_000_000L);
        return token;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            paths.add(exchange.getRequestMethod() + " " + path);
            String namespace = exchange.getRequestHeaders().getFirst("X-Vault-Namespace");
            if (namespace != null) {
                namespaces.add(namespace);
            }
            String token = exchange.getRequestHeaders().getFirst("X-Vault-Token");
            boolean authorized = token != null && validTokens.contains(token)
                    && (!enforceLeases || !leaseEnded(token));
            if (sealed) {
                reply(exchange, 503, "{\"errors\":[\"Vault is sealed\"]}");
            } else if (path.equals("/v1/auth/approle/login") && exchange.getRequestMethod().equals("POST")) {
                JsonNode body = JSON.readTree(exchange.getRequestBody());
                if (roleId.equals(body.path("role_id").asText()) && secretId != null
                        && secretId.equals(body.path("secret_id").asText())) {
                    logins.incrementAndGet();
                    reply(exchange, 200, auth(issueToken()));
                } else {
                    reply(exchange, 400, "{\"errors\":[\"invalid role or secret ID\"]}");
                }
            } else if (!authorized) {
                reply(exchange, 403, "{\"errors\":[\"permission denied\"]}");
            } else if (path.equals("/v1/auth/token/lookup-self")) {
                ObjectNode body = JSON.createObjectNode();
                body.putObject("data").put("ttl", leaseSeconds).put("renewable", renewable).put("id", token);
                reply(exchange, 200, body.toString());
            } else if (path.equals("/v1/auth/token/renew-self")) {
                if (refuseRenewal) {
                    validTokens.remove(token);
                    reply(exchange, 403, "{\"errors\":[\"permission denied\"]}");
                } else {
                    renewals.incrementAndGet();
                    leaseEnds.put(token, System.nanoTime() + leaseSeconds * 1_000_000_000L);
                    reply(exchange, 200, auth(token));
                }
            } else if (path.startsWith("/v1/") && path.contains("/data/")) {
                read(exchange, path);
            } else {
                reply(exchange, 404, "{\"errors\":[]}");
            }
        }
    }

    private boolean leaseEnded(String token) {
        Long end = leaseEnds.get(token);
        return end != null && System.nanoTime() - end >= 0;
    }

    private void read(HttpExchange exchange, String path) throws IOException {
        if (forbidReads) {
            reply(exchange, 403, "{\"errors\":[\"permission denied\"]}");
            return;
        }
        if (rawReadBody != null) {
            reply(exchange, 200, rawReadBody);
            return;
        }
        String key = path.substring("/v1/".length()).replaceFirst("/data/", "/");
        List<Map<String, String>> versions = kv.get(key);
        if (versions == null) {
            reply(exchange, 404, "{\"errors\":[]}");
            return;
        }
        int version = versions.size();
        String query = exchange.getRequestURI().getQuery();
        if (query != null && query.startsWith("version=")) {
            version = Integer.parseInt(query.substring("version=".length()));
        }
        if (version < 1 || version > versions.size()) {
            reply(exchange, 404, "{\"errors\":[]}");
            return;
        }
        ObjectNode body = JSON.createObjectNode().put("request_id", "00000000-0000-0000-0000-000000000001")
                .put("lease_id", "").put("renewable", false).put("lease_duration", 0);
        ObjectNode data = body.putObject("data");
        ObjectNode fields = data.putObject("data");
        versions.get(version - 1).forEach(fields::put);
        data.putObject("metadata").put("created_time", "2026-11-0" + version + "T10:00:00.123456789Z")
                .putNull("custom_metadata").put("deletion_time", "").put("destroyed", false).put("version", version);
        body.putNull("wrap_info").putNull("warnings").putNull("auth");
        reply(exchange, 200, body.toString());
    }

    private String auth(String token) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("auth").put("client_token", token).put("accessor", "accessor-" + token.hashCode())
                .put("lease_duration", leaseSeconds).put("renewable", renewable)
                .putArray("policies").add("default");
        return body.toString();
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        // One request per connection: a request the client sent on a kept-alive TLS connection was sometimes never
        // read by the JDK's HttpsServer, and the store's read after a background renewal waited its 10 s time-out
        // (VaultTokenRenewalTest, twice in CI runs, once on a quiet machine).
        exchange.getResponseHeaders().set("Connection", "close");
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
        workers.shutdownNow();
    }
}
