package dev.warden.core.deid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.deid.Alphabet;
import dev.warden.deid.ConsistencyDomain;
import dev.warden.deid.Deidentifier;
import dev.warden.deid.FpeAlgorithm;
import dev.warden.deid.SmallDomainFallback;
import dev.warden.deid.Transformation.FormatPreservingEncryption;
import dev.warden.deid.ValueTransformer;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bouncycastle.crypto.fpe.FPEEngine;
import org.bouncycastle.crypto.fpe.FPEFF1Engine;
import org.bouncycastle.crypto.params.FPEParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;

/**
 * Differential test: on 100,000+ random inputs over several radixes, lengths, key sizes and tweaks, Warden's FF1
 * (both its long-arithmetic and its BigInteger path) gives exactly what BouncyCastle's {@link FPEFF1Engine} gives,
 * and decrypts back.
 */
class Ff1DifferentialTest {

    private static final int[] RADIXES = {2, 8, 10, 16, 26, 36, 62, 200};

    private static Alphabet alphabet(int radix) {
        if (radix <= 62) {
            return Alphabet.ofRadix(radix);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < radix; i++) {
            sb.append((char) (0x100 + i)); // Latin Extended letters: none is a separator
        }
        return new Alphabet(sb.toString());
    }

    private static int minLength(int radix) {
        int n = 2;
        while (BigInteger.valueOf(radix).pow(n).compareTo(BigInteger.valueOf(1_000_000)) < 0) {
            n++;
        }
        return n;
    }

    @Test
    void ff1AgreesWithBouncyCastleOnOneHundredThousandRandomInputs() {
        SplittableRandom random = new SplittableRandom(800_38L);
        int checked = 0;
        int configs = 0;
        int[] keySizes = {16, 24, 32};
        while (checked < 100_000) {
            int radix = RADIXES[configs % RADIXES.length];
            byte[] key = new byte[keySizes[configs % 3]];
            random.nextBytes(key);
            byte[] tweak = new byte[configs % 5 == 0 ? 0 : random.nextInt(1, 40)];
            random.nextBytes(tweak);
            configs++;
            Alphabet alphabet = alphabet(radix);
            FormatPreservingEncryption t = new FormatPreservingEncryption(FpeAlgorithm.FF1, alphabet,
                    HexFormat.of().formatHex(tweak), SmallDomainFallback.REJECT);
            Deidentifier deid = Deidentifiers.builder().directKey(key).reidentification(true).build();
            ValueTransformer enc = deid.compile(t, new ConsistencyDomain("d"));
            ValueTransformer dec = deid.reverse(t, new ConsistencyDomain("d"));
            FPEEngine bc = new FPEFF1Engine();
            bc.init(true, new FPEParameters(new KeyParameter(key), radix, tweak));
            int min = minLength(radix);
            for (int i = 0; i < 1000; i++) {
                int n = min + random.nextInt(i % 10 == 0 ? 60 : 24);
                byte[] numerals = new byte[n];
                StringBuilder in = new StringBuilder(n);
                for (int j = 0; j < n; j++) {
                    int d = random.nextInt(radix);
                    numerals[j] = (byte) d;
                    in.append(alphabet.characters().charAt(d));
                }
                byte[] expected = new byte[n];
                bc.processBlock(numerals, 0, n, expected, 0);
                StringBuilder want = new StringBuilder(n);
                for (byte b : expected) {
                    want.append(alphabet.characters().charAt(b & 0xFF));
                }
                String got = enc.apply(in.toString());
                assertThat(got).as("radix %d, length %d, tweak %d bytes", radix, n, tweak.length)
                        .isEqualTo(want.toString());
                assertThat(dec.apply(got)).isEqualTo(in.toString());
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(100_000);
    }

    @Test
    void ssnWithDashesAgreesWithBouncyCastleOnItsNineDigits() {
        byte[] key = HexFormat.of().parseHex("2B7E151628AED2A6ABF7158809CF4F3C");
        ValueTransformer enc = Deidentifiers.builder().directKey(key).build()
                .compile(FormatPreservingEncryption.ff1(Alphabet.DIGITS), new ConsistencyDomain("d"));
        FPEEngine bc = new FPEFF1Engine();
        bc.init(true, new FPEParameters(new KeyParameter(key), 10, new byte[0]));
        byte[] in = {0, 0, 0, 1, 2, 3, 4, 5, 6};
        byte[] out = new byte[9];
        bc.processBlock(in, 0, 9, out, 0);
        StringBuilder want = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            want.append((char) ('0' + out[i]));
            if (i == 2 || i == 4) {
                want.append('-');
            }
        }
        assertThat(enc.apply("000-12-3456")).isEqualTo(want.toString());
    }

    /**
     * One compiled transformer shared by four threads (each with its own AES cipher and scratch blocks) gives every
     * thread what it gives a single thread, on the long (SSN), 128-bit (UUID) and BigInteger (long value) paths.
     */
    @Test
    void aTransformerSharedByFourThreadsGivesEachWhatItGivesOne() throws Exception {
        byte[] key = new byte[32];
        new SplittableRandom(7).nextBytes(key);
        Deidentifier deid = Deidentifiers.builder().directKey(key).build();
        ValueTransformer digits = deid.compile(FormatPreservingEncryption.ff1(Alphabet.DIGITS), new ConsistencyDomain("d"));
        ValueTransformer alnum = deid.compile(FormatPreservingEncryption.ff1(Alphabet.ALPHANUMERIC),
                new ConsistencyDomain("d"));
        SplittableRandom random = new SplittableRandom(11);
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            int n = i % 3 == 0 ? 9 : i % 3 == 1 ? 32 : 100;
            StringBuilder sb = new StringBuilder(n);
            String chars = (i % 3 == 0 ? Alphabet.DIGITS : Alphabet.ALPHANUMERIC).characters();
            for (int j = 0; j < n; j++) {
                sb.append(chars.charAt(random.nextInt(chars.length())));
            }
            inputs.add(sb.toString());
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            expected.add((i % 3 == 0 ? digits : alnum).apply(inputs.get(i)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    List<String> out = new ArrayList<>();
                    for (int i = 0; i < inputs.size(); i++) {
                        out.add((i % 3 == 0 ? digits : alnum).apply(inputs.get(i)));
                    }
                    return out;
                }));
            }
            for (Future<List<String>> r : results) {
                assertThat(r.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
