package dev.warden.core.workflow;

import dev.warden.ConfigurationException;
import dev.warden.config.ConfigNode;
import dev.warden.core.plugin.MissingExtensionException;
import dev.warden.core.plugin.PluginRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Builds the workflow store the {@code workflows} section of {@code warden.json} names. */
public final class WorkflowStores {

    private WorkflowStores() {
    }

    /**
     * @param section the {@code workflows} section: {@code {"store": {"type": "json", "file": "workflows.json"}}},
     *     {@code {"type": "memory"}} (the default when there is no {@code store}), or a plug-in's type such as
     *     {@code {"type": "jdbc", "url": "jdbc:postgresql://db/warden?sslmode=verify-full", "username": "warden",
     *     "password": "env:WARDEN_DB_PASSWORD"}} (warden-jdbc)
     * @param loader where plug-in stores are discovered
     * @return the open store
     * @throws ConfigurationException naming the setting when it is unknown or missing
     * @throws MissingExtensionException for {@code jdbc} without warden-jdbc on the class path
     */
    public static WorkflowStore fromConfig(ConfigNode section, ClassLoader loader) {
        section.requireOnlyKeys(Set.of("store"));
        Optional<ConfigNode> store = section.child("store");
        if (store.isEmpty()) {
            if (section.has("store")) {
                throw new ConfigurationException("configuration " + section.qualified("store") + ": expected an object "
                        + "such as {\"type\": \"json\", \"file\": \"workflows.json\"}");
            }
            return new InMemoryWorkflowStore();
        }
        ConfigNode s = store.get();
        String type = s.requireString("type");
        switch (type) {
            case "memory":
                s.requireOnlyKeys(Set.of("type"));
                return new InMemoryWorkflowStore();
            case "json":
                s.requireOnlyKeys(Set.of("type", "file"));
                return new JsonFileWorkflowStore(Path.of(s.requireString("file")));
            default:
                PluginRegistry<WorkflowStoreFactory> factories = PluginRegistry.discover(WorkflowStoreFactory.class,
                        f -> List.of(f.type()), loader, List.of());
                if (factories.find(type).isPresent()) {
                    return factories.find(type).get().open(s);
                }
                if (type.equals("jdbc")) {
                    throw MissingExtensionException.of("configuration " + s.qualified("type") + ": 'jdbc'", "warden-jdbc");
                }
                throw new ConfigurationException("configuration " + s.qualified("type") + ": '"
                        + dev.warden.core.auth.Printable.of(type) + "' is not a workflow store type; use memory, json "
                        + "or jdbc");
        }
    }
}
