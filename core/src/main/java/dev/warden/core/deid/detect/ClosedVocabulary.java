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
 * subdivisions of 17 more countries, ISO 4217 currencies), held as
 * normalized keys: lower case, diacritics removed, spaces and the punctuation {@code . , ' ’ - ( )} dropped, {@code &}
 * read as "and". A value holding any other character (a non-ASCII letter or digit, for instance) is in no list.
 */
final class ClosedVocabulary {

    /** Longer than any name in the lists; longer values are rejected before any work. */
    private static final int MAX_LENGTH = 80;

    static final ClosedVocabulary COUNTRIES = countries();
    static final ClosedVocabulary US_SUBDIVISIONS = usSubdivisions();
    static final ClosedVocabulary CURRENCIES = currencies();
    static final ClosedVocabulary FIRST_LEVEL_SUBDIVISIONS = firstLevelSubdivisions();

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
        String s = value;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7f) {
                s = Normalizer.normalize(s, Normalizer.Form.NFD);
                break;
            }
        }
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
        Set<String> keys = new HashSet<>();
        for (String[] row : rows("iso3166-2-first-level.tsv", 2)) {
            keys.add(key(row[0]));
            for (String name : row[1].split("\\|")) {
                keys.add(key(name));
            }
        }
        keys.addAll(US_SUBDIVISIONS.keys);
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
