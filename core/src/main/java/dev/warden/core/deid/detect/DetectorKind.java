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
    /** North American phone number: optional +1, area code in parentheses or not, separators space, dot or dash. */
    PHONE(IdentifierType.TELEPHONE_NUMBER,
            "(?<![\\w+])(?:\\+?1[ .-]?)?(?:\\(\\d{3}\\)\\s?|\\d{3}[ .-])\\d{3}[ .-]\\d{4}(?![\\w-])", true),
    /** E-mail address (RFC 5322 addr-spec, the common subset). */
    EMAIL(IdentifierType.EMAIL_ADDRESS,
            "(?<![\\w.%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}(?![\\w-])", true),
    /** IPv4 dotted quad, each octet 0-255. */
    IPV4(IdentifierType.IP_ADDRESS, "(?<![\\d.])(?<![A-Za-z]/)(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?![\\d.])", true),
    /** IPv6 address, full or compressed (RFC 4291 text forms). */
    IPV6(IdentifierType.IP_ADDRESS, "(?<![\\w:])(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}(?![\\w:])|(?<![\\w:])"
            + "(?:[0-9A-Fa-f]{1,4}:){1,6}(?::[0-9A-Fa-f]{1,4}){1,6}(?![\\w:])|(?<![\\w:])(?:[0-9A-Fa-f]{1,4}:){1,7}:"
            + "(?![\\w:])|(?<![\\w:])::(?:[0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{1,4}(?![\\w:])", true),
    /** URL with a scheme (http, https, ftp) or starting with {@code www.}. */
    URL(IdentifierType.URL, "(?i)(?<![\\w])(?:(?:https?|ftp)://|www\\.)[^\\s<>\"]+", true),
    /**
     * Payment card number: 13-19 digits starting with 2-6 (the major networks' IIN ranges), optionally grouped by
     * spaces or dashes, with a valid Luhn check digit.
     */
    CREDIT_CARD(IdentifierType.CREDIT_CARD_NUMBER, "(?<![\\dA-Za-z.,-])[2-6](?:[ -]?\\d){12,18}(?![\\dA-Za-z-]|[.,]\\d)", true),
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
     * that gives a calendar date; with a time or not), {@code yyyyMMdd}, {@code d.M.yyyy} (day first, DIN 5008; with a
     * time or not), {@code dd-MMM-yyyy} (English month abbreviation; with a time or not), {@code d-M-yyyy} (day first, as
     * Dutch, Danish and Indian exports write it; with a time or not), {@code yyyy/M/d} (Japanese, Chinese, Korean
     * exports; with a time or not); whole values only.
     */
    DATE(IdentifierType.DATE, "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ].*)?|(\\d{1,2})/(\\d{1,2})/(\\d{4})(?: .*)?|(\\d{4})(\\d{2})(\\d{2})"
            + "|(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?: .*)?"
            + "|(\\d{1,2})-((?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))-(\\d{4})(?: .*)?"
            + "|(\\d{1,2})-(\\d{1,2})-(\\d{4})(?: .*)?"
            + "|(\\d{4})/(\\d{1,2})/(\\d{1,2})(?: .*)?", false),
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
                return luhn(m.group());
            case IBAN:
                return mod97(m.group());
            case DATE:
                return validDate(m);
            default:
                return true;
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
            if (y < 1800 || y > 2200) {
                return false;
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
