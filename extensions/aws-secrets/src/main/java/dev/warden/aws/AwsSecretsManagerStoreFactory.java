package dev.warden.aws;

import dev.warden.ConfigurationException;
import dev.warden.config.ConfigNode;
import dev.warden.core.secrets.TrustAnchors;
import dev.warden.spi.secrets.SecretStore;
import dev.warden.spi.secrets.SecretStoreContext;
import dev.warden.spi.secrets.SecretStoreFactory;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.net.ssl.TrustManager;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClientBuilder;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.StsClientBuilder;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * Registers the {@code aws-sm:} store: AWS Secrets Manager through the AWS SDK for Java 2.x. Settings
 * ({@code secrets.stores.aws-sm}), all optional:
 *
 * <ul>
 *   <li>{@code region} — e.g. {@code eu-west-1}; default: the SDK's region chain ({@code aws.region},
 *       {@code AWS_REGION}, the profile, instance metadata)</li>
 *   <li>{@code profile} — a named profile of the shared config and credentials files instead of the default
 *       credential provider chain</li>
 *   <li>{@code roleArn} — a role to assume with STS {@code AssumeRole}, starting from the profile or the default chain;
 *       with {@code roleSessionName} (default {@code warden}) and {@code externalId}</li>
 *   <li>{@code endpoint} — an {@code https://} endpoint override (a VPC interface endpoint); {@code stsEndpoint} the
 *       same for STS</li>
 *   <li>{@code caBundle} — a PEM file of the CAs to trust instead of the JVM's (a private endpoint's CA)</li>
 *   <li>{@code timeout} — for connecting, reading and each attempt; default {@code 10s}</li>
 * </ul>
 *
 * <p>Without {@code profile} or {@code roleArn}, credentials come from the SDK's default provider chain: system
 * properties, environment variables, a web identity token (EKS IRSA), the shared profile, the container (ECS task
 * role, EKS Pod Identity) and instance metadata (EC2 instance role). Retries follow the SDK's retry policy (standard
 * mode unless {@code AWS_RETRY_MODE}/{@code AWS_MAX_ATTEMPTS} say otherwise). There is no setting to skip TLS
 * certificate checks, and plain {@code http://} endpoints are refused.
 */
public final class AwsSecretsManagerStoreFactory implements SecretStoreFactory {

    /** The URI scheme served. */
    public static final String SCHEME = "aws-sm";

    private static final Set<String> KEYS = Set.of("region", "profile", "roleArn", "roleSessionName", "externalId",
            "endpoint", "stsEndpoint", "caBundle", "timeout");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-[0-9]{1,2}");
    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws[a-z-]*:iam::[0-9]{12}:role/[A-Za-z0-9/_+=,.@-]{1,512}");
    private static final Pattern SESSION_NAME = Pattern.compile("[A-Za-z0-9_=,.@-]{2,64}");

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
        Region region = region(config);
        Optional<URI> endpoint = httpsUrl(config, "endpoint");
        Optional<URI> stsEndpoint = httpsUrl(config, "stsEndpoint");
        Duration timeout = config.duration("timeout", Duration.ofSeconds(10));
        if (timeout.isZero() || timeout.isNegative()) {
            throw new ConfigurationException("configuration " + config.qualified("timeout") + ": must be above zero");
        }
        Optional<TrustManager[]> trust = config.string("caBundle")
                .map(file -> TrustAnchors.fromPem(Path.of(file), config.qualified("caBundle")));
        Optional<String> roleArn = config.string("roleArn");
        if (roleArn.isPresent() && !ROLE_ARN.matcher(roleArn.get()).matches()) {
            throw new ConfigurationException("configuration " + config.qualified("roleArn")
                    + ": not an IAM role ARN such as arn:aws:iam::123456789012:role/warden-reader");
        }
        String sessionName = config.string("roleSessionName").orElse("warden");
        if (!SESSION_NAME.matcher(sessionName).matches()) {
            throw new ConfigurationException("configuration " + config.qualified("roleSessionName")
                    + ": 2 to 64 letters, digits or _=,.@-");
        }
        if (roleArn.isEmpty() && (config.has("roleSessionName") || config.has("externalId") || stsEndpoint.isPresent())) {
            throw new ConfigurationException("configuration " + config.qualified("roleArn")
                    + ": roleSessionName, externalId and stsEndpoint apply only with roleArn; set it or remove them");
        }

        List<SdkAutoCloseable> owned = new ArrayList<>();
        try {
            UrlConnectionHttpClient.Builder http = UrlConnectionHttpClient.builder()
                    .connectionTimeout(timeout).socketTimeout(timeout);
            trust.ifPresent(managers -> http.tlsTrustManagersProvider(() -> managers));
            SdkHttpClient httpClient = http.build();
            owned.add(httpClient);
            ClientOverrideConfiguration overrides = ClientOverrideConfiguration.builder()
                    .apiCallAttemptTimeout(timeout).build();

            AwsCredentialsProvider credentials;
            String identity;
            Optional<String> profile = config.string("profile");
            if (profile.isPresent()) {
                ProfileCredentialsProvider byProfile = ProfileCredentialsProvider.builder().profileName(profile.get()).build();
                owned.add(0, byProfile);
                credentials = byProfile;
                identity = "profile " + profile.get();
            } else {
                DefaultCredentialsProvider chain = DefaultCredentialsProvider.builder().build();
                owned.add(0, chain);
                credentials = chain;
                identity = "the default credential chain";
            }
            if (roleArn.isPresent()) {
                StsClientBuilder sts = StsClient.builder().region(region).credentialsProvider(credentials)
                        .httpClient(httpClient).overrideConfiguration(overrides);
                stsEndpoint.ifPresent(sts::endpointOverride);
                StsClient stsClient = sts.build();
                StsAssumeRoleCredentialsProvider.Builder assume = StsAssumeRoleCredentialsProvider.builder()
                        .stsClient(stsClient)
                        .refreshRequest(r -> {
                            r.roleArn(roleArn.get()).roleSessionName(sessionName);
                            config.string("externalId").ifPresent(r::externalId);
                        });
                StsAssumeRoleCredentialsProvider assumed = assume.build();
                owned.add(0, stsClient);
                owned.add(0, assumed);
                credentials = assumed;
                identity = "role " + roleArn.get() + " assumed from " + identity;
            }

            SecretsManagerClientBuilder builder = SecretsManagerClient.builder().region(region)
                    .credentialsProvider(credentials).httpClient(httpClient).overrideConfiguration(overrides);
            endpoint.ifPresent(builder::endpointOverride);
            SecretsManagerClient client = builder.build();
            String where = "aws-sm in " + region.id() + endpoint.map(e -> " at " + e).orElse("") + " as " + identity;
            return new AwsSecretsManagerStore(client, owned, where, Clock.systemUTC());
        } catch (RuntimeException e) {
            for (SdkAutoCloseable closeable : owned) {
                closeable.close();
            }
            if (e instanceof ConfigurationException) {
                throw e;
            }
            throw new ConfigurationException("configuration " + config.path() + ": the AWS SDK client cannot be built ("
                    + e.getClass().getSimpleName() + "); check region, profile, roleArn and endpoint");
        }
    }

    private static Region region(ConfigNode config) {
        Optional<String> configured = config.string("region");
        if (configured.isPresent()) {
            if (!REGION.matcher(configured.get()).matches()) {
                throw new ConfigurationException("configuration " + config.qualified("region")
                        + ": not an AWS region code such as eu-west-1 or us-gov-west-1");
            }
            return Region.of(configured.get());
        }
        try {
            return DefaultAwsRegionProviderChain.builder().build().getRegion();
        } catch (SdkClientException e) {
            throw new ConfigurationException("configuration " + config.qualified("region")
                    + ": not set, and the SDK's region chain (aws.region, AWS_REGION, profile, instance metadata) "
                    + "found none; set it, e.g. \"region\": \"eu-west-1\"");
        }
    }

    private static Optional<URI> httpsUrl(ConfigNode config, String key) {
        Optional<String> text = config.string(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(text.get());
        } catch (URISyntaxException e) {
            throw new ConfigurationException("configuration " + config.qualified(key) + ": not a URL");
        }
        if (!"https".equals(uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT)) || uri.getHost() == null) {
            throw new ConfigurationException("configuration " + config.qualified(key)
                    + ": must be an https:// URL with a host; Warden reaches AWS over TLS only");
        }
        return Optional.of(uri);
    }
}
