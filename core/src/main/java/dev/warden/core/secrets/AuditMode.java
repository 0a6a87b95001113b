package dev.warden.core.secrets;

import dev.warden.ConfigurationException;
import java.util.Locale;

/**
 * Which resolutions raise a {@code SECRET_ACCESSED} audit event (reference, store and version; never the value).
 * Set with {@code secrets.audit} in {@code warden.json}.
 */
public enum AuditMode {
    /** No audit events. */
    OFF,
    /** One event each time a value is read from its store (a cache miss, refresh or rotation signal); the default. */
    LOAD,
    /** One event for every resolution, cached or not. */
    EVERY;

    /**
     * @param text {@code off}, {@code load} or {@code every} (any case)
     * @param where the setting's path, for the message
     * @return the mode
     * @throws ConfigurationException for any other text
     */
    public static AuditMode parse(String text, String where) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("configuration " + where + ": '" + text + "' is not one of off, load, every");
        }
    }
}
