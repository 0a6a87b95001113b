package dev.warden.core.config;

import dev.warden.ConfigurationException;
import java.util.Locale;

/**
 * Where an installation runs. Production applies the strict defaults (fail-closed audit, no literal secrets, ...);
 * development and staging have documented, looser ones.
 */
public enum Environment {
    DEVELOPMENT,
    STAGING,
    PRODUCTION;

    /**
     * @param text {@code development}, {@code staging} or {@code production} (any case)
     * @return the environment
     * @throws ConfigurationException for any other text
     */
    public static Environment parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("configuration environment: '" + text
                    + "' is not one of development, staging, production");
        }
    }
}
