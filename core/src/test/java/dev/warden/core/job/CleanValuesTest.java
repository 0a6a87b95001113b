package dev.warden.core.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The detectors' memo of clean values: two values that share a slot pair are both remembered. */
class CleanValuesTest {

    private static boolean knownAfter(CleanValues memo, String value) {
        memo.start(value);
        boolean known = memo.known();
        memo.clean();
        return known;
    }

    @Test
    void aValueIsKnownOnlyAfterItWasLookedUpAndFoundClean() {
        CleanValues memo = new CleanValues(8);
        memo.start("1989");
        memo.clean(); // never looked up: no pattern ran, nothing to remember
        assertThat(knownAfter(memo, "1989")).isFalse();
        assertThat(knownAfter(memo, "1989")).isTrue();
        memo.start("685");
        assertThat(memo.known()).isFalse();
        memo.found(); // an identifier is not remembered
        assertThat(knownAfter(memo, "685")).isFalse();
    }

    @Test
    void twoValuesOfOnePairAreBothRemembered() {
        List<String> pair = new ArrayList<>();
        for (int i = 0; pair.size() < 2; i++) {
            String v = "value " + i;
            int h = v.hashCode();
            if (((h ^ (h >>> 16)) & 6) == 0) {
                pair.add(v);
            }
        }
        CleanValues memo = new CleanValues(8);
        knownAfter(memo, pair.get(0));
        knownAfter(memo, pair.get(1));
        for (int round = 0; round < 3; round++) {
            assertThat(knownAfter(memo, pair.get(0))).isTrue();
            assertThat(knownAfter(memo, pair.get(1))).isTrue();
        }
    }
}
