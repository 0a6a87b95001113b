package dev.warden.auth;

import java.util.Objects;

/**
 * One authentication attempt as the authentication chain receives it: the credentials and where they came from.
 *
 * <p>The source address feeds per-address throttling and the audit event; the correlation id ties the audit event to
 * the caller's request. Neither is secret.
 *
 * @param credentials what the caller presented; the chain does not wipe them (the caller does, with
 *     {@link Credentials#close()})
 * @param sourceAddress the client's network address as text (IPv4, IPv6), or {@code ""} when not known; at most 256
 *     characters
 * @param correlationId the caller's request or job id, or {@code ""}; at most 256 characters
 * @param oneTimeCode a second factor presented alongside credentials that have no place for one (a bearer token, a
 *     SAML response): a TOTP code (RFC 6238) or a recovery code, checked against the principal's enrolment with Warden;
 *     an empty array when none was given. With {@link Credentials.Password} the code goes in the credentials instead.
 *     Not copied; the caller wipes it
 */
public record AuthenticationRequest(Credentials credentials, String sourceAddress, String correlationId,
                                    char[] oneTimeCode) {

    private static final int MAX_FIELD = 256;

    public AuthenticationRequest {
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(sourceAddress, "sourceAddress");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(oneTimeCode, "oneTimeCode");
        if (sourceAddress.length() > MAX_FIELD || correlationId.length() > MAX_FIELD) {
            throw new IllegalArgumentException("source address and correlation id are at most " + MAX_FIELD + " characters");
        }
    }

    /** A request without a separate one-time code. */
    public AuthenticationRequest(Credentials credentials, String sourceAddress, String correlationId) {
        this(credentials, sourceAddress, correlationId, new char[0]);
    }

    /**
     * @param code a TOTP or recovery code to verify as the second factor of a directory or single sign-on user
     * @return this request with that code
     */
    public AuthenticationRequest withOneTimeCode(char[] code) {
        return new AuthenticationRequest(credentials, sourceAddress, correlationId, code);
    }

    @Override
    public String toString() {
        return "AuthenticationRequest[" + credentials + ", sourceAddress=" + sourceAddress + ", correlationId="
                + correlationId + ", oneTimeCode=" + (oneTimeCode.length == 0 ? "none" : "***") + "]";
    }

    /**
     * @param credentials what the caller presented
     * @return a request with no known source address and no correlation id
     */
    public static AuthenticationRequest of(Credentials credentials) {
        return new AuthenticationRequest(credentials, "", "");
    }

    /**
     * @param credentials what the caller presented
     * @param sourceAddress the client's network address
     * @return a request without correlation id
     */
    public static AuthenticationRequest from(Credentials credentials, String sourceAddress) {
        return new AuthenticationRequest(credentials, sourceAddress, "");
    }
}
