package dev.warden.core.deid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.InvalidInputException;
import dev.warden.deid.Alphabet;
import dev.warden.deid.ConsistencyDomain;
import dev.warden.deid.Deidentifier;
import dev.warden.deid.FpeAlgorithm;
import dev.warden.deid.Hierarchy;
import dev.warden.deid.PseudonymDictionary;
import dev.warden.deid.SmallDomainFallback;
import dev.warden.deid.Transformation;
import dev.warden.deid.ValueTransformer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Properties over random Unicode strings (emoji, combining marks, right-to-left text, zero-width joiners, other
 * scripts' digits, empty and blank strings): every transformation returns a value or throws its documented
 * {@link InvalidInputException}; results are well-formed UTF-16; masks keep the code-point length; deterministic
 * transformations are deterministic across compilations; FF1 and tokens decrypt back.
 */
class TransformationPropertiesTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes();
    private static final ConsistencyDomain DOMAIN = ConsistencyDomain.of("t", "c");
    private static final int[][] POOLS = {
        {'0', '9'}, {'a', 'z'}, {'A', 'Z'}, {'-', '-'}, {' ', ' '}, {'.', '.'}, {'@', '@'}, {'/', '/'},
        {0x1F600, 0x1F64F}, {0x1F468, 0x1F469}, {0x200D, 0x200D}, {0x0300, 0x036F}, {0x05D0, 0x05EA},
        {0x0627, 0x064A}, {0x0660, 0x0669}, {0x4E00, 0x4E50}, {0x00C0, 0x00FF}, {0x2028, 0x2029}, {0xFEFF, 0xFEFF},
        {'\t', '\t'}, {0x3000, 0x3000}, {0x10000, 0x10FFFF}};

    static String randomString(SplittableRandom r) {
        int kind = r.nextInt(10);
        if (kind == 0) {
            return "";
        }
        if (kind == 1) {
            return " \t ".substring(0, r.nextInt(1, 4));
        }
        int len = r.nextInt(1, kind == 2 ? 60 : 16);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < len; i++) {
            int[] pool = POOLS[r.nextInt(POOLS.length)];
            int cp = r.nextInt(pool[0], pool[1] + 1);
            if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
                cp = 'x';
            }
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    static List<Transformation> all() {
        Hierarchy h = new Hierarchy("h", List.of(List.of("a", "A", "*"), List.of("b", "A", "*")));
        List<Transformation> list = new ArrayList<>(List.of(new Transformation.Keep(), new Transformation.Suppress(),
                new Transformation.Redact(), new Transformation.Replace("<X>"),
                new Transformation.CharacterMask(2, 2, '*', true), new Transformation.CharacterMask(1, 0, 0x2022, false),
                new Transformation.CharacterMask(0, 4, 0x1F512, true), Transformation.KeyedHash.hex(),
                new Transformation.KeyedHash(dev.warden.deid.HashEncoding.BASE64URL, 22, "p_"),
                Transformation.FormatPreservingEncryption.ff1(Alphabet.DIGITS),
                Transformation.FormatPreservingEncryption.ff1(Alphabet.ALPHANUMERIC),
                new Transformation.FormatPreservingEncryption(FpeAlgorithm.FF1, Alphabet.HEX, "00ff",
                        SmallDomainFallback.MASK),
                new Transformation.FormatPreservingEncryption(FpeAlgorithm.FF3_1, Alphabet.BASE36, "00112233445566",
                        SmallDomainFallback.REJECT),
                new Transformation.KeyedToken("t_"), new Transformation.DateToYear(),
                new Transformation.BirthDateToYear(LocalDate.of(2026, 1, 1)), new Transformation.DateToMonth(),
                new Transformation.DateToRange(5), new Transformation.NumericBucket(BigDecimal.TEN),
                new Transformation.NumericRanges(List.of(BigDecimal.ONE, BigDecimal.TEN)),
                Transformation.ZipToThreeDigits.census2000(), Transformation.AgeTopCode.safeHarbor(),
                new Transformation.HierarchyGeneralization(h, 1)));
        for (PseudonymDictionary d : PseudonymDictionary.values()) {
            list.add(new Transformation.Pseudonym(d));
        }
        return list;
    }

    private static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    @Test
    void everyTransformationReturnsAWellFormedValueOrThrowsInvalidInputAndIsDeterministic() {
        Deidentifier a = Deidentifiers.create(KEY);
        Deidentifier b = Deidentifiers.create(KEY);
        SplittableRandom r = new SplittableRandom(42);
        for (Transformation t : all()) {
            ValueTransformer x = a.compile(t, DOMAIN);
            ValueTransformer y = b.compile(t, DOMAIN);
            for (int i = 0; i < 1500; i++) {
                String in = randomString(r);
                String out;
                try {
                    out = x.apply(in);
                } catch (InvalidInputException e) {
                    if (in.strip().length() >= 6) {
                        assertThat(e.getMessage()).as("%s error names no value", t.kind()).doesNotContain(in.strip());
                    }
                    assertThatThrownBy(() -> y.apply(in)).isInstanceOf(InvalidInputException.class);
                    continue;
                }
                if (t instanceof Transformation.Suppress) {
                    assertThat(out).isNull();
                    continue;
                }
                assertThat(out).as(t.kind()).isNotNull();
                assertThat(wellFormed(out)).as("%s gives well-formed UTF-16", t.kind()).isTrue();
                assertThat(y.apply(in)).as("%s is deterministic", t.kind()).isEqualTo(out);
                if (t instanceof Transformation.CharacterMask) {
                    assertThat(out.codePointCount(0, out.length())).isEqualTo(in.codePointCount(0, in.length()));
                }
            }
        }
    }

    @Test
    void everyTransformationMapsNullToNullExceptNone() {
        Deidentifier d = Deidentifiers.create(KEY);
        for (Transformation t : all()) {
            assertThat(d.compile(t, DOMAIN).apply(null, "entity")).as(t.kind()).isNull();
        }
    }

    @Test
    void fpeAndTokensDecryptWhatTheyEncryptOnRandomUnicode() {
        Deidentifier d = Deidentifiers.builder().jobKey(KEY).reidentification(true).build();
        SplittableRandom r = new SplittableRandom(7);
        List<Transformation> reversible = List.of(Transformation.FormatPreservingEncryption.ff1(Alphabet.DIGITS),
                Transformation.FormatPreservingEncryption.ff1(Alphabet.ALPHANUMERIC),
                Transformation.FormatPreservingEncryption.ff1(Alphabet.LOWER),
                new Transformation.FormatPreservingEncryption(FpeAlgorithm.FF3_1, Alphabet.DIGITS, "0a0b0c0d0e0f01",
                        SmallDomainFallback.REJECT),
                new Transformation.KeyedToken(""));
        int roundTrips = 0;
        for (Transformation t : reversible) {
            ValueTransformer enc = d.compile(t, DOMAIN);
            ValueTransformer dec = d.reverse(t, DOMAIN);
            for (int i = 0; i < 2000; i++) {
                String in = randomString(r);
                String out;
                try {
                    out = enc.apply(in);
                } catch (InvalidInputException e) {
                    continue;
                }
                assertThat(dec.apply(out)).as(t.kind()).isEqualTo(in);
                if (t instanceof Transformation.FormatPreservingEncryption) {
                    assertThat(out.length()).isEqualTo(in.length());
                }
                roundTrips++;
            }
        }
        assertThat(roundTrips).isGreaterThan(5000);
    }
}
