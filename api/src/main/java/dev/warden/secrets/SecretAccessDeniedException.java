package dev.warden.secrets;

/**
 * A secret store refused the request because the identity Warden runs as may not read the secret (HTTP 403, AWS
 * {@code AccessDeniedException}, Azure {@code Forbidden}, Google {@code PERMISSION_DENIED}), or could not obtain
 * credentials at all. Retrying does not help; granting the permission the message names does.
 */
public class SecretAccessDeniedException extends SecretUnavailableException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message names the store, the reference's scheme and the permission to grant; never a value or credential
     */
    public SecretAccessDeniedException(String message) {
        super(message);
    }
}
