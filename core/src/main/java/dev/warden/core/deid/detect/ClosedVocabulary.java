package dev.warden.core.deid.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A closed list of codes and names (ISO 3166-1 countries, ISO 3166-2:US subdivisions, the first-level ISO 3166-2
 * subdivisions of 28 more countries, ISO 4217 currencies, ISO 639 languages), held as
 * normalized keys: lower case, diacritics removed (and the letters {@code ł ø đ ß æ œ ı} read as {@code l o d ss ae oe i}),
 * spaces and the punctuation {@code . , ' ’ - ( )} dropped, {@code &} read as "and". A value holding any other
 * character (a letter of another script, for instance) is in no list.
 */
final class ClosedVocabulary {

    /** Longer than any name in the lists; longer values are rejected before any work. */
    private static final int MAX_LENGTH = 80;

    static final ClosedVocabulary COUNTRIES = countries();
    static final ClosedVocabulary US_SUBDIVISIONS = usSubdivisions();
    static final ClosedVocabulary CURRENCIES = currencies();
    static final ClosedVocabulary FIRST_LEVEL_SUBDIVISIONS = firstLevelSubdivisions();
    static final ClosedVocabulary LANGUAGES = languages();

    private final Set<String> keys;

    private ClosedVocabulary(Set<String> keys) {
        keys.remove(null); // a name with a character outside the key alphabet cannot be matched; it is left out
        this.keys = Set.copyOf(keys);
    }

    boolean contains(String stripped) {
        if (stripped.isEmpty() || stripped.length() > MAX_LENGTH) {
            return false;
        }
        String key = key(stripped);
        return key != null && keys.contains(key);
    }

    int size() {
        return keys.size();
    }

    /** @return the normalized key, or null when the value holds a character no code or name has */
    static String key(String value) {
        String s = fold(value);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                out.append((char) (c + ('a' - 'A')));
            } else if (c == '&') {
                out.append("and");
            } else if (c == ' ' || c == '.' || c == ',' || c == '\'' || c == '\u2019' || c == '-' || c == '('
                    || c == ')') {
                continue;
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                return null;
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    /**
     * @param value any text
     * @return the text with Latin diacritics removed (canonical decomposition, then the combining marks dropped) and the
     *     Latin letters that do not decompose read as their base letters: {@code łódzkie} gives {@code lodzkie},
     *     {@code Województwo} gives {@code Wojewodztwo}; ASCII text is returned as it is
     */
    static String fold(String value) {
        int i = 0;
        while (i < value.length() && value.charAt(i) <= 0x7f) {
            i++;
        }
        if (i == value.length()) {
            return value;
        }
        String d = Normalizer.normalize(value, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(d.length());
        for (int k = 0; k < d.length(); k++) {
            char c = d.charAt(k);
            switch (c) {
                case '\u0142' -> out.append('l');
                case '\u0141' -> out.append('L');
                case '\u00f8' -> out.append('o');
                case '\u00d8' -> out.append('O');
                case '\u0111' -> out.append('d');
                case '\u0110' -> out.append('D');
                case '\u00df' -> out.append("ss");
                case '\u00e6' -> out.append("ae");
                case '\u00c6' -> out.append("AE");
                case '\u0153' -> out.append("oe");
                case '\u0152' -> out.append("OE");
                case '\u0131' -> out.append('i');
                default -> {
                    if (Character.getType(c) != Character.NON_SPACING_MARK) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static ClosedVocabulary countries() {
        Set<String> keys = new HashSet<>();
        for (String[] row : rows("iso3166-1.tsv", 4)) {
            keys.add(key(row[0]));
            keys.add(key(row[1]));
            keys.add(row[2]);
            for (String name : row[3].split("\\|")) {
                keys.add(key(name));
            }
        }
        // The JDK's ISO 3166 codes and its (CLDR) English names as well, so a newer JDK adds what the file lacks.
        for (String a2 : Locale.getISOCountries()) {
            keys.add(key(a2));
            String name = new Locale("", a2).getDisplayCountry(Locale.ENGLISH);
            String k = key(name);
            if (k != null && !name.equals(a2)) {
                keys.add(k);
            }
        }
        for (String a3 : Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)) {
            keys.add(key(a3));
        }
        return new ClosedVocabulary(keys);
    }

    private static ClosedVocabulary usSubdivisions() {
        Set<String> keys = new HashSet<>();
        for (String[] row : rows("iso3166-2-us.tsv", 2)) {
            keys.add(key(row[0]));
            for (String name : row[1].split("\\|")) {
                keys.add(key(name));
            }
        }
        return new ClosedVocabulary(keys);
    }

    private static ClosedVocabulary firstLevelSubdivisions() {
        // The countries whose subdivision codes are also read without their prefix (BY for DE-BY): the first 28 of the
        // list, whose exports write them so. The later countries' bare codes (two letters such as GE, BO) would collide
        // with Italy's and Spain's province codes, which lie below the first level. (A local: the vocabularies are
        // built in static initialisers above any other field.)
        Set<String> bareCodeCountries = Set.of("AT", "AU", "BE", "BR", "CA", "CH", "DE", "ES", "FR", "GB", "IE", "IN", "IT",
                "JP", "MX", "NL", "PL", "AR", "CL", "CO", "CZ", "DK", "FI", "NO", "NZ", "PT", "SE", "ZA");
        Set<String> keys = new HashSet<>();
        for (String[] row : rows("iso3166-2-first-level.tsv", 2)) {
            keys.add(key(row[0]));
            // The code without its country prefix (SP for BR-SP, BY for DE-BY), as national exports write it; only a
            // code with a letter (PL-02's 02 would make any small number a subdivision).
            String bare = row[0].substring(row[0].indexOf('-') + 1);
            if (bare.chars().anyMatch(Character::isLetter) && bareCodeCountries.contains(row[0].substring(0, 2))) {
                keys.add(key(bare));
            }
            for (String name : row[1].split("\\|")) {
                keys.add(key(name));
            }
        }
        keys.addAll(US_SUBDIVISIONS.keys);
        return new ClosedVocabulary(keys);
    }

    /**
     * ISO 639-1 two-letter codes, ISO 639-2 three-letter codes (terminology forms from the JDK, and the twenty
     * bibliographic forms that differ: {@code ger}, {@code fre}, {@code chi}), and the languages' English names, as
     * the JDK's {@link Locale} data holds them.
     */
    private static ClosedVocabulary languages() {
        Set<String> keys = new HashSet<>();
        for (String a2 : Locale.getISOLanguages()) {
            Locale l = new Locale(a2);
            keys.add(key(a2));
            try {
                keys.add(key(l.getISO3Language()));
            } catch (java.util.MissingResourceException e) {
                // no three-letter code in this JDK's data: the two-letter one stands
            }
            String name = l.getDisplayLanguage(Locale.ENGLISH);
            String k = key(name);
            if (k != null && !name.equals(a2)) {
                keys.add(k);
            }
        }
        for (String b : List.of("alb", "arm", "baq", "bur", "chi", "cze", "dut", "fre", "geo", "ger", "gre", "ice", "mac",
                "mao", "may", "per", "rum", "slo", "tib", "wel")) {
            keys.add(b);
        }
        return new ClosedVocabulary(keys);
    }

    private static ClosedVocabulary currencies() {
        Set<String> keys = new HashSet<>();
        for (Currency c : Currency.getAvailableCurrencies()) {
            keys.add(key(c.getCurrencyCode()));
        }
        return new ClosedVocabulary(keys);
    }

    private static Iterable<String[]> rows(String resource, int columns) {
        try (InputStream in = ClosedVocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("warden-core is missing its resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split("\t");
                if (row.length != columns) {
                    throw new IllegalStateException(resource + " line " + number + ": expected " + columns
                            + " tab-separated fields, found " + row.length);
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("reading warden-core resource " + resource, e);
        }
    }
}
