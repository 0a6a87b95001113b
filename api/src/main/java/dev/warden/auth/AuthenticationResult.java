package dev.warden.auth;

/**
 * The outcome of one authentication attempt.
 *
 * <p>To the caller a failure says only that authentication failed, whatever the cause (no user enumeration); the
 * internal reason goes to the audit log.
 */
public sealed interface AuthenticationResult
        permits AuthenticationResult.Success, AuthenticationResult.Failure, AuthenticationResult.MfaRequired,
        AuthenticationResult.PasswordChangeRequired {

    /**
     * The credentials were verified.
     *
     * @param principal the authenticated identity
     */
    record Success(Principal principal) implements AuthenticationResult {
    }

    /**
     * The credentials were not accepted.
     *
     * @param auditReason why, for the audit log only (e.g. "unknown user", "bad password", "locked"); never shown to
     *     the caller and never containing a password, token or key
     * @param secondFactor {@code true} when the first factor was right and the second factor (a TOTP code, RFC 6238,
     *     or a recovery code) was wrong or reused; the attempt is then audited as {@code MFA_FAILED} rather than
     *     {@code LOGIN_FAILED}
     */
    record Failure(String auditReason, boolean secondFactor) implements AuthenticationResult {

        /**
         * A failure of the first factor (or of the request as a whole).
         *
         * @param auditReason why, for the audit log only
         */
        public Failure(String auditReason) {
            this(auditReason, false);
        }

        @Override
        public String toString() {
            return "Failure[authentication failed]";
        }
    }

    /**
     * The first factor was correct but the account must also present a second factor (TOTP code).
     *
     * @param principalId the account that must complete MFA
     */
    record MfaRequired(String principalId) implements AuthenticationResult {
    }

    /**
     * The password was correct but must be changed before the account may do anything else: it was a generated
     * one-time password (the first administrator's, or one an operator reset). No principal is issued.
     *
     * @param principalId the account that must change its password
     */
    record PasswordChangeRequired(String principalId) implements AuthenticationResult {
    }
}
