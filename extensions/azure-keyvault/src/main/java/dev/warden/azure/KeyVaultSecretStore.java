package dev.warden.azure;

import com.azure.core.credential.TokenCredential;
import com.azure.core.exception.ClientAuthenticationException;
import com.azure.core.exception.HttpResponseException;
import com.azure.core.http.HttpClient;
import com.azure.security.keyvault.secrets.SecretClient;
import com.azure.security.keyvault.secrets.SecretClientBuilder;
import com.azure.security.keyvault.secrets.models.KeyVaultSecret;
import com.azure.security.keyvault.secrets.models.SecretProperties;
import com.microsoft.aad.msal4j.MsalException;
import dev.warden.InvalidInputException;
import dev.warden.core.secrets.SecretFields;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretAccessDeniedException;
import dev.warden.secrets.SecretNotFoundException;
import dev.warden.secrets.SecretRef;
import dev.warden.secrets.SecretStoreUnreachableException;
import dev.warden.secrets.SecretThrottledException;
import dev.warden.secrets.SecretUnavailableException;
import dev.warden.spi.secrets.SecretStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * {@code azure-kv:}: reads a secret with Key Vault's {@code GET {vault}/secrets/{name}/{version}?api-version=...}
 * through the Azure SDK's {@link SecretClient}, which answers the vault's bearer challenge with a token from the
 * configured credential (Microsoft Entra ID). One client per vault, built on first use. See
 * {@link KeyVaultSecretReference} for the reference form.
 *
 * <p>The value is the secret's text as UTF-8; a secret uploaded as a file with {@code --encoding base64} (tag
 * {@code file-encoding: base64}, as the Azure CLI writes it) or a certificate's secret ({@code application/x-pkcs12})
 * is served as its decoded bytes. The version is Key Vault's version id, the creation time the secret's
 * {@code attributes.created}. Failures are mapped after the SDK's retry policy (exponential back-off, honouring
 * {@code Retry-After}) has given up; no message quotes the service's.
 */
final class KeyVaultSecretStore implements SecretStore {

    private final TokenCredential credential;
    private final HttpClient http;
    private final Set<String> vaultHosts;
    private final String identity;
    private final Clock clock;
    private final Map<String, SecretClient> clients = new ConcurrentHashMap<>();

    KeyVaultSecretStore(TokenCredential credential, HttpClient http, Set<String> vaultHosts, String identity, Clock clock) {
        this.credential = credential;
        this.http = http;
        this.vaultHosts = Set.copyOf(vaultHosts);
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    public Secret resolve(SecretRef ref) {
        KeyVaultSecretReference reference = KeyVaultSecretReference.parse(ref, vaultHosts);
        SecretClient client = clients.computeIfAbsent(reference.vaultUrl(), url -> new SecretClientBuilder()
                .vaultUrl(url).credential(credential).httpClient(http).buildClient());
        KeyVaultSecret secret;
        try {
            secret = client.getSecret(reference.name(), reference.version().orElse(""));
        } catch (RuntimeException e) {
            throw translate(e, reference);
        }
        String what = reference.describe();
        SecretProperties properties = secret.getProperties();
        if (secret.getValue() == null) {
            throw new SecretNotFoundException(what + ": the vault returned no value");
        }
        byte[] value;
        if (binary(properties)) {
            if (reference.field().isPresent()) {
                throw new InvalidInputException(what + ": a binary secret (Base64-encoded file or certificate) has no "
                        + "fields; drop '#" + reference.field().get() + "' to read its bytes");
            }
            try {
                value = Base64.getMimeDecoder().decode(secret.getValue());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(what + ": tagged as Base64-encoded, but the value is not Base64");
            }
        } else {
            value = secret.getValue().getBytes(StandardCharsets.UTF_8);
        }
        try {
            if (reference.field().isPresent()) {
                byte[] whole = value;
                try {
                    value = SecretFields.field(whole, reference.field().get(), what);
                } finally {
                    Arrays.fill(whole, (byte) 0);
                }
            }
            String version = properties == null || properties.getVersion() == null || properties.getVersion().isEmpty()
                    ? "1" : properties.getVersion();
            Instant created = properties == null || properties.getCreatedOn() == null ? clock.instant()
                    : properties.getCreatedOn().toInstant();
            return Secret.of(ref, value, version, created, Optional.empty());
        } finally {
            Arrays.fill(value, (byte) 0);
        }
    }

    private static boolean binary(SecretProperties properties) {
        if (properties == null) {
            return false;
        }
        Map<String, String> tags = properties.getTags();
        return (tags != null && "base64".equalsIgnoreCase(tags.get("file-encoding")))
                || "application/x-pkcs12".equalsIgnoreCase(properties.getContentType());
    }

    /** Maps an SDK failure to Warden's types, naming the secret and the HTTP status, never quoting the service. */
    private RuntimeException translate(RuntimeException e, KeyVaultSecretReference reference) {
        String what = reference.describe();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SSLException) { // the token request and the vault request alike
                return new SecretStoreUnreachableException(what + ": TLS failed (" + t.getClass().getSimpleName()
                        + "); the certificate of the vault or of the Entra ID authority is not trusted or does not "
                        + "match its host name");
            }
        }
        if (e instanceof ClientAuthenticationException && !(e instanceof HttpResponseException response
                && response.getResponse() != null && response.getResponse().getStatusCode() != 401)) {
            return new SecretAccessDeniedException(what + ": no token for the vault from " + identity + " ("
                    + e.getClass().getSimpleName() + "); give the host a managed identity or workload identity, or "
                    + "set secrets.stores.azure-kv.credential");
        }
        if (e instanceof HttpResponseException response && response.getResponse() != null) {
            int status = response.getResponse().getStatusCode();
            String requestId = Optional.ofNullable(response.getResponse().getHeaderValue("x-ms-request-id"))
                    .map(id -> ", request id " + id).orElse("");
            return switch (status) {
                case 404 -> new SecretNotFoundException(what + ": not found (404" + requestId + "); check the vault, "
                        + "name and version; a deleted secret stays soft-deleted until purged and can be recovered "
                        + "(az keyvault secret recover)");
                case 401 -> new SecretAccessDeniedException(what + ": the vault refused the token of " + identity
                        + " (401" + requestId + "); check the tenant and the identity");
                case 403 -> new SecretAccessDeniedException(what + ": access denied to " + identity + " (403"
                        + requestId + "); assign the 'Key Vault Secrets User' role on the vault or the secret "
                        + "(Azure RBAC) or an access policy with Get on secrets, and check that the secret is enabled "
                        + "and the vault's firewall admits the host");
                case 429 -> new SecretThrottledException(what + ": throttled by the vault (429" + requestId
                        + ") after the SDK's retries; lengthen secrets.stores.azure-kv.cache.ttl so that fewer reads "
                        + "reach the vault");
                default -> new SecretUnavailableException(what + ": the vault answered HTTP " + status + requestId
                        + " after the SDK's retries");
            };
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ClientAuthenticationException || t instanceof MsalException) {
                return new SecretAccessDeniedException(what + ": no token for the vault from " + identity + " ("
                        + t.getClass().getSimpleName() + "); give the host a managed identity or workload identity, "
                        + "or set secrets.stores.azure-kv.credential");
            }
            if (t instanceof IOException || t instanceof TimeoutException) {
                return new SecretStoreUnreachableException(what + ": the vault cannot be reached ("
                        + t.getClass().getSimpleName() + "); check the vault URL, DNS, the private endpoint and the "
                        + "network path");
            }
        }
        return new SecretUnavailableException(what + ": failed (" + e.getClass().getSimpleName() + ")");
    }

    @Override
    public String toString() {
        return "KeyVaultSecretStore[" + identity + ", vaults=" + clients.keySet() + "]";
    }
}
