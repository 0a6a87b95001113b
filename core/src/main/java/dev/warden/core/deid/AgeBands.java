package dev.warden.core.deid;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Age bands as censuses, registries and survey exports write them: two ages joined by a hyphen or an en dash, five or
 * ten years wide ({@code 85-89}, {@code 90–94}, {@code 0-9}), or an open top band ({@code 90+}). Safe Harbor
 * aggregates ages over 89 into one category (45 CFR 164.514(b)(2)(i)(C)): a band whose lowest age is over 89 is such
 * an age.
 */
public final class AgeBands {
    private static final Pattern BAND = Pattern.compile("([0-9]{1,3}) ?[-\u2013] ?([0-9]{1,3})|([0-9]{1,3}) ?\\+");

    /** The highest age a band may reach. */
    private static final int OLDEST = 124;

    private AgeBands() {
    }

    /**
     * @param value a value, stripped
     * @return the lowest age of the band, or -1 when the value is no age band of five or ten years (or open) up to 124
     */
    public static int lowest(String value) {
        Matcher m = BAND.matcher(value);
        if (!m.matches()) {
            return -1;
        }
        if (m.group(3) != null) {
            int low = Integer.parseInt(m.group(3));
            return low <= OLDEST ? low : -1;
        }
        int low = Integer.parseInt(m.group(1));
        int high = Integer.parseInt(m.group(2));
        return (high - low == 4 || high - low == 9) && high <= OLDEST ? low : -1;
    }
}
