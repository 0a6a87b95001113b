package dev.warden.benchmarks.secrets;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.aws.AwsSecretsManagerStoreFactory;
import dev.warden.azure.KeyVaultSecretStoreFactory;
import dev.warden.core.config.JsonConfigNode;
import dev.warden.core.secrets.CacheSettings;
import dev.warden.core.secrets.CachedSecretResolver;
import dev.warden.core.secrets.env.EnvironmentSecretStoreFactory;
import dev.warden.gcp.GcpSecretManagerStoreFactory;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretRef;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A cached resolution ({@link CachedSecretResolver#resolve}) through each cloud secret store — {@code aws-sm},
 * {@code azure-kv}, {@code gcp-sm}, built by its factory on its real SDK — beside the same resolution through an
 * in-memory store ({@code mem}, the existing cached-resolve figure of {@link SecretResolutionBenchmark}), in the same
 * run. Target: each cloud store within 1.5x of {@code mem}. The first read of each goes to {@link CloudStandIn}, an
 * in-process HTTPS stand-in for the three services (they cannot be reached from here); the measured resolutions are
 * cache hits that do not reach it.
 *
 * <p>Run from the repository root: the forks read {@code benchmarks/cloud-hosts} ({@code jdk.net.hosts.file}), which
 * names the Key Vault stand-in {@code vault.localhost}, since the Key Vault SDK wants the vault to be a sub-domain of
 * its challenge's resource host.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Djdk.net.hosts.file=benchmarks/cloud-hosts", "-Daws.disableEc2Metadata=true"})
public class CloudSecretResolutionBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Param({"mem", "aws-sm", "azure-kv", "gcp-sm"})
    public String store;

    private CloudStandIn standIn;
    private CachedSecretResolver resolver;
    private SecretRef ref;
    private Path dir;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        CacheSettings cache = new CacheSettings(Duration.ofHours(1), 10_000, Duration.ofMinutes(10), Duration.ofMinutes(5));
        if (store.equals("mem")) {
            ref = SecretRef.parse("mem:db-password");
            resolver = CachedSecretResolver.builder()
                    .store("mem", r -> Secret.of(r, CloudStandIn.VALUE.getBytes(StandardCharsets.UTF_8), "1",
                            Instant.now(), Optional.empty()))
                    .cache(cache).build();
        } else {
            standIn = new CloudStandIn();
            dir = Files.createTempDirectory("warden-cloud-bench");
            Path ca = standIn.writeCaPem(dir.resolve("ca.pem"));
            String endpoint = "https://127.0.0.1:" + standIn.port();
            ObjectNode secrets = JSON.createObjectNode();
            ObjectNode stores = secrets.putObject("stores");
            switch (store) {
                case "aws-sm" -> {
                    System.setProperty("aws.accessKeyId", "AKIABENCHMARK0000001");
                    System.setProperty("aws.secretAccessKey", "benchmarkSecretAccessKey/000000000000000");
                    stores.putObject("aws-sm").put("region", "eu-west-1").put("endpoint", endpoint)
                            .put("caBundle", ca.toString());
                    ref = SecretRef.parse("aws-sm:db#password");
                }
                case "azure-kv" -> {
                    String vault = "https://vault.localhost:" + standIn.port();
                    ObjectNode azure = stores.putObject("azure-kv").put("authorityHost", vault).put("caBundle", ca.toString());
                    azure.putArray("vaultHosts").add("vault.localhost");
                    azure.putObject("credential").put("type", "clientSecret").put("tenantId", CloudStandIn.TENANT)
                            .put("clientId", "3c9e1b2a-0000-4000-8000-0000000c11e7").put("clientSecretRef", "env:AZ_SECRET");
                    ref = SecretRef.parse("azure-kv:" + vault + "/secrets/db#password");
                }
                case "gcp-sm" -> {
                    stores.putObject("gcp-sm").put("endpoint", endpoint).put("caBundle", ca.toString())
                            .put("credentialsFile", standIn.writeServiceAccountKey(dir.resolve("sa.json")).toString());
                    ref = SecretRef.parse("gcp-sm:projects/bench-project/secrets/db#password");
                }
                default -> throw new IllegalArgumentException(store);
            }
            resolver = CachedSecretResolver.builder()
                    .factory(new EnvironmentSecretStoreFactory(Map.of("AZ_SECRET", "benchmark-client-secret")::get))
                    .factory(new AwsSecretsManagerStoreFactory()).factory(new KeyVaultSecretStoreFactory())
                    .factory(new GcpSecretManagerStoreFactory())
                    .configuration(new JsonConfigNode(secrets, "secrets")).cache(cache).build();
        }
        resolver.resolve(ref).close(); // the one read from the store; the benchmark measures hits
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        resolver.close();
        if (standIn != null) {
            standIn.close();
        }
    }

    @Benchmark
    public Secret cachedResolve() {
        return resolver.resolve(ref);
    }
}
