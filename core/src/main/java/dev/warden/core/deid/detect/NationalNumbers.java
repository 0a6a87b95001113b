package dev.warden.core.deid.detect;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * National person numbers recognised by their published check characters, whatever the header: a value that passes
 * one is evidence of a national identifier (45 CFR 164.514(b)(2)(i)(R); GDPR Art. 87), since a random value of the same
 * shape passes with a probability of one in ten or less (one in ten for a check of one decimal digit, see
 * {@link #oneDigitCheck}; far less where letters, a prefix or a date are constrained too).
 *
 * <ul>
 *   <li>Chile's RUN: 7 or 8 digits, written bare or in groups of three from the right separated by dots or spaces
 *       ({@code 12.345.678}, {@code 14 301 544}), then the check character (0-9 or K) after a dash, a slash, a space or
 *       nothing; modulo 11 with the weights 2 to 7 from the right (Servicio de Registro Civil e Identificación). A
 *       number of 50,000,000 or more is not read as a person's: the same register (the RUT of the Servicio de
 *       Impuestos Internos) numbers legal persons, and the convention observed, though not found stated by the SII
 *       itself, is natural persons below 50 million and companies from 50 to 99 million (as, for instance,
 *       Localpayment's document-validation guide for Chile states it). A company's RUT is not a national identifier
 *       of a person.</li>
 *   <li>New Zealand's National Health Index number, the format of 1993: three letters (A-Z without I and O, valued 1
 *       to 24) and four digits, the last a modulo 11 check over the first six with the weights 7 to 2, a remainder of
 *       0 being invalid and a check of 10 written 0 (Ministry of Health, HISO 10046).</li>
 *   <li>Belgium's national register number (rijksregisternummer, numéro de registre national): eleven digits, written
 *       bare or {@code yy.mm.dd-nnn.cc}, with spaces for any of those separators ({@code 85 07 30 033 28},
 *       {@code 511019 081 05}) or a dash before the check digits; the last two are 97 minus the first nine modulo
 *       97, or, for people born in 2000 or later, 97 minus {@code 2} and the first nine modulo 97 (Royal Decree of 8
 *       January 2006).</li>
 *   <li>Switzerland's AHV/AVS number (AHVN13, NAVS13): {@code 756}, then nine digits and a check digit, written
 *       {@code 756.1234.5678.97} or with spaces for the dots, {@code 756 1234 5678 97} (thirteen bare digits from 756
 *       are as often a Swiss product's EAN-13 barcode, whose check is the same: read by header only); the check is
 *       EAN-13's (GS1 General Specifications: weights 1 and 3 from the left) (Federal Social Insurance Office, AHVG
 *       Art. 50c).</li>
 *   <li>Croatia's OIB (osobni identifikacijski broj): eleven digits, the last an ISO 7064 MOD 11,10 check over the
 *       first ten (Zakon o osobnom identifikacijskom broju, NN 60/08).</li>
 *   <li>Argentina's CUIL of a person: {@code 20}, {@code 23}, {@code 24} or {@code 27}, eight digits (the DNI, padded
 *       with a leading zero) and a check digit, in AFIP's grouping of two, eight and one: bare, {@code 20-12345678-3}
 *       as AFIP writes it, with dots or spaces for the dashes ({@code 20.12345678.3}, {@code 20 12345678 3}), or with
 *       the DNI dotted in thousands as a DNI is written ({@code 20-12.345.678-3}); modulo 11 with the weights 5, 4, 3,
 *       2, 7, 6, 5, 4, 3, 2 (AFIP, RG 10/97). Dots that split the DNI elsewhere ({@code 20.123.456.78-3}) break the
 *       grouping and are not read. Companies' CUITs ({@code 30}, {@code 33}, {@code 34}) are not read.</li>
 *   <li>Mexico's CURP (Clave Única de Registro de Población): eighteen characters, four letters from the names, the
 *       birth date {@code yymmdd}, {@code H} or {@code M} for the sex, one of the 32 states' two-letter codes or
 *       {@code NE} (born abroad), three consonants from the names ({@code X} where there is none), a character that
 *       tells homonyms apart (a digit for people born before 2000, a letter after), and a check digit: each of the
 *       first seventeen characters valued by its place in {@code 0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ}, weighted 18
 *       down to 2, the check being ten minus the sum modulo 10, modulo 10 (RENAPO, Instructivo Normativo para la
 *       Asignación de la Clave Única de Registro de Población). The date must exist, in the century the seventeenth
 *       character gives.</li>
 *   <li>Ecuador's cédula de ciudadanía: ten digits, written bare or with a dash before the check digit
 *       ({@code 171430710-3}); the first two a province (01 to 24, or 30 for Ecuadorians registered abroad), the third
 *       below 6 (a natural person), the last a modulo 10 check over the first nine with the coefficients 2, 1, 2, 1, 2,
 *       1, 2, 1, 2, a product over 9 taken less 9, the check being ten minus the sum modulo 10, modulo 10 (Registro Civil,
 *       Identificación y Cedulación del Ecuador).</li>
 *   <li>Iran's national code (kod-e melli): ten digits, written bare or {@code 001-234567-8}, not all one digit; the
 *       last a check over the first nine weighted 10 down to 2: the remainder r of the sum modulo 11 is the check when
 *       below 2, else 11 - r (Civil Registration Organization of Iran). A one-digit check.</li>
 *   <li>Finland's personal identity code (henkilötunnus): {@code DDMMYY}, the century sign ({@code +} 1800s,
 *       {@code -} or {@code Y X W V U} 1900s, {@code A B C D E F} 2000s), three digits and the check character,
 *       {@code 0123456789ABCDEFHJKLMNPRSTUVWXY} at the nine digits' value modulo 31 (Digital and Population Data
 *       Services Agency). The date must exist.</li>
 *   <li>Sweden's personal identity number (personnummer) and coordination number (samordningsnummer, the day plus
 *       60): {@code YYMMDD-NNNC}, {@code YYMMDD+NNNC} or {@code YYYYMMDD-NNNC}, the dash optional with the century;
 *       the last digit a Luhn check over the ten digits from {@code YY} (Skatteverket, SKV 704). The date must exist.</li>
 *   <li>Uruguay's cédula de identidad: six or seven digits, written in groups of three from the right separated by
 *       dots or bare, then a dash and the check digit ({@code 1.234.567-2}, {@code 1234567-2}); the digits, padded to
 *       seven, weighted 2, 9, 8, 7, 6, 3, 4, the check being ten minus the sum modulo 10, modulo 10 (Dirección Nacional
 *       de Identificación Civil). Without the dash eight digits are not read: any number passes one time in ten.</li>
 *   <li>The Dominican Republic's cédula de identidad y electoral: eleven digits written {@code 001-1234567-8} (the
 *       municipality of issue, a sequence, a check digit), the last a Luhn check over the eleven (Junta Central
 *       Electoral). Eleven bare digits are not read this way: the OIB's and the PESEL's shape.</li>
 *   <li>The Czech and Slovak birth number (rodné číslo): {@code YYMMDD/NNNN}, the month plus 50 for women (plus 20 or
 *       70 from 2004 when a day's numbers run out), the ten digits divisible by 11 (or the first nine giving 10 and the
 *       last 0, as before 1985); read only with its slash, the date existing (Zákon č. 133/2000 Sb., § 13).</li>
 *   <li>Latvia's personal code (personas kods) of the format used until 2017: {@code DDMMYY-CNNNN}, the century digit
 *       {@code C} (0 1800s, 1 1900s, 2 2000s), and the check digit (1101 minus the first ten digits weighted 1, 6, 3, 7,
 *       9, 10, 5, 8, 4, 2) modulo 11, 10 being no valid code (Iedzīvotāju reģistra likums); read only with its dash.
 *       The codes issued since 2017 ({@code 32xxxx-xxxxx}) carry no date and no check and are not read.</li>
 *   <li>Poland's PESEL: eleven digits, the birth date {@code YYMMDD} with 20, 40, 60 or 80 added to the month for the
 *       2000s, 2100s, 2200s and 1800s, and a check digit: ten minus the sum of the first ten weighted 1, 3, 7, 9, ...
 *       modulo 10, modulo 10 (Ustawa o ewidencji ludności, 2010). The date must exist.</li>
 * </ul>
 */
public final class NationalNumbers {

    private static final Pattern RUT = Pattern.compile("(\\d{1,2})[. ]?(\\d{3})[. ]?(\\d{3})[-/ ]?([0-9kK])");
    private static final Pattern NHI = Pattern.compile("[A-HJ-NP-Z]{3}[0-9]{4}");
    private static final Pattern BELGIAN = Pattern.compile("(\\d{2})[. ]?(\\d{2})[. ]?(\\d{2})[-. ]?(\\d{3})[-. ]?(\\d{2})");
    private static final String NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    /**
     * Grouped by dots or by spaces, one kind throughout, as the number is written: thirteen bare digits from 756 are as
     * often a Swiss product's EAN-13 barcode.
     */
    private static final Pattern AHV = Pattern.compile("756([. ])(\\d{4})\\1(\\d{4})\\1(\\d{2})");
    private static final Pattern OIB = Pattern.compile("\\d{11}");
    /** Two, eight and one digits; the eight may be a DNI dotted in thousands. */
    private static final Pattern CUIL = Pattern.compile(
            "(20|23|24|27)[-. ]?(\\d{8}|\\d{2}\\.\\d{3}\\.\\d{3})[-. ]?(\\d)");
    private static final int[] CUIL_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    /**
     * Letters of the names (RENAPO writes X for Ñ and for a letter missing), birth date, sex, state, consonants of the
     * names, homonym and century character, check digit.
     */
    private static final Pattern CURP = Pattern.compile(
            "[A-Z]{4}(\\d{2})(\\d{2})(\\d{2})[HM]([A-Z]{2})[B-DF-HJ-NP-TV-Z]{3}([0-9A-Z])\\d");
    /** The two-letter codes of the 32 federal entities and NE, born abroad (RENAPO's catalogue of entities). */
    private static final Set<String> CURP_STATES = Set.of("AS", "BC", "BS", "CC", "CL", "CM", "CS", "CH", "DF", "DG",
            "GT", "GR", "HG", "JC", "MC", "MN", "MS", "NT", "NL", "OC", "PL", "QT", "QR", "SP", "SL", "SR", "TC", "TS",
            "TL", "VZ", "YN", "ZS", "NE");
    private static final String CURP_ALPHABET = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";
    /** Ten digits, or nine, a dash and the check digit. */
    private static final Pattern CEDULA_EC = Pattern.compile("(\\d{9})-?(\\d)");
    /** Provinces 01 to 24, and 30 for Ecuadorians registered abroad. */
    private static final int LAST_PROVINCE = 24;
    private static final int ABROAD = 30;
    private static final String AHV_SCHEME = "Swiss AHV number";
    private static final String OIB_SCHEME = "Croatian OIB";
    private static final String CEDULA_EC_SCHEME = "Ecuadorian cédula";
    private static final String RUT_SEPARATORS = "-./ ";
    /** The first RUT body taken to be a legal person's (see the class description: a convention, not a rule found). */
    private static final int FIRST_LEGAL_PERSON = 50_000_000;

    private static final Pattern IRAN = Pattern.compile("(\\d{3})-?(\\d{6})-?(\\d)");
    private static final Pattern HETU = Pattern.compile("(\\d{2})(\\d{2})(\\d{2})([-+A-FU-Y])(\\d{3})([0-9A-Y])");
    private static final String HETU_CHECKS = "0123456789ABCDEFHJKLMNPRSTUVWXY";
    private static final Pattern PERSONNUMMER = Pattern.compile("(\\d{2})?(\\d{2})(\\d{2})(\\d{2})([-+]?)(\\d{3})(\\d)");
    private static final Pattern PESEL = Pattern.compile("\\d{11}");
    private static final int[] PESEL_WEIGHTS = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
    private static final String IRAN_SCHEME = "Iranian national code";

    /** Six or seven digits, grouped by dots or bare, a dash and the check digit. */
    private static final Pattern CEDULA_UY = Pattern.compile("(\\d\\.\\d{3}\\.\\d{3}|\\d{3}\\.\\d{3}|\\d{6,7})-(\\d)");
    private static final int[] CEDULA_UY_WEIGHTS = {2, 9, 8, 7, 6, 3, 4};
    private static final String CEDULA_UY_SCHEME = "Uruguayan cédula";
    /** Three, seven and one digits with dashes. */
    private static final Pattern CEDULA_DO = Pattern.compile("(\\d{3})-(\\d{7})-(\\d)");
    private static final String CEDULA_DO_SCHEME = "Dominican cédula";

    private static final Pattern RODNE_CISLO = Pattern.compile("(\\d{2})(\\d{2})(\\d{2})/(\\d{4})");
    private static final Pattern PERSONAS_KODS = Pattern.compile("(\\d{2})(\\d{2})(\\d{2})-([012])(\\d{4})");
    private static final int[] PERSONAS_KODS_WEIGHTS = {1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private NationalNumbers() {
    }

    /**
     * @param value a value; leading and trailing white space is ignored
     * @return the first scheme whose check the value passes ({@code Chilean RUN}, {@code New Zealand NHI},
     *     {@code Swiss AHV number}, {@code Argentine CUIL}, {@code Mexican CURP}, {@code Croatian OIB},
     *     {@code Ecuadorian cédula}, {@code Belgian national register number}, in that order), or empty
     */
    public static Optional<String> scheme(String value) {
        return schemes(value).stream().findFirst();
    }

    /**
     * @param value a value; leading and trailing white space is ignored
     * @return every scheme whose check the value passes, in the order of {@link #scheme}: eleven digits may pass both
     *     the Croatian OIB's check and the Belgian register number's; empty if none
     */
    public static List<String> schemes(String value) {
        value = value.strip();
        if (value.isEmpty()) {
            return List.of();
        }
        List<String> passed = new ArrayList<>(2);
        Matcher m = RUT.matcher(value);
        if (m.matches() && (value.chars().anyMatch(c -> RUT_SEPARATORS.indexOf(c) >= 0)
                || Character.toUpperCase(value.charAt(value.length() - 1)) == 'K' || value.length() == 9)) {
            String body = m.group(1) + m.group(2) + m.group(3);
            if (body.length() >= 7 && Integer.parseInt(body) < FIRST_LEGAL_PERSON
                    && rutCheck(body) == Character.toUpperCase(m.group(4).charAt(0))) {
                passed.add("Chilean RUN");
            }
        }
        if (value.length() == 7 && NHI.matcher(value).matches() && nhiValid(value)) {
            passed.add("New Zealand NHI");
        }
        Matcher a = AHV.matcher(value);
        if (a.matches() && ean13("756" + a.group(2) + a.group(3) + a.group(4))) {
            passed.add(AHV_SCHEME);
        }
        Matcher c = CUIL.matcher(value);
        if (c.matches() && cuilValid(c.group(1) + c.group(2).replace(".", "") + c.group(3))) {
            passed.add("Argentine CUIL");
        }
        if (value.length() == 18 && curpValid(value)) {
            passed.add("Mexican CURP");
        }
        if (OIB.matcher(value).matches() && oibValid(value)) {
            passed.add(OIB_SCHEME);
        }
        Matcher ec = CEDULA_EC.matcher(value);
        if (ec.matches() && cedulaEcValid(ec.group(1) + ec.group(2))) {
            passed.add(CEDULA_EC_SCHEME);
        }
        Matcher ir = IRAN.matcher(value);
        if (ir.matches() && iranValid(ir.group(1) + ir.group(2) + ir.group(3))) {
            passed.add(IRAN_SCHEME);
        }
        Matcher fi = HETU.matcher(value);
        if (fi.matches() && hetuValid(fi)) {
            passed.add("Finnish personal identity code");
        }
        Matcher se = PERSONNUMMER.matcher(value);
        if (se.matches() && (se.group(1) == null || !se.group(5).equals("+")) && (se.group(1) != null || value.length() == 11)
                && personnummerValid(se)) {
            passed.add("Swedish personal identity number");
        }
        Matcher uy = CEDULA_UY.matcher(value);
        if (uy.matches() && cedulaUyValid(uy.group(1).replace(".", ""), uy.group(2).charAt(0) - '0')) {
            passed.add(CEDULA_UY_SCHEME);
        }
        Matcher dr = CEDULA_DO.matcher(value);
        String dominican = dr.matches() ? dr.group(1) + dr.group(2) : "";
        if (dr.matches() && !dominican.chars().allMatch(x -> x == '0')
                && CheckDigits.mod10CheckDigit(dominican, 0, 10) == dr.group(3).charAt(0) - '0') {
            passed.add(CEDULA_DO_SCHEME);
        }
        Matcher rc = RODNE_CISLO.matcher(value);
        if (rc.matches() && rodneCisloValid(rc)) {
            passed.add("Czech or Slovak birth number");
        }
        Matcher lv = PERSONAS_KODS.matcher(value);
        if (lv.matches() && personasKodsValid(lv)) {
            passed.add("Latvian personal code");
        }
        if (PESEL.matcher(value).matches() && peselValid(value)) {
            passed.add("Polish PESEL");
        }
        Matcher b = BELGIAN.matcher(value);
        if (b.matches()) {
            String first = b.group(1) + b.group(2) + b.group(3) + b.group(4);
            int check = Integer.parseInt(b.group(5));
            long n = Long.parseLong(first);
            if (97 - n % 97 == check || 97 - (2_000_000_000L + n) % 97 == check) {
                passed.add("Belgian national register number");
            }
        }
        return List.copyOf(passed);
    }

    /** The DNIC's check digit over the cédula's digits padded to seven; seven zeros are no cédula. */
    private static boolean cedulaUyValid(String digits, int check) {
        String seven = "0".repeat(7 - digits.length()) + digits;
        if (seven.chars().allMatch(c -> c == '0')) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (seven.charAt(i) - '0') * CEDULA_UY_WEIGHTS[i];
        }
        return (10 - sum % 10) % 10 == check;
    }

    /** The birth number's date (the month carrying the sex and the 2004 extension) and its divisibility by 11. */
    private static boolean rodneCisloValid(Matcher m) {
        int yy = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2)) % 50;
        month = month > 20 ? month - 20 : month;
        // ten-digit numbers were issued from 1954; a two-digit year below 54 is in the 2000s
        int year = yy < 54 ? 2000 + yy : 1900 + yy;
        if (!validDate(year, month, Integer.parseInt(m.group(3)))) {
            return false;
        }
        long n = Long.parseLong(m.group(1) + m.group(2) + m.group(3) + m.group(4));
        long first9 = n / 10;
        return n % 11 == 0 || first9 % 11 == 10 && n % 10 == 0;
    }

    /** The personal code's date in the century its seventh digit gives, and its check digit. */
    private static boolean personasKodsValid(Matcher m) {
        int century = 1800 + 100 * (m.group(4).charAt(0) - '0');
        if (!validDate(century + Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)))) {
            return false;
        }
        String digits = m.group(1) + m.group(2) + m.group(3) + m.group(4) + m.group(5);
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (digits.charAt(i) - '0') * PERSONAS_KODS_WEIGHTS[i];
        }
        int check = Math.floorMod(1101 - sum, 11);
        return check != 10 && check == digits.charAt(10) - '0';
    }

    /** The check digit of Iran's national code; ten equal digits are no code. */
    private static boolean iranValid(String digits) {
        if (digits.chars().allMatch(c -> c == digits.charAt(0))) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int r = sum % 11;
        return digits.charAt(9) - '0' == (r < 2 ? r : 11 - r);
    }

    /** The henkilötunnus's date in the century of its sign, and its check character. */
    private static boolean hetuValid(Matcher m) {
        char sign = m.group(4).charAt(0);
        int century = sign == '+' ? 1800 : sign >= 'A' && sign <= 'F' ? 2000 : 1900;
        if (!validDate(century + Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)))) {
            return false;
        }
        long n = Long.parseLong(m.group(1) + m.group(2) + m.group(3) + m.group(5));
        return HETU_CHECKS.charAt((int) (n % 31)) == m.group(6).charAt(0);
    }

    /** The personnummer's (or samordningsnummer's, day plus 60) date and its Luhn check over the last ten digits. */
    private static boolean personnummerValid(Matcher m) {
        int day = Integer.parseInt(m.group(4));
        int yy = Integer.parseInt(m.group(2));
        int year = m.group(1) != null ? Integer.parseInt(m.group(1)) * 100 + yy : 1900 + yy;
        if (!validDate(year, Integer.parseInt(m.group(3)), day > 60 ? day - 60 : day)) {
            return false;
        }
        String ten = m.group(2) + m.group(3) + m.group(4) + m.group(6) + m.group(7);
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int d = (ten.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return sum % 10 == 0;
    }

    /** PESEL's birth date (the month carrying the century) and its check digit. */
    private static boolean peselValid(String v) {
        int month = Integer.parseInt(v.substring(2, 4));
        int century = switch (month / 20) {
            case 0 -> 1900;
            case 1 -> 2000;
            case 2 -> 2100;
            case 3 -> 2200;
            default -> 1800;
        };
        if (!validDate(century + Integer.parseInt(v.substring(0, 2)), month % 20, Integer.parseInt(v.substring(4, 6)))) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (v.charAt(i) - '0') * PESEL_WEIGHTS[i];
        }
        return (10 - sum % 10) % 10 == v.charAt(10) - '0';
    }

    private static boolean validDate(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        return day <= YearMonth.of(year, month).lengthOfMonth();
    }

    /** EAN-13: the digits weighted 1 and 3 alternately from the left sum, with the check, to a multiple of ten. */
    private static boolean ean13(String digits) {
        int sum = 0;
        for (int i = 0; i < 13; i++) {
            sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return sum % 10 == 0;
    }

    /** ISO 7064 MOD 11,10 over the first ten digits gives the eleventh. */
    private static boolean oibValid(String digits) {
        int a = 10;
        for (int i = 0; i < 10; i++) {
            a = (a + digits.charAt(i) - '0') % 10;
            if (a == 0) {
                a = 10;
            }
            a = a * 2 % 11;
        }
        int check = 11 - a == 10 ? 0 : 11 - a;
        return check == digits.charAt(10) - '0';
    }

    /** AFIP's modulo 11: 11 minus the weighted sum modulo 11, 11 written 0; a remainder giving 10 is no valid CUIL. */
    private static boolean cuilValid(String digits) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (digits.charAt(i) - '0') * CUIL_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(10) - '0';
    }

    /**
     * @param scheme a scheme {@link #scheme} names
     * @return whether its check is one decimal digit over a run of digits (the Swiss AHV number's EAN-13, the Croatian
     *     OIB's ISO 7064 MOD 11,10, the Ecuadorian cédula's modulo 10), which one random value in ten passes; the
     *     others' checks pass one in eleven or fewer, or constrain letters and prefixes too (the CURP's check digit is
     *     one in ten, but only over a birth date, a sex, a state and consonants in their places)
     */
    public static boolean oneDigitCheck(String scheme) {
        return scheme.equals(AHV_SCHEME) || scheme.equals(OIB_SCHEME) || scheme.equals(CEDULA_EC_SCHEME)
                || scheme.equals(IRAN_SCHEME) || scheme.equals(CEDULA_UY_SCHEME) || scheme.equals(CEDULA_DO_SCHEME);
    }

    /** RENAPO's shape and check digit; the date must exist in the century the homonym character gives. */
    private static boolean curpValid(String v) {
        Matcher m = CURP.matcher(v);
        if (!m.matches() || !CURP_STATES.contains(m.group(4))) {
            return false;
        }
        int century = Character.isDigit(m.group(5).charAt(0)) ? 1900 : 2000;
        if (!validDate(century + Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CURP_ALPHABET.indexOf(v.charAt(i)) * (18 - i);
        }
        return (10 - sum % 10) % 10 == v.charAt(17) - '0';
    }

    /** The Registro Civil's province, third digit and modulo 10 over ten digits. */
    private static boolean cedulaEcValid(String digits) {
        int province = Integer.parseInt(digits.substring(0, 2));
        if (province < 1 || province > LAST_PROVINCE && province != ABROAD || digits.charAt(2) > '5') {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int product = (digits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product > 9 ? product - 9 : product;
        }
        return (10 - sum % 10) % 10 == digits.charAt(9) - '0';
    }

    private static char rutCheck(String body) {
        int sum = 0;
        int weight = 2;
        for (int i = body.length() - 1; i >= 0; i--) {
            sum += (body.charAt(i) - '0') * weight;
            weight = weight == 7 ? 2 : weight + 1;
        }
        int r = 11 - sum % 11;
        return r == 11 ? '0' : r == 10 ? 'K' : (char) ('0' + r);
    }

    private static boolean nhiValid(String v) {
        int sum = 0;
        for (int i = 0; i < 3; i++) {
            sum += (NHI_LETTERS.indexOf(v.charAt(i)) + 1) * (7 - i);
        }
        for (int i = 3; i < 6; i++) {
            sum += (v.charAt(i) - '0') * (7 - i);
        }
        int r = sum % 11;
        if (r == 0) {
            return false;
        }
        int check = (11 - r) % 10;
        return check == v.charAt(6) - '0';
    }
}
