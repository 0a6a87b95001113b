package dev.warden;

/**
 * Stored data failed an integrity check: a broken audit hash chain, a keystore entry whose authentication tag does not verify, a checksum that does not match.
 */
public class IntegrityException extends WardenException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong and what to do; never a secret or personal value
     */
    public IntegrityException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong and what to do; never a secret or personal value
     * @param cause the underlying failure
     */
    public IntegrityException(String message, Throwable cause) {
        super(message, cause);
    }
}
