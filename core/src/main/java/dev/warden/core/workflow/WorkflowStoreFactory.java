package dev.warden.core.workflow;

import dev.warden.config.ConfigNode;

/**
 * Builds the {@link WorkflowStore} that {@code workflows.store.type} names, for a type other than the built-in
 * {@code memory} and {@code json}. Found through {@link java.util.ServiceLoader}: list the implementing class in
 * {@code META-INF/services/dev.warden.core.workflow.WorkflowStoreFactory}; it needs a public no-argument constructor.
 * {@code dev.warden:warden-jdbc} provides {@code jdbc}.
 */
public interface WorkflowStoreFactory {

    /** @return the {@code store.type} served, e.g. {@code jdbc}; unique among installed factories */
    String type();

    /**
     * @param store the {@code workflows.store} object
     * @return the open store; closing it releases what it holds (a connection pool)
     * @throws dev.warden.ConfigurationException naming the setting that is missing or wrong, or when the store cannot
     *     be reached
     */
    WorkflowStore open(ConfigNode store);
}
