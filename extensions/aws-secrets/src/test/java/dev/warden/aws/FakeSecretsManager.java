package dev.warden.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.warden.core.secrets.vault.TestPki;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A STAND-IN for AWS Secrets Manager, because the real service cannot be reached from here: an in-test HTTPS server
 * (JDK {@code HttpsServer} on 127.0.0.1, certificate from a CA made in the test with BouncyCastle) that speaks the
 * service's wire protocol as documented in the Secrets Manager API reference, so that the real SDK client — its
 * SigV4 signing, AWS JSON 1.1 marshalling, retry policy and error unmarshalling — runs end to end:
 *
 * <ul>
 *   <li>{@code POST /} with {@code X-Amz-Target: secretsmanager.GetSecretValue} and
 *       {@code Content-Type: application/x-amz-json-1.1}, body {@code {"SecretId", "VersionId"?, "VersionStage"?}}</li>
 *   <li>the AWS Signature Version 4 {@code Authorization} header is verified against the known access keys
 *       (unknown key: {@code UnrecognizedClientException}; wrong signature: {@code InvalidSignatureException})</li>
 *   <li>200 with {@code ARN, Name, VersionId, SecretString | SecretBinary (Base64), VersionStages, CreatedDate} (epoch
 *       seconds)</li>
 *   <li>errors as HTTP 400 with {@code {"__type": code, "Message": ...}} and {@code x-amzn-RequestId}:
 *       {@code ResourceNotFoundException}, {@code AccessDeniedException}, {@code InvalidRequestException} (a secret
 *       marked for deletion), {@code ThrottlingException}</li>
 * </ul>
 *
 * Putting a new value moves {@code AWSCURRENT} to it and {@code AWSPREVIOUS} to the former current version, as a
 * rotation does.
 */
public final class FakeSecretsManager implements AutoCloseable {

    public static final String REGION = "eu-west-1";
    static final String ACCOUNT = "123456789012";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One version of a secret. */
    public static final class Version {
        public final String id = UUID.randomUUID().toString();
        final String text;
        final byte[] binary;
        final Set<String> stages = ConcurrentHashMap.newKeySet();
        final Instant created;

        Version(String text, byte[] binary, Instant created) {
            this.text = text;
            this.binary = binary;
            this.created = created;
        }
    }

    private final HttpsServer server;
    private final Map<String, List<Version>> secrets = new ConcurrentHashMap<>();
    /** access key id -> secret access key */
    final Map<String, String> keys = new ConcurrentHashMap<>();
    public final Set<String> denied = ConcurrentHashMap.newKeySet();
    final Set<String> deleted = ConcurrentHashMap.newKeySet();
    /** How many of the next requests to answer with ThrottlingException. */
    final AtomicInteger throttleNext = new AtomicInteger();
    final AtomicInteger requests = new AtomicInteger();
    final List<String> accessKeysSeen = new CopyOnWriteArrayList<>();
    private int clock = 1_764_000_000;

    FakeSecretsManager(TestPki pki) throws Exception {
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(pki.serverContext()));
        server.createContext("/", this::handle);
        server.start();
    }

    public String endpoint() {
        return "https://127.0.0.1:" + server.getAddress().getPort();
    }

    static String arn(String name) {
        return "arn:aws:secretsmanager:" + REGION + ":" + ACCOUNT + ":secret:" + name + "-AbCdEf";
    }

    /** Adds a new AWSCURRENT version holding {@code text}; the former current one becomes AWSPREVIOUS. */
    public synchronized Version putString(String name, String text) {
        return add(name, new Version(text, null, Instant.ofEpochSecond(clock++)), "AWSCURRENT");
    }

    synchronized Version putBinary(String name, byte[] binary) {
        return add(name, new Version(null, binary.clone(), Instant.ofEpochSecond(clock++)), "AWSCURRENT");
    }

    /** Adds a version labelled AWSPENDING only, as the first step of a rotation does. */
    synchronized Version putPending(String name, String text) {
        return add(name, new Version(text, null, Instant.ofEpochSecond(clock++)), "AWSPENDING");
    }

    private Version add(String name, Version version, String stage) {
        List<Version> versions = secrets.computeIfAbsent(name, n -> new CopyOnWriteArrayList<>());
        for (Version old : versions) {
            if (stage.equals("AWSCURRENT")) {
                old.stages.remove("AWSPREVIOUS");
                if (old.stages.remove("AWSCURRENT")) {
                    old.stages.add("AWSPREVIOUS");
                }
            } else {
                old.stages.remove(stage);
            }
        }
        version.stages.add(stage);
        versions.add(version);
        return version;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.incrementAndGet();
            byte[] body = exchange.getRequestBody().readAllBytes();
            Headers headers = exchange.getRequestHeaders();
            if (!"POST".equals(exchange.getRequestMethod())
                    || !"secretsmanager.GetSecretValue".equals(headers.getFirst("X-Amz-Target"))
                    || !String.valueOf(headers.getFirst("Content-Type")).startsWith("application/x-amz-json-1.1")) {
                error(exchange, 400, "UnknownOperationException", null);
                return;
            }
            String authError = verifySignature(exchange, body);
            if (authError != null) {
                error(exchange, 400, authError, authError.equals("UnrecognizedClientException")
                        ? "The security token included in the request is invalid."
                        : "The request signature we calculated does not match the signature you provided.");
                return;
            }
            if (throttleNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                error(exchange, 400, "ThrottlingException", "Rate exceeded");
                return;
            }
            JsonNode request = JSON.readTree(body);
            String secretId = request.path("SecretId").asText();
            String name = secretId.startsWith("arn:") ? secretId.substring(secretId.indexOf(":secret:") + 8,
                    secretId.length() - 7) : secretId;
            List<Version> versions = secrets.get(name);
            if (denied.contains(name)) {
                error(exchange, 400, "AccessDeniedException", "User: arn:aws:iam::" + ACCOUNT + ":user/warden is not "
                        + "authorized to perform: secretsmanager:GetSecretValue on resource: " + name
                        + " because no identity-based policy allows the secretsmanager:GetSecretValue action");
                return;
            }
            if (versions == null) {
                error(exchange, 400, "ResourceNotFoundException", "Secrets Manager can't find the specified secret.");
                return;
            }
            if (deleted.contains(name)) {
                error(exchange, 400, "InvalidRequestException",
                        "You can't perform this operation on the secret because it was marked for deletion.");
                return;
            }
            String versionId = request.path("VersionId").asText(null);
            String stage = request.path("VersionStage").asText(versionId == null ? "AWSCURRENT" : null);
            Version found = null;
            for (Version v : versions) {
                if ((versionId == null || versionId.equals(v.id)) && (stage == null || v.stages.contains(stage))) {
                    found = v;
                }
            }
            if (found == null) {
                error(exchange, 400, "ResourceNotFoundException", "Secrets Manager can't find the specified secret "
                        + "value for " + (versionId != null ? "VersionId: " + versionId : "staging label: " + stage));
                return;
            }
            ObjectNode out = JSON.createObjectNode().put("ARN", arn(name)).put("Name", name).put("VersionId", found.id);
            if (found.text != null) {
                out.put("SecretString", found.text);
            } else {
                out.put("SecretBinary", Base64.getEncoder().encodeToString(found.binary));
            }
            found.stages.forEach(out.putArray("VersionStages")::add);
            out.put("CreatedDate", found.created.getEpochSecond() + 0.5);
            reply(exchange, 200, out.toString());
        }
    }

    /** @return null when the SigV4 signature is valid, otherwise the error code to answer with */
    private String verifySignature(HttpExchange exchange, byte[] body) {
        try {
            Headers headers = exchange.getRequestHeaders();
            String authorization = headers.getFirst("Authorization");
            if (authorization == null || !authorization.startsWith("AWS4-HMAC-SHA256 ")) {
                return "MissingAuthenticationTokenException";
            }
            Map<String, String> parts = new ConcurrentHashMap<>();
            for (String part : authorization.substring("AWS4-HMAC-SHA256 ".length()).split(",\\s*")) {
                int eq = part.indexOf('=');
                parts.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
            }
            String[] scope = parts.get("Credential").split("/");
            String accessKey = scope[0];
            accessKeysSeen.add(accessKey);
            String secretKey = keys.get(accessKey);
            if (secretKey == null) {
                return "UnrecognizedClientException";
            }
            String signedHeaders = parts.get("SignedHeaders");
            StringBuilder canonical = new StringBuilder(exchange.getRequestMethod()).append('\n')
                    .append(exchange.getRequestURI().getRawPath()).append('\n')
                    .append(exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery())
                    .append('\n');
            for (String header : signedHeaders.split(";")) {
                String value = header.equals("content-length") && headers.getFirst(header) == null
                        ? String.valueOf(body.length) : headers.getFirst(header);
                canonical.append(header).append(':').append(value == null ? "" : value.trim().replaceAll(" +", " "))
                        .append('\n');
            }
            canonical.append('\n').append(signedHeaders).append('\n').append(hex(sha256(body)));
            String amzDate = headers.getFirst("X-Amz-Date");
            String credentialScope = scope[1] + "/" + scope[2] + "/" + scope[3] + "/" + scope[4];
            String toSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + credentialScope + "\n"
                    + hex(sha256(canonical.toString().getBytes(StandardCharsets.UTF_8)));
            byte[] key = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), scope[1]);
            key = hmac(key, scope[2]);
            key = hmac(key, scope[3]);
            key = hmac(key, "aws4_request");
            String expected = hex(hmac(key, toSign));
            if (!scope[2].equals(REGION) || !scope[3].equals("secretsmanager")
                    || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                    parts.get("Signature").getBytes(StandardCharsets.US_ASCII))) {
                return "InvalidSignatureException";
            }
            return null;
        } catch (RuntimeException | java.security.GeneralSecurityException e) {
            return "IncompleteSignature";
        }
    }

    private static byte[] sha256(byte[] data) throws java.security.GeneralSecurityException {
        return MessageDigest.getInstance("SHA-256").digest(data);
    }

    private static byte[] hmac(byte[] key, String data) throws java.security.GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private static void error(HttpExchange exchange, int status, String code, String message) throws IOException {
        ObjectNode body = JSON.createObjectNode().put("__type", code);
        if (message != null) {
            body.put("Message", message);
        }
        reply(exchange, status, body.toString());
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    List<String> accessKeys() {
        return new ArrayList<>(accessKeysSeen);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
