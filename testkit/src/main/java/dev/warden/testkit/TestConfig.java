package dev.warden.testkit;

import dev.warden.ConfigurationException;
import dev.warden.config.ConfigNode;
import dev.warden.secrets.SecretRef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link ConfigNode} built from a map, for plug-in tests that have no {@code warden.json} parser: the settings
 * object Warden would hand a factory for {@code "type": "..."} or {@code "stores": {"<scheme>": {...}}}.
 *
 * <p>Values: {@link String}, {@link Number}, {@link Boolean}, a {@link List} of strings, a nested {@link Map} (an
 * object) or a {@link List} of maps (a list of objects). Durations follow {@link ConfigNode#duration}: ISO-8601
 * ({@code PT1S}) or a number with {@code ms}, {@code s}, {@code m}, {@code h} or {@code d}. Accessors that fail throw
 * {@link ConfigurationException} naming the setting, as Warden's own configuration does.
 *
 * <pre>{@code
 * ConfigNode config = TestConfig.of("secrets.stores.props", Map.of("file", "secrets.properties"));
 * }</pre>
 */
public final class TestConfig implements ConfigNode {

    private final String path;
    private final Map<String, Object> values;

    private TestConfig(String path, Map<String, ?> values) {
        this.path = path;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * @param path where the object sits in {@code warden.json}, e.g. {@code audit.sinks[0]}, for messages
     * @param values the settings
     * @return the node
     */
    public static ConfigNode of(String path, Map<String, ?> values) {
        return new TestConfig(path, values);
    }

    /** @return {@link #of(String, Map)} at the root path {@code ""} */
    public static ConfigNode of(Map<String, ?> values) {
        return new TestConfig("", values);
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public Set<String> keys() {
        return values.keySet();
    }

    @Override
    public boolean has(String key) {
        return values.get(key) != null;
    }

    @Override
    public Optional<String> string(String key) {
        Object value = values.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return Optional.of(value.toString());
        }
        throw wrong(key, "text");
    }

    @Override
    public long longValue(String key, long defaultValue) {
        Object value = values.get(key);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        throw wrong(key, "a whole number");
    }

    @Override
    public boolean booleanValue(String key, boolean defaultValue) {
        Object value = values.get(key);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        throw wrong(key, "true or false");
    }

    @Override
    public Duration duration(String key, Duration defaultValue) {
        Optional<String> text = string(key);
        if (text.isEmpty()) {
            return defaultValue;
        }
        String t = text.get().trim().toLowerCase(Locale.ROOT);
        try {
            Duration d;
            if (t.startsWith("p")) {
                d = Duration.parse(t.toUpperCase(Locale.ROOT));
            } else if (t.endsWith("ms")) {
                d = Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            } else {
                long n = Long.parseLong(t.substring(0, t.length() - 1));
                d = switch (t.charAt(t.length() - 1)) {
                    case 's' -> Duration.ofSeconds(n);
                    case 'm' -> Duration.ofMinutes(n);
                    case 'h' -> Duration.ofHours(n);
                    case 'd' -> Duration.ofDays(n);
                    default -> throw new NumberFormatException(t);
                };
            }
            if (d.isNegative()) {
                throw wrong(key, "a duration that is not negative");
            }
            return d;
        } catch (RuntimeException e) {
            if (e instanceof ConfigurationException c) {
                throw c;
            }
            throw wrong(key, "a duration such as PT30S, 500ms, 30s, 5m, 12h or 90d");
        }
    }

    @Override
    public List<String> strings(String key) {
        Object value = values.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return list.stream().map(String.class::cast).toList();
        }
        throw wrong(key, "a list of text values");
    }

    @Override
    public Optional<ConfigNode> child(String key) {
        Object value = values.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Map<?, ?> map) {
            return Optional.of(new TestConfig(qualified(key), cast(map, key)));
        }
        throw wrong(key, "an object");
    }

    @Override
    public List<ConfigNode> children(String key) {
        Object value = values.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || !list.stream().allMatch(Map.class::isInstance)) {
            throw wrong(key, "a list of objects");
        }
        List<ConfigNode> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            out.add(new TestConfig(qualified(key) + "[" + i + "]", cast((Map<?, ?>) list.get(i), key)));
        }
        return out;
    }

    @Override
    public Optional<SecretRef> secretRef(String key) {
        Optional<String> text = string(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(SecretRef.parse(text.get()));
        } catch (RuntimeException e) {
            throw wrong(key, "a secret reference such as env:NAME");
        }
    }

    @Override
    public String toString() {
        return "TestConfig[" + (path.isEmpty() ? "(root)" : path) + ", keys " + values.keySet() + "]";
    }

    private Map<String, ?> cast(Map<?, ?> map, String key) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String name)) {
                throw wrong(key, "an object with text keys");
            }
            out.put(name, e.getValue());
        }
        return out;
    }

    private ConfigurationException wrong(String key, String expected) {
        return new ConfigurationException("configuration " + qualified(key) + ": expected " + expected);
    }
}
