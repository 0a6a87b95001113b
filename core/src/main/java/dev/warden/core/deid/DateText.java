package dev.warden.core.deid;

import dev.warden.InvalidInputException;
import java.time.LocalDate;

/**
 * Reads the date part of a date or timestamp and writes a new date back in the same shape. Shapes: ISO-8601
 * {@code yyyy-MM-dd}, optionally followed by {@code T} or a space and a time (with or without offset or zone, kept
 * verbatim); {@code M/d/yyyy} with or without leading zeros, optionally followed by a space and a time;
 * {@code yyyyMMdd}. Hand-parsed: no formatter, no exception on the good path.
 */
final class DateText {

    static final int ISO = 0;
    static final int US = 1;
    static final int BASIC = 2;

    private DateText() {
    }

    /** Packed result of {@link #parse}: year, month, day, shape, end of the date part, zero-padding of M/d. */
    static long parse(String s, String kind) {
        int len = s.length();
        if (len >= 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            if (len > 10 && s.charAt(10) != 'T' && s.charAt(10) != ' ') {
                throw bad(kind);
            }
            int y = digits(s, 0, 4, kind);
            int m = digits(s, 5, 7, kind);
            int d = digits(s, 8, 10, kind);
            return pack(y, m, d, ISO, 10, 0, kind);
        }
        if (len == 8 && s.indexOf('/') < 0) {
            int y = digits(s, 0, 4, kind);
            int m = digits(s, 4, 6, kind);
            int d = digits(s, 6, 8, kind);
            return pack(y, m, d, BASIC, 8, 0, kind);
        }
        int s1 = s.indexOf('/');
        if (s1 == 1 || s1 == 2) {
            int s2 = s.indexOf('/', s1 + 1);
            if (s2 == s1 + 2 || s2 == s1 + 3) {
                int end = s2 + 5;
                if (len < end || (len > end && s.charAt(end) != ' ')) {
                    throw bad(kind);
                }
                int m = digits(s, 0, s1, kind);
                int d = digits(s, s1 + 1, s2, kind);
                int y = digits(s, s2 + 1, end, kind);
                // Zero-padded style when either field shows a leading zero; otherwise no padding.
                int padding = (s.charAt(0) == '0' && s1 == 2) || (s.charAt(s1 + 1) == '0' && s2 - s1 == 3) ? 3 : 0;
                return pack(y, m, d, US, end, padding, kind);
            }
        }
        throw bad(kind);
    }

    static InvalidInputException bad(String kind) {
        return new InvalidInputException(kind + ": the value is not a date in a supported format (yyyy-MM-dd, "
                + "ISO-8601 date-time, M/d/yyyy, yyyyMMdd)");
    }

    private static int digits(String s, int from, int to, String kind) {
        int v = 0;
        for (int i = from; i < to; i++) {
            int c = s.charAt(i) - '0';
            if (c < 0 || c > 9) {
                throw bad(kind);
            }
            v = v * 10 + c;
        }
        return v;
    }

    private static long pack(int y, int m, int d, int shape, int end, int padding, String kind) {
        if (m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) {
            throw new InvalidInputException(kind + ": the value is not a valid calendar date");
        }
        return ((long) y << 40) | ((long) m << 32) | ((long) d << 24) | ((long) shape << 20) | ((long) end << 4)
                | padding;
    }

    static int daysIn(int y, int m) {
        return switch (m) {
            case 2 -> (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    static int year(long p) {
        return (int) (p >>> 40);
    }

    static int month(long p) {
        return (int) (p >>> 32) & 0xFF;
    }

    static int day(long p) {
        return (int) (p >>> 24) & 0xFF;
    }

    static int shape(long p) {
        return (int) (p >>> 20) & 0xF;
    }

    static int end(long p) {
        return (int) (p >>> 4) & 0xFFFF;
    }

    static LocalDate date(long p) {
        return LocalDate.of(year(p), month(p), day(p));
    }

    /** Writes {@code date} in the shape of {@code p}, followed by {@code rest}. */
    static String format(LocalDate date, long p, String rest, String kind) {
        int y = date.getYear();
        if (y < 0 || y > 9999) {
            throw new InvalidInputException(kind + ": the result falls outside the years 0000-9999");
        }
        StringBuilder out = new StringBuilder(10 + rest.length());
        int m = date.getMonthValue();
        int d = date.getDayOfMonth();
        switch (shape(p)) {
            case ISO -> {
                four(out, y).append('-');
                two(out, m).append('-');
                two(out, d);
            }
            case BASIC -> {
                four(out, y);
                two(out, m);
                two(out, d);
            }
            default -> {
                int padding = (int) (p & 0xF);
                if ((padding & 1) != 0) {
                    two(out, m);
                } else {
                    out.append(m);
                }
                out.append('/');
                if ((padding & 2) != 0) {
                    two(out, d);
                } else {
                    out.append(d);
                }
                out.append('/');
                four(out, y);
            }
        }
        return out.append(rest).toString();
    }

    private static StringBuilder four(StringBuilder out, int v) {
        return out.append((char) ('0' + v / 1000)).append((char) ('0' + v / 100 % 10))
                .append((char) ('0' + v / 10 % 10)).append((char) ('0' + v % 10));
    }

    private static StringBuilder two(StringBuilder out, int v) {
        return out.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }
}
