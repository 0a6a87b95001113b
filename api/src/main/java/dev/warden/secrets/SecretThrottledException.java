package dev.warden.secrets;

/**
 * A secret store kept refusing the request because its rate limit was exceeded (HTTP 429, AWS
 * {@code ThrottlingException}, Google {@code RESOURCE_EXHAUSTED}) after the client's own retry policy, with back-off,
 * gave up. Resolving less often (a longer cache time-to-live) or raising the quota helps.
 */
public class SecretThrottledException extends SecretUnavailableException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message names the store and what to do; never a value or credential
     */
    public SecretThrottledException(String message) {
        super(message);
    }
}
