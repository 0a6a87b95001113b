package dev.warden.core.deid;

import dev.warden.deid.HashEncoding;
import dev.warden.deid.PseudonymDictionary;
import dev.warden.deid.ValueTransformer;
import java.util.Locale;

/**
 * Deterministic pseudonyms ({@link dev.warden.deid.Transformation.Pseudonym}): HMAC-SHA256 of the trimmed,
 * lower-cased value picks entries of the dictionary (the first 8 bytes of the MAC, unsigned, modulo the size). An
 * empty or blank value is returned as it is.
 */
final class Pseudonymizer implements ValueTransformer {

    private static final String[] EMAIL_DOMAINS = {"example.org", "example.com", "example.net"};

    private final KeyedHashing mac;
    private final PseudonymDictionary dictionary;

    Pseudonymizer(byte[] key, PseudonymDictionary dictionary) {
        this.mac = new KeyedHashing(key, HashEncoding.HEX, 0, "");
        this.dictionary = dictionary;
        Dictionaries.FIRST.getClass(); // load the dictionaries at compile time, not on the first value
    }

    private static int pick(byte[] tag, int off, int size) {
        long x = 0;
        for (int i = 0; i < 8; i++) {
            x = (x << 8) | (tag[off + i] & 0xFF);
        }
        return (int) Long.remainderUnsigned(x, size);
    }

    @Override
    public String apply(String value) {
        if (value == null || value.isBlank()) {
            return value;
        }
        byte[] tag = mac.mac(value.strip().toLowerCase(Locale.ROOT));
        String out = switch (dictionary) {
            case FIRST_NAME -> other(Dictionaries.FIRST, pick(tag, 0, Dictionaries.FIRST.length), value);
            case LAST_NAME -> other(Dictionaries.LAST, pick(tag, 0, Dictionaries.LAST.length), value);
            case FULL_NAME -> {
                String first = Dictionaries.FIRST[pick(tag, 0, Dictionaries.FIRST.length)];
                String last = Dictionaries.LAST[pick(tag, 8, Dictionaries.LAST.length)];
                yield (first + " " + last).equalsIgnoreCase(value.strip())
                        ? other(Dictionaries.FIRST, pick(tag, 0, Dictionaries.FIRST.length), first) + " " + last
                        : first + " " + last;
            }
            case CITY -> other(Dictionaries.CITY, pick(tag, 0, Dictionaries.CITY.length), value);
            case COUNTY -> other(Dictionaries.COUNTY, pick(tag, 0, Dictionaries.COUNTY.length), value);
            case STREET_ADDRESS -> (1 + pick(tag, 8, 9999)) + " "
                    + Dictionaries.STREET[pick(tag, 0, Dictionaries.STREET.length)];
            case EMAIL -> Dictionaries.FIRST[pick(tag, 0, Dictionaries.FIRST.length)].toLowerCase(Locale.ROOT) + "."
                    + Dictionaries.LAST[pick(tag, 8, Dictionaries.LAST.length)].toLowerCase(Locale.ROOT)
                    + pick(tag, 16, 100) + "@" + EMAIL_DOMAINS[pick(tag, 24, EMAIL_DOMAINS.length)];
            case ORGANIZATION -> other(Dictionaries.ORGANIZATION, pick(tag, 0, Dictionaries.ORGANIZATION.length), value);
        };
        return allCaps(value) ? out.toUpperCase(Locale.ROOT) : out;
    }

    /**
     * The dictionary entry at {@code i}, or the next one when it is the input itself (a pseudonym must never be the
     * value it replaces: "Anna" drawn for Anna would pass her name through). Still a function of the input alone, so
     * consistency across tables holds.
     */
    private static String other(String[] dictionary, int i, String value) {
        String entry = dictionary[i];
        return entry.equalsIgnoreCase(value.strip()) ? dictionary[(i + 1) % dictionary.length] : entry;
    }

    private static boolean allCaps(String value) {
        boolean letter = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isUpperCase(c);
        }
        return letter;
    }
}
