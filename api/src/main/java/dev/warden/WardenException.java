package dev.warden;

/**
 * Root of every exception Warden throws on purpose.
 *
 * <p>Unchecked, so a host application can catch the whole family in one place. Messages name what was wrong
 * (which file and line, table and column, reference scheme, setting) and what to do about it; they never contain a
 * secret, a password, a token, a key or a personal data value.
 */
public class WardenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong and what to do; never a secret or personal value
     */
    public WardenException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong and what to do; never a secret or personal value
     * @param cause the underlying failure; its message must not carry a secret either
     */
    public WardenException(String message, Throwable cause) {
        super(message, cause);
    }
}
