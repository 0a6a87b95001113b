package dev.warden.secrets;

import dev.warden.WardenException;

/** A secret store could not be reached or refused the request (sealed, forbidden, timed out). */
public class SecretUnavailableException extends WardenException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message names the store and the failure; never a value or token
     */
    public SecretUnavailableException(String message) {
        super(message);
    }

    /**
     * @param message names the store and the failure; never a value or token
     * @param cause the underlying failure
     */
    public SecretUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
