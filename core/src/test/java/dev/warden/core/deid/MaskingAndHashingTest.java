package dev.warden.core.deid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.deid.ConsistencyDomain;
import dev.warden.deid.Deidentifier;
import dev.warden.deid.HashEncoding;
import dev.warden.deid.Transformation.CharacterMask;
import dev.warden.deid.Transformation.KeyedHash;
import dev.warden.deid.ValueTransformer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Character masking and keyed hashing, including the edge cases other maskers got wrong. */
class MaskingAndHashingTest {

    private static final Deidentifier DEID = Deidentifiers.create(new byte[32]);
    private static final ConsistencyDomain D = new ConsistencyDomain("d");

    private static String mask(int first, int last, boolean separators, String value) {
        return DEID.compile(new CharacterMask(first, last, '*', separators), D).apply(value);
    }

    @Test
    void maskKeepsTheLastFourOfACardNumberAndItsDashes() {
        assertThat(mask(0, 4, true, "4111-1111-1111-1234")).isEqualTo("****-****-****-1234");
    }

    @Test
    void maskWithoutSeparatorsMasksDashesToo() {
        assertThat(mask(0, 4, false, "4111-1111-1111-1234")).isEqualTo("***************1234");
    }

    @Test
    void aValueShorterThanTheKeptWindowIsMaskedEntirely() {
        assertThat(mask(2, 2, false, "abc")).isEqualTo("***");
    }

    @Test
    void aValueExactlyAsLongAsTheKeptWindowIsMaskedEntirelyNotReturnedAsIs() {
        assertThat(mask(2, 2, false, "abcd")).isEqualTo("****");
        assertThat(mask(0, 4, true, "12-34")).isEqualTo("**-**");
    }

    @Test
    void aKeepWindowOfOneCharacterKeepsOnlyIt() {
        assertThat(mask(1, 0, false, "Alice")).isEqualTo("A****");
        assertThat(mask(0, 1, false, "Alice")).isEqualTo("****e");
    }

    @Test
    void aNameAfterAnEmojiCountsTheEmojiAsOneCodePointAndNeverSplitsIt() {
        assertThat(mask(1, 0, false, "\uD83D\uDE00John")).isEqualTo("\uD83D\uDE00****");
        assertThat(mask(0, 1, false, "John\uD83D\uDE00")).isEqualTo("****\uD83D\uDE00");
        assertThat(mask(2, 0, false, "J\uD83D\uDE00hn")).isEqualTo("J\uD83D\uDE00**");
    }

    @Test
    void aSupplementaryMaskCharacterIsWrittenWhole() {
        String out = DEID.compile(new CharacterMask(0, 1, 0x1F512, false), D).apply("abc");
        assertThat(out).isEqualTo("\uD83D\uDD12\uD83D\uDD12c");
    }

    @Test
    void combiningMarksAndRightToLeftTextAreMaskedByCodePoint() {
        String hebrew = "\u05E9\u05DC\u05D5\u05DD";
        assertThat(mask(1, 0, false, hebrew)).isEqualTo("\u05E9***");
        assertThat(mask(0, 0, false, "e\u0301")).isEqualTo("**");
    }

    @Test
    void emptyAndWhitespaceOnlyValuesKeepTheirLength() {
        assertThat(mask(1, 1, false, "")).isEmpty();
        assertThat(mask(0, 0, true, "   ")).isEqualTo("   ");
        assertThat(mask(0, 0, false, "  ")).isEqualTo("**");
    }

    @Test
    void aOneMegabyteValueIsMaskedWhole() {
        String big = "x".repeat(1 << 20);
        String out = mask(3, 3, false, big);
        assertThat(out).hasSize(1 << 20).startsWith("xxx*").endsWith("*xxx");
    }

    @Test
    void hmacMatchesRfc4231TestCase1WithADirectKey() {
        // Test case 2's key "Jefe" has 4 bytes, under the 16-byte floor of direct keys; case 1's has 20.
        Deidentifier direct = Deidentifiers.builder().directKey(java.util.HexFormat.of().parseHex("0b".repeat(20))).build();
        assertThat(direct.compile(KeyedHash.hex(), D).apply("Hi There"))
                .isEqualTo("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    }

    @Test
    void hmacTruncatesAndPrefixes() {
        ValueTransformer t = DEID.compile(new KeyedHash(HashEncoding.HEX, 16, "ssn_"), D);
        assertThat(t.apply("999-49-3983")).matches("ssn_[0-9a-f]{16}");
    }

    @Test
    void hmacInBase64UrlHasFortyThreeCharactersWithoutPadding() {
        ValueTransformer t = DEID.compile(new KeyedHash(HashEncoding.BASE64URL, 0, ""), D);
        assertThat(t.apply("x")).matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void hmacOfAOneMegabyteValueWorks() {
        assertThat(DEID.compile(KeyedHash.hex(), D).apply("é".repeat(1 << 19))).hasSize(64);
    }

    @Test
    void hmacIsTheSameInOneDomainAndDifferentAcrossDomainsAndKeys() {
        ValueTransformer a = DEID.compile(KeyedHash.hex(), ConsistencyDomain.of("patients", "Id"));
        ValueTransformer b = Deidentifiers.create(new byte[32])
                .compile(KeyedHash.hex(), ConsistencyDomain.of("patients", "Id"));
        ValueTransformer other = DEID.compile(KeyedHash.hex(), ConsistencyDomain.of("encounters", "Id"));
        byte[] key2 = new byte[32];
        key2[0] = 1;
        ValueTransformer otherKey = Deidentifiers.create(key2)
                .compile(KeyedHash.hex(), ConsistencyDomain.of("patients", "Id"));
        assertThat(a.apply("p1")).isEqualTo(b.apply("p1"))
                .isNotEqualTo(other.apply("p1")).isNotEqualTo(otherKey.apply("p1"));
    }

    @Test
    void hmacIsNotAPlainHashOfTheValue() throws Exception {
        byte[] sha = java.security.MessageDigest.getInstance("SHA-256").digest("x".getBytes(StandardCharsets.UTF_8));
        assertThat(DEID.compile(KeyedHash.hex(), D).apply("x")).isNotEqualTo(java.util.HexFormat.of().formatHex(sha));
    }

    @Test
    void hmacIsSafeAcrossThreads() throws Exception {
        ValueTransformer t = DEID.compile(KeyedHash.hex(), D);
        String expected = t.apply("same");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> {
                    for (int j = 0; j < 2000; j++) {
                        if (!t.apply("same").equals(expected)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (var f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * On 10,000 random values (ASCII, Latin-1, Greek and emoji; lengths 0 to 99, across the 64-byte ASCII buffer) the
     * keyed hash is exactly the lowercase hex of a bare JDK HMAC-SHA256 of the value's UTF-8 bytes; truncated and
     * prefixed forms are its prefix with the prefix before it.
     */
    @Test
    void hmacHexIsTheHexOfABareMacOnTenThousandRandomValues() throws Exception {
        byte[] key = new byte[32];
        java.util.SplittableRandom random = new java.util.SplittableRandom(4231);
        random.nextBytes(key);
        Deidentifier direct = Deidentifiers.builder().directKey(key).build();
        ValueTransformer full = direct.compile(KeyedHash.hex(), D);
        ValueTransformer cut = direct.compile(new KeyedHash(HashEncoding.HEX, 17, "h_"), D);
        ValueTransformer accented = direct.compile(new KeyedHash(HashEncoding.HEX, 0, "é"), D);
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
        String[] pools = {"abcXYZ019-_ ", "abcàéîõü", "αβγδ", "a\uD83D\uDE00b"};
        for (int i = 0; i < 10_000; i++) {
            String pool = pools[i % pools.length];
            int n = random.nextInt(100);
            StringBuilder sb = new StringBuilder();
            while (sb.length() < n) {
                int at = random.nextInt(pool.length());
                if (Character.isHighSurrogate(pool.charAt(at))) {
                    sb.append(pool, at, at + 2);
                } else if (!Character.isLowSurrogate(pool.charAt(at))) {
                    sb.append(pool.charAt(at));
                }
            }
            String value = sb.toString();
            String want = java.util.HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
            assertThat(full.apply(value)).as(value).isEqualTo(want);
            assertThat(cut.apply(value)).isEqualTo("h_" + want.substring(0, 17));
            assertThat(accented.apply(value)).isEqualTo("é" + want);
        }
    }

    @Test
    void hexEightCharactersAtATimeMatchesTheJdkOnEdgeAndRandomWords() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(16);
        int[] edges = {0, -1, 0x09090909, 0x0a0a0a0a, 0xf0f0f0f0, 0x12345678, 0x9abcdef0, Integer.MIN_VALUE};
        for (int i = 0; i < 10_000; i++) {
            int x = i < edges.length ? edges[i] : random.nextInt();
            byte[] got = java.nio.ByteBuffer.allocate(8).putLong(KeyedHashing.hex8(x)).array();
            assertThat(new String(got, StandardCharsets.US_ASCII)).isEqualTo(String.format("%08x", x));
        }
    }
}
