package dev.warden.secrets;

import dev.warden.WardenException;

/** A secret store has no secret (or no such field or version) at the reference given. */
public class SecretNotFoundException extends WardenException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message names the reference's scheme and what was missing; never a value
     */
    public SecretNotFoundException(String message) {
        super(message);
    }
}
