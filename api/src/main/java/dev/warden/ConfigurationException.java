package dev.warden;

/**
 * Configuration is missing, malformed or inconsistent: a `warden.json` setting, a job specification, a plug-in that cannot be built, two plug-ins with the same name.
 */
public class ConfigurationException extends WardenException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong and what to do; never a secret or personal value
     */
    public ConfigurationException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong and what to do; never a secret or personal value
     * @param cause the underlying failure
     */
    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
