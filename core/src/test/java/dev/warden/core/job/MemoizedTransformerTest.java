package dev.warden.core.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.warden.deid.ValueTransformer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The job's memo in front of keyed transformers: transparent, growing from a small table, bounded. */
class MemoizedTransformerTest {

    /** A keyed transformer stand-in that counts its calls; its output is a function of its input. */
    private static final class Counting implements ValueTransformer {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public String apply(String value) {
            calls.incrementAndGet();
            return value.isEmpty() ? null : new StringBuilder(value).reverse().toString();
        }
    }

    @Test
    void givesTheDelegatesResultForEveryValueAndNullForNull() {
        MemoizedTransformer memo = new MemoizedTransformer(new Counting());
        for (int i = 0; i < 5_000; i++) {
            String v = "value-" + i;
            assertThat(memo.apply(v)).isEqualTo(new StringBuilder(v).reverse().toString());
        }
        assertThat(memo.apply(null)).isNull();
        assertThat(memo.apply("")).isNull();
        assertThat(memo.apply("")).isNull();
    }

    @Test
    void aRepeatedValueIsComputedOnce() {
        Counting delegate = new Counting();
        MemoizedTransformer memo = new MemoizedTransformer(delegate);
        memo.apply("8f3b2c1e-0000-4000-8000-000000000001");
        memo.apply(new String("8f3b2c1e-0000-4000-8000-000000000001"));
        assertThat(delegate.calls).hasValue(1);
    }

    @Test
    void startsSmallAndGrowsKeepingWhatItRemembers() {
        Counting delegate = new Counting();
        MemoizedTransformer memo = new MemoizedTransformer(delegate);
        assertThat(memo.slots()).isEqualTo(MemoizedTransformer.MIN_SLOTS);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 7_584; i++) { // the Synthea encounters' primary key
            keys.add(UUID.nameUUIDFromBytes(new byte[] {(byte) i, (byte) (i >> 8)}).toString());
        }
        keys.forEach(memo::apply);
        int computed = delegate.calls.get();
        assertThat(memo.slots()).isGreaterThan(MemoizedTransformer.MIN_SLOTS);
        keys.forEach(memo::apply); // the foreign keys
        // Growing kept every entry, and no key lost its entry to another's slot: the foreign keys cost nothing.
        assertThat(delegate.calls.get()).isEqualTo(computed).isEqualTo(keys.size());
    }

    @Test
    void keepsGivingTheDelegatesResultOnceFull() {
        Counting delegate = new Counting();
        MemoizedTransformer memo = new MemoizedTransformer(delegate);
        for (int i = 0; i < 3 * MemoizedTransformer.MAX_ENTRIES; i++) {
            String v = "v" + i;
            assertThat(memo.apply(v)).isEqualTo(new StringBuilder(v).reverse().toString());
            assertThat(memo.apply(v)).as("a foreign key right after its parent's key").isEqualTo(new StringBuilder(v).reverse().toString());
        }
        assertThat(memo.passesThrough()).isFalse();
        for (int i = 0; i < 3 * MemoizedTransformer.MAX_ENTRIES; i += 7) {
            String v = "v" + i;
            assertThat(memo.apply(v)).isEqualTo(new StringBuilder(v).reverse().toString());
        }
        // The last value given is remembered (it took the slot where its probe starts).
        int calls = delegate.calls.get();
        memo.apply("latest");
        memo.apply("latest");
        assertThat(delegate.calls.get()).isEqualTo(calls + 1);
    }

    @Test
    void aMillionConsecutiveKeysNeitherClusterNorFillTheTable() {
        // A generated table's primary key (P000000000, P000000001, ...), each followed by a foreign key to it. The table once filled every
        // slot (a miss then probed forever) after the old mix had put consecutive keys in one cluster.
        Counting delegate = new Counting();
        MemoizedTransformer memo = new MemoizedTransformer(delegate);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < 1_000_000; i++) {
                String digits = Integer.toString(i);
                String v = "P" + "0".repeat(9 - digits.length()) + digits;
                assertThat(memo.apply(v)).isEqualTo(new StringBuilder(v).reverse().toString());
                memo.apply(v); // its foreign key, so that the memo keeps remembering
            }
        });
        assertThat(memo.passesThrough()).isFalse();
        assertThat(delegate.calls).hasValue(1_000_000);
        assertThat(memo.filled()).isLessThanOrEqualTo(MemoizedTransformer.MAX_ENTRIES);
    }

    @Test
    void aColumnWhoseValuesNeverRepeatStopsBeingRememberedOnceTheTableFills() {
        Counting delegate = new Counting();
        MemoizedTransformer memo = new MemoizedTransformer(delegate);
        for (int i = 0; i < 2 * MemoizedTransformer.MAX_ENTRIES; i++) {
            String v = "id-" + i;
            assertThat(memo.apply(v)).isEqualTo(new StringBuilder(v).reverse().toString());
        }
        assertThat(memo.passesThrough()).isTrue();
        assertThat(memo.filled()).isZero();
        assertThat(memo.apply("id-1")).isEqualTo("1-di");
    }

    @Test
    void staysBoundedHoweverManyValues() {
        MemoizedTransformer memo = new MemoizedTransformer(new Counting());
        for (int i = 0; i < 200_000; i++) {
            memo.apply("v" + i);
        }
        assertThat(memo.slots()).isLessThanOrEqualTo(MemoizedTransformer.MAX_SLOTS);
    }
}
