package dev.warden.auth;

/**
 * What a caller presents to authenticate. A closed family: each provider states which kinds it accepts.
 *
 * <p>Implementations never print their secret part in {@code toString}. Secret parts are {@code char[]} so the
 * caller can wipe them with {@link #close()} after authentication.
 */
public sealed interface Credentials extends AutoCloseable
        permits Credentials.Password, Credentials.ApiKey, Credentials.BearerToken, Credentials.SamlResponse {

    /** Wipes the secret part. Never throws. */
    @Override
    void close();

    /**
     * A user name and password, with an optional one-time code (TOTP, RFC 6238) as second factor.
     *
     * @param username the user name as typed; compared exactly
     * @param password the password; wiped by {@link #close()}
     * @param oneTimeCode the second factor, or an empty array when none was given
     */
    record Password(String username, char[] password, char[] oneTimeCode) implements Credentials {
        /** A password without a second factor. */
        public Password(String username, char[] password) {
            this(username, password, new char[0]);
        }

        @Override
        public void close() {
            java.util.Arrays.fill(password, '\0');
            java.util.Arrays.fill(oneTimeCode, '\0');
        }

        @Override
        public String toString() {
            return "Password[username=" + username + ", password=***, oneTimeCode=" + (oneTimeCode.length == 0 ? "none" : "***") + "]";
        }
    }

    /**
     * An API key of a service account, in Warden's documented key format.
     *
     * @param key the whole key; wiped by {@link #close()}
     */
    record ApiKey(char[] key) implements Credentials {
        @Override
        public void close() {
            java.util.Arrays.fill(key, '\0');
        }

        @Override
        public String toString() {
            return "ApiKey[***]";
        }
    }

    /**
     * An OAuth 2.0 bearer token or OpenID Connect ID token (a JWT).
     *
     * @param token the compact serialization; wiped by {@link #close()}
     */
    record BearerToken(char[] token) implements Credentials {
        @Override
        public void close() {
            java.util.Arrays.fill(token, '\0');
        }

        @Override
        public String toString() {
            return "BearerToken[***]";
        }
    }

    /**
     * A SAML 2.0 response received through the HTTP-POST binding.
     *
     * @param base64Response the {@code SAMLResponse} form field, base64-encoded as received
     * @param expectedRequestId the id of the AuthnRequest this response must answer ({@code InResponseTo}), or empty
     *     for an IdP-initiated response when the provider allows those
     */
    record SamlResponse(String base64Response, String expectedRequestId) implements Credentials {
        @Override
        public void close() {
            // Nothing to wipe: the response is signed, not secret, and held as a String by the servlet API anyway.
        }

        @Override
        public String toString() {
            return "SamlResponse[" + base64Response.length() + " chars]";
        }
    }
}
