package dev.warden.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintableTest {

    @Test
    void escapesCarriageReturnAndLineFeed() {
        assertThat(Printable.of("eve\r\nFORGED line")).isEqualTo("eve\\u000d\\u000aFORGED line").doesNotContain("\n");
    }

    @Test
    void escapesUnicodeLineSeparatorsBidiOverridesAndBackslashes() {
        assertThat(Printable.of("a\u2028b\u202Ec\\d")).isEqualTo("a\\u2028b\\u202ec\\u005cd");
    }

    @Test
    void cutsLongValues() {
        assertThat(Printable.of("x".repeat(1000))).hasSize(65).endsWith("…");
    }

    @Test
    void leavesOrdinaryNamesAlone() {
        assertThat(Printable.of("Zoë O'Brien")).isEqualTo("Zoë O'Brien");
    }
}
