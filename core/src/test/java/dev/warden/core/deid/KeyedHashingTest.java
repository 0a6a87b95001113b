package dev.warden.core.deid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.deid.HashEncoding;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * {@link KeyedHashing} computes HMAC-SHA256 from precomputed pad states (RFC 2104 section 4); it must equal the JDK's
 * {@code Mac} "HmacSHA256" and RFC 4231's published tags, for keys shorter and longer than the 64-byte block.
 */
class KeyedHashingTest {

    private static String hex(byte[] key, String value) {
        return new KeyedHashing(key, HashEncoding.HEX, 64, "").apply(value);
    }

    private static String jdk(byte[] key, String value) throws Exception {
        Mac m = Mac.getInstance("HmacSHA256");
        m.init(new SecretKeySpec(key, "HmacSHA256"));
        return HexFormat.of().formatHex(m.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] repeat(int b, int n) {
        byte[] k = new byte[n];
        Arrays.fill(k, (byte) b);
        return k;
    }

    @Test
    void rfc4231TestCasesWithTextData() {
        // RFC 4231 section 4.2, 4.3, 4.7, 4.8 (HMAC-SHA-256)
        assertThat(hex(repeat(0x0b, 20), "Hi There"))
                .isEqualTo("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
        assertThat(hex("Jefe".getBytes(StandardCharsets.US_ASCII), "what do ya want for nothing?"))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        assertThat(hex(repeat(0xaa, 131), "Test Using Larger Than Block-Size Key - Hash Key First"))
                .as("a key longer than the block is hashed first")
                .isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
        assertThat(hex(repeat(0xaa, 131), "This is a test using a larger than block-size key and a larger than "
                + "block-size data. The key needs to be hashed before being used by the HMAC algorithm."))
                .isEqualTo("9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");
    }

    @Test
    void equalsTheJdksMacOnRandomKeysAndValues() throws Exception {
        SplittableRandom random = new SplittableRandom(20261206);
        for (int i = 0; i < 2_000; i++) {
            byte[] key = new byte[1 + random.nextInt(200)];
            random.nextBytes(key);
            int length = random.nextInt(i % 10 == 0 ? 300 : 70);
            StringBuilder value = new StringBuilder();
            for (int c = 0; c < length; c++) {
                // mostly ASCII (the per-thread buffer's path), some Latin, Greek, CJK and emoji (UTF-8 of 2-4 bytes)
                int kind = random.nextInt(20);
                value.appendCodePoint(kind < 15 ? 0x20 + random.nextInt(95) : kind < 17 ? 0xC0 + random.nextInt(64)
                        : kind < 19 ? 0x4E00 + random.nextInt(2000) : 0x1F600 + random.nextInt(50));
            }
            assertThat(hex(key, value.toString())).as("key of %d bytes, value of %d chars", key.length, length)
                    .isEqualTo(jdk(key, value.toString()));
        }
    }

    @Test
    void oneTransformerOnManyThreadsGivesEachValueItsOwnTag() throws Exception {
        byte[] key = repeat(0x5a, 32);
        KeyedHashing hashing = new KeyedHashing(key, HashEncoding.HEX, 64, "");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int seed = t;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 5_000; i++) {
                        String v = "P" + (seed * 100_000 + i);
                        if (!hashing.apply(v).equals(jdk(key, v))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
