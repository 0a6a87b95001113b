package dev.warden.core.plugin;

/**
 * A plug-in that was found but skipped because it could not be loaded or built.
 *
 * @param service the SPI interface, e.g. {@code dev.warden.spi.audit.AuditSinkFactory}
 * @param className the plug-in's class, or what the service file named when the class could not be loaded
 * @param reason why it was skipped
 */
public record PluginProblem(String service, String className, String reason) {
}
