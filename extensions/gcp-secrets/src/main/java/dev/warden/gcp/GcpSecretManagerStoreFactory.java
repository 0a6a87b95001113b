package dev.warden.gcp;

import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.gax.core.FixedCredentialsProvider;
import com.google.api.gax.retrying.RetrySettings;
import com.google.auth.http.HttpTransportFactory;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.cloud.secretmanager.v1.SecretManagerServiceSettings;
import dev.warden.ConfigurationException;
import dev.warden.config.ConfigNode;
import dev.warden.core.secrets.TrustAnchors;
import dev.warden.spi.secrets.SecretStore;
import dev.warden.spi.secrets.SecretStoreContext;
import dev.warden.spi.secrets.SecretStoreFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Registers the {@code gcp-sm:} store: Google Cloud Secret Manager through the Google Cloud client library for Java
 * ({@code google-cloud-secretmanager}) on its HTTP/JSON transport. Settings ({@code secrets.stores.gcp-sm}), all
 * optional:
 *
 * <ul>
 *   <li>{@code project} — the project of references that give a bare secret name ({@code gcp-sm:db-password})</li>
 *   <li>{@code credentialsFile} — a credentials JSON file (a service account key, or an external account
 *       configuration for workload identity federation) instead of Application Default Credentials</li>
 *   <li>{@code endpoint} — an {@code https://} endpoint override (Private Service Connect, a regional endpoint)</li>
 *   <li>{@code caBundle} — a PEM file of the CAs to trust instead of the JVM's</li>
 *   <li>{@code timeout} — the limit for one read including the client library's retries; default {@code 30s}</li>
 * </ul>
 *
 * <p>Without {@code credentialsFile}, credentials are Application Default Credentials: {@code
 * GOOGLE_APPLICATION_CREDENTIALS}, the gcloud user's credentials, then the attached service account of GKE Workload
 * Identity, Cloud Run, Cloud Functions or Compute Engine; they are looked up on the first read. There is no setting to
 * skip TLS certificate checks. Loading this class pins the java.util.logging logger
 * {@code com.google.api.client.http.HttpTransport} at INFO, since below that it logs payloads and tokens.
 */
public final class GcpSecretManagerStoreFactory implements SecretStoreFactory {

    /** The URI scheme served. */
    public static final String SCHEME = "gcp-sm";

    private static final Set<String> KEYS = Set.of("project", "credentialsFile", "endpoint", "caBundle", "timeout");
    private static final Pattern PROJECT = Pattern.compile("[a-z][a-z0-9-]{4,28}[a-z0-9]|[0-9]{1,20}");
    private static final String SCOPE = "https://www.googleapis.com/auth/cloud-platform";
    /**
     * google-http-client's wire logger writes whole request and response bodies — secret payloads and bearer tokens —
     * at CONFIG and below. It is pinned at INFO (held here so that java.util.logging cannot drop the setting) so that a
     * host logging everything at debug still never logs a secret (GcpSecretLeakCanaryTest).
     */
    private static final java.util.logging.Logger WIRE_LOG =
            java.util.logging.Logger.getLogger("com.google.api.client.http.HttpTransport");

    static {
        WIRE_LOG.setLevel(java.util.logging.Level.INFO);
    }

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
        Optional<String> project = config.string("project");
        if (project.isPresent() && !PROJECT.matcher(project.get()).matches()) {
            throw new ConfigurationException("configuration " + config.qualified("project")
                    + ": not a project id (6 to 30 lower-case letters, digits or '-') or number");
        }
        Duration timeout = config.duration("timeout", Duration.ofSeconds(30));
        if (timeout.isZero() || timeout.isNegative()) {
            throw new ConfigurationException("configuration " + config.qualified("timeout") + ": must be above zero");
        }
        Optional<String> endpoint = config.string("endpoint").map(text -> hostAndPort(config, text));
        NetHttpTransport transport;
        Optional<String> caBundle = config.string("caBundle");
        if (caBundle.isPresent()) {
            try {
                transport = new NetHttpTransport.Builder()
                        .trustCertificates(TrustAnchors.keyStoreFromPem(Path.of(caBundle.get()), config.qualified("caBundle")))
                        .build();
            } catch (GeneralSecurityException e) {
                throw new ConfigurationException("configuration " + config.qualified("caBundle") + ": cannot set up TLS ("
                        + e.getClass().getSimpleName() + ")");
            }
        } else {
            transport = new NetHttpTransport();
        }
        HttpTransportFactory transports = () -> transport;
        Optional<GoogleCredentials> fromFile = config.string("credentialsFile")
                .map(file -> credentialsFile(config, Path.of(file), transports));
        String identity = config.string("credentialsFile").map(f -> "credentials from " + f)
                .orElse("Application Default Credentials");
        String where = "gcp-sm at " + endpoint.orElse("secretmanager.googleapis.com") + " as " + identity;

        QuotaRefusals quotaRefusals = new QuotaRefusals();
        GcpSecretManagerStore.SettingsSource settings = () -> {
            GoogleCredentials credentials = fromFile.isPresent() ? fromFile.get()
                    : GoogleCredentials.getApplicationDefault(transports);
            SecretManagerServiceSettings.Builder builder = SecretManagerServiceSettings.newHttpJsonBuilder()
                    .setCredentialsProvider(FixedCredentialsProvider.create(credentials.createScoped(List.of(SCOPE))))
                    .setTransportChannelProvider(SecretManagerServiceSettings.defaultHttpJsonTransportProviderBuilder()
                            .setHttpTransport(transport).build());
            endpoint.ifPresent(builder::setEndpoint);
            builder.getStubSettingsBuilder().setTracerFactory(quotaRefusals);
            RetrySettings retry = builder.accessSecretVersionSettings().getRetrySettings().toBuilder()
                    .setTotalTimeoutDuration(timeout).setInitialRpcTimeoutDuration(timeout)
                    .setMaxRpcTimeoutDuration(timeout).build();
            builder.accessSecretVersionSettings().setRetrySettings(retry);
            return builder.build();
        };
        return new GcpSecretManagerStore(settings, project, where, Clock.systemUTC(), quotaRefusals);
    }

    private static GoogleCredentials credentialsFile(ConfigNode config, Path file, HttpTransportFactory transports) {
        try (InputStream in = Files.newInputStream(file)) {
            return GoogleCredentials.fromStream(in, transports);
        } catch (NoSuchFileException e) {
            throw new ConfigurationException("configuration " + config.qualified("credentialsFile") + ": " + file
                    + " does not exist");
        } catch (IOException | RuntimeException e) {
            // Not the library's message: it may quote the file.
            throw new ConfigurationException("configuration " + config.qualified("credentialsFile") + ": " + file
                    + " is not a Google credentials JSON file (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static String hostAndPort(ConfigNode config, String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new ConfigurationException("configuration " + config.qualified("endpoint") + ": not a URL");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null
                || !(uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"))) {
            throw new ConfigurationException("configuration " + config.qualified("endpoint")
                    + ": must be an https:// URL with a host and no path; Warden reaches Google Cloud over TLS only");
        }
        return uri.getHost() + ":" + (uri.getPort() == -1 ? 443 : uri.getPort());
    }
}
