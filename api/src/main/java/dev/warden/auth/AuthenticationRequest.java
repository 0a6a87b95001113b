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
 */
public record AuthenticationRequest(Credentials credentials, String sourceAddress, String correlationId) {

    private static final int MAX_FIELD = 256;

    public AuthenticationRequest {
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(sourceAddress, "sourceAddress");
        Objects.requireNonNull(correlationId, "correlationId");
        if (sourceAddress.length() > MAX_FIELD || correlationId.length() > MAX_FIELD) {
            throw new IllegalArgumentException("source address and correlation id are at most " + MAX_FIELD + " characters");
        }
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
