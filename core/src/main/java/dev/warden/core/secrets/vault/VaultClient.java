package dev.warden.core.secrets.vault;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.InvalidInputException;
import dev.warden.core.secrets.SecretMaskingLogger;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretNotFoundException;
import dev.warden.secrets.SecretRef;
import dev.warden.secrets.SecretUnavailableException;
import dev.warden.spi.secrets.SecretStoreContext;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import dev.warden.WardenException;
import java.time.Clock;
import java.time.Duration;

import java.time.Instant;
import java.util.Arrays;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import org.slf4j.Logger;

/**
 * The HTTP side of the Vault store: KV version 2 reads, AppRole login, token look-up and renewal, over the JDK's
 * {@link HttpClient} with TLS 1.2 or 1.3 and certificate checks always on.
 *
 * <p>The token is held here only; it is never logged nor put in a message. Vault's error bodies are not quoted
 * either (a server could echo what it was sent): messages give the HTTP status and what to do.
 *
 * <p>Token renewal: the token's time-to-live is learnt at login (AppRole) or by looking the token up. When the token
 * is renewable (or comes from an AppRole login, which can be repeated), a background timer ({@link TokenRenewer}, one
 * daemon thread owned by this client, started after the first authentication) renews it ({@code renew-self}) once two
 * thirds of its lease have passed, as Vault's own agent does, so that requests do not wait for it; a failed renewal is
 * logged (never the token) and retried with exponential back-off. Should the timer fall behind, the next request
 * past two thirds of the lease renews first. When renewal is refused or the token was revoked (403), AppRole logs in
 * again and a token is read again from its reference, and a refused request is retried once. {@link #close()} stops
 * the timer.
 */
final class VaultClient implements AutoCloseable {

    private static final Logger LOG = SecretMaskingLogger.of(VaultClient.class);
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final int MAX_BODY = 1 << 20;

    private final VaultSettings settings;
    private final SecretStoreContext context;
    private final Clock clock;
    private final HttpClient http;
    private final String where;

    /** The current token, or null before the first login. Guarded by this. */
    private char[] token;
    /** When to renew the token; Instant.MAX for a token that does not expire. Guarded by this. */
    private Instant renewAt = Instant.MAX;
    private boolean renewable;
    /** The current token's lease; zero for a token that does not expire. Guarded by this. */
    private Duration lease = Duration.ZERO;
    private final TokenRenewer renewer;

    VaultClient(VaultSettings settings, SecretStoreContext context, Clock clock, String where) {
        this.settings = settings;
        this.context = context;
        this.clock = clock;
        this.where = where;
        SSLParameters tls = new SSLParameters();
        tls.setProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
        this.http = HttpClient.newBuilder()
                .sslContext(TrustBundle.context(settings.caBundle(), where + ".caBundle"))
                .sslParameters(tls)
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.renewer = new TokenRenewer(settings.address().toString(), this::renewInBackground);
    }

    /**
     * Reads a KV v2 secret: {@code GET /v1/<mount>/data/<path>[?version=N]}.
     *
     * @return the field's value with the secret's version and creation time
     */
    Secret readKv(SecretRef ref, String mount, String path, String field, String version) {
        String uri = "/v1/" + encodePath(mount) + "/data/" + encodePath(path)
                + (version == null ? "" : "?version=" + version);
        String what = "vault secret " + mount + "/" + path;
        JsonNode body = authenticated("GET", uri, null, what);
        JsonNode data = body.path("data").path("data");
        JsonNode metadata = body.path("data").path("metadata");
        if (!data.isObject()) {
            if (metadata.path("deletion_time").isTextual() && !metadata.path("deletion_time").asText().isEmpty()
                    || metadata.path("destroyed").asBoolean(false)) {
                throw new SecretNotFoundException(what + ": this version was deleted or destroyed");
            }
            throw new SecretUnavailableException(where + ": the KV v2 response for " + mount + "/" + path
                    + " has no data.data object; is " + mount + " a KV version 2 mount?");
        }
        JsonNode value = data.get(field);
        if (value == null || value.isNull()) {
            throw new SecretNotFoundException(what + ": no field '" + field + "'");
        }
        if (!value.isValueNode()) {
            throw new InvalidInputException(what + ": field '" + field + "' is not a text value");
        }
        String versionLabel = metadata.path("version").isIntegralNumber() ? metadata.path("version").asText() : "1";
        Instant created;
        try {
            created = Instant.parse(metadata.path("created_time").asText());
        } catch (java.time.format.DateTimeParseException e) {
            created = clock.instant();
        }
        char[] chars = value.asText().toCharArray();
        try {
            return Secret.ofChars(ref, chars, versionLabel, created, java.util.Optional.empty());
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    /** Sends a request with the token, renewing or re-authenticating once when needed. */
    private synchronized JsonNode authenticated(String method, String uri, ObjectNode payload, String what) {
        if (token == null) {
            authenticate();
        } else if (!clock.instant().isBefore(renewAt)) {
            renewOrReauthenticate();
        }
        Response response = send(method, uri, payload, true);
        if (response.status == 403) {
            // The token may have been revoked or expired early: authenticate afresh and retry once.
            LOG.info("{}: access denied (403); authenticating again and retrying once", where);
            authenticate();
            response = send(method, uri, payload, true);
        }
        return check(response, what);
    }

    private JsonNode check(Response response, String what) {
        switch (response.status) {
            case 200:
                return parse(response.body, what);
            case 403:
                throw new SecretUnavailableException(where + ": access to " + what.replace("vault secret ", "")
                        + " denied (403); check the token's or AppRole's policy");
            case 404:
                throw new SecretNotFoundException(what + ": not found (404); check the mount, path and version");
            case 503:
                throw new SecretUnavailableException(where + ": Vault is sealed or not ready (503); unseal it or "
                        + "wait for the active node");
            default:
                throw new SecretUnavailableException(where + ": unexpected HTTP status " + response.status + " for " + what);
        }
    }

    private void authenticate() {
        if (settings.auth() instanceof VaultAuth.Token t) {
            try (Secret secret = context.resolve(t.tokenRef())) {
                replaceToken(secret.chars());
            }
            lookupSelf();
        } else if (settings.auth() instanceof VaultAuth.AppRole a) {
            ObjectNode login = JSON.createObjectNode();
            try (Secret roleId = context.resolve(a.roleIdRef()); Secret secretId = context.resolve(a.secretIdRef())) {
                char[] role = roleId.chars();
                char[] secret = secretId.chars();
                login.put("role_id", new String(role)).put("secret_id", new String(secret));
                Arrays.fill(role, '\0');
                Arrays.fill(secret, '\0');
            }
            Response response = send("POST", "/v1/auth/" + encodePath(a.mount()) + "/login", login, false);
            if (response.status == 400 || response.status == 403) {
                throw new SecretUnavailableException(where + ": AppRole login refused (" + response.status
                        + "); check the role id and secret id");
            }
            takeAuth(check(response, "AppRole login"), "AppRole login");
        }
    }

    private void lookupSelf() {
        Response response = send("GET", "/v1/auth/token/lookup-self", null, true);
        if (response.status == 403) {
            throw new SecretUnavailableException(where + ": the token was refused (403); it may have expired or been "
                    + "revoked; provide a new one at its reference");
        }
        JsonNode data = check(response, "token look-up").path("data");
        tokenTaken(data.path("ttl").asLong(0), data.path("renewable").asBoolean(false));
    }

    /**
     * Notes a token's lease and plans its renewal at two thirds of it: in the background if the token is renewable
     * or can be replaced by logging in again (AppRole), otherwise on the first request past that point.
     */
    private void tokenTaken(long leaseSeconds, boolean isRenewable) {
        renewable = isRenewable;
        if (leaseSeconds <= 0) {
            lease = Duration.ZERO;
            renewAt = Instant.MAX;
            renewer.cancel();
            return;
        }
        lease = Duration.ofSeconds(leaseSeconds);
        Duration renewAfter = lease.multipliedBy(2).dividedBy(3);
        renewAt = clock.instant().plus(renewAfter);
        if (renewable || settings.auth() instanceof VaultAuth.AppRole) {
            renewer.renewIn(renewAfter);
        } else {
            renewer.cancel();
        }
    }

    /** The background timer's task: renews the token if it is due, otherwise waits until it is. */
    private synchronized void renewInBackground() {
        if (renewer.closed() || token == null) {
            return;
        }
        Instant now = clock.instant();
        if (now.isBefore(renewAt)) { // renewed by a request meanwhile, or the clock says it is not yet time
            if (!renewAt.equals(Instant.MAX)) {
                renewer.renewIn(Duration.between(now, renewAt));
            }
            return;
        }
        try {
            renewOrReauthenticate();
            LOG.debug("{}: token renewed in the background; next renewal at {}", where, renewAt);
        } catch (RuntimeException e) {
            if (renewer.closed()) {
                return; // interrupted by close()
            }
            Duration retry = renewer.retryAfterFailure(lease);
            LOG.warn("{}: background token renewal failed ({}); retrying in {} ms", where, describe(e), retry.toMillis());
        }
    }

    /** @return a Warden exception's message (never a token or value), or only the class name of any other */
    private static String describe(RuntimeException e) {
        return e instanceof WardenException ? e.getClass().getSimpleName() + ": " + e.getMessage() : e.getClass().getName();
    }

    private void renewOrReauthenticate() {
        if (renewable) {
            Response response = send("POST", "/v1/auth/token/renew-self", JSON.createObjectNode(), true);
            if (response.status == 200) {
                JsonNode body = parse(response.body, "token renewal");
                if (body.path("auth").path("client_token").isTextual()) {
                    takeAuth(body, "token renewal");
                    LOG.debug("{}: token renewed", where);
                    return;
                }
            }
            LOG.info("{}: token renewal refused ({}); authenticating again", where, response.status);
        }
        authenticate();
    }

    private void takeAuth(JsonNode body, String what) {
        JsonNode auth = body.path("auth");
        if (!auth.path("client_token").isTextual() || auth.path("client_token").asText().isEmpty()) {
            throw new SecretUnavailableException(where + ": the " + what + " response has no auth.client_token");
        }
        replaceToken(auth.path("client_token").asText().toCharArray());
        tokenTaken(auth.path("lease_duration").asLong(0), auth.path("renewable").asBoolean(false));
    }

    private void replaceToken(char[] fresh) {
        if (token != null) {
            Arrays.fill(token, '\0');
        }
        token = fresh;
    }

    private record Response(int status, byte[] body) {
        @Override
        public String toString() {
            return "Response[" + status + "]";
        }
    }

    private Response send(String method, String uri, ObjectNode payload, boolean withToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.address().resolve(uri))
                .timeout(settings.timeout())
                .header("Accept", "application/json");
        settings.namespace().ifPresent(ns -> request.header("X-Vault-Namespace", ns));
        if (withToken) {
            request.header("X-Vault-Token", new String(token));
        }
        if (payload == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            byte[] json;
            try {
                json = JSON.writeValueAsBytes(payload);
            } catch (JsonProcessingException e) {
                throw new SecretUnavailableException(where + ": cannot encode a request");
            }
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofByteArray(json));
        }
        try {
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                byte[] body = in.readNBytes(MAX_BODY + 1);
                if (body.length > MAX_BODY) {
                    throw new SecretUnavailableException(where + ": response larger than 1 MiB; refused");
                }
                return new Response(response.statusCode(), body);
            }
        } catch (SSLException e) {
            throw new SecretUnavailableException(where + ": TLS failed (" + e.getClass().getSimpleName() + "); the "
                    + "server's certificate is not trusted or does not name the host; set caBundle to the CA that "
                    + "issued it");
        } catch (HttpTimeoutException e) {
            throw new SecretUnavailableException(where + ": no answer within " + settings.timeout().toMillis() + " ms");
        } catch (IOException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
                if (root instanceof SSLException) {
                    throw new SecretUnavailableException(where + ": TLS failed (" + root.getClass().getSimpleName()
                            + "); the server's certificate is not trusted or does not name the host; set caBundle to "
                            + "the CA that issued it");
                }
            }
            throw new SecretUnavailableException(where + ": cannot be reached (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SecretUnavailableException(where + ": interrupted while waiting for Vault");
        }
    }

    private JsonNode parse(byte[] body, String what) {
        try {
            JsonNode tree = JSON.readTree(body);
            if (tree == null || !tree.isObject()) {
                throw new SecretUnavailableException(where + ": malformed response to the " + what + " (not a JSON object)");
            }
            return tree;
        } catch (IOException e) {
            // Jackson's message would quote the body: only say that it is malformed.
            throw new SecretUnavailableException(where + ": malformed response to the " + what + " (not JSON)");
        }
    }

    private static String encodePath(String path) {
        StringBuilder out = new StringBuilder();
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new InvalidInputException("secret reference with scheme 'vault': the path has an empty, '.' or "
                        + "'..' segment");
            }
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return out.toString();
    }

    /** Stops the renewal timer (without waiting for a renewal's request to time out), then wipes the token. */
    @Override
    public void close() {
        renewer.close();
        synchronized (this) {
            if (token != null) {
                Arrays.fill(token, '\0');
                token = null;
            }
        }
    }

    @Override
    public String toString() {
        return "VaultClient[" + settings.address() + "]";
    }

}
