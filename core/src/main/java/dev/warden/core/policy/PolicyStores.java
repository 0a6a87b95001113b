package dev.warden.core.policy;

import dev.warden.ConfigurationException;
import dev.warden.config.ConfigNode;
import dev.warden.core.plugin.MissingExtensionException;
import dev.warden.core.plugin.PluginRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Builds the grant store the {@code policy} section of {@code warden.json} names. */
public final class PolicyStores {

    /** How often a store shared by several processes is polled for changes when {@code reloadInterval} is not set. */
    public static final Duration DEFAULT_SHARED_RELOAD = Duration.ofMillis(500);

    private static final Set<String> COMMON = Set.of("store", "roleMapping", "reloadInterval");

    private PolicyStores() {
    }

    /**
     * @param section the {@code policy} section: {@code store} is {@code memory} (default) or {@code file} (then
     *     {@code file} names the JSON policy file); {@code roleMapping} is read by the facade
     * @return the store
     * @throws ConfigurationException naming the setting when it is unknown or missing
     */
    public static GrantStore fromConfig(ConfigNode section) {
        return fromConfig(section, PolicyStores.class.getClassLoader());
    }

    /**
     * Like {@link #fromConfig(ConfigNode)}, with plug-in stores: {@code "store": "jdbc"} with {@code url},
     * {@code username} and {@code password} (a secret reference) from {@code dev.warden:warden-jdbc}.
     *
     * @param loader where {@link GrantStoreFactory} plug-ins are discovered
     * @throws MissingExtensionException for {@code jdbc} without warden-jdbc on the class path
     */
    public static GrantStore fromConfig(ConfigNode section, ClassLoader loader) {
        String store = section.string("store").orElse("memory");
        switch (store) {
            case "memory":
                section.requireOnlyKeys(COMMON);
                return new InMemoryGrantStore();
            case "file":
                section.requireOnlyKeys(union(COMMON, Set.of("file")));
                return new JsonFileGrantStore(Path.of(section.requireString("file")));
            default:
                Optional<GrantStoreFactory> factory = factory(store, loader);
                if (factory.isPresent()) {
                    section.requireOnlyKeys(union(COMMON, factory.get().settings()));
                    return factory.get().open(section);
                }
                if (store.equals("jdbc")) {
                    throw MissingExtensionException.of("configuration " + section.qualified("store") + ": 'jdbc'",
                            "warden-jdbc");
                }
                throw new ConfigurationException("configuration " + section.qualified("store") + ": '"
                        + dev.warden.core.auth.Printable.of(store) + "' is not a policy store; use memory, file or jdbc");
        }
    }

    /**
     * How often the facade reloads the policy from its store: {@code policy.reloadInterval} when set ({@code 0} turns
     * it off), else {@link #DEFAULT_SHARED_RELOAD} for a store shared by several processes, else never.
     *
     * @return the interval, or empty for no polling
     * @throws ConfigurationException if the interval is negative or not a duration
     */
    public static Optional<Duration> reloadInterval(ConfigNode section, ClassLoader loader) {
        String store = section.string("store").orElse("memory");
        boolean shared = !store.equals("memory") && !store.equals("file")
                && factory(store, loader).map(GrantStoreFactory::shared).orElse(false);
        Duration interval = section.duration("reloadInterval", shared ? DEFAULT_SHARED_RELOAD : Duration.ZERO);
        if (interval.isNegative()) {
            throw new ConfigurationException("configuration " + section.qualified("reloadInterval")
                    + ": must not be negative (0 turns polling off)");
        }
        return interval.isZero() ? Optional.empty() : Optional.of(interval);
    }

    private static Optional<GrantStoreFactory> factory(String type, ClassLoader loader) {
        PluginRegistry<GrantStoreFactory> factories = PluginRegistry.discover(GrantStoreFactory.class,
                f -> List.of(f.type()), loader, List.of());
        return factories.find(type);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return out;
    }
}
