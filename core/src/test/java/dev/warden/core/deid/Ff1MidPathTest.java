package dev.warden.core.deid;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * FF1's 128-bit path ({@link Ff1#processMid}) gives exactly what its BigInteger path ({@link Ff1#processBigInteger})
 * gives, for every radix 2..62 and several larger ones, every length whose halves are below 2^127, random and edge
 * numerals, encrypt and decrypt; and its long division (y mod radix^m) agrees with {@link BigInteger#mod}, including
 * the rare "add back" correction of Knuth's Algorithm D.
 */
class Ff1MidPathTest {

    private static final int[] LARGE_RADIXES = {63, 64, 97, 100, 127, 128, 255, 256, 257, 1000, 4093, 65_535, 65_536};

    private static int[] radixes() {
        return IntStream.concat(IntStream.rangeClosed(2, 62), Arrays.stream(LARGE_RADIXES)).toArray();
    }

    /** @return the largest v with radix^v below 2^127 */
    private static int maxHalf(int radix) {
        int v = 1;
        while (BigInteger.valueOf(radix).pow(v + 1).bitLength() <= 127) {
            v++;
        }
        return v;
    }

    private static Ff1 ff1(SplittableRandom random, int radix) {
        byte[] key = new byte[new int[] {16, 24, 32}[random.nextInt(3)]];
        random.nextBytes(key);
        byte[] tweak = new byte[random.nextInt(4) == 0 ? 0 : random.nextInt(1, 40)];
        random.nextBytes(tweak);
        return new Ff1(key, radix, tweak);
    }

    private static void assertSameAsBigInteger(Ff1 ff1, int[] x, String what) {
        int[] big = x.clone();
        ff1.processBigInteger(big, true);
        int[] mid = x.clone();
        ff1.processMid(mid, true);
        assertThat(mid).as("encrypt, %s", what).isEqualTo(big);
        int[] back = mid.clone();
        ff1.processMid(back, false);
        assertThat(back).as("decrypt of the ciphertext, %s", what).isEqualTo(x);
        int[] decBig = x.clone();
        ff1.processBigInteger(decBig, false);
        int[] decMid = x.clone();
        ff1.processMid(decMid, false);
        assertThat(decMid).as("decrypt, %s", what).isEqualTo(decBig);
    }

    @Test
    void midPathEqualsBigIntegerPathOnRandomNumeralsForEveryRadixAndLength() {
        SplittableRandom random = new SplittableRandom(80_038_7L);
        int checked = 0;
        for (int radix : radixes()) {
            Ff1 ff1 = ff1(random, radix);
            int maxLength = 2 * maxHalf(radix);
            int perLength = radix <= 62 ? 10 : 20;
            for (int n = ff1.minLength(); n <= maxLength; n++) {
                assertThat(ff1.mid(n)).as("radix %d, length %d", radix, n).isTrue();
                for (int rep = 0; rep < perLength; rep++) {
                    int[] x = random.ints(n, 0, radix).toArray();
                    assertSameAsBigInteger(ff1, x, "radix " + radix + ", length " + n);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(30_000);
    }

    @Test
    void midPathEqualsBigIntegerPathOnTheUuidShapeOverManyKeysAndTweaks() {
        SplittableRandom random = new SplittableRandom(36L);
        for (int i = 0; i < 100; i++) {
            Ff1 ff1 = ff1(random, 62);
            for (int j = 0; j < 100; j++) {
                assertSameAsBigInteger(ff1, random.ints(32, 0, 62).toArray(), "radix 62, length 32");
            }
        }
    }

    @Test
    void midPathEqualsBigIntegerPathOnAllZeroAndAllMaximalNumerals() {
        SplittableRandom random = new SplittableRandom(0L);
        for (int radix : radixes()) {
            Ff1 ff1 = ff1(random, radix);
            for (int n = ff1.minLength(); n <= 2 * maxHalf(radix); n++) {
                int[] zeros = new int[n];
                assertSameAsBigInteger(ff1, zeros, "zeros, radix " + radix + ", length " + n);
                int[] max = new int[n];
                Arrays.fill(max, radix - 1);
                assertSameAsBigInteger(ff1, max, "radix-1, radix " + radix + ", length " + n);
                int[] mixed = new int[n];
                Arrays.fill(mixed, 0, n / 2, radix - 1);
                assertSameAsBigInteger(ff1, mixed, "radix-1 then zeros, radix " + radix + ", length " + n);
            }
        }
    }

    @Test
    void midPathCoversExactlyTheLengthsWhoseLongerHalfIsBelowTwoToThe127() {
        SplittableRandom random = new SplittableRandom(127L);
        for (int radix : radixes()) {
            Ff1 ff1 = ff1(random, radix);
            int last = 2 * maxHalf(radix);
            assertThat(BigInteger.valueOf(radix).pow(last - last / 2).bitLength()).isLessThanOrEqualTo(127);
            assertThat(BigInteger.valueOf(radix).pow(last + 1 - (last + 1) / 2).bitLength()).isGreaterThan(127);
            assertThat(ff1.mid(last)).as("radix %d, length %d", radix, last).isTrue();
            assertThat(ff1.mid(last + 1)).as("radix %d, length %d", radix, last + 1).isFalse();
        }
    }

    @Test
    void processAtTheBoundaryLengthsEqualsTheBigIntegerPath() {
        SplittableRandom random = new SplittableRandom(126L);
        for (int radix : radixes()) {
            Ff1 ff1 = ff1(random, radix);
            int last = 2 * maxHalf(radix);
            for (int n = last - 1; n <= last + 2; n++) {
                for (int rep = 0; rep < 20; rep++) {
                    int[] x = random.ints(n, 0, radix).toArray();
                    int[] viaProcess = x.clone();
                    ff1.process(viaProcess, true);
                    int[] big = x.clone();
                    ff1.processBigInteger(big, true);
                    assertThat(viaProcess).as("radix %d, length %d", radix, n).isEqualTo(big);
                    ff1.process(viaProcess, false);
                    assertThat(viaProcess).isEqualTo(x);
                }
            }
        }
    }

    private static final int[] SPECIAL_LIMBS = {0, 1, 2, 0x7FFF, 0x8000, 0xFFFF, 0x7FFF_FFFF, 0x8000_0000,
        0x8000_0001, 0xFFFF_FFFE, 0xFFFF_FFFF, 0x0000_FFFE, 0x2000_0000, 3};

    private static BigInteger fromLimbs(int[] limbs, int count) {
        BigInteger v = BigInteger.ZERO;
        for (int i = count - 1; i >= 0; i--) {
            v = v.shiftLeft(32).or(BigInteger.valueOf(limbs[i] & 0xFFFF_FFFFL));
        }
        return v;
    }

    private static void assertRemainder(int[] dividend, int m, BigInteger modulus) {
        BigInteger y = fromLimbs(dividend, m);
        int[] un = Arrays.copyOf(dividend, m + 1);
        long[] out = new long[2];
        Ff1.remainder(un, m, Ff1.Modulus.of(modulus), out);
        BigInteger got = BigInteger.valueOf(out[0]).shiftLeft(64).or(new BigInteger(Long.toUnsignedString(out[1])))
                .and(BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE));
        assertThat(got).as("%s mod %s", y.toString(16), modulus.toString(16)).isEqualTo(y.mod(modulus));
    }

    @Test
    void remainderNeedingTheAddBackStepOfAlgorithmDIsExact() {
        // Hacker's Delight divmnu test cases (little-endian limbs) that need the rare "add back" correction
        assertRemainder(new int[] {3, 0, 0x8000_0000}, 3, fromLimbs(new int[] {1, 0, 0x2000_0000}, 3));
        assertRemainder(new int[] {3, 0, 0x0000_8000}, 3, fromLimbs(new int[] {1, 0, 0x0000_2000}, 3));
        assertRemainder(new int[] {0, 0, 0x0000_8000, 0x0000_7FFF}, 4, fromLimbs(new int[] {1, 0, 0x0000_8000}, 3));
        assertRemainder(new int[] {0, 0x0000_FFFE, 0, 0x0000_8000}, 4,
                fromLimbs(new int[] {0x0000_FFFF, 0, 0x0000_8000}, 3));
        assertRemainder(new int[] {0, 0xFFFF_FFFE, 0, 0x8000_0000}, 4,
                fromLimbs(new int[] {0x0000_FFFF, 0, 0x8000_0000}, 3));
        assertRemainder(new int[] {0, 0xFFFF_FFFE, 0, 0x8000_0000}, 4,
                fromLimbs(new int[] {0xFFFF_FFFF, 0, 0x8000_0000}, 3));
    }

    @Test
    void remainderEqualsBigIntegerModOnAMillionStructuredAndRandomOperands() {
        SplittableRandom random = new SplittableRandom(4_3_1L);
        for (int i = 0; i < 1_000_000; i++) {
            int m = random.nextInt(1, 6);
            int[] dividend = new int[m];
            for (int j = 0; j < m; j++) {
                dividend[j] = random.nextBoolean() ? SPECIAL_LIMBS[random.nextInt(SPECIAL_LIMBS.length)]
                        : random.nextInt();
            }
            int n = random.nextInt(1, 5);
            int[] divisor = new int[n];
            for (int j = 0; j < n; j++) {
                divisor[j] = random.nextBoolean() ? SPECIAL_LIMBS[random.nextInt(SPECIAL_LIMBS.length)]
                        : random.nextInt();
            }
            if (divisor[n - 1] == 0) {
                divisor[n - 1] = 1 + random.nextInt(0x7FFF_FFFF);
            }
            assertRemainder(dividend, m, fromLimbs(divisor, n));
        }
    }

    private static int[] limbsOf(BigInteger y, int m) {
        int[] limbs = new int[m];
        for (int i = 0; i < m; i++) {
            limbs[i] = y.shiftRight(32 * i).intValue();
        }
        return limbs;
    }

    @Test
    void remainderByQuotientEstimateIsExactNextToMultiplesOfTheModulus() {
        // moduli from 2^83 (quotients of 128-bit values up to 2^45, the estimate's limit) to 2^126 - 1
        SplittableRandom random = new SplittableRandom(45L);
        BigInteger top = BigInteger.ONE.shiftLeft(128);
        for (int i = 0; i < 200_000; i++) {
            int bits = random.nextInt(84, 127);
            BigInteger modulus = new BigInteger(bits, new Random(random.nextLong())).setBit(bits - 1);
            if (i % 7 == 0) {
                modulus = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
            }
            BigInteger maxQuotient = top.subtract(BigInteger.ONE).divide(modulus);
            BigInteger k = new BigInteger(maxQuotient.bitLength(), new Random(random.nextLong()))
                    .min(maxQuotient);
            BigInteger y = k.multiply(modulus).add(BigInteger.valueOf(random.nextInt(-2, 3)));
            if (y.signum() < 0 || y.compareTo(top) >= 0) {
                y = top.subtract(BigInteger.ONE);
            }
            assertRemainder(limbsOf(y, 4), 4, modulus);
        }
        int[] allOnes = limbsOf(top.subtract(BigInteger.ONE), 4);
        assertRemainder(allOnes, 4, BigInteger.ONE.shiftLeft(83));
        assertRemainder(allOnes, 4, BigInteger.ONE.shiftLeft(83).add(BigInteger.ONE));
        assertRemainder(allOnes, 4, BigInteger.ONE.shiftLeft(126).subtract(BigInteger.ONE));
        assertRemainder(limbsOf(BigInteger.valueOf(62).pow(16).multiply(BigInteger.valueOf(3)), 4), 4,
                BigInteger.valueOf(62).pow(16));
    }

    @Test
    void divisionByTheRadixThroughAMultiplierIsExactForEveryRadixOn31BitValues() {
        SplittableRandom random = new SplittableRandom(31L);
        for (int radix = 2; radix <= 65_536; radix++) {
            long magic = Ff1.digitMagic(radix);
            int shift = Ff1.digitShift(radix);
            int topMultiple = Integer.MAX_VALUE - Integer.MAX_VALUE % radix;
            int[] xs = {0, 1, radix - 1, radix, radix + 1, Integer.MAX_VALUE, Integer.MAX_VALUE - 1, topMultiple,
                topMultiple - 1, topMultiple - radix, topMultiple - radix + 1, random.nextInt(0, Integer.MAX_VALUE)};
            for (int x : xs) {
                assertThat((x * magic) >>> shift).as("%d / %d", x, radix).isEqualTo(x / radix);
            }
        }
        for (int i = 0; i < 1_000_000; i++) {
            int radix = random.nextInt(2, 65_537);
            int x = random.nextInt(0, Integer.MAX_VALUE) | (i % 2 == 0 ? 0x4000_0000 : 0);
            assertThat((x * Ff1.digitMagic(radix)) >>> Ff1.digitShift(radix)).isEqualTo(x / radix);
        }
    }

    @Test
    void remainderByPowersOfRadixesEqualsBigIntegerMod() {
        SplittableRandom random = new SplittableRandom(62L);
        for (int radix : radixes()) {
            for (int k = 1; k <= maxHalf(radix); k++) {
                BigInteger modulus = BigInteger.valueOf(radix).pow(k);
                for (int rep = 0; rep < 50; rep++) {
                    int m = random.nextInt(1, 6);
                    assertRemainder(random.ints(m).toArray(), m, modulus);
                }
            }
        }
    }
}
