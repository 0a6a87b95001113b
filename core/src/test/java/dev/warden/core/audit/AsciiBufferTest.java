package dev.warden.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The byte encoder of audit records writes exactly what the text forms write: the MAC covers these bytes. */
class AsciiBufferTest {

    private static String format(Instant instant) {
        AsciiBuffer out = new AsciiBuffer(8);
        out.append(instant);
        return out.toString();
    }

    @Test
    void instantsAreWrittenExactlyAsInstantToStringWritesThem() {
        Random random = new Random(42);
        long max = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 50_000; i++) {
            long second = Math.floorMod(random.nextLong(), max + 1);
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(second, nano);
            assertThat(format(instant)).isEqualTo(instant.toString());
        }
    }

    @Test
    void instantsOutsideTheFastRangeAndAtItsEdgesMatchToo() {
        for (Instant instant : new Instant[] {Instant.EPOCH, Instant.ofEpochSecond(0, 1), Instant.ofEpochSecond(-1),
                Instant.parse("0001-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59.999999999Z"),
                Instant.parse("+10000-01-01T00:00:00Z"), Instant.MIN, Instant.MAX, Instant.parse("2024-02-29T12:00:00.100Z")}) {
            assertThat(format(instant)).isEqualTo(instant.toString());
        }
    }

    @Test
    void oneBufferReusedAcrossDaysKeepsEachDateRight() {
        AsciiBuffer out = new AsciiBuffer(8);
        Instant a = Instant.parse("2026-11-30T23:59:59.999Z");
        Instant b = Instant.parse("2026-12-01T00:00:00Z");
        out.append(a).append(' ').append(b).append(' ').append(a);
        assertThat(out.toString()).isEqualTo(a + " " + b + " " + a);
    }

    @Test
    void jsonStringsAreEscapedExactlyAsTheTextEncoderEscapesThem() {
        Random random = new Random(7);
        String[] hostile = {"", "plain", "a\"b\\c", "line\r\nbreak", "<script>&amp;", "\u2028\u2029\u0000\u007f",
                "\uD800 unpaired", "\uDBFF\uDFFF pair", "trailing\\", "é中文"};
        for (String value : hostile) {
            assertSameEscaping(value);
        }
        for (int i = 0; i < 20_000; i++) {
            char[] chars = new char[random.nextInt(12)];
            for (int c = 0; c < chars.length; c++) {
                chars[c] = (char) (random.nextBoolean() ? 0x20 + random.nextInt(0x60) : random.nextInt(0x10000));
            }
            assertSameEscaping(new String(chars));
        }
    }

    private static void assertSameEscaping(String value) {
        StringBuilder text = new StringBuilder();
        EventJson.string(text, value);
        AsciiBuffer bytes = new AsciiBuffer(4);
        EventJson.string(bytes, value);
        assertThat(bytes.toString()).isEqualTo(text.toString());
        for (int i = 0; i < bytes.length(); i++) {
            assertThat(bytes.array()[i]).as("printable ASCII").isBetween((byte) 0x20, (byte) 0x7e);
        }
    }
}
