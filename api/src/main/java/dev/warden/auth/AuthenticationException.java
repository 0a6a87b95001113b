package dev.warden.auth;

import dev.warden.WardenException;

/**
 * Authentication failed. The message is deliberately the same for every cause (unknown user, wrong password, locked
 * account) so it cannot be used to enumerate accounts; the cause is in the audit log.
 */
public class AuthenticationException extends WardenException {

    private static final long serialVersionUID = 1L;

    /** With the one message every failure shares. */
    public AuthenticationException() {
        super("authentication failed");
    }

    /**
     * @param message for failures that are not about the caller's credentials (e.g. a directory that is down)
     */
    public AuthenticationException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, without any credential
     * @param cause the underlying failure
     */
    public AuthenticationException(String message, Throwable cause) {
        super(message, cause);
    }
}
