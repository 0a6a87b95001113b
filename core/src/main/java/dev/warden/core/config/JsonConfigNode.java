package dev.warden.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import dev.warden.config.ConfigNode;
import dev.warden.secrets.SecretRef;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** {@link ConfigNode} over a Jackson object node. */
public final class JsonConfigNode implements ConfigNode {

    private final JsonNode node;
    private final String path;

    /**
     * @param node a JSON object (or a missing/null node, seen as empty)
     * @param path where it sits in the configuration; {@code ""} for the root
     * @throws ConfigurationException if {@code node} is present but not an object
     */
    public JsonConfigNode(JsonNode node, String path) {
        if (node != null && !node.isNull() && !node.isMissingNode() && !node.isObject()) {
            throw new ConfigurationException("configuration " + (path.isEmpty() ? "root" : path)
                    + ": expected an object, found " + kind(node));
        }
        this.node = node == null || node.isNull() || node.isMissingNode() ? JsonNodeFactory.instance.objectNode() : node;
        this.path = path;
    }

    /** @return an empty object at {@code path} */
    public static JsonConfigNode empty(String path) {
        return new JsonConfigNode(null, path);
    }

    /** @return the underlying JSON, for core components that bind it to their own types */
    public JsonNode json() {
        return node;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Override
    public boolean has(String key) {
        JsonNode value = node.get(key);
        return value != null && !value.isNull();
    }

    @Override
    public Optional<String> string(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isValueNode()) {
            throw wrongKind(key, "text", value);
        }
        return Optional.of(value.asText());
    }

    @Override
    public long longValue(String key, long defaultValue) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return defaultValue;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.longValue();
        }
        if (value.isTextual()) {
            try {
                return Long.parseLong(value.asText().trim());
            } catch (NumberFormatException e) {
                throw new ConfigurationException("configuration " + qualified(key) + ": expected a whole number, found text that is not one");
            }
        }
        throw wrongKind(key, "a whole number", value);
    }

    @Override
    public boolean booleanValue(String key, boolean defaultValue) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return defaultValue;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isTextual() && (value.asText().equals("true") || value.asText().equals("false"))) {
            return Boolean.parseBoolean(value.asText());
        }
        throw wrongKind(key, "true or false", value);
    }

    @Override
    public Duration duration(String key, Duration defaultValue) {
        Optional<String> text = string(key);
        if (text.isEmpty()) {
            return defaultValue;
        }
        return parseDuration(qualified(key), text.get());
    }

    /**
     * Parses {@code PT1S}-style ISO-8601 durations and {@code 500ms}, {@code 30s}, {@code 5m}, {@code 12h},
     * {@code 90d}.
     *
     * @param where the setting's path, for the message
     * @param text the duration text
     * @return the duration, never negative
     * @throws ConfigurationException if it does not parse or is negative
     */
    public static Duration parseDuration(String where, String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        Duration result;
        try {
            if (t.startsWith("p")) {
                result = Duration.parse(t.toUpperCase(Locale.ROOT));
            } else if (t.endsWith("ms")) {
                result = Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            } else if (t.endsWith("s")) {
                result = Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
            } else if (t.endsWith("m")) {
                result = Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
            } else if (t.endsWith("h")) {
                result = Duration.ofHours(Long.parseLong(t.substring(0, t.length() - 1)));
            } else if (t.endsWith("d")) {
                result = Duration.ofDays(Long.parseLong(t.substring(0, t.length() - 1)));
            } else {
                throw new ConfigurationException("configuration " + where + ": a duration needs a unit (ms, s, m, h, d) or ISO-8601 form such as PT1S");
            }
        } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
            throw new ConfigurationException("configuration " + where + ": '" + text + "' is not a duration; write for example 500ms, 30s, 5m, 12h, 90d or PT1S");
        }
        if (result.isNegative()) {
            throw new ConfigurationException("configuration " + where + ": a duration cannot be negative");
        }
        return result;
    }

    @Override
    public List<String> strings(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw wrongKind(key, "a list of text values", value);
        }
        List<String> out = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isValueNode() || item.isNull()) {
                throw new ConfigurationException("configuration " + qualified(key) + "[" + i + "]: expected text, found " + kind(item));
            }
            out.add(item.asText());
        }
        return List.copyOf(out);
    }

    @Override
    public Optional<ConfigNode> child(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(new JsonConfigNode(value, qualified(key)));
    }

    @Override
    public List<ConfigNode> children(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw wrongKind(key, "a list of objects", value);
        }
        List<ConfigNode> out = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            out.add(new JsonConfigNode(value.get(i), qualified(key) + "[" + i + "]"));
        }
        return List.copyOf(out);
    }

    @Override
    public Optional<SecretRef> secretRef(String key) {
        Optional<String> text = string(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(SecretRef.parse(text.get()));
        } catch (InvalidInputException e) {
            throw new ConfigurationException("configuration " + qualified(key) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "ConfigNode[" + (path.isEmpty() ? "root" : path) + ", keys=" + keys() + "]";
    }

    private ConfigurationException wrongKind(String key, String expected, JsonNode found) {
        return new ConfigurationException("configuration " + qualified(key) + ": expected " + expected + ", found " + kind(found));
    }

    private static String kind(JsonNode node) {
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
