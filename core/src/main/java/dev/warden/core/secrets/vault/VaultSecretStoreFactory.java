package dev.warden.core.secrets.vault;

import dev.warden.ConfigurationException;
import dev.warden.config.ConfigNode;
import dev.warden.core.config.JsonConfigNode;
import dev.warden.secrets.SecretRef;
import dev.warden.spi.secrets.SecretStore;
import dev.warden.spi.secrets.SecretStoreContext;
import dev.warden.spi.secrets.SecretStoreFactory;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * Registers the {@code vault:} store (HashiCorp Vault KV version 2). Settings ({@code secrets.stores.vault}):
 *
 * <ul>
 *   <li>{@code address} — required, e.g. {@code https://vault.example.com:8200}; only {@code https} is accepted</li>
 *   <li>{@code namespace} — a Vault Enterprise namespace, sent as {@code X-Vault-Namespace}</li>
 *   <li>{@code caBundle} — a PEM file of the CA certificates to trust instead of the JVM's</li>
 *   <li>{@code auth} — {@code {"method": "token", "tokenRef": "env:VAULT_TOKEN"}} (the default) or
 *       {@code {"method": "approle", "roleIdRef": "...", "secretIdRef": "...", "mount": "approle"}}</li>
 *   <li>{@code timeout} — for connecting and each request; default {@code 10s}</li>
 * </ul>
 *
 * <p>There is no setting to skip TLS certificate or host name checks.
 */
public final class VaultSecretStoreFactory implements SecretStoreFactory {

    private static final Set<String> KEYS = Set.of("address", "namespace", "caBundle", "auth", "timeout");
    private static final Set<String> TOKEN_KEYS = Set.of("method", "tokenRef");
    private static final Set<String> APPROLE_KEYS = Set.of("method", "roleIdRef", "secretIdRef", "mount");

    @Override
    public Set<String> schemes() {
        return Set.of("vault");
    }

    @Override
    public SecretStore create(ConfigNode config) {
        return create(config, SecretStoreContext.standalone(false));
    }

    @Override
    public SecretStore create(ConfigNode config, SecretStoreContext context) {
        return create(config, context, Clock.systemUTC());
    }

    SecretStore create(ConfigNode config, SecretStoreContext context, Clock clock) {
        config.requireOnlyKeys(KEYS);
        String addressText = config.requireString("address");
        URI address;
        try {
            address = new URI(addressText.endsWith("/") ? addressText.substring(0, addressText.length() - 1) : addressText);
        } catch (URISyntaxException e) {
            throw new ConfigurationException("configuration " + config.qualified("address") + ": not a URL");
        }
        if (!"https".equals(address.getScheme() == null ? "" : address.getScheme().toLowerCase(Locale.ROOT))
                || address.getHost() == null) {
            throw new ConfigurationException("configuration " + config.qualified("address")
                    + ": must be an https:// URL with a host; Warden talks to Vault over TLS only");
        }
        ConfigNode authNode = config.child("auth").orElseGet(() -> JsonConfigNode.empty(config.qualified("auth")));
        String method = authNode.string("method").orElse("token").toLowerCase(Locale.ROOT);
        VaultAuth auth;
        switch (method) {
            case "token" -> {
                authNode.requireOnlyKeys(TOKEN_KEYS);
                auth = new VaultAuth.Token(authNode.secretRef("tokenRef").orElse(SecretRef.parse("env:VAULT_TOKEN")));
            }
            case "approle" -> {
                authNode.requireOnlyKeys(APPROLE_KEYS);
                SecretRef roleId = authNode.secretRef("roleIdRef").orElseThrow(() -> new ConfigurationException(
                        "configuration " + authNode.qualified("roleIdRef") + ": required for AppRole, e.g. env:VAULT_ROLE_ID"));
                SecretRef secretId = authNode.secretRef("secretIdRef").orElseThrow(() -> new ConfigurationException(
                        "configuration " + authNode.qualified("secretIdRef") + ": required for AppRole, e.g. file:/run/secrets/vault-secret-id"));
                auth = new VaultAuth.AppRole(authNode.string("mount").orElse("approle"), roleId, secretId);
            }
            default -> throw new ConfigurationException("configuration " + authNode.qualified("method")
                    + ": '" + method + "' is not one of token, approle");
        }
        Duration timeout = config.duration("timeout", Duration.ofSeconds(10));
        if (timeout.isZero()) {
            throw new ConfigurationException("configuration " + config.qualified("timeout") + ": must be above zero");
        }
        VaultSettings settings = new VaultSettings(address, config.string("namespace"),
                config.string("caBundle").map(Path::of), auth, timeout);
        String where = "vault at " + address;
        return new VaultSecretStore(new VaultClient(settings, context, clock, where), address.toString());
    }
}
