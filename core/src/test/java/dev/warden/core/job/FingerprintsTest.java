package dev.warden.core.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.bouncycastle.crypto.macs.SipHash;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;

/**
 * The leak check's keyed fingerprints: SipHash-1-3 as BouncyCastle and CPython compute it, and exact candidates before
 * and after the spill.
 */
class FingerprintsTest {

    private static long k(byte[] key, int off) {
        long v = 0;
        for (int j = 7; j >= 0; j--) {
            v = v << 8 | (key[off + j] & 0xFFL);
        }
        return v;
    }

    @Test
    void sipHash13AgreesWithBouncyCastleOnAsciiAndNonAsciiStrings() {
        SplittableRandom random = new SplittableRandom(24);
        byte[] key = new byte[16];
        random.nextBytes(key);
        SipHash bc13 = new SipHash(1, 3);
        bc13.init(new KeyParameter(key));
        String alphabet = "abcXYZ019-_ \u00e9\u00fc\u4e2d\ud83d\ude00";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(0, i % 100 == 0 ? 300 : 40);
            boolean ascii = i % 2 == 0;
            while (sb.length() < len) {
                int c = random.nextInt(ascii ? 10 : alphabet.length() - 1);
                sb.append(Character.isHighSurrogate(alphabet.charAt(c)) ? alphabet.substring(c, c + 2) : String.valueOf(alphabet.charAt(c)));
            }
            String s = sb.toString();
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            bc13.update(utf8, 0, utf8.length);
            long expected13 = bc13.doFinal();
            assertThat(Fingerprints.sipHash13(k(key, 0), k(key, 8), utf8, utf8.length)).isEqualTo(expected13);
            assertThat(Fingerprints.fingerprint(k(key, 0), k(key, 8), s, new byte[16])).as(s).isEqualTo(expected13);
            assertThat(Fingerprints.fingerprint(k(key, 0), k(key, 8), s, new byte[256])).as(s).isEqualTo(expected13);
        }
    }

    @Test
    void sipHash13GivesCPythonsBytesHashes() {
        // CPython 3.11 hashes bytes with SipHash-1-3 (sys.hash_info.algorithm 'siphash13'), under an all-zero key when
        // PYTHONHASHSEED=0: PYTHONHASHSEED=0 python3 -c "print(hex(hash(b'123456789') & (2**64-1)))".
        String[] messages = {"a", "1234567", "12345678", "123456789", "b9c610cd-28a6-4636-ccb6-c7993b25ca7e", "Zo\u00eb M\u00fcller"};
        long[] expected = {0x407448d2b89b1813L, 0xa33d651594fdae81L, 0x3489982430560a87L, 0x0fbc0f0007965fcfL,
            0xec937e73834c9157L, 0x0fbc0feda298087fL};
        for (int i = 0; i < messages.length; i++) {
            byte[] utf8 = messages[i].getBytes(StandardCharsets.UTF_8);
            assertThat(Fingerprints.sipHash13(0, 0, utf8, utf8.length)).as(messages[i]).isEqualTo(expected[i]);
        }
        byte[] sixteen = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f");
        assertThat(Fingerprints.sipHash13(0, 0, sixteen, 16)).isEqualTo(0x8972188433a5c5b7L);
    }

    @Test
    void aFingerprintLeavesTheSideBitsClear() {
        Fingerprints f = new Fingerprints(1 << 20, 1 << 16, 1 << 16);
        for (int i = 0; i < 1_000; i++) {
            assertThat(f.of("value " + i) & Fingerprints.SIDE_BITS).isZero();
        }
    }

    @Test
    void aValueOnBothSidesIsACandidateWhicheverSideComesFirst() {
        Fingerprints f = new Fingerprints(1 << 20, 1 << 16, 1 << 16);
        f.addInput("123-45-6789", new Fingerprints.Recent());
        f.addOutput("Omaha", new Fingerprints.Recent());
        f.addOutput("123-45-6789", new Fingerprints.Recent());
        f.addInput("Omaha", new Fingerprints.Recent());
        f.addInput("only-in", new Fingerprints.Recent());
        f.addOutput("only-out", new Fingerprints.Recent());
        assertThat(f.exact()).isTrue();
        assertThat(f.candidates().size()).isEqualTo(2);
        assertThat(f.candidates().contains(f.of("123-45-6789"))).isTrue();
        assertThat(f.candidates().contains(f.of("Omaha"))).isTrue();
    }

    @Test
    void theSidedTableKeepsEachKeysSidesThroughGrowthAndForZero() {
        Fingerprints.SidedSet set = new Fingerprints.SidedSet();
        for (long v = -50_000; v < 50_000; v++) {           // zero included; grows several times
            assertThat(set.add(v * 7919 << 2, Fingerprints.SidedSet.INPUT)).isEqualTo(Fingerprints.SidedSet.INPUT);
        }
        for (long v = 0; v < 50_000; v += 3) {
            assertThat(set.add(v * 7919 << 2, Fingerprints.SidedSet.OUTPUT)).isEqualTo(Fingerprints.SidedSet.BOTH);
        }
        assertThat(set.add(1L << 62, Fingerprints.SidedSet.OUTPUT)).isEqualTo(Fingerprints.SidedSet.OUTPUT);
        assertThat(set.add(1L << 62, Fingerprints.SidedSet.OUTPUT)).isEqualTo(Fingerprints.SidedSet.OUTPUT);
        assertThat(set.size()).isEqualTo(100_001);
        long[] counts = new long[2];
        set.forEach(v -> counts[0]++, v -> counts[1]++);
        assertThat(counts).containsExactly(100_000L, 16_668L);
        long[] inputs = new long[1];
        set.forEach(v -> inputs[0] += (v & Fingerprints.SIDE_BITS) == 0 ? 1 : 0, v -> { });
        assertThat(inputs[0]).as("keys come back without their side bits").isEqualTo(100_000L);
    }

    @Test
    void theMemoStandsAsideForAColumnWhoseValuesRarelyRepeat() {
        Fingerprints.Recent distinct = new Fingerprints.Recent();
        Fingerprints.Recent vocabulary = new Fingerprints.Recent();
        for (int i = 0; i < 3 * Fingerprints.Recent.TRIAL; i++) {
            assertThat(distinct.firstTime("2010-05-08T03:44:" + i)).isTrue();
            vocabulary.firstTime("code " + i % 50);
        }
        assertThat(distinct.off()).isTrue();
        assertThat(vocabulary.off()).isFalse();
        assertThat(vocabulary.firstTime("code 7")).isFalse();
    }

    @Test
    void noCandidateIsLostWhenTheExactSetsSpillIntoBloomFilters() {
        Fingerprints f = new Fingerprints(1_000, 1 << 20, 1 << 20);
        List<String> shared = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            f.addInput("in-" + i, new Fingerprints.Recent());
            if (i % 500 == 0) {
                shared.add("in-" + i);
                f.addOutput("in-" + i, new Fingerprints.Recent()); // before and after the spill
            }
            f.addOutput("out-" + i, new Fingerprints.Recent());
        }
        assertThat(f.exact()).isFalse();
        for (String s : shared) {
            assertThat(f.candidates().contains(f.of(s))).as(s).isTrue();
        }
        // 5,000 values per side in 2^20-bit filters: false candidates are possible but few.
        assertThat(f.candidates().size()).isBetween(shared.size(), shared.size() + 5);
    }

    @Test
    void aRepeatThroughTheSameMemoIsCountedButNotFingerprintedAgain() {
        Fingerprints f = new Fingerprints(1 << 20, 1 << 16, 1 << 16);
        Fingerprints.Recent recent = new Fingerprints.Recent();
        assertThat(recent.firstTime("Lincoln")).isTrue();
        assertThat(recent.firstTime("Lincoln")).isFalse();
        f.addInput("Omaha", recent);
        f.addInput("Omaha", recent);
        f.addOutput("Omaha", new Fingerprints.Recent());
        assertThat(f.inputCount()).isEqualTo(2);
        assertThat(f.candidates().size()).isEqualTo(1);
    }
}
