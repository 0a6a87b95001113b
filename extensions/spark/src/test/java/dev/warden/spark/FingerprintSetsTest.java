package dev.warden.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class FingerprintSetsTest {

    @Test
    void aLargeSetIsSortedInSignedOrderWithoutRepeats() {
        SplittableRandom random = new SplittableRandom(18);
        long[] values = LongStream.generate(random::nextLong).limit(100_000).toArray();
        long[] withRepeats = Arrays.copyOf(values, 150_000);
        System.arraycopy(values, 0, withRepeats, 100_000, 50_000);
        long[] expected = LongStream.of(values).sorted().distinct().toArray();
        assertThat(FingerprintSets.LongList.sortedDistinct(withRepeats, withRepeats.length)).isEqualTo(expected);
    }

    @Test
    void partitionsAreMergedIntoOneSortedSetAndCountsSummed() {
        FingerprintSets sets = new FingerprintSets();
        FingerprintSets.Builder one = new FingerprintSets.Builder();
        one.set("pk").add(5);
        one.set("pk").add(-3);
        one.count("pk", 2);
        FingerprintSets.Builder two = new FingerprintSets.Builder();
        two.set("pk").add(5);
        two.count("pk", 1);
        sets.add(one.build());
        FingerprintSets other = new FingerprintSets();
        other.add(two.build());
        sets.merge(other);
        assertThat(sets.value().set("pk")).containsExactly(-3, 5);
        assertThat(sets.value().count("pk")).as("three rows, two distinct keys: one repeats").isEqualTo(3);
        assertThat(sets.value().set("none")).isEmpty();
    }

    @Test
    void intersectionAndContainment() {
        long[] a = {-7, 1, 4, 9};
        long[] b = {1, 2, 9};
        assertThat(FingerprintSets.intersection(a, b)).containsExactly(1, 9);
        assertThat(FingerprintSets.containsAll(a, new long[] {1, 9})).isTrue();
        assertThat(FingerprintSets.containsAll(a, b)).isFalse();
        assertThat(FingerprintSets.union(List.of(b, a))).containsExactly(-7, 1, 2, 4, 9);
    }
}
