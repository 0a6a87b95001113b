package dev.warden.spi.audit;

import dev.warden.config.ConfigNode;

/**
 * Builds {@link AuditSink}s of one type from configuration. Found through {@link java.util.ServiceLoader}: list the
 * implementing class in {@code META-INF/services/dev.warden.spi.audit.AuditSinkFactory}. Needs a public no-argument
 * constructor.
 *
 * <p>In {@code warden.json}: {@code "audit": {"sinks": [{"type": "<type()>", "name": "...", ...}]}}.
 */
public interface AuditSinkFactory {

    /** @return the short type name used in configuration, e.g. {@code jsonl}; unique among installed plug-ins */
    String type();

    /**
     * @param config this sink's configuration object
     * @return a ready sink
     * @throws dev.warden.ConfigurationException naming the setting that is missing or wrong
     */
    AuditSink create(ConfigNode config);

    /**
     * Checks this sink's settings without opening anything, so that a misspelt, unknown or wrong-typed setting is
     * refused when Warden starts rather than when the audit log is first used. Implementations call
     * {@link ConfigNode#requireOnlyKeys} with every setting the type accepts ({@code type} and {@code name} included)
     * and read each setting once with its typed accessor. The default checks nothing.
     *
     * @param config this sink's configuration object
     * @throws dev.warden.ConfigurationException naming the setting by its path
     */
    default void validate(ConfigNode config) {
    }

    /**
     * Builds a sink that may use the pipeline's context, e.g. the hash-chain key. The audit pipeline calls this one;
     * the default ignores the context and calls {@link #create(ConfigNode)}, so a simple plug-in implements only that.
     *
     * @param config this sink's configuration object
     * @param context the chain key and other shared settings
     * @return a ready sink
     * @throws dev.warden.ConfigurationException naming the setting that is missing or wrong
     */
    default AuditSink create(ConfigNode config, AuditSinkContext context) {
        return create(config);
    }
}
