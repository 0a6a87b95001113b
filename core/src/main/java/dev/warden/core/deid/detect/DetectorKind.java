package dev.warden.core.deid.detect;

import dev.warden.deid.IdentifierType;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identifier shapes Warden recognizes in values, each with its pattern and, where the identifier has one, its
 * check (Luhn for payment cards, ISO 7064 mod-97 for IBAN, octet ranges for IPv4, calendar validity for dates).
 */
public enum DetectorKind {
    /**
     * US Social Security number {@code ddd-dd-dddd} or {@code ddd dd dddd}; area 000/666, group 00 and serial 0000
     * excluded. Nine bare digits count only in a column whose header names an SSN (see {@link IdentifierScanner}).
     */
    SSN(IdentifierType.SOCIAL_SECURITY_NUMBER, "(?<![\\d-])(\\d{3})([- ])(\\d{2})\\2(\\d{4})(?![\\d-])", true),
    /**
     * Telephone number, in three forms:
     * <ul>
     *   <li>North American (NANP): optional {@code +1}, area code in parentheses or not, separators space, dot or
     *       dash ({@code (402) 555-0134}, {@code +1 402.555.0134});</li>
     *   <li>international (ITU-T E.164, and the national ways of writing it after a {@code +} and the country code):
     *       groups of digits separated by single spaces, dots or dashes, one group in parentheses allowed
     *       ({@code +4915112345678}, {@code +44 20 7946 0958}, {@code +7 (915) 935-95-61}, {@code +49 (0)30 1234567}),
     *       8 to 15 digits in all (E.164 allows 15; in free text, groups after a space that would pass 15 are not
     *       counted in). A value that reads as a date, an IPv4 address, a decimal or dot-grouped number, a version
     *       string or a hyphenated ISBN-13 is none;</li>
     *   <li>an HL7 v2 XTN composite (HL7 v2.5.1, data type XTN) with a use code (PRN, ORN, WPN, ...) and an equipment
     *       type (PH, CP, FX, ...) followed by the country code, area code and local number components
     *       ({@code ^PRN^PH^^1^207^3832349}), 8 to 15 digits in those three.</li>
     * </ul>
     */
    PHONE(IdentifierType.TELEPHONE_NUMBER,
            "(?<![\\w+])(?:\\+?1[ .-]?)?(?:\\(\\d{3}\\)\\s?|\\d{3}[ .-])\\d{3}[ .-]\\d{4}(?![\\w-])"
            // Atomic, possessive and bounded: digit runs are maximal and separators single, so no input makes it
            // backtrack or recurse deeply.
            + "|(?<![\\w+])(?<intl>\\+[1-9](?>\\d*+(?:[ .-]?\\(\\d{1,5}\\))?(?:[ .-]?\\d++)?(?:[ .-]\\d++){0,20}+))"
            + "(?!\\w|[.,]\\d)"
            + "|\\^(?:PRN|ORN|WPN|VHN|ASN|EMR|NET|BPN|PRS)\\^(?:PH|CP|FX|MD|BP|SAT|TDD|TTY)\\^[^\\^~|]{0,254}"
            + "\\^(?<xtnCountry>\\d{0,3})\\^(?<xtnArea>\\d{1,5})\\^(?<xtnLocal>\\d{4,10})(?![\\w.-])", true),
    /**
     * E-mail address: RFC 5322 addr-spec (the common subset), with the internationalised local parts and domains of
     * RFC 6531 and IDNA 2008 (RFC 5890): letters, marks and digits of any script in the local part and the domain
     * labels ({@code müller@bücher.de}, {@code client9785@почта.example}, {@code 用户@例子.广告}), and a top-level
     * domain of letters or an A-label ({@code xn--p1ai}).
     */
    EMAIL(IdentifierType.EMAIL_ADDRESS,
            "(?<![\\p{L}\\p{M}\\p{Nd}_.%+-])[\\p{L}\\p{M}\\p{Nd}_.%+-]++@(?:[\\p{L}\\p{M}\\p{Nd}-]++\\.){1,127}"
            + "(?:\\p{L}[\\p{L}\\p{M}]++|[Xx][Nn]--[A-Za-z0-9-]++)(?![\\p{L}\\p{M}\\p{Nd}_-])", true),
    /** IPv4 dotted quad, each octet 0-255. */
    IPV4(IdentifierType.IP_ADDRESS, "(?<![\\d.])(?<![A-Za-z]/)(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?![\\d.])", true),
    /** IPv6 address, full or compressed (RFC 4291 text forms). */
    IPV6(IdentifierType.IP_ADDRESS, "(?<![\\w:])(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}(?![\\w:])|(?<![\\w:])"
            + "(?:[0-9A-Fa-f]{1,4}:){1,6}(?::[0-9A-Fa-f]{1,4}){1,6}(?![\\w:])|(?<![\\w:])(?:[0-9A-Fa-f]{1,4}:){1,7}:"
            + "(?![\\w:])|(?<![\\w:])::(?:[0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{1,4}(?![\\w:])", true),
    /** URL with a scheme (http, https, ftp) or starting with {@code www.}. */
    URL(IdentifierType.URL, "(?i)(?<![\\w])(?:(?:https?|ftp)://|www\\.)[^\\s<>\"]+", true),
    /**
     * Payment card number: 13-19 digits starting with 2-6 (the major networks' IIN ranges), or 16 starting with a
     * national scheme's range (Uzbekistan's UzCard 8600 and Humo 9860, Belarus' Belkart 9112, Turkey's Troy 9792),
     * optionally grouped by
     * spaces or dashes, with a valid Luhn check digit. Fourteen digits that are a valid timestamp
     * {@code yyyyMMddHHmmss} (an HL7 v2 DTM such as {@code 20240517093015}, year 1900 to 2099) are none: one in ten
     * such timestamps passes Luhn.
     */
    CREDIT_CARD(IdentifierType.CREDIT_CARD_NUMBER, "(?<![\\dA-Za-z.,-])(?:[2-6](?:[ -]?\\d){12,18}"
            + "|(?:8600|9860|9112|9792)(?:[ -]?\\d){12})(?![\\dA-Za-z-]|[.,]\\d)", true),
    /** IBAN: country code, two check digits, up to 30 alphanumerics, optionally in groups of four; mod-97 = 1. */
    IBAN(IdentifierType.IBAN, "(?<![A-Za-z0-9])[A-Z]{2}\\d{2}(?: ?[A-Z0-9]){11,30}(?![A-Za-z0-9])", true),
    /**
     * US ZIP ({@code 12345}) or ZIP+4 ({@code 12345-6789}, {@code 123456789}); whole values only. A scan counts it only
     * in columns whose header names a ZIP or postal code: elsewhere a five-digit number is more often an amount or a
     * FIPS code.
     */
    ZIP(IdentifierType.ZIP_CODE, "\\d{5}(?:-?\\d{4})?", false),
    /**
     * A calendar date: ISO {@code yyyy-MM-dd} (with a time or not), {@code M/d/yyyy} or {@code d/M/yyyy} (either order
     * that gives a calendar date; with a time or not), {@code yyyyMMdd}, {@code d.M.yyyy} (day first, DIN 5008; maybe with a point after the year, as Croatian and Serbian write it, or a
     * space after each point, {@code d. M. yyyy}, as Slovenian and Czech write it; with a
     * time or not), {@code dd-MMM-yyyy} (English month abbreviation; with a time or not), {@code d-M-yyyy} (day first, as
     * Dutch, Danish and Indian exports write it; with a time or not), {@code yyyy/M/d} (Japanese, Chinese, Korean
     * exports; with a time or not), {@code MMddyyyy} (eight digits that are no {@code yyyyMMdd}, a year from 1900 to
     * 2099: Metro 2, NCHS and mainframe exports; not {@code ddMMyyyy}, which case numbers of a year's series read as), {@code yyyy年M月d日} (Japanese, Chinese) and {@code yyyy년 M월 d일} (Korean), a
     * Japanese era's {@code 令和8年3月14日} ({@link JapaneseEras}; with a time or not), {@code yyyy.MM.dd} (a point after
     * it or not: Korean, Chinese and Hungarian exports) and Korean {@code yyyy. M. d.}, a year from 1900 to 2099 (a
     * version {@code 2024.1.15} is none); whole values only.
     */
    DATE(IdentifierType.DATE, "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ].*)?|(\\d{1,2})/(\\d{1,2})/(\\d{4})(?: .*)?|(\\d{4})(\\d{2})(\\d{2})(?: .*)?"
            + "|(\\d{1,2})\\.(?: (?=\\d{1,2}\\. \\d{4})|(?=\\d{1,2}\\.\\d{4}))(\\d{1,2})\\. ?(\\d{4})\\.?(?: .*)?"
            + "|(\\d{1,2})-((?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))-(\\d{4})(?: .*)?"
            + "|(\\d{1,2})-(\\d{1,2})-(\\d{4})(?: .*)?"
            + "|(\\d{4})/(\\d{1,2})/(\\d{1,2})(?: .*)?"
            + "|(?:(?i:mon|tue|wed|thu|fri|sat|sun), )?(\\d{1,2}) ((?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)) (\\d{4})(?: .*)?"
            + "|(\\d{4})[年년] ?(\\d{1,2})[月월] ?(\\d{1,2})[日일](?: .*)?"
            + "|(明治|大正|昭和|平成|令和)(元|\\d{1,2})年(\\d{1,2})月(\\d{1,2})日(?: .*)?"
            + "|(\\d{4})(?:\\.(\\d{2})\\.(\\d{2})\\.?|\\. (\\d{1,2})\\. (\\d{1,2})\\.)(?: .*)?", false),
    /**
     * An HL7 v2 extended address (XAD, HL7 v2.5.1) that holds a US ZIP code: street, other designation, city, a US
     * state or territory code (ISO 3166-2:US) and the ZIP ({@code 12345} or {@code 12345-6789}) as its first five
     * components, maybe followed by country and address type ({@code 116 Ocean Ave^Apt 8^Westbrook^ME^04092^USA^H}).
     * The street and the ZIP are Safe Harbor identifiers (45 CFR 164.514(b)(2)(i)(B)); found inside free text too.
     */
    HL7_ADDRESS(IdentifierType.STREET_ADDRESS, "(?<![^\\s~|,;\"])[^\\^~|]{1,200}\\^[^\\^~|]{0,200}\\^[^\\^~|]{1,100}"
            + "\\^(?<xadState>[A-Z]{2})\\^\\d{5}(?:-\\d{4})?(?![\\w-])(?:\\^[^\\^~|]{0,200}){0,20}+", true),
    /** UUID, 8-4-4-4-12 hex digits (RFC 9562 text form). */
    UUID(IdentifierType.OTHER_UNIQUE_IDENTIFIER,
            "(?<![0-9A-Fa-f-])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f-])",
            true);

    private final IdentifierType identifierType;
    private final Pattern pattern;
    private final boolean embedded;

    DetectorKind(IdentifierType identifierType, String regex, boolean embedded) {
        this.identifierType = identifierType;
        this.pattern = Pattern.compile(regex);
        this.embedded = embedded;
    }

    /** @return the identifier type a match of this kind is */
    public IdentifierType identifierType() {
        return identifierType;
    }

    /** @return whether the kind is searched inside free text, not only as a whole value */
    public boolean embedded() {
        return embedded;
    }

    /**
     * @param value a cell value (stripped of surrounding white space before the test)
     * @return whether the whole value is an identifier of this kind
     */
    public boolean matchesWhole(String value) {
        String s = value.strip();
        if (s.isEmpty() || s.length() > 512) {
            return false;
        }
        Matcher m = pattern.matcher(s);
        return m.matches() && valid(m);
    }

    /**
     * @param text a cell value or free text
     * @return how many identifiers of this kind occur in it (as a whole value for kinds not {@link #embedded()})
     */
    public int count(String text) {
        if (!embedded) {
            return matchesWhole(text) ? 1 : 0;
        }
        if (this == HL7_ADDRESS && text.indexOf('^') < 0) {
            return 0;
        }
        int n = 0;
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (valid(m)) {
                n++;
            }
        }
        return n;
    }

    private boolean valid(Matcher m) {
        switch (this) {
            case SSN:
                return validSsn(m.group(1), m.group(3), m.group(4));
            case IPV4:
                for (int i = 1; i <= 4; i++) {
                    if (Integer.parseInt(m.group(i)) > 255) {
                        return false;
                    }
                }
                return true;
            case CREDIT_CARD:
                return luhn(m.group()) && !timestamp(m.group());
            case PHONE:
                return validPhone(m);
            case HL7_ADDRESS:
                return ClosedVocabulary.US_SUBDIVISIONS.contains(m.group("xadState"));
            case IBAN:
                return mod97(m.group());
            case DATE:
                return validDate(m);
            default:
                return true;
        }
    }

    /** Whether a PHONE match has the digit count of a telephone number and reads as nothing else. */
    private static boolean validPhone(Matcher m) {
        if (m.group("xtnLocal") != null) {
            int digits = m.group("xtnCountry").length() + m.group("xtnArea").length() + m.group("xtnLocal").length();
            return digits >= 8 && digits <= 15;
        }
        String intl = m.group("intl");
        return intl == null || internationalPhone(intl);
    }

    /**
     * @param s {@code +}, then digit groups separated by single spaces, dots or dashes, one maybe in parentheses
     * @return whether it is an international number: 8 to 15 digits in at most 7 groups (after dropping, in free
     *     text, space-separated groups that would pass 15 digits) that do not read as a date, an IPv4 address, a
     *     decimal or dot-grouped number, a version string, an ISO 6709 position or an ISBN-13
     */
    static boolean internationalPhone(String s) {
        int digits = 0;
        int groups = 0;
        int end = s.length();
        int lastSpace = -1;
        int digitsAtLastSpace = 0;
        int groupsAtLastSpace = 0;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (i == 1 || s.charAt(i - 1) < '0' || s.charAt(i - 1) > '9') {
                    groups++;
                }
                if (++digits > 15) {
                    if (lastSpace < 0) {
                        return false;
                    }
                    end = lastSpace;
                    digits = digitsAtLastSpace;
                    groups = groupsAtLastSpace;
                    break;
                }
            } else if (c == ' ') {
                lastSpace = i;
                digitsAtLastSpace = digits;
                groupsAtLastSpace = groups;
            }
        }
        // Written national forms have the country code and up to six groups (+33 1 42 68 53 00); more is a list.
        if (digits < 8 || groups > 7) {
            return false;
        }
        String body = s.substring(1, end);
        if (DATE.matchesWhole(body) || IPV4.matchesWhole(body)) {
            return false;
        }
        if (body.indexOf('.') >= 0) {
            // 1234.5678 (a decimal), 12.345.678 (grouped by thousands), 10.0.19041.1234 (a version), +40.7128-074.0060
            // (an ISO 6709 position): a phone number written with dots has three groups or more after the country
            // code, none longer than four digits, and no dash.
            String[] parts = body.split("[ .()]+");
            boolean thousands = true;
            for (int i = 1; i < parts.length; i++) {
                if (parts[i].length() > 4) {
                    return false;
                }
                thousands &= parts[i].length() == 3;
            }
            if (body.indexOf('-') >= 0 || parts.length < 4 || thousands) {
                return false;
            }
        }
        return !isbn13(body);
    }

    /** A hyphenated ISBN-13 (prefix 978 or 979, ISO 2108): its mod-10 check digit holds. */
    private static boolean isbn13(String s) {
        if (!(s.startsWith("978-") || s.startsWith("979-"))) {
            return false;
        }
        int sum = 0;
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                sum += (c - '0') * (n++ % 2 == 0 ? 1 : 3);
            } else if (c != '-') {
                return false;
            }
        }
        return n == 13 && sum % 10 == 0;
    }

    /**
     * @param s a run of digits, maybe with spaces or dashes
     * @return whether it is, without separators, a timestamp {@code yyyyMMddHHmm} or {@code yyyyMMddHHmmss} (an HL7
     *     v2 DTM) with a year of 1900 to 2099 and a valid calendar date and time of day
     */
    static boolean timestamp(String s) {
        int n = s.length();
        if ((n != 12 && n != 14) || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int year = Integer.parseInt(s.substring(0, 4));
        int hour = Integer.parseInt(s.substring(8, 10));
        int minute = Integer.parseInt(s.substring(10, 12));
        int second = n == 14 ? Integer.parseInt(s.substring(12, 14)) : 0;
        if (year < 1900 || year > 2099 || hour > 23 || minute > 59 || second > 59) {
            return false;
        }
        try {
            LocalDate.of(year, Integer.parseInt(s.substring(4, 6)), Integer.parseInt(s.substring(6, 8)));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    static boolean validSsn(String area, String group, String serial) {
        return !area.equals("000") && !area.equals("666") && !group.equals("00") && !serial.equals("0000");
    }

    static boolean luhn(String s) {
        int sum = 0;
        int digits = 0;
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                continue;
            }
            int d = c - '0';
            if ((digits++ & 1) == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return digits >= 13 && sum % 10 == 0;
    }

    static boolean mod97(String iban) {
        String s = iban.replace(" ", "");
        if (s.length() < 15 || s.length() > 34) {
            return false;
        }
        String r = s.substring(4) + s.substring(0, 4);
        int mod = 0;
        for (int i = 0; i < r.length(); i++) {
            int v = Character.digit(r.charAt(i), 36);
            if (v < 0) {
                return false;
            }
            mod = v < 10 ? (mod * 10 + v) % 97 : (mod * 100 + v) % 97;
        }
        return mod == 1;
    }

    private static boolean validDate(Matcher m) {
        int y;
        int mo;
        int d;
        if (m.group(1) != null) {
            y = Integer.parseInt(m.group(1));
            mo = Integer.parseInt(m.group(2));
            d = Integer.parseInt(m.group(3));
        } else if (m.group(4) != null) {
            mo = Integer.parseInt(m.group(4));
            d = Integer.parseInt(m.group(5));
            y = Integer.parseInt(m.group(6));
            if (mo > 12 && d <= 12) { // d/M/yyyy, day first, as British, French, Spanish and Italian exports write it
                int day = mo;
                mo = d;
                d = day;
            }
        } else if (m.group(25) != null) {
            y = Integer.parseInt(m.group(25));
            mo = Integer.parseInt(m.group(26));
            d = Integer.parseInt(m.group(27));
        } else if (m.group(28) != null) {
            y = JapaneseEras.gregorianYear(JapaneseEras.era(m.group(28)),
                    m.group(29).equals("元") ? 1 : Integer.parseInt(m.group(29)));
            mo = Integer.parseInt(m.group(30));
            d = Integer.parseInt(m.group(31));
        } else if (m.group(32) != null) {
            y = Integer.parseInt(m.group(32));
            mo = Integer.parseInt(m.group(33) != null ? m.group(33) : m.group(35));
            d = Integer.parseInt(m.group(34) != null ? m.group(34) : m.group(36));
            if (y < 1900 || y > 2099) {
                return false;
            }
        } else if (m.group(22) != null) {
            d = Integer.parseInt(m.group(22));
            mo = "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(m.group(23).toLowerCase(java.util.Locale.ROOT)) / 3 + 1;
            y = Integer.parseInt(m.group(24));
        } else if (m.group(19) != null) {
            y = Integer.parseInt(m.group(19));
            mo = Integer.parseInt(m.group(20));
            d = Integer.parseInt(m.group(21));
        } else if (m.group(16) != null) {
            d = Integer.parseInt(m.group(16));
            mo = Integer.parseInt(m.group(17));
            y = Integer.parseInt(m.group(18));
        } else if (m.group(13) != null) {
            d = Integer.parseInt(m.group(13));
            mo = "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(m.group(14).toLowerCase(java.util.Locale.ROOT)) / 3 + 1;
            y = Integer.parseInt(m.group(15));
        } else if (m.group(10) != null) {
            d = Integer.parseInt(m.group(10));
            mo = Integer.parseInt(m.group(11));
            y = Integer.parseInt(m.group(12));
        } else {
            y = Integer.parseInt(m.group(7));
            mo = Integer.parseInt(m.group(8));
            d = Integer.parseInt(m.group(9));
            if (y < 1800 || y > 2200 || mo < 1 || mo > 12) {
                // MMDDYYYY or DDMMYYYY, as Metro 2, NCHS and mainframe exports write dates: a year 1900 to 2099
                String digits = m.group(7) + m.group(8) + m.group(9);
                int year = Integer.parseInt(digits.substring(4));
                int first = Integer.parseInt(digits.substring(0, 2));
                int second = Integer.parseInt(digits.substring(2, 4));
                // month first only: case numbers of a year's series (24101999) read day first would be dates
                if (year < 1900 || year > 2099 || first > 12) {
                    return false;
                }
                y = year;
                mo = first;
                d = second;
            }
        }
        try {
            LocalDate.of(y, mo, d);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
