package dev.warden.core.policy;

import dev.warden.ConfigurationException;
import dev.warden.config.ConfigNode;
import java.nio.file.Path;
import java.util.Set;

/** Builds the grant store the {@code policy} section of {@code warden.json} names. */
public final class PolicyStores {

    private PolicyStores() {
    }

    /**
     * @param section the {@code policy} section: {@code store} is {@code memory} (default) or {@code file} (then
     *     {@code file} names the JSON policy file); {@code roleMapping} is read by the facade
     * @return the store
     * @throws ConfigurationException naming the setting when it is unknown or missing
     */
    public static GrantStore fromConfig(ConfigNode section) {
        section.requireOnlyKeys(Set.of("store", "file", "roleMapping"));
        String store = section.string("store").orElse("memory");
        switch (store) {
            case "memory":
                return new InMemoryGrantStore();
            case "file":
                return new JsonFileGrantStore(Path.of(section.requireString("file")));
            default:
                throw new ConfigurationException("configuration " + section.qualified("store") + ": '" + store
                        + "' is not a policy store; use memory or file (or pass a JdbcGrantStore from warden-jdbc to "
                        + "Warden.builder().policyStore(...))");
        }
    }
}
