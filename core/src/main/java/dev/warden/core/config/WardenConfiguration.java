package dev.warden.core.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.warden.ConfigurationException;
import dev.warden.config.ConfigNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A parsed {@code warden.json}: its environment and the sections each engine reads.
 *
 * <p>Top-level keys: {@code environment} ({@code development} by default), {@code auth}, {@code secrets},
 * {@code audit}, {@code policy}, {@code deid}, {@code posture}, {@code workflows}. Unknown top-level keys are refused, so a misspelt section is not
 * silently ignored.
 *
 * @param environment where the installation runs
 * @param root the whole configuration
 * @param source where it came from, for messages
 */
public record WardenConfiguration(Environment environment, JsonConfigNode root, String source) {

    private static final java.util.Set<String> SECTIONS =
            java.util.Set.of("environment", "auth", "secrets", "audit", "policy", "deid", "posture", "workflows");

    /** The largest configuration file read, in bytes (16 MiB). */
    public static final long MAX_BYTES = 16L << 20;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** @return an empty development configuration */
    public static WardenConfiguration defaults() {
        return new WardenConfiguration(Environment.DEVELOPMENT, JsonConfigNode.empty(""), "defaults");
    }

    /**
     * @param file a {@code warden.json}
     * @return the configuration
     * @throws ConfigurationException if the file is missing, unreadable, larger than {@link #MAX_BYTES}, not UTF-8 or
     *     malformed (with line and column)
     */
    public static WardenConfiguration load(Path file) {
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ConfigurationException("configuration file " + file + " is larger than " + (MAX_BYTES >> 20)
                        + " MiB; a warden.json is a few kilobytes: check that it is the right file");
            }
            text = Files.readString(file);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ConfigurationException("configuration file " + file + " is not UTF-8 text; save it as UTF-8");
        } catch (NoSuchFileException e) {
            throw new ConfigurationException("configuration file " + file + " does not exist");
        } catch (IOException e) {
            throw new ConfigurationException("configuration file " + file + " cannot be read: " + e.getMessage(), e);
        }
        return parse(text, file.toString());
    }

    /**
     * @param json the configuration text
     * @param source a name for messages, e.g. the file name
     * @return the configuration
     * @throws ConfigurationException if it is not a JSON object, has unknown sections or a bad environment
     */
    public static WardenConfiguration parse(String json, String source) {
        JsonNode tree = StrictJson.readObject(JSON, json, "configuration " + source);
        for (var names = tree.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!SECTIONS.contains(name)) {
                throw new ConfigurationException("configuration " + source + ": unknown section '" + name
                        + "'; known sections are " + new java.util.TreeSet<>(SECTIONS));
            }
        }
        JsonConfigNode root = new JsonConfigNode(tree, "");
        Environment environment = root.string("environment").map(Environment::parse).orElse(Environment.DEVELOPMENT);
        return new WardenConfiguration(environment, root, source);
    }

    /**
     * @param name a section name such as {@code audit}
     * @return the section, empty when absent
     */
    public ConfigNode section(String name) {
        return root.child(name).orElseGet(() -> JsonConfigNode.empty(name));
    }
}
