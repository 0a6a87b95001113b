package dev.warden.sso.saml;

import dev.warden.ConfigurationException;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.Deflater;

/**
 * Starts a SAML 2.0 Web Browser SSO sign-in as the service provider (SAML Profiles 2.0 §4.1.4.1): builds an
 * {@code AuthnRequest} and encodes it for the HTTP-Redirect binding (SAML Bindings 2.0 §3.4.4.1): DEFLATE (RFC 1951,
 * raw), base64, URL-encoded as {@code SAMLRequest}, with {@code RelayState} when given and, when a signing key is
 * configured, {@code SigAlg} and a {@code Signature} over the octets
 * {@code SAMLRequest=...&RelayState=...&SigAlg=...} exactly as they appear in the query (RSA-SHA256, or
 * ECDSA-SHA256 with the signature as r||s, RFC 4051 §3.3).
 *
 * <p>The request asks for the response at this SP's assertion consumer service through HTTP-POST, and, when
 * configured, for authentication context classes ({@code RequestedAuthnContext}, e.g. the IdP's MFA class, which
 * the {@link SamlAuthenticationProvider} then accepts as a second factor when it trusts that class). Immutable and
 * thread-safe.
 */
public final class SamlSignOn {

    static final String RSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";
    static final String ECDSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256";
    /** SAML Bindings 2.0 §3.4.3: RelayState must not exceed 80 bytes. */
    static final int MAX_RELAY_STATE_BYTES = 80;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String spEntityId;
    private final String acsUrl;
    private final URI singleSignOnUrl;
    private final Optional<PrivateKey> signingKey;
    private final List<String> requestedContextClasses;
    private final boolean forceAuthn;
    private final Clock clock;

    private SamlSignOn(Builder b) {
        this.spEntityId = b.spEntityId;
        this.acsUrl = b.acsUrl;
        this.singleSignOnUrl = b.singleSignOnUrl;
        this.signingKey = b.signingKey;
        this.requestedContextClasses = b.requestedContextClasses;
        this.forceAuthn = b.forceAuthn;
        this.clock = b.clock;
    }

    /**
     * @param spEntityId this SP's entity id, the request's {@code Issuer}
     * @param acsUrl this SP's assertion consumer service URL ({@code https})
     * @param idp the IdP's metadata: its HTTP-Redirect single sign-on endpoint is the destination; when it wants
     *     requests signed, {@link Builder#signingKey} is required
     * @return a builder
     * @throws ConfigurationException if the metadata lists no HTTP-Redirect endpoint
     */
    public static Builder builder(String spEntityId, String acsUrl, SamlIdpMetadata idp) {
        URI url = idp.singleSignOnRedirect().orElseThrow(() -> new ConfigurationException("SAML IdP "
                + idp.entityId() + ": its metadata lists no SingleSignOnService with the HTTP-Redirect binding"));
        return new Builder(spEntityId, acsUrl, url).wantSigned(idp.wantAuthnRequestsSigned());
    }

    /**
     * @param spEntityId this SP's entity id, the request's {@code Issuer}
     * @param acsUrl this SP's assertion consumer service URL ({@code https})
     * @param singleSignOnUrl the IdP's HTTP-Redirect single sign-on endpoint ({@code https})
     * @return a builder
     */
    public static Builder builder(String spEntityId, String acsUrl, URI singleSignOnUrl) {
        return new Builder(spEntityId, acsUrl, singleSignOnUrl);
    }

    /**
     * @param relayState opaque state the IdP returns with the response (where to go after sign-in), at most 80
     *     bytes of UTF-8; empty for none. Not a secret and not integrity-protected unless the request is signed
     * @return the request, with a fresh 128-bit {@code ID}
     * @throws IllegalArgumentException if the relay state is longer than 80 bytes
     */
    public AuthnRequest request(String relayState) {
        Objects.requireNonNull(relayState, "relayState");
        if (relayState.getBytes(StandardCharsets.UTF_8).length > MAX_RELAY_STATE_BYTES) {
            throw new IllegalArgumentException("RelayState is longer than " + MAX_RELAY_STATE_BYTES
                    + " bytes (SAML Bindings 2.0 §3.4.3); keep a short key to the host's own state instead");
        }
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String id = "_" + HexFormat.of().formatHex(random); // an xs:ID starts with a letter or underscore
        Instant issued = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String query = "SAMLRequest=" + encode(Base64.getEncoder().encodeToString(deflate(xml(id, issued))));
        if (!relayState.isEmpty()) {
            query += "&RelayState=" + encode(relayState);
        }
        if (signingKey.isPresent()) {
            query += "&SigAlg=" + encode(algorithm(signingKey.get()));
            query += "&Signature=" + encode(Base64.getEncoder().encodeToString(sign(signingKey.get(), query)));
        }
        String base = singleSignOnUrl.toString();
        return new AuthnRequest(id, URI.create(base + (singleSignOnUrl.getRawQuery() == null ? "?" : "&") + query),
                issued);
    }

    String xml(String id, Instant issued) {
        StringBuilder xml = new StringBuilder(512)
                .append("<samlp:AuthnRequest xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\" ")
                .append("xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\" ID=\"").append(id)
                .append("\" Version=\"2.0\" IssueInstant=\"").append(issued)
                .append("\" Destination=\"").append(escape(singleSignOnUrl.toString()))
                .append("\" AssertionConsumerServiceURL=\"").append(escape(acsUrl))
                .append("\" ProtocolBinding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\"");
        if (forceAuthn) {
            xml.append(" ForceAuthn=\"true\"");
        }
        xml.append("><saml:Issuer>").append(escape(spEntityId)).append("</saml:Issuer>")
                .append("<samlp:NameIDPolicy AllowCreate=\"true\"/>");
        if (!requestedContextClasses.isEmpty()) {
            xml.append("<samlp:RequestedAuthnContext Comparison=\"exact\">");
            for (String contextClass : requestedContextClasses) {
                xml.append("<saml:AuthnContextClassRef>").append(escape(contextClass))
                        .append("</saml:AuthnContextClassRef>");
            }
            xml.append("</samlp:RequestedAuthnContext>");
        }
        return xml.append("</samlp:AuthnRequest>").toString();
    }

    private static byte[] deflate(String xml) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true); // raw DEFLATE, no zlib wrapper
        try {
            deflater.setInput(xml.getBytes(StandardCharsets.UTF_8));
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static String algorithm(PrivateKey key) {
        return key instanceof ECPrivateKey ? ECDSA_SHA256 : RSA_SHA256;
    }

    private static byte[] sign(PrivateKey key, String octets) {
        try {
            Signature signature = Signature.getInstance(key instanceof ECPrivateKey
                    ? "SHA256withECDSAinP1363Format" : "SHA256withRSA");
            signature.initSign(key);
            signature.update(octets.getBytes(StandardCharsets.US_ASCII));
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the AuthnRequest: " + e.getClass().getSimpleName(), e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public String toString() {
        return "SamlSignOn[sp=" + spEntityId + ", sso=" + singleSignOnUrl + ", signed=" + signingKey.isPresent() + "]";
    }

    /** Builds a {@link SamlSignOn}. */
    public static final class Builder {
        private final String spEntityId;
        private final String acsUrl;
        private final URI singleSignOnUrl;
        private Optional<PrivateKey> signingKey = Optional.empty();
        private List<String> requestedContextClasses = List.of();
        private boolean forceAuthn;
        private boolean wantSigned;
        private Clock clock = Clock.systemUTC();

        private Builder(String spEntityId, String acsUrl, URI singleSignOnUrl) {
            if (spEntityId == null || spEntityId.isBlank()) {
                throw new ConfigurationException("saml sign-on: spEntityId is required");
            }
            if (acsUrl == null || !acsUrl.startsWith("https://")) {
                throw new ConfigurationException("saml sign-on: acsUrl must be an https URL");
            }
            if (!"https".equals(Objects.requireNonNull(singleSignOnUrl, "singleSignOnUrl").getScheme())) {
                throw new ConfigurationException("saml sign-on: the IdP's single sign-on URL must be https");
            }
            this.spEntityId = spEntityId;
            this.acsUrl = acsUrl;
            this.singleSignOnUrl = singleSignOnUrl;
        }

        private Builder wantSigned(boolean wantSigned) {
            this.wantSigned = wantSigned;
            return this;
        }

        /**
         * @param key this SP's signing key (RSA of at least 2048 bits, or EC P-256), whose certificate is in the SP
         *     metadata the IdP holds; default none (unsigned requests)
         */
        public Builder signingKey(PrivateKey key) {
            if (key instanceof RSAPrivateKey rsa && rsa.getModulus().bitLength() < 2048) {
                throw new ConfigurationException("saml sign-on: the RSA signing key is shorter than 2048 bits");
            }
            if (!(key instanceof RSAPrivateKey) && !(key instanceof ECPrivateKey)) {
                throw new ConfigurationException("saml sign-on: the signing key must be RSA or EC");
            }
            this.signingKey = Optional.of(key);
            return this;
        }

        /**
         * @param classes authentication context classes to ask the IdP for ({@code RequestedAuthnContext},
         *     comparison exact), e.g. {@code https://refeds.org/profile/mfa}; default none (the IdP's choice)
         */
        public Builder requestedAuthnContext(List<String> classes) {
            this.requestedContextClasses = List.copyOf(classes);
            return this;
        }

        /** @param force ask the IdP to authenticate the user afresh even within a session; default false */
        public Builder forceAuthn(boolean force) {
            this.forceAuthn = force;
            return this;
        }

        /** @param clock the time source for {@code IssueInstant}; default UTC system clock */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** @throws ConfigurationException if the IdP's metadata wants signed requests and no signing key is set */
        public SamlSignOn build() {
            if (wantSigned && signingKey.isEmpty()) {
                throw new ConfigurationException("saml sign-on: the IdP's metadata sets WantAuthnRequestsSigned; "
                        + "give the SP's signing key");
            }
            return new SamlSignOn(this);
        }
    }
}
