package dev.warden.benchmarks.secrets;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.warden.core.secrets.CacheSettings;
import dev.warden.core.secrets.CachedSecretResolver;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretRef;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A cached secret resolution ({@link CachedSecretResolver#resolve}, target under 100 ns with no allocation beyond the
 * returned handle) beside:
 *
 * <ul>
 *   <li>{@code caffeineGetIfPresent} — the peer: a bare Caffeine {@code getIfPresent} on a cache holding the same
 *       secret (what the resolver's lookup costs at least);</li>
 *   <li>{@code caffeineConfiguredLikeTheResolver} — Caffeine with the features the resolver's Caffeine path uses
 *       (variable expiry, refresh after write), to tell their cost from the resolver's own code;</li>
 *   <li>{@code handleOnly} — the baseline: allocating the handle ({@link Secret#share()}) and nothing else, the
 *       allocation every resolution must make so that callers can close what they get;</li>
 *   <li>{@code hotMapLowerBound} — the hand-written lower bound of the resolver's hot path: a
 *       {@code ConcurrentHashMap} lookup, one {@code System.nanoTime()} and the handle;</li>
 *   <li>{@code partRefHashCode}, {@code partNanoTime} — two of its parts alone, to see where the nanoseconds go.</li>
 * </ul>
 *
 * Run with {@code -prof gc} to see bytes allocated per operation: {@code cachedResolve} should equal
 * {@code handleOnly}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SecretResolutionBenchmark {

    private final SecretRef ref = SecretRef.parse("mem:db-password");
    private CachedSecretResolver resolver;
    private Cache<SecretRef, Secret> caffeine;
    private Cache<SecretRef, Secret> caffeineLikeResolver;
    private Secret owner;
    private final java.util.concurrent.ConcurrentHashMap<SecretRef, Hot> hotMap = new java.util.concurrent.ConcurrentHashMap<>();

    /** What the lower bound keeps per reference: the owning secret and until when (ticker ns) it is served. */
    private record Hot(Secret secret, long until) {
    }

    @Setup(Level.Trial)
    public void setUp() {
        owner = Secret.of(ref, "correct horse battery staple".getBytes(StandardCharsets.UTF_8), "1",
                Instant.now(), Optional.empty());
        resolver = CachedSecretResolver.builder()
                .store("mem", r -> Secret.of(r, "correct horse battery staple".getBytes(StandardCharsets.UTF_8), "1",
                        Instant.now(), Optional.empty()))
                .cache(new CacheSettings(Duration.ofHours(1), 10_000, Duration.ofMinutes(10), Duration.ofMinutes(5)))
                .build();
        resolver.resolve(ref).close(); // warm the cache: the benchmark measures hits
        caffeine = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofHours(1)).build();
        caffeine.put(ref, owner);
        // Configured as the resolver configures its cache (variable expiry, refresh after write), to tell the cost
        // of those Caffeine features from the resolver's own code.
        caffeineLikeResolver = Caffeine.newBuilder().maximumSize(10_000)
                .expireAfter(com.github.benmanes.caffeine.cache.Expiry.<SecretRef, Secret>creating((k, v) -> Duration.ofHours(1)))
                .refreshAfterWrite(Duration.ofMinutes(50))
                .build(k -> owner);
        caffeineLikeResolver.put(ref, owner);
        hotMap.put(ref, new Hot(owner, System.nanoTime() + Duration.ofHours(1).toNanos()));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        resolver.close();
    }

    @Benchmark
    public Secret cachedResolve() {
        return resolver.resolve(ref);
    }

    @Benchmark
    public Secret caffeineGetIfPresent() {
        return caffeine.getIfPresent(ref);
    }

    @Benchmark
    public Secret caffeineConfiguredLikeTheResolver() {
        return caffeineLikeResolver.getIfPresent(ref);
    }

    @Benchmark
    public Secret handleOnly() {
        return owner.share();
    }

    @Benchmark
    public int partRefHashCode() {
        return ref.hashCode();
    }

    @Benchmark
    public long partNanoTime() {
        return System.nanoTime();
    }

    @Benchmark
    public Secret hotMapLowerBound() {
        Hot hot = hotMap.get(ref);
        return hot != null && System.nanoTime() - hot.until() < 0 ? hot.secret().share() : null;
    }
}
