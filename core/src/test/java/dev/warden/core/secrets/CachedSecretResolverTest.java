package dev.warden.core.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.InvalidInputException;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretNotFoundException;
import dev.warden.secrets.SecretRef;
import dev.warden.secrets.SecretResolver;
import dev.warden.secrets.SecretRotation;
import dev.warden.secrets.SecretUnavailableException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CachedSecretResolverTest {

    private static final SecretRef DB = SecretRef.parse("mem:db");
    private static final CacheSettings SETTINGS = new CacheSettings(Duration.ofMinutes(5), 100,
            Duration.ofMinutes(1), Duration.ofMinutes(2));

    private final FakeTime time = new FakeTime();
    private MemoryStore store;
    private CachedSecretResolver resolver;

    @BeforeEach
    void setUp() {
        store = new MemoryStore(time);
        store.put("db", "first-value");
        resolver = CachedSecretResolver.builder().store("mem", store).cache(SETTINGS)
                .ticker(time).clock(time).executor(Runnable::run).build();
    }

    @AfterEach
    void tearDown() {
        resolver.close();
    }

    private static String value(SecretResolver resolver, SecretRef ref) {
        try (Secret secret = resolver.resolve(ref)) {
            return new String(secret.bytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aCachedSecretIsReadFromTheStoreOnce() {
        assertThat(value(resolver, DB)).isEqualTo("first-value");
        assertThat(value(resolver, DB)).isEqualTo("first-value");
        assertThat(store.reads).hasValue(1);
    }

    @Test
    void closingAResolvedHandleDoesNotWipeTheCachedValue() {
        resolver.resolve(DB).close();
        assertThat(value(resolver, DB)).isEqualTo("first-value");
    }

    @Test
    void aRotatedValueIsNotSeenWithinTheTtlWithoutASignal() {
        value(resolver, DB);
        store.put("db", "second-value");
        time.advance(Duration.ofMinutes(3));
        assertThat(value(resolver, DB)).isEqualTo("first-value");
    }

    @Test
    void aRotatedValueIsVisibleOnceTheTtlHasPassed() {
        value(resolver, DB);
        store.put("db", "second-value");
        time.advance(Duration.ofMinutes(5));
        assertThat(value(resolver, DB)).isEqualTo("second-value");
    }

    @Test
    void aResolutionInTheRefreshWindowRefreshesAheadOfExpiry() {
        value(resolver, DB);
        store.put("db", "second-value");
        time.advance(Duration.ofMinutes(4).plusSeconds(1));
        value(resolver, DB); // served, and starts the refresh (synchronous executor in this test)
        assertThat(store.reads).hasValue(2);
        assertThat(value(resolver, DB)).isEqualTo("second-value");
    }

    @Test
    void aRotationSignalMakesTheNewValueVisibleAtOnce() {
        value(resolver, DB);
        store.put("db", "second-value");
        resolver.signalRotation(DB);
        assertThat(value(resolver, DB)).isEqualTo("second-value");
    }

    @Test
    void listenersFireOncePerRotation() {
        List<SecretRotation> seen = new CopyOnWriteArrayList<>();
        value(resolver, DB);
        resolver.onRotation(DB, seen::add);
        store.put("db", "second-value");
        resolver.signalRotation(DB);
        resolver.signalRotation(DB);
        for (int i = 0; i < 10; i++) {
            value(resolver, DB); // hot hits
        }
        time.advance(Duration.ofMinutes(6));
        value(resolver, DB);
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).previousVersion()).isEqualTo("1");
        assertThat(seen.get(0).newVersion()).isEqualTo("2");
        store.put("db", "third-value");
        time.advance(Duration.ofMinutes(6));
        value(resolver, DB);
        assertThat(seen).hasSize(2);
        assertThat(seen.get(1).newVersion()).isEqualTo("3");
    }

    @Test
    void aListenerThatResolvesAgainGetsTheNewValue() {
        List<String> values = new CopyOnWriteArrayList<>();
        value(resolver, DB);
        resolver.onRotation(DB, rotation -> values.add(value(resolver, rotation.ref())));
        store.put("db", "second-value");
        time.advance(Duration.ofMinutes(5));
        value(resolver, DB);
        store.put("db", "third-value");
        resolver.signalRotation(DB);
        assertThat(values).containsExactly("second-value", "third-value");
    }

    @Test
    void aBackgroundRefreshThatFindsANewVersionTellsTheListeners() {
        List<SecretRotation> seen = new CopyOnWriteArrayList<>();
        value(resolver, DB);
        resolver.onRotation(DB, seen::add);
        store.put("db", "second-value");
        time.advance(Duration.ofMinutes(4).plusSeconds(30));
        value(resolver, DB); // in the refresh window: served from cache, refreshed in the background
        assertThat(seen).singleElement().satisfies(r -> assertThat(r.newVersion()).isEqualTo("2"));
    }

    /**
     * A rotation signal and the cache's background notice of the replaced entry (Caffeine's removal listener, on the
     * executor) both observe the new entry; whichever comes second must wait until the listeners have been told, or
     * {@code signalRotation} returns before them (seen once as a flaky README example: the pool still had the old
     * password right after the signal).
     */
    @Test
    void aSecondObserverOfOneNewVersionReturnsOnlyAfterTheListenersWereTold() throws Exception {
        value(resolver, DB);
        List<String> events = new CopyOnWriteArrayList<>();
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        resolver.onRotation(DB, rotation -> {
            entered.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            events.add("told " + rotation.newVersion());
        });
        Secret rotated = Secret.of(DB, "second-value".getBytes(StandardCharsets.UTF_8), "2", Instant.EPOCH,
                Optional.empty());
        StoreCache.Entry entry = new StoreCache.Entry(rotated, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE);
        Thread background = new Thread(() -> resolver.observe(DB, entry));
        background.start();
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        Thread signal = new Thread(() -> {
            resolver.observe(DB, entry);
            events.add("second observer returned");
        });
        signal.start();
        signal.join(300); // without the wait it has returned by now
        release.countDown();
        background.join(10_000);
        signal.join(10_000);
        assertThat(events).containsExactly("told 2", "second observer returned");
    }

    @Test
    void aClosedSubscriptionIsNotTold() {
        List<SecretRotation> seen = new CopyOnWriteArrayList<>();
        value(resolver, DB);
        resolver.onRotation(DB, seen::add).close();
        store.put("db", "second-value");
        resolver.signalRotation(DB);
        assertThat(seen).isEmpty();
    }

    @Test
    void aFailingRefreshServesThePreviousValueWithinTheGracePeriod() {
        value(resolver, DB);
        store.down = true;
        time.advance(Duration.ofMinutes(6));
        assertThat(value(resolver, DB)).isEqualTo("first-value");
    }

    @Test
    void whileTheStoreFailsThePreviousValueIsServedWithoutAskingItOnEveryResolution() {
        value(resolver, DB);
        store.down = true;
        time.advance(Duration.ofMinutes(6));
        value(resolver, DB);
        int reads = store.reads.get();
        value(resolver, DB);
        time.advance(Duration.ofSeconds(10));
        value(resolver, DB);
        assertThat(store.reads).hasValue(reads);
        time.advance(Duration.ofSeconds(21)); // ttl/10 = 30 s later it tries again
        value(resolver, DB);
        assertThat(store.reads.get()).isGreaterThan(reads);
    }

    @Test
    void afterTheGracePeriodAFailingStoreFailsTheResolution() {
        value(resolver, DB);
        store.down = true;
        time.advance(Duration.ofMinutes(7).plusSeconds(1));
        assertThatThrownBy(() -> resolver.resolve(DB)).isInstanceOf(SecretUnavailableException.class);
    }

    @Test
    void aSecretNoLongerFoundIsNotServedFromGrace() {
        value(resolver, DB);
        store.remove("db");
        time.advance(Duration.ofMinutes(6));
        assertThatThrownBy(() -> resolver.resolve(DB)).isInstanceOf(SecretNotFoundException.class);
    }

    @Test
    void aLeaseShorterThanTheTtlBoundsTheCache() {
        store.leaseEnd = time.instant().plusSeconds(30);
        value(resolver, DB);
        value(resolver, DB); // a hot hit
        store.leaseEnd = null;
        store.put("db", "second-value");
        time.advance(Duration.ofSeconds(30)); // the lease has ended: not one nanosecond more
        assertThat(value(resolver, DB)).isEqualTo("second-value");
    }

    @Test
    void theCacheHoldsAtMostMaxSizeReferences() {
        MemoryStore many = new MemoryStore(time);
        for (int i = 0; i < 100; i++) {
            many.put("s" + i, "value-" + i);
        }
        try (CachedSecretResolver small = CachedSecretResolver.builder().store("mem", many)
                .cache(new CacheSettings(Duration.ofHours(1), 10, Duration.ZERO, Duration.ZERO))
                .ticker(time).clock(time).executor(Runnable::run).build()) {
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < 100; i++) {
                    value(small, SecretRef.parse("mem:s" + i));
                    assertThat(small.hotSize()).as("the hot map follows Caffeine's evictions").isLessThanOrEqualTo(10);
                }
            }
        }
        assertThat(many.reads.get()).as("at most 10 of the 100 could be served from the cache the second time")
                .isGreaterThanOrEqualTo(190);
    }

    @Test
    void eachStoreHasItsOwnCacheSettings() {
        MemoryStore other = new MemoryStore(time);
        other.put("db", "other-first");
        try (CachedSecretResolver two = CachedSecretResolver.builder().store("mem", store).store("short", other)
                .cache(SETTINGS).cache("short", new CacheSettings(Duration.ofSeconds(10), 100, Duration.ZERO, Duration.ZERO))
                .ticker(time).clock(time).executor(Runnable::run).build()) {
            value(two, DB);
            value(two, SecretRef.parse("short:db"));
            store.put("db", "second-value");
            other.put("db", "other-second");
            time.advance(Duration.ofSeconds(11));
            assertThat(value(two, DB)).isEqualTo("first-value");
            assertThat(value(two, SecretRef.parse("short:db"))).isEqualTo("other-second");
        }
    }

    @Test
    void perStoreCacheSettingsAreReadFromTheConfiguration() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                "{\"cache\":{\"ttl\":\"5m\"},\"stores\":{\"short\":{\"cache\":{\"ttl\":\"10s\"}}}}");
        MemoryStore other = new MemoryStore(time);
        other.put("db", "other-first");
        try (CachedSecretResolver configured = CachedSecretResolver.builder().store("short", other)
                .configuration(new dev.warden.core.config.JsonConfigNode(json, "secrets"))
                .ticker(time).clock(time).executor(Runnable::run).build()) {
            value(configured, SecretRef.parse("short:db"));
            other.put("db", "other-second");
            time.advance(Duration.ofSeconds(10));
            assertThat(value(configured, SecretRef.parse("short:db"))).isEqualTo("other-second");
        }
    }

    @Test
    void anUnknownSchemeNamesTheSchemeAndTheInstalledOnes() {
        assertThatThrownBy(() -> resolver.resolve(SecretRef.parse("nosuch:thing")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'nosuch'")
                .hasMessageContaining("mem");
    }

    @Test
    void aForeignExceptionFromAStoreIsReplacedByOneWithoutItsMessage() {
        store.failWith = new IllegalStateException("parser saw canary-foreign-123");
        assertThatThrownBy(() -> resolver.resolve(DB))
                .isInstanceOf(SecretUnavailableException.class)
                .hasMessageContaining("IllegalStateException")
                .hasMessageNotContaining("canary-foreign-123")
                .hasNoCause();
    }

    @Test
    void closingTheResolverWipesHandlesStillHeld() {
        Secret held = resolver.resolve(DB);
        resolver.close();
        assertThat(held.isClosed()).isTrue();
        assertThatThrownBy(held::bytes).isInstanceOf(IllegalStateException.class);
    }
}
