package dev.warden.core.deid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.InvalidInputException;
import dev.warden.deid.ConsistencyDomain;
import dev.warden.deid.Deidentifier;
import dev.warden.deid.PseudonymDictionary;
import dev.warden.deid.Transformation;
import dev.warden.deid.ValueTransformer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Deterministic pseudonyms from the built-in dictionaries, and collision-free keyed tokens. */
class PseudonymAndTokenTest {

    private static final Deidentifier DEID = Deidentifiers.builder().jobKey(new byte[32]).reidentification(true).build();
    private static final ConsistencyDomain D = ConsistencyDomain.of("patients", "LAST");

    private static ValueTransformer pseudonym(PseudonymDictionary d) {
        return DEID.compile(new Transformation.Pseudonym(d), D);
    }

    @Test
    void theSameNameAlwaysGivesTheSamePseudonymFromTheDictionary() {
        ValueTransformer t = pseudonym(PseudonymDictionary.LAST_NAME);
        String out = t.apply("Gleason633");
        assertThat(out).isEqualTo(pseudonym(PseudonymDictionary.LAST_NAME).apply("Gleason633"));
        assertThat(Arrays.asList(Dictionaries.LAST)).contains(out);
    }

    @Test
    void casingAndSurroundingSpaceDoNotChangeThePseudonymAndCapitalsAreKept() {
        ValueTransformer t = pseudonym(PseudonymDictionary.FIRST_NAME);
        assertThat(t.apply(" alice ")).isEqualTo(t.apply("Alice"));
        assertThat(t.apply("ALICE")).isEqualTo(t.apply("Alice").toUpperCase(java.util.Locale.ROOT));
    }

    @Test
    void pseudonymsSpreadOverTheDictionaryAndMayCollide() {
        ValueTransformer t = pseudonym(PseudonymDictionary.CITY);
        Set<String> out = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            out.add(t.apply("city" + i));
        }
        assertThat(out).hasSizeGreaterThan(400).hasSizeLessThanOrEqualTo(Dictionaries.CITY.length);
    }

    @Test
    void eachDictionaryGivesItsShape() {
        assertThat(pseudonym(PseudonymDictionary.FULL_NAME).apply("Alice Gleason")).matches("\\p{L}+ \\p{L}+");
        assertThat(pseudonym(PseudonymDictionary.STREET_ADDRESS).apply("406 Kohler Camp"))
                .matches("\\d{1,4} \\p{L}+ \\p{L}+");
        assertThat(pseudonym(PseudonymDictionary.EMAIL).apply("alice@hospital.org"))
                .matches("[a-z]+\\.[a-z]+\\d{1,2}@example\\.(org|com|net)");
        assertThat(pseudonym(PseudonymDictionary.COUNTY).apply("Lancaster County")).endsWith(" County");
    }

    @Test
    void blankValuesStayBlank() {
        assertThat(pseudonym(PseudonymDictionary.CITY).apply("")).isEmpty();
        assertThat(pseudonym(PseudonymDictionary.CITY).apply("  ")).isEqualTo("  ");
    }

    @Test
    void aDictionaryHasNoRepeatedEntry() {
        for (String[] d : new String[][] {Dictionaries.FIRST, Dictionaries.LAST, Dictionaries.CITY,
            Dictionaries.COUNTY, Dictionaries.STREET, Dictionaries.ORGANIZATION}) {
            assertThat(new HashSet<>(Arrays.asList(d))).hasSize(d.length);
            assertThat(d.length).isGreaterThanOrEqualTo(100);
        }
    }

    @Test
    void tokensAreUniqueForDistinctInputsAndReverseToThem() {
        Transformation.KeyedToken token = new Transformation.KeyedToken("tok_");
        ValueTransformer enc = DEID.compile(token, D);
        ValueTransformer dec = DEID.reverse(token, D);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String out = enc.apply("id-" + i);
            assertThat(out).startsWith("tok_").matches("tok_[A-Za-z0-9_-]+");
            seen.add(out);
            if (i % 100 == 0) {
                assertThat(dec.apply(out)).isEqualTo("id-" + i);
            }
        }
        assertThat(seen).hasSize(10_000);
        assertThat(enc.apply("id-1")).isEqualTo(enc.apply("id-1"));
    }

    @Test
    void aTamperedTokenIsRejected() {
        Transformation.KeyedToken token = new Transformation.KeyedToken("");
        String out = DEID.compile(token, D).apply("secret-id");
        char[] c = out.toCharArray();
        c[0] = c[0] == 'A' ? 'B' : 'A';
        assertThatThrownBy(() -> DEID.reverse(token, D).apply(new String(c)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("tag check failed");
        assertThatThrownBy(() -> DEID.reverse(token, ConsistencyDomain.of("x", "y")).apply(out))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aPseudonymIsNeverTheValueItReplaces() {
        // Every dictionary entry as input, under twenty keys: about 1 in e of such runs would draw some entry for itself.
        for (int k = 0; k < 20; k++) {
            byte[] key = ("pseudonym-fixed-point-key-" + k + "-0123456789").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            for (dev.warden.deid.PseudonymDictionary d : java.util.List.of(dev.warden.deid.PseudonymDictionary.FIRST_NAME,
                    dev.warden.deid.PseudonymDictionary.LAST_NAME, dev.warden.deid.PseudonymDictionary.CITY)) {
                Pseudonymizer p = new Pseudonymizer(key, d);
                String[] entries = d == dev.warden.deid.PseudonymDictionary.FIRST_NAME ? Dictionaries.FIRST
                        : d == dev.warden.deid.PseudonymDictionary.LAST_NAME ? Dictionaries.LAST : Dictionaries.CITY;
                for (String e : entries) {
                    org.assertj.core.api.Assertions.assertThat(p.apply(e)).as(d + " under key " + k).isNotEqualToIgnoringCase(e);
                }
            }
        }
    }
}
