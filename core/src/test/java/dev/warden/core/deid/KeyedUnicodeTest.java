package dev.warden.core.deid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import dev.warden.deid.ConsistencyDomain;
import dev.warden.deid.Deidentifier;
import dev.warden.deid.PseudonymDictionary;
import dev.warden.deid.Transformation;
import dev.warden.deid.Transformation.KeyedHash;
import dev.warden.deid.ValueTransformer;
import org.junit.jupiter.api.Test;

/**
 * Keyed transformations are injective on their input text: an unpaired surrogate, which {@code String.getBytes(UTF_8)}
 * silently turns into {@code '?'}, must not let two different values share one hash, token or pseudonym.
 */
class KeyedUnicodeTest {

    private static final Deidentifier DEID = Deidentifiers.create(new byte[32]);
    private static final ConsistencyDomain D = new ConsistencyDomain("d");
    private static final String HIGH = "a\uD800";
    private static final String LOW = "a\uDC00";

    @Test
    void aKeyedHashRefusesALoneHighSurrogateInsteadOfHashingItAsAQuestionMark() {
        ValueTransformer hash = DEID.compile(KeyedHash.hex(), D);
        String question = hash.apply("a?");
        assertThatThrownBy(() -> hash.apply(HIGH)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("unpaired UTF-16 surrogate at character 2");
        assertThatThrownBy(() -> hash.apply(LOW)).isInstanceOf(InvalidInputException.class);
        assertThat(question).hasSize(64);
    }

    @Test
    void aLongNonAsciiValueWithALoneSurrogateIsRefusedToo() {
        ValueTransformer hash = DEID.compile(KeyedHash.hex(), D);
        String hostile = "é".repeat(100_000) + "\uDC00";
        assertThatThrownBy(() -> hash.apply(hostile)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("character 100001").hasMessageNotContaining("é");
    }

    @Test
    void aPairedSurrogateIsText_andHashesDifferentlyFromItsHalves() {
        ValueTransformer hash = DEID.compile(KeyedHash.hex(), D);
        assertThat(hash.apply("a\uD83D\uDE00")).isNotEqualTo(hash.apply("a?")).isNotEqualTo(hash.apply("a??"));
    }

    @Test
    void aTokenRefusesALoneSurrogate() {
        ValueTransformer token = DEID.compile(new Transformation.KeyedToken("tok_"), D);
        assertThat(token.apply("a?")).startsWith("tok_");
        assertThatThrownBy(() -> token.apply(HIGH)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> token.apply(LOW)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aPseudonymRefusesALoneSurrogate() {
        ValueTransformer pseudonym = DEID.compile(new Transformation.Pseudonym(PseudonymDictionary.FIRST_NAME), D);
        assertThat(pseudonym.apply("a?")).isNotEmpty();
        assertThatThrownBy(() -> pseudonym.apply(HIGH)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theEmptyStringStillHashes() {
        assertThat(DEID.compile(KeyedHash.hex(), D).apply("")).hasSize(64);
    }

    @Test
    void aDirectHmacKeyUnder16BytesIsRefused() {
        assertThatThrownBy(() -> Deidentifiers.builder().directKey("Jefe".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("direct key has 4 bytes; at least 16");
        assertThatThrownBy(() -> Deidentifiers.builder().directKey(new byte[15]).build()).isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> Deidentifiers.builder().directKey(new byte[0]).build()).isInstanceOf(ConfigurationException.class);
    }
}
