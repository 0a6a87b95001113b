package dev.warden.core.deid;

import dev.warden.InvalidInputException;
import java.nio.charset.StandardCharsets;
import dev.warden.core.deid.detect.JapaneseEras;
import java.time.LocalDate;

/**
 * Reads the date part of a date or timestamp and writes a new date back in the same shape. Shapes: ISO-8601
 * {@code yyyy-MM-dd}, optionally followed by {@code T} or a space and a time (with or without offset or zone, kept
 * verbatim); {@code M/d/yyyy} with or without leading zeros, optionally followed by a space and a time;
 * {@code yyyyMMdd}, optionally followed by a space and a time ({@code 20240312 0815}, as German hospital case extracts
 * under §21 KHEntgG write them), and eight digits that are no {@code yyyyMMdd} read as {@code MMddyyyy} (or
 * {@code ddMMyyyy} when the first field is over 12) with a year from 1900 to 2099, as Metro 2 and NCHS files write them; {@code dd-MMM-yyyy} with an English month abbreviation ({@code 27-Sep-2024}, optionally followed
 * by a space and a time); {@code d.M.yyyy}, day first, as German, Austrian, Swiss, Polish, Russian and Scandinavian exports
 * write dates (DIN 5008; with or without leading zeros, optionally followed by a space and a time); {@code d-M-yyyy},
 * day first (Dutch, Danish, Indian exports); {@code d/M/yyyy}, day first, for a slash date whose first field is over 12
 * (a slash date that reads both ways is read month first: the year is right either way, the day and month may be
 * swapped); {@code yyyy/M/d}, year first (Japanese, Chinese, Korean exports; optionally followed by a space and a time);
 * {@code [EEE, ]d MMM yyyy}, as e-mail's Date header writes it (RFC 5322 section 3.3, {@code Thu, 31 Aug 2000
 * 19:58:00 -0700 (PDT)}: the day of the week is written anew for the new date, the time and zone kept);
 * {@code yyyy年M月d日} (Japanese, Chinese) and {@code yyyy년 M월 d일} (Korean); a Japanese era's {@code 令和8年3月14日}
 * ({@link JapaneseEras}: a shifted date is written in the era it falls in, its first year as {@code 元年}). Hand-parsed: no formatter, no exception on the good path.
 */
final class DateText {

    static final int ISO = 0;
    static final int US = 1;
    static final int BASIC = 2;
    static final int DOTTED = 3;
    static final int MONTH_NAME = 4;
    /** {@code d/M/yyyy}: a slash date whose first field is over 12 is read day first. */
    static final int SLASH_DAY_FIRST = 5;
    /** {@code d-M-yyyy}, day first. */
    static final int DASHED = 6;
    /** {@code yyyy/M/d}, year first with slashes (Japanese, Chinese, Korean exports). */
    static final int YEAR_SLASH = 7;
    /** {@code [EEE, ]d MMM yyyy}, as e-mail's Date header writes it (RFC 5322 section 3.3). */
    static final int MAIL = 8;
    /** {@code yyyy年M月d日} (Japanese, Chinese) or {@code yyyy년 M월 d일} (Korean). */
    static final int CJK = 9;
    /** A Japanese era's {@code 令和8年3月14日} ({@link JapaneseEras}). */
    static final int ERA = 10;
    /** {@code MMddyyyy}: eight digits that are no {@code yyyyMMdd} (Metro 2, NCHS, mainframe exports). */
    static final int BASIC_MDY = 11;
    /** {@code ddMMyyyy}: eight digits whose first field is a day over 12. */
    static final int BASIC_DMY = 12;
    /** {@code yyyy.MM.dd}, maybe with a point after it, or Korean {@code yyyy. M. d.}. */
    static final int YEAR_DOT = 13;
    /** Padding bit of a {@link #DOTTED} date written with a space after each point ({@code 7. 3. 2025}). */
    private static final int SPACED = 8;
    /** Days of the week from Monday, as RFC 5322 writes them. */
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

    /** English month abbreviations, as {@code dd-MMM-yyyy} writes them (Oracle's default, lab and biobank exports). */
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
        "dec"};

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
        if (len >= 5 && (s.charAt(4) == '年' || s.charAt(4) == '년' || s.charAt(0) > 0x2FFF)) {
            return parseCjk(s, kind);
        }
        if (len == 8 && s.indexOf('/') < 0 && s.indexOf('.') < 0 && s.indexOf('-') < 0 // not 1.2.2000 or 1-2-2000
                || len > 8 && s.charAt(8) == ' ' && allDigits(s, 8)) { // 20240312 0815, as German §21 extracts write it
            int y = digits(s, 0, 4, kind);
            int m = digits(s, 4, 6, kind);
            int d = digits(s, 6, 8, kind);
            if (m < 1 || m > 12) {
                // MMddyyyy, or ddMMyyyy when the first field is over 12 (Metro 2, NCHS, mainframe exports)
                int first = digits(s, 0, 2, kind);
                int second = digits(s, 2, 4, kind);
                int year = digits(s, 4, 8, kind);
                if (year >= 1900 && year <= 2099) {
                    return first <= 12 ? pack(year, first, second, BASIC_MDY, 8, 0, kind)
                            : pack(year, second, first, BASIC_DMY, 8, 0, kind);
                }
            }
            return pack(y, m, d, BASIC, 8, 0, kind);
        }
        // Thu, 31 Aug 2000 19:58:00 -0700 (PDT): an optional day of the week, the day, the month's name, the year
        int at = len > 5 && s.charAt(3) == ',' && s.charAt(4) == ' ' && Character.isLetter(s.charAt(0)) ? 5 : 0;
        int space = s.indexOf(' ', at);
        if ((space == at + 1 || space == at + 2) && len >= space + 9 && s.charAt(space + 4) == ' '
                && Character.isLetter(s.charAt(space + 1))) {
            int end = space + 9;
            if (len > end && s.charAt(end) != ' ') {
                throw bad(kind);
            }
            int d = digits(s, at, space, kind);
            int m = month(s.substring(space + 1, space + 4), kind);
            int y = digits(s, space + 5, end, kind);
            // bit 2: the day is zero-padded; bit 8: a day of the week comes first
            return pack(y, m, d, MAIL, end, (space - at == 2 && s.charAt(at) == '0' ? 2 : 0) | (at > 0 ? 8 : 0), kind);
        }
        int dash = s.indexOf('-');
        if ((dash == 1 || dash == 2) && len >= dash + 9 && s.charAt(dash + 4) == '-') {
            int end = dash + 9;
            if (len > end && s.charAt(end) != ' ') {
                throw bad(kind);
            }
            int d = digits(s, 0, dash, kind);
            int m = month(s.substring(dash + 1, dash + 4), kind);
            int y = digits(s, dash + 5, end, kind);
            // bit 2: the day is zero-padded; bit 4: the month is written in capitals (SEP)
            int padding = (s.charAt(0) == '0' && dash == 2 ? 2 : 0) | (Character.isUpperCase(s.charAt(dash + 2)) ? 4 : 0);
            return pack(y, m, d, MONTH_NAME, end, padding, kind);
        }
        if (dash == 1 || dash == 2) {
            int dash2 = s.indexOf('-', dash + 1);
            if (dash2 == dash + 2 || dash2 == dash + 3) {
                int end = dash2 + 5;
                if (len < end || (len > end && s.charAt(end) != ' ')) {
                    throw bad(kind);
                }
                int d = digits(s, 0, dash, kind);
                int m = digits(s, dash + 1, dash2, kind);
                int y = digits(s, dash2 + 1, end, kind);
                return pack(y, m, d, DASHED, end, dayFirstPadding(s, dash, dash2), kind);
            }
        }
        int dot = s.indexOf('.');
        if (dot == 4) {
            return parseYearDot(s, kind);
        }
        if ((dot == 1 || dot == 2) && s.indexOf('/') < 0) {
            // d.M.yyyy, or d. M. yyyy with a space after each point as Slovenian, Czech, Slovak and Croatian write it
            int gap = len > dot + 1 && s.charAt(dot + 1) == ' ' ? 1 : 0;
            int dot2 = s.indexOf('.', dot + 1 + gap);
            if ((dot2 == dot + 2 + gap || dot2 == dot + 3 + gap) && (gap == 0 || len > dot2 + 1 && s.charAt(dot2 + 1) == ' ')) {
                int end = dot2 + 5 + gap;
                // Croatian, Serbian and Hungarian write a point after the year (1.2.1975.): kept after the date
                boolean yearPoint = len > end && s.charAt(end) == '.' && (len == end + 1 || s.charAt(end + 1) == ' ');
                if (len < end || (len > end && s.charAt(end) != ' ' && !yearPoint)) {
                    throw bad(kind);
                }
                int d = digits(s, 0, dot, kind);
                int m = digits(s, dot + 1 + gap, dot2, kind);
                int y = digits(s, dot2 + 1 + gap, end, kind);
                int padding = (s.charAt(dot + 1 + gap) == '0' && dot2 - dot == 3 + gap ? 1 : 0)
                        | (s.charAt(0) == '0' && dot == 2 ? 2 : 0);
                return pack(y, m, d, DOTTED, end, padding | (gap == 1 ? SPACED : 0), kind);
            }
            if (gap == 1) {
                throw bad(kind);
            }
        }
        int s1 = s.indexOf('/');
        if (s1 == 4) {
            int s2 = s.indexOf('/', 5);
            if (s2 == 6 || s2 == 7) {
                int end = s2 + 2 < len && Character.isDigit(s.charAt(s2 + 2)) ? s2 + 3 : s2 + 2;
                if (len < end || (len > end && s.charAt(end) != ' ')) {
                    throw bad(kind);
                }
                int y = digits(s, 0, 4, kind);
                int m = digits(s, 5, s2, kind);
                int d = digits(s, s2 + 1, end, kind);
                // Zero-padded style when either field shows a leading zero (as M/d/yyyy); otherwise no padding.
                int padding = (s.charAt(5) == '0' && s2 == 7) || (s.charAt(s2 + 1) == '0' && end - s2 == 3) ? 3 : 0;
                return pack(y, m, d, YEAR_SLASH, end, padding, kind);
            }
        }
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
                if (m > 12 && d <= 12) {
                    // d/M/yyyy, day first (British, French, Spanish, Italian exports): a first field over 12 is a day
                    return pack(y, d, m, SLASH_DAY_FIRST, end, dayFirstPadding(s, s1, s2), kind);
                }
                // Zero-padded style when either field shows a leading zero; otherwise no padding.
                int padding = (s.charAt(0) == '0' && s1 == 2) || (s.charAt(s1 + 1) == '0' && s2 - s1 == 3) ? 3 : 0;
                return pack(y, m, d, US, end, padding, kind);
            }
        }
        throw bad(kind);
    }

    /**
     * {@code yyyy年M月d日}, {@code yyyy년 M월 d일} (a space after each part or none) or a Japanese era's
     * {@code 令和8年3月14日} ({@code 元年} for the first year), maybe followed by a space and a time. Padding bits as
     * M/d/yyyy's (1 the month, 2 the day), 4 Korean, 8 a space after the year and the month.
     */
    private static long parseCjk(String s, String kind) {
        int len = s.length();
        int at;
        int y;
        int shape;
        int flags = 0;
        if (s.charAt(0) <= 0x2FFF) {
            y = digits(s, 0, 4, kind);
            shape = CJK;
            flags = s.charAt(4) == '년' ? 4 : 0;
            at = 5;
        } else {
            int era = len > 2 ? JapaneseEras.era(s.substring(0, 2)) : -1;
            int mark = s.indexOf('年', 2);
            if (era < 0 || mark < 3 || mark > 4) {
                throw bad(kind);
            }
            int eraYear = mark == 3 && s.charAt(2) == '元' ? 1 : digits(s, 2, mark, kind);
            if (eraYear < 1) {
                throw bad(kind);
            }
            y = JapaneseEras.gregorianYear(era, eraYear);
            shape = ERA;
            at = mark + 1;
        }
        char monthMark = flags == 4 ? '월' : '月';
        char dayMark = flags == 4 ? '일' : '日';
        if (at < len && s.charAt(at) == ' ') {
            flags |= 8;
            at++;
        }
        int mEnd = s.indexOf(monthMark, at);
        if (mEnd != at + 1 && mEnd != at + 2) {
            throw bad(kind);
        }
        int m = digits(s, at, mEnd, kind);
        flags |= s.charAt(at) == '0' && mEnd == at + 2 ? 1 : 0;
        at = mEnd + 1;
        if ((flags & 8) != 0) {
            if (at >= len || s.charAt(at) != ' ') {
                throw bad(kind);
            }
            at++;
        }
        int dEnd = s.indexOf(dayMark, at);
        if (dEnd != at + 1 && dEnd != at + 2) {
            throw bad(kind);
        }
        int d = digits(s, at, dEnd, kind);
        flags |= s.charAt(at) == '0' && dEnd == at + 2 ? 2 : 0;
        int end = dEnd + 1;
        if (len > end && s.charAt(end) != ' ') {
            throw bad(kind);
        }
        return pack(y, m, d, shape, end, flags, kind);
    }

    /**
     * {@code yyyy.MM.dd} with an optional point after it, or {@code yyyy. M. d.} as Korean writes dates (a space after
     * each point), maybe followed by a space and a time. Padding bits: 1 the month, 2 the day, 4 a point after the day,
     * 8 spaced.
     */
    private static long parseYearDot(String s, String kind) {
        int len = s.length();
        int y = digits(s, 0, 4, kind);
        if (len > 5 && s.charAt(5) == ' ') {
            int p2 = s.indexOf('.', 6);
            int p3 = p2 < 0 ? -1 : s.indexOf('.', p2 + 1);
            if (p2 < 7 || p2 > 8 || p2 + 1 >= len || s.charAt(p2 + 1) != ' ' || p3 != p2 + 3 && p3 != p2 + 4
                    || len > p3 + 1 && s.charAt(p3 + 1) != ' ') {
                throw bad(kind);
            }
            int m = digits(s, 6, p2, kind);
            int d = digits(s, p2 + 2, p3, kind);
            int flags = 4 | 8 | (p2 == 8 && s.charAt(6) == '0' ? 1 : 0) | (p3 == p2 + 4 && s.charAt(p2 + 2) == '0' ? 2 : 0);
            return pack(y, m, d, YEAR_DOT, p3 + 1, flags, kind);
        }
        if (len < 10 || s.charAt(7) != '.') {
            throw bad(kind);
        }
        int m = digits(s, 5, 7, kind);
        int d = digits(s, 8, 10, kind);
        int end = len > 10 && s.charAt(10) == '.' ? 11 : 10;
        if (len > end && s.charAt(end) != ' ') {
            throw bad(kind);
        }
        return pack(y, m, d, YEAR_DOT, end, 3 | (end == 11 ? 4 : 0), kind);
    }

    /** Writes a {@link #CJK} or {@link #ERA} date in the shape of {@code p}, then {@code source} from {@code restFrom}. */
    private static String formatCjk(int y, int m, int d, long p, String source, int restFrom, String kind) {
        boolean korean = (p & 4) != 0;
        String space = (p & 8) != 0 ? " " : "";
        StringBuilder b = new StringBuilder(16 + source.length() - restFrom);
        if (shape(p) == ERA) {
            int era = JapaneseEras.eraOf(y, m, d);
            if (era < 0) {
                throw new InvalidInputException(kind + ": the result falls before the Meiji era (1868-01-25)");
            }
            int eraYear = y - JapaneseEras.gregorianYear(era, 1) + 1;
            b.append(JapaneseEras.name(era)).append(eraYear == 1 ? "元" : Integer.toString(eraYear)).append('年');
        } else {
            b.append((char) ('0' + y / 1000)).append((char) ('0' + y / 100 % 10)).append((char) ('0' + y / 10 % 10))
                    .append((char) ('0' + y % 10)).append(korean ? '년' : '年');
        }
        b.append(space);
        if ((p & 1) != 0 && m < 10) {
            b.append('0');
        }
        b.append(m).append(korean ? '월' : '月').append(space);
        if ((p & 2) != 0 && d < 10) {
            b.append('0');
        }
        b.append(d).append(korean ? '일' : '日');
        return b.append(source, restFrom, source.length()).toString();
    }

    /**
     * The zero-padding of a day-first date whose separators stand at {@code first} and {@code second}: bit 1, the month
     * is zero-padded; bit 2, the day is (the same bits as M/d/yyyy).
     */
    private static int dayFirstPadding(String s, int first, int second) {
        return (s.charAt(first + 1) == '0' && second - first == 3 ? 1 : 0) | (s.charAt(0) == '0' && first == 2 ? 2 : 0);
    }

    private static int month(String abbreviation, String kind) {
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equalsIgnoreCase(abbreviation)) {
                return i + 1;
            }
        }
        throw bad(kind);
    }

    static InvalidInputException bad(String kind) {
        return new InvalidInputException(kind + ": the value is not a date in a supported format (yyyy-MM-dd, "
                + "ISO-8601 date-time, M/d/yyyy or d/M/yyyy, yyyy/M/d, yyyyMMdd, d.M.yyyy, d. M. yyyy, d-M-yyyy, dd-MMM-yyyy, "
                + "EEE, d MMM yyyy, yyyy年M月d日, yyyy년 M월 d일, 令和8年3月14日, yyyy.MM.dd, yyyy. M. d.)");
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

    /** @return whether the first {@code n} characters are ASCII digits */
    private static boolean allDigits(String s, int n) {
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
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
        return format(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), p, rest, 0, kind);
    }

    /**
     * Writes the date of {@code p} moved by {@code days} in the shape of {@code p}, followed by {@code source} from
     * {@link #end(long)} on (the time part of a timestamp, kept verbatim). The same as
     * {@code format(date(p).plusDays(days), p, source, end(p), kind)}, in day-number arithmetic without date objects.
     */
    static String shift(long p, long days, String source, String kind) {
        long z = epochDay(year(p), month(p), day(p)) + days;
        // Days to civil date (Hinnant, "chrono-Compatible Low-Level Date Algorithms", civil_from_days).
        z += 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int d = (int) (doy - (153 * mp + 2) / 5 + 1);
        int m = (int) (mp < 10 ? mp + 3 : mp - 9);
        long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
        if (y < 0 || y > 9999) {
            throw new InvalidInputException(kind + ": the result falls outside the years 0000-9999");
        }
        return format((int) y, m, d, p, source, end(p), kind);
    }

    /** Days from 1970-01-01 to a valid proleptic Gregorian date (Hinnant, days_from_civil); as LocalDate.toEpochDay. */
    static long epochDay(int year, int month, int day) {
        long y = year - (month <= 2 ? 1 : 0);
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }

    /**
     * Writes the date in the shape of {@code p}, followed by {@code source} from {@code restFrom} on (the time part
     * of a timestamp, kept verbatim): the characters are written into one array of the exact length, no builder (one of
     * bytes, as the String keeps them, when the time part is Latin-1, as it almost always is).
     */
    static String format(int y, int m, int d, long p, String source, int restFrom, String kind) {
        if (y < 0 || y > 9999) {
            throw new InvalidInputException(kind + ": the result falls outside the years 0000-9999");
        }
        if (shape(p) == CJK || shape(p) == ERA) {
            return formatCjk(y, m, d, p, source, restFrom, kind);
        }
        if (shape(p) == YEAR_DOT) {
            String sep = (p & 8) != 0 ? ". " : ".";
            String date = String.format(java.util.Locale.ROOT, (p & 1) != 0 ? "%04d%s%02d" : "%04d%s%d", y, sep, m)
                    + String.format(java.util.Locale.ROOT, (p & 2) != 0 ? "%s%02d" : "%s%d", sep, d)
                    + ((p & 4) != 0 ? "." : "");
            return date + source.substring(restFrom);
        }
        int restLength = source.length() - restFrom;
        int dateLength = switch (shape(p)) {
            case ISO -> 10;
            case BASIC, BASIC_MDY, BASIC_DMY -> 8;
            case MONTH_NAME -> ((p & 2) != 0 || d >= 10 ? 2 : 1) + 9;
            case MAIL -> ((p & 8) != 0 ? 5 : 0) + ((p & 2) != 0 || d >= 10 ? 2 : 1) + 9;
            // M/d/yyyy and the day-first and year-first shapes: month, day, two separators, the year
            default -> ((p & 1) != 0 || m >= 10 ? 2 : 1) + ((p & 2) != 0 || d >= 10 ? 2 : 1) + 6
                    + (shape(p) == DOTTED && (p & SPACED) != 0 ? 2 : 0);
        };
        byte[] out = new byte[dateLength + restLength];
        int at = dateLength;
        for (int i = restFrom; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c > 0xFF) {
                return formatChars(y, m, d, p, source, restFrom);
            }
            out[at++] = (byte) c;
        }
        switch (shape(p)) {
            case ISO -> {
                four(out, 0, y);
                out[4] = '-';
                two(out, 5, m);
                out[7] = '-';
                two(out, 8, d);
            }
            case BASIC -> {
                four(out, 0, y);
                two(out, 4, m);
                two(out, 6, d);
            }
            case BASIC_MDY -> {
                two(out, 0, m);
                two(out, 2, d);
                four(out, 4, y);
            }
            case BASIC_DMY -> {
                two(out, 0, d);
                two(out, 2, m);
                four(out, 4, y);
            }
            case MONTH_NAME -> {
                int padding = (int) (p & 0xF);
                int dw = (padding & 2) != 0 || d >= 10 ? 2 : 1;
                at = field(out, 0, d, dw);
                out[at++] = '-';
                at = monthName(out, at, m, (padding & 4) != 0);
                out[at++] = '-';
                four(out, at, y);
            }
            case MAIL -> {
                at = 0;
                if ((p & 8) != 0) {
                    String day = DAYS[(int) Math.floorMod(epochDay(y, m, d) + 3, 7)]; // 1970-01-01 was a Thursday
                    out[0] = (byte) day.charAt(0);
                    out[1] = (byte) day.charAt(1);
                    out[2] = (byte) day.charAt(2);
                    out[3] = ',';
                    out[4] = ' ';
                    at = 5;
                }
                at = field(out, at, d, (p & 2) != 0 || d >= 10 ? 2 : 1);
                out[at++] = ' ';
                at = monthName(out, at, m, false);
                out[at++] = ' ';
                four(out, at, y);
            }
            case YEAR_SLASH -> {
                int padding = (int) (p & 0xF);
                int mw = (padding & 1) != 0 || m >= 10 ? 2 : 1;
                int dw = (padding & 2) != 0 || d >= 10 ? 2 : 1;
                four(out, 0, y);
                out[4] = '/';
                at = field(out, 5, m, mw);
                out[at++] = '/';
                field(out, at, d, dw);
            }
            default -> {
                // M/d/yyyy, or d.M.yyyy, d/M/yyyy, d-M-yyyy day first: the same fields in another order with
                // another separator
                int padding = (int) (p & 0xF);
                int mw = (padding & 1) != 0 || m >= 10 ? 2 : 1;
                int dw = (padding & 2) != 0 || d >= 10 ? 2 : 1;
                int shape = shape(p);
                boolean dayFirst = shape != US;
                byte separator = (byte) (shape == DOTTED ? '.' : shape == DASHED ? '-' : '/');
                boolean spaced = shape == DOTTED && (p & SPACED) != 0;
                at = field(out, 0, dayFirst ? d : m, dayFirst ? dw : mw);
                out[at++] = separator;
                if (spaced) {
                    out[at++] = ' ';
                }
                at = field(out, at, dayFirst ? m : d, dayFirst ? mw : dw);
                out[at++] = separator;
                if (spaced) {
                    out[at++] = ' ';
                }
                four(out, at, y);
            }
        }
        return new String(out, StandardCharsets.ISO_8859_1);
    }

    /** {@link #format(int, int, int, long, String, int, String)} for a time part with characters beyond Latin-1. */
    private static String formatChars(int y, int m, int d, long p, String source, int restFrom) {
        String date = format(y, m, d, p, "", 0, "");
        return date + source.substring(restFrom);
    }

    /** Writes month {@code m}'s English abbreviation at {@code at} (Sep, or SEP in capitals); returns the position after it. */
    private static int monthName(byte[] out, int at, int m, boolean capitals) {
        String name = MONTHS[m - 1];
        out[at] = (byte) Character.toUpperCase(name.charAt(0));
        out[at + 1] = (byte) (capitals ? Character.toUpperCase(name.charAt(1)) : name.charAt(1));
        out[at + 2] = (byte) (capitals ? Character.toUpperCase(name.charAt(2)) : name.charAt(2));
        return at + 3;
    }

    /** Writes a day or month of {@code width} digits (1 or 2) at {@code at}; returns the position after it. */
    private static int field(byte[] out, int at, int v, int width) {
        if (width == 2) {
            two(out, at, v);
        } else {
            out[at] = (byte) ('0' + v);
        }
        return at + width;
    }

    private static void four(byte[] out, int at, int v) {
        out[at] = (byte) ('0' + v / 1000);
        out[at + 1] = (byte) ('0' + v / 100 % 10);
        out[at + 2] = (byte) ('0' + v / 10 % 10);
        out[at + 3] = (byte) ('0' + v % 10);
    }

    private static void two(byte[] out, int at, int v) {
        out[at] = (byte) ('0' + v / 10);
        out[at + 1] = (byte) ('0' + v % 10);
    }
}
