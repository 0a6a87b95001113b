package dev.warden.core.deid.detect;

/**
 * The eras of the Japanese calendar since the Gregorian calendar's adoption (wareki, 和暦), as Japanese forms and
 * exports write dates: {@code 令和8年3月14日} is 2026-03-14, and the first year of an era is written {@code 元年}. An
 * era's year 1 is the Gregorian year in which it began; a date belongs to the latest era begun on or before it
 * (Cabinet Order of 2019-04-01 for Reiwa; the earlier eras by their accession days).
 *
 * <p>Stateless; every method is pure.
 */
public final class JapaneseEras {

    /** The eras' names, oldest first: Meiji, Taishō, Shōwa, Heisei, Reiwa. */
    private static final String[] NAMES = {"明治", "大正", "昭和", "平成", "令和"};
    /** The first day of each era as yyyyMMdd (Meiji from 1868-01-25, the Gregorian calendar from 1873). */
    private static final int[] STARTS = {18680125, 19120730, 19261225, 19890108, 20190501};

    private JapaneseEras() {
    }

    /**
     * @param name an era's name in kanji ({@code 令和})
     * @return the era's index (0 Meiji .. 4 Reiwa), or -1 when {@code name} names none
     */
    public static int era(String name) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * @param era an index from {@link #era(String)}
     * @param year the year of the era, from 1
     * @return the Gregorian year ({@code 令和8} is 2026)
     */
    public static int gregorianYear(int era, int year) {
        return STARTS[era] / 10_000 + year - 1;
    }

    /**
     * @return the index of the era of a Gregorian date, or -1 before Meiji
     */
    public static int eraOf(int year, int month, int day) {
        int date = year * 10_000 + month * 100 + day;
        for (int i = STARTS.length - 1; i >= 0; i--) {
            if (date >= STARTS[i]) {
                return i;
            }
        }
        return -1;
    }

    /** @return the era's name in kanji */
    public static String name(int era) {
        return NAMES[era];
    }
}
