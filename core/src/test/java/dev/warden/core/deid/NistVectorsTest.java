package dev.warden.core.deid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.deid.Alphabet;
import dev.warden.deid.ConsistencyDomain;
import dev.warden.deid.Deidentifier;
import dev.warden.deid.FpeAlgorithm;
import dev.warden.deid.SmallDomainFallback;
import dev.warden.deid.Transformation.FormatPreservingEncryption;
import dev.warden.deid.ValueTransformer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The NIST SP 800-38G samples (FF1 1-9, FF3-1), read from the published vector file, through the public API. */
class NistVectorsTest {

    record Vector(String line, String algorithm, int radix, String key, String tweak, String plain, String cipher) {
        @Override
        public String toString() {
            return algorithm + " radix " + radix + " tweak '" + tweak + "' " + plain;
        }
    }

    static List<Vector> vectors() throws IOException {
        try (InputStream in = NistVectorsTest.class.getResourceAsStream("/data/vectors/ff1_ff3.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> l.startsWith("FF"))
                    .map(l -> {
                        String[] f = l.split("\\|", -1);
                        return new Vector(l, f[0].strip(), Integer.parseInt(f[1].strip()), f[2].strip(), f[3].strip(),
                                f[4].strip(), f[5].strip());
                    }).toList();
        }
    }

    static Stream<Vector> ff1() throws IOException {
        return vectors().stream().filter(v -> v.algorithm().startsWith("FF1"));
    }

    static Stream<Vector> ff3() throws IOException {
        return vectors().stream().filter(v -> v.algorithm().startsWith("FF3-1"));
    }

    private static FormatPreservingEncryption fpe(Vector v, FpeAlgorithm algorithm) {
        return new FormatPreservingEncryption(algorithm, Alphabet.ofRadix(v.radix()), v.tweak(),
                SmallDomainFallback.REJECT);
    }

    private static Deidentifier direct(Vector v) {
        return Deidentifiers.builder().directKey(HexFormat.of().parseHex(v.key())).reidentification(true).build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ff1")
    void ff1EncryptsTheNistSampleToItsPublishedCiphertext(Vector v) {
        ValueTransformer t = direct(v).compile(fpe(v, FpeAlgorithm.FF1), new ConsistencyDomain("nist"));
        assertThat(t.apply(v.plain())).isEqualTo(v.cipher());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ff1")
    void ff1DecryptsThePublishedCiphertextBackToTheSample(Vector v) {
        ValueTransformer t = direct(v).reverse(fpe(v, FpeAlgorithm.FF1), new ConsistencyDomain("nist"));
        assertThat(t.apply(v.cipher())).isEqualTo(v.plain());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ff3")
    void ff3OneEncryptsAndDecryptsTheNistSample(Vector v) {
        Deidentifier d = direct(v);
        ConsistencyDomain domain = new ConsistencyDomain("nist");
        assertThat(d.compile(fpe(v, FpeAlgorithm.FF3_1), domain).apply(v.plain())).isEqualTo(v.cipher());
        assertThat(d.reverse(fpe(v, FpeAlgorithm.FF3_1), domain).apply(v.cipher())).isEqualTo(v.plain());
    }

    @org.junit.jupiter.api.Test
    void theFileHoldsNineFf1SamplesAndOneFf3Sample() throws IOException {
        assertThat(ff1().count()).isEqualTo(9);
        assertThat(ff3().count()).isEqualTo(1);
    }
}
