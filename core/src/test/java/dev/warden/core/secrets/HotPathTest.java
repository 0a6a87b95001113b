package dev.warden.core.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.audit.AuditEvent;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretNotFoundException;
import dev.warden.secrets.SecretRef;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The resolver's hot map (resolutions served without Caffeine): every cache semantic holds on it — time-to-live,
 * refresh ahead, rotation signals, audit of every resolution, expiry, close. {@link CachedSecretResolverTest} checks
 * the rest on it too: that it never outgrows the maximum size, that listeners hear of a rotation once whatever the
 * number of hot hits, and that a lease bounds it.
 */
class HotPathTest {

    private static final SecretRef DB = SecretRef.parse("mem:db");
    /** ttl 5 min, refresh in its last minute: an entry is hot for 4 minutes after it is read. */
    private static final CacheSettings SETTINGS = new CacheSettings(Duration.ofMinutes(5), 100,
            Duration.ofMinutes(1), Duration.ofMinutes(2));

    private final FakeTime time = new FakeTime();
    private final List<AuditEvent> audit = new CopyOnWriteArrayList<>();
    private MemoryStore store;
    private CachedSecretResolver resolver;

    @BeforeEach
    void setUp() {
        store = new MemoryStore(time);
        store.put("db", "first-value");
        resolver = resolver(SETTINGS, AuditMode.LOAD);
    }

    @AfterEach
    void tearDown() {
        resolver.close();
    }

    private CachedSecretResolver resolver(CacheSettings settings, AuditMode mode) {
        return CachedSecretResolver.builder().store("mem", store).cache(settings).auditLog(audit::add).auditMode(mode)
                .ticker(time).clock(time).executor(Runnable::run).build();
    }

    private static String value(CachedSecretResolver resolver, SecretRef ref) {
        try (Secret secret = resolver.resolve(ref)) {
            return new String(secret.bytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aSecondResolutionIsServedFromTheHotMapWithoutAskingTheStore() {
        value(resolver, DB);
        assertThat(resolver.hotSize()).isEqualTo(1);
        for (int i = 0; i < 5; i++) {
            assertThat(value(resolver, DB)).isEqualTo("first-value");
        }
        assertThat(store.reads).hasValue(1);
    }

    @Test
    void eachResolutionGetsItsOwnHandleSoClosingOneLeavesTheOthersUsable() {
        Secret first = resolver.resolve(DB);
        Secret second = resolver.resolve(DB);
        assertThat(second).isNotSameAs(first);
        first.close();
        assertThat(new String(second.bytes(), StandardCharsets.UTF_8)).isEqualTo("first-value");
    }

    @Test
    void aRotationSignalMakesTheNewValueVisibleAtOnceAfterHotHits() {
        value(resolver, DB);
        value(resolver, DB);
        store.put("db", "second-value");
        resolver.signalRotation(DB);
        assertThat(value(resolver, DB)).isEqualTo("second-value");
        assertThat(value(resolver, DB)).as("and the new value is hot in turn").isEqualTo("second-value");
        assertThat(store.reads).hasValue(2);
    }

    @Test
    void aSecretRemovedThenSignalledIsNotServedFromTheHotMap() {
        value(resolver, DB);
        value(resolver, DB);
        store.remove("db");
        assertThatThrownBy(() -> resolver.signalRotation(DB)).isInstanceOf(SecretNotFoundException.class);
        assertThat(resolver.hotSize()).isZero();
        assertThatThrownBy(() -> resolver.resolve(DB)).isInstanceOf(SecretNotFoundException.class);
    }

    @Test
    void withoutRefreshAheadTheHotMapServesUntilTheTtlEndsAndNotOneNanosecondLonger() {
        resolver.close();
        resolver = resolver(new CacheSettings(Duration.ofMinutes(5), 100, Duration.ZERO, Duration.ZERO), AuditMode.LOAD);
        value(resolver, DB);
        store.put("db", "second-value");
        time.advance(Duration.ofMinutes(5).minusNanos(1));
        assertThat(value(resolver, DB)).isEqualTo("first-value");
        time.advance(Duration.ofNanos(1));
        assertThat(value(resolver, DB)).isEqualTo("second-value");
    }

    @Test
    void aZeroTtlKeepsEveryResolutionOffTheHotMap() {
        resolver.close();
        resolver = resolver(new CacheSettings(Duration.ZERO, 100, Duration.ZERO, Duration.ZERO), AuditMode.LOAD);
        for (int i = 0; i < 3; i++) {
            value(resolver, DB);
        }
        assertThat(resolver.hotSize()).isZero();
        assertThat(store.reads).hasValue(3);
    }

    @Test
    void theRefreshWindowLeavesTheHotMapSoTheRefreshStillStartsAheadOfExpiry() {
        value(resolver, DB);
        value(resolver, DB);
        store.put("db", "second-value");
        time.advance(Duration.ofMinutes(4).minusNanos(1));
        assertThat(value(resolver, DB)).as("still hot").isEqualTo("first-value");
        assertThat(store.reads).hasValue(1);
        time.advance(Duration.ofSeconds(1));
        value(resolver, DB); // in the refresh window: Caffeine starts the refresh (synchronous executor here)
        assertThat(store.reads).as("the refresh read the store").hasValue(2);
        assertThat(value(resolver, DB)).isEqualTo("second-value");
        assertThat(store.reads).as("the refreshed value is hot in turn").hasValue(2);
    }

    @Test
    void inAuditModeEveryEachHotResolutionIsAudited() {
        resolver.close();
        resolver = resolver(SETTINGS, AuditMode.EVERY);
        for (int i = 0; i < 5; i++) {
            value(resolver, DB);
        }
        assertThat(store.reads).hasValue(1);
        assertThat(audit).hasSize(5).allSatisfy(event -> {
            assertThat(event.details()).containsEntry("reference", "mem:db").containsEntry("version", "1");
            assertThat(event.details().values()).noneMatch(v -> v.contains("first-value"));
        });
    }

    @Test
    void inAuditModeLoadOnlyTheReadFromTheStoreIsAudited() {
        for (int i = 0; i < 5; i++) {
            value(resolver, DB);
        }
        assertThat(audit).hasSize(1);
    }

    @Test
    void inAuditModeEveryAFailingAuditLogFailsAHotResolution() {
        AtomicBoolean auditDown = new AtomicBoolean();
        resolver.close();
        resolver = CachedSecretResolver.builder().store("mem", store).cache(SETTINGS).auditMode(AuditMode.EVERY)
                .auditLog(event -> {
                    if (auditDown.get()) {
                        throw new dev.warden.audit.AuditUnavailableException("audit sink down for the test");
                    }
                })
                .ticker(time).clock(time).executor(Runnable::run).build();
        value(resolver, DB);
        value(resolver, DB);
        auditDown.set(true);
        assertThatThrownBy(() -> resolver.resolve(DB)).isInstanceOf(dev.warden.audit.AuditUnavailableException.class);
    }

    @Test
    void anEntryExpiredByCaffeineLeavesTheHotMap() {
        resolver.close();
        resolver = resolver(new CacheSettings(Duration.ofMinutes(5), 100, Duration.ZERO, Duration.ZERO), AuditMode.LOAD);
        store.put("other", "other-value");
        value(resolver, DB);
        time.advance(Duration.ofMinutes(6));
        value(resolver, SecretRef.parse("mem:other")); // a write: Caffeine's maintenance expires mem:db
        assertThat(resolver.hotSize()).as("only mem:other").isEqualTo(1);
    }

    @Test
    void underConcurrentEvictionTheHotMapHoldsNothingCaffeineNoLongerHolds() throws Exception {
        MemoryStore many = new MemoryStore(time);
        for (int i = 0; i < 102; i++) {
            many.put("s" + i, "value-" + i);
        }
        try (CachedSecretResolver small = CachedSecretResolver.builder().store("mem", many)
                .cache(new CacheSettings(Duration.ofHours(1), 10, Duration.ZERO, Duration.ZERO))
                .ticker(time).clock(time).executor(Runnable::run).build()) {
            List<Thread> threads = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int seed = t;
                Thread thread = new Thread(() -> {
                    java.util.Random random = new java.util.Random(seed);
                    for (int i = 0; i < 20_000; i++) {
                        small.resolve(SecretRef.parse("mem:s" + random.nextInt(100))).close();
                    }
                });
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) {
                thread.join(60_000);
            }
            value(small, SecretRef.parse("mem:s100")); // loads: Caffeine's maintenance catches up with the last evictions
            value(small, SecretRef.parse("mem:s101"));
            assertThat(small.hotSize()).isLessThanOrEqualTo(10);
        }
    }

    @Test
    void closingTheResolverEmptiesTheHotMapAndWipesWhatItServed() {
        value(resolver, DB);
        Secret held = resolver.resolve(DB);
        resolver.close();
        assertThat(resolver.hotSize()).isZero();
        assertThat(held.isClosed()).isTrue();
        assertThatThrownBy(() -> resolver.resolve(DB)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void afterASignalReturnsNoThreadIsServedTheOldValueFromTheHotMap() throws Exception {
        value(resolver, DB);
        AtomicBoolean signalled = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger staleAfterSignal = new AtomicInteger();
        AtomicInteger resolutions = new AtomicInteger();
        CountDownLatch running = new CountDownLatch(4);
        List<Thread> threads = new java.util.ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                running.countDown();
                while (!stop.get()) {
                    boolean after = signalled.get();
                    String value = value(resolver, DB);
                    resolutions.incrementAndGet();
                    if (after && value.equals("first-value")) {
                        staleAfterSignal.incrementAndGet();
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        running.await();
        while (resolutions.get() < 10_000) {
            Thread.onSpinWait();
        }
        store.put("db", "second-value");
        resolver.signalRotation(DB);
        signalled.set(true);
        int at = resolutions.get();
        while (resolutions.get() < at + 10_000) {
            Thread.onSpinWait();
        }
        stop.set(true);
        for (Thread thread : threads) {
            thread.join(10_000);
        }
        assertThat(staleAfterSignal).hasValue(0);
        assertThat(value(resolver, DB)).isEqualTo("second-value");
    }
}
