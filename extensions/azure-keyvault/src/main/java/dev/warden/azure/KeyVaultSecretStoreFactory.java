package dev.warden.azure;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.netty.NettyAsyncHttpClientBuilder;
import com.azure.identity.ClientSecretCredentialBuilder;
import com.azure.identity.DefaultAzureCredentialBuilder;
import com.azure.identity.ManagedIdentityCredentialBuilder;
import dev.warden.ConfigurationException;
import dev.warden.config.ConfigNode;
import dev.warden.core.config.JsonConfigNode;
import dev.warden.core.secrets.TrustAnchors;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretRef;
import dev.warden.spi.secrets.SecretStore;
import dev.warden.spi.secrets.SecretStoreContext;
import dev.warden.spi.secrets.SecretStoreFactory;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;

/**
 * Registers the {@code azure-kv:} store: Azure Key Vault secrets through the Azure SDK for Java
 * ({@code azure-security-keyvault-secrets}, {@code azure-identity}). Settings ({@code secrets.stores.azure-kv}), all
 * optional:
 *
 * <ul>
 *   <li>{@code credential} — {@code {"type": "default"}} ({@code DefaultAzureCredential}, the default; with optional
 *       {@code tenantId}, {@code managedIdentityClientId}), {@code {"type": "managedIdentity", "clientId": ...}}, or
 *       {@code {"type": "clientSecret", "tenantId": ..., "clientId": ..., "clientSecretRef": "env:AZURE_CLIENT_SECRET"}}
 *       (the secret itself a reference to another store)</li>
 *   <li>{@code authorityHost} — the Microsoft Entra ID host for a sovereign or private cloud, {@code https://} only</li>
 *   <li>{@code vaultHosts} — further vault host names (or suffixes starting with '.') that references may name, for
 *       private endpoints; the public and sovereign clouds' {@code *.vault.azure.net}, {@code *.vault.azure.cn},
 *       {@code *.vault.usgovcloudapi.net}, {@code *.vault.microsoftazure.de} and {@code *.managedhsm.azure.net} are
 *       always allowed</li>
 *   <li>{@code caBundle} — a PEM file of the CAs to trust instead of the JVM's</li>
 *   <li>{@code timeout} — for connecting and each response; default {@code 10s}</li>
 * </ul>
 *
 * <p>The host list keeps a reference from sending the host's token challenge to an arbitrary server. There is no
 * setting to skip TLS certificate checks; TLS 1.2 is the floor.
 */
public final class KeyVaultSecretStoreFactory implements SecretStoreFactory {

    /** The URI scheme served. */
    public static final String SCHEME = "azure-kv";

    private static final Set<String> KEYS = Set.of("credential", "authorityHost", "vaultHosts", "caBundle", "timeout");
    private static final Set<String> DEFAULT_KEYS = Set.of("type", "tenantId", "managedIdentityClientId");
    private static final Set<String> MANAGED_KEYS = Set.of("type", "clientId");
    private static final Set<String> SECRET_KEYS = Set.of("type", "tenantId", "clientId", "clientSecretRef");
    private static final Set<String> CLOUD_HOSTS = Set.of(".vault.azure.net", ".vault.azure.cn",
            ".vault.usgovcloudapi.net", ".vault.microsoftazure.de", ".managedhsm.azure.net");
    private static final Pattern HOST = Pattern.compile("\\.?[a-z0-9]([a-z0-9.-]*[a-z0-9])?");
    private static final Pattern GUID_OR_DOMAIN = Pattern.compile("[A-Za-z0-9.-]{1,256}");

    @Override
    public Set<String> schemes() {
        return Set.of(SCHEME);
    }

    @Override
    public SecretStore create(ConfigNode config) {
        return create(config, SecretStoreContext.standalone(false));
    }

    @Override
    public SecretStore create(ConfigNode config, SecretStoreContext context) {
        config.requireOnlyKeys(KEYS);
        Duration timeout = config.duration("timeout", Duration.ofSeconds(10));
        if (timeout.isZero() || timeout.isNegative()) {
            throw new ConfigurationException("configuration " + config.qualified("timeout") + ": must be above zero");
        }
        Set<String> hosts = new LinkedHashSet<>(CLOUD_HOSTS);
        for (String host : config.strings("vaultHosts")) {
            String lower = host.toLowerCase(Locale.ROOT);
            if (!HOST.matcher(lower).matches()) {
                throw new ConfigurationException("configuration " + config.qualified("vaultHosts")
                        + ": '" + host + "' is not a host name (or a suffix starting with '.')");
            }
            hosts.add(lower);
        }
        Optional<String> authorityHost = config.string("authorityHost").map(text -> httpsUrl(config, "authorityHost", text));
        HttpClient http = httpClient(config, timeout);

        ConfigNode credentialNode = config.child("credential")
                .orElseGet(() -> JsonConfigNode.empty(config.qualified("credential")));
        String type = credentialNode.string("type").orElse("default");
        TokenCredential credential;
        String identity;
        switch (type) {
            case "default" -> {
                credentialNode.requireOnlyKeys(DEFAULT_KEYS);
                DefaultAzureCredentialBuilder builder = new DefaultAzureCredentialBuilder().httpClient(http);
                credentialNode.string("tenantId").map(t -> id(credentialNode, "tenantId", t)).ifPresent(builder::tenantId);
                credentialNode.string("managedIdentityClientId").map(t -> id(credentialNode, "managedIdentityClientId", t))
                        .ifPresent(builder::managedIdentityClientId);
                authorityHost.ifPresent(host -> builder.authorityHost(host).disableInstanceDiscovery());
                credential = builder.build();
                identity = "DefaultAzureCredential";
            }
            case "managedIdentity" -> {
                credentialNode.requireOnlyKeys(MANAGED_KEYS);
                ManagedIdentityCredentialBuilder builder = new ManagedIdentityCredentialBuilder().httpClient(http);
                credentialNode.string("clientId").map(t -> id(credentialNode, "clientId", t)).ifPresent(builder::clientId);
                credential = builder.build();
                identity = "the managed identity" + credentialNode.string("clientId").map(c -> " " + c).orElse("");
            }
            case "clientSecret" -> {
                credentialNode.requireOnlyKeys(SECRET_KEYS);
                String tenant = id(credentialNode, "tenantId", credentialNode.requireString("tenantId"));
                String client = id(credentialNode, "clientId", credentialNode.requireString("clientId"));
                SecretRef secretRef = credentialNode.secretRef("clientSecretRef").orElseThrow(() -> new ConfigurationException(
                        "configuration " + credentialNode.qualified("clientSecretRef")
                                + ": required for a client secret, e.g. env:AZURE_CLIENT_SECRET"));
                ClientSecretCredentialBuilder builder = new ClientSecretCredentialBuilder().tenantId(tenant)
                        .clientId(client).httpClient(http);
                try (Secret secret = context.resolve(secretRef)) {
                    char[] chars = secret.chars();
                    try {
                        builder.clientSecret(new String(chars)); // the SDK takes a String; unavoidable
                    } finally {
                        Arrays.fill(chars, '\0');
                    }
                }
                authorityHost.ifPresent(host -> builder.authorityHost(host).disableInstanceDiscovery());
                credential = builder.build();
                identity = "application " + client + " of tenant " + tenant;
            }
            default -> throw new ConfigurationException("configuration " + credentialNode.qualified("type") + ": '"
                    + type + "' is not one of default, managedIdentity, clientSecret");
        }
        return new KeyVaultSecretStore(credential, http, hosts, identity, Clock.systemUTC());
    }

    private static HttpClient httpClient(ConfigNode config, Duration timeout) {
        reactor.netty.http.client.HttpClient netty = reactor.netty.http.client.HttpClient.create();
        try {
            SslContextBuilder tls = SslContextBuilder.forClient().protocols("TLSv1.3", "TLSv1.2");
            Optional<String> caBundle = config.string("caBundle");
            if (caBundle.isPresent()) {
                TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                trust.init(TrustAnchors.keyStoreFromPem(Path.of(caBundle.get()), config.qualified("caBundle")));
                tls.trustManager(trust);
            }
            SslContext context = tls.build();
            netty = netty.secure(spec -> spec.sslContext(context));
        } catch (SSLException | GeneralSecurityException e) {
            throw new ConfigurationException("configuration " + config.path() + ": cannot set up TLS ("
                    + e.getClass().getSimpleName() + ")");
        }
        return new NettyAsyncHttpClientBuilder(netty).connectTimeout(timeout).responseTimeout(timeout)
                .readTimeout(timeout).writeTimeout(timeout).build();
    }

    private static String id(ConfigNode node, String key, String value) {
        if (!GUID_OR_DOMAIN.matcher(value).matches()) {
            throw new ConfigurationException("configuration " + node.qualified(key)
                    + ": not an id (a GUID, or for a tenant its domain name)");
        }
        return value;
    }

    private static String httpsUrl(ConfigNode config, String key, String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new ConfigurationException("configuration " + config.qualified(key) + ": not a URL");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw new ConfigurationException("configuration " + config.qualified(key)
                    + ": must be an https:// URL with a host; Warden reaches Azure over TLS only");
        }
        return text;
    }
}
