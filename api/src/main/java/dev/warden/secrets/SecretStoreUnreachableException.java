package dev.warden.secrets;

/**
 * A secret store could not be reached: no connection, a TLS failure (an untrusted or mismatching certificate), or no
 * answer within the time-out, after the client's own retry policy gave up.
 */
public class SecretStoreUnreachableException extends SecretUnavailableException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message names the store, its address and the kind of failure; never a value or credential
     */
    public SecretStoreUnreachableException(String message) {
        super(message);
    }
}
