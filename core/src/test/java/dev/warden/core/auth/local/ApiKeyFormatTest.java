package dev.warden.core.auth.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeyFormatTest {

    @Test
    void generatedKeysHaveTheDocumentedShape() {
        char[] key = ApiKeyFormat.generate();
        assertThat(new String(key)).matches("wdn_[a-z2-7]{12}_[a-z2-7]{59}").hasSize(76);
        assertThat(ApiKeyFormat.isWellFormed(key)).isTrue();
        assertThat(ApiKeyFormat.keyIdOf(key)).hasValue(new String(key, 4, 12));
    }

    @Test
    void generatedKeysAreUnique() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertThat(seen.add(new String(ApiKeyFormat.generate()))).isTrue();
        }
    }

    @Test
    void everySingleCharacterTypoIsCaughtByTheChecksum() {
        char[] key = ApiKeyFormat.generate();
        for (int i = 4; i < key.length; i++) {
            if (key[i] == '_') {
                continue;
            }
            char[] typo = key.clone();
            typo[i] = typo[i] == 'a' ? 'b' : 'a';
            assertThat(ApiKeyFormat.isWellFormed(typo)).as("typo at %d", i).isFalse();
        }
    }

    @Test
    void aKeyWithAWrongChecksumIsRefused() {
        char[] key = ApiKeyFormat.generate();
        char[] wrong = key.clone();
        wrong[75] = wrong[75] == '2' ? '3' : '2';
        assertThat(ApiKeyFormat.keyIdOf(wrong)).isEmpty();
    }

    @Test
    void truncatedSwappedOrPaddedKeysAreRefused() {
        char[] key = ApiKeyFormat.generate();
        assertThat(ApiKeyFormat.isWellFormed(Arrays.copyOf(key, 75))).isFalse();
        assertThat(ApiKeyFormat.isWellFormed(Arrays.copyOf(key, 77))).isFalse();
        char[] swapped = key.clone();
        int i = 20;
        while (swapped[i] == swapped[i + 1]) {
            i++;
        }
        char t = swapped[i];
        swapped[i] = swapped[i + 1];
        swapped[i + 1] = t;
        assertThat(ApiKeyFormat.isWellFormed(swapped)).isFalse();
        char[] upper = new String(key).toUpperCase().toCharArray();
        assertThat(ApiKeyFormat.isWellFormed(upper)).isFalse();
        assertThat(ApiKeyFormat.isWellFormed(new char[0])).isFalse();
    }
}
