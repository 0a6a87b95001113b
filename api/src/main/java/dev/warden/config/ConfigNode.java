package dev.warden.config;

import dev.warden.ConfigurationException;
import dev.warden.secrets.SecretRef;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A read-only view of one object in Warden's JSON configuration ({@code warden.json}), handed to plug-in factories
 * so that they need no JSON library of their own.
 *
 * <p>Every accessor that fails throws {@link ConfigurationException} naming the setting by its {@link #path() path},
 * e.g. {@code audit.sinks[1].directory}, and what was expected.
 */
public interface ConfigNode {

    /** @return where this object sits in the configuration, e.g. {@code auth.providers[0]}; {@code ""} for the root */
    String path();

    /** @return the names of the settings present in this object */
    Set<String> keys();

    /**
     * Refuses settings this object does not know, so a misspelt key is not silently ignored.
     *
     * @param known the settings this object may hold
     * @throws ConfigurationException naming the first unknown setting by its path and listing the known ones
     */
    default void requireOnlyKeys(Set<String> known) {
        for (String key : keys()) {
            if (!known.contains(key)) {
                String near = null;
                int best = Integer.MAX_VALUE;
                for (String candidate : new TreeSet<>(known)) {
                    int distance = editDistance(key.toLowerCase(java.util.Locale.ROOT),
                            candidate.toLowerCase(java.util.Locale.ROOT));
                    if (distance < best) {
                        best = distance;
                        near = candidate;
                    }
                }
                String suggestion = near != null && best <= Math.max(2, near.length() / 4)
                        ? " (did you mean '" + near + "'?)" : "";
                throw new ConfigurationException("configuration " + qualified(key) + ": unknown setting" + suggestion
                        + "; known settings are " + String.join(", ", new TreeSet<>(known)));
            }
        }
    }

    /**
     * @return the Damerau-Levenshtein (optimal string alignment) distance between two names: insertions, deletions,
     *     substitutions and swaps of adjacent characters; used for "did you mean"
     */
    private static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** @return whether the setting is present (and not JSON null) */
    boolean has(String key);

    /** @return a text setting, if present; a number or boolean is given as its text */
    Optional<String> string(String key);

    /**
     * @return a text setting
     * @throws ConfigurationException if it is missing
     */
    default String requireString(String key) {
        return string(key).orElseThrow(() -> new ConfigurationException(
                "configuration " + qualified(key) + ": required setting is missing"));
    }

    /** @return a whole-number setting, or {@code defaultValue} when absent */
    long longValue(String key, long defaultValue);

    /** @return a whole-number setting, or {@code defaultValue} when absent; fails if out of int range */
    default int intValue(String key, int defaultValue) {
        long value = longValue(key, defaultValue);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new ConfigurationException("configuration " + qualified(key) + ": " + value + " is out of range");
        }
        return (int) value;
    }

    /** @return a boolean setting, or {@code defaultValue} when absent */
    boolean booleanValue(String key, boolean defaultValue);

    /**
     * @return a duration setting in ISO-8601 form ({@code PT1S}) or as a number with a unit suffix ({@code 500ms},
     *     {@code 30s}, {@code 5m}, {@code 12h}, {@code 90d}), or {@code defaultValue} when absent
     */
    Duration duration(String key, Duration defaultValue);

    /** @return a list of text values, empty when absent */
    List<String> strings(String key);

    /** @return a nested object, if present */
    Optional<ConfigNode> child(String key);

    /** @return a list of nested objects, empty when absent */
    List<ConfigNode> children(String key);

    /**
     * @return a secret reference setting, parsed with {@link SecretRef#parse}
     * @throws ConfigurationException if present but malformed (the message shows the scheme only)
     */
    Optional<SecretRef> secretRef(String key);

    /** @return {@code path() + "." + key}, or {@code key} at the root */
    default String qualified(String key) {
        return path().isEmpty() ? key : path() + "." + key;
    }
}
