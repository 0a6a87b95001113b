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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
        store.leaseEnd = null;
        store.put("db", "second-value");
        time.advance(Duration.ofSeconds(31));
        assertThat(value(resolver, DB)).isEqualTo("second-value");
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
