package dev.warden.sso.saml;

import dev.warden.ConfigurationException;
import dev.warden.auth.AuthenticationResult;
import dev.warden.auth.Credentials;
import dev.warden.auth.PrincipalIds;
import dev.warden.core.auth.sso.ExternalIdentity;
import dev.warden.core.auth.sso.ReplayCache;
import dev.warden.policy.RoleMapping;
import dev.warden.spi.auth.AuthenticationProvider;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.xml.crypto.dsig.XMLSignature;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Authenticates {@link Credentials.SamlResponse}s: SAML 2.0 responses received through the HTTP-POST binding, as the
 * service provider of the Web Browser SSO profile.
 *
 * <p>Checks, in order (any failure gives {@link AuthenticationResult.Failure} naming the check, never a value of the
 * response): size (at most 512 KiB of base64) and base64; XML parsed with any DOCTYPE refused (no external entities);
 * the root is a {@code samlp:Response} of version 2.0; the document holds exactly one {@code saml:Assertion}, a child
 * of the response, and no {@code EncryptedAssertion}; no {@code ID} value occurs twice; the response, the assertion or
 * both carry an enveloped signature that verifies with the <em>configured</em> IdP certificate (any key in the
 * document is ignored; during a certificate rollover, any of the configured signing certificates) and covers exactly that element; the status is Success; the response's {@code Destination}
 * (required when the response is signed) is the assertion consumer service URL, its {@code Issuer} (if any) and the
 * assertion's {@code Issuer} are the IdP's entity id; {@code InResponseTo} answers the expected request (or, for an
 * unsolicited response, is absent and unsolicited responses are allowed); a bearer {@code SubjectConfirmation} has
 * {@code Recipient} equal to the ACS URL, the same {@code InResponseTo} and an unexpired {@code NotOnOrAfter}; the
 * {@code Conditions} time window holds and every {@code AudienceRestriction} names this SP's entity id; an
 * {@code AuthnStatement} is present and its session, if bounded, has not ended; the assertion id has not been
 * accepted before (replay cache: in this process, or shared by every host through the JDBC store). Times are
 * compared with the configured clock skew (default 60 s).
 *
 * <p>The principal's id is {@code saml:<IdP entity id>#<subject>} ({@link PrincipalIds#saml}), the subject being the whole text of the {@code NameID} (text around a comment is joined, so a comment cannot
 * truncate it) or the single value of a configured attribute; its groups are the values of the groups attribute
 * (default {@code groups}), mapped with the policy engine's {@link RoleMapping}; the method is {@code saml}; MFA is
 * satisfied only when the {@code AuthnContextClassRef} is one of the second-factor classes the configuration trusts
 * (none by default).
 */
public final class SamlAuthenticationProvider implements AuthenticationProvider {

    static final String PROTOCOL = "urn:oasis:names:tc:SAML:2.0:protocol";
    static final String ASSERTION = "urn:oasis:names:tc:SAML:2.0:assertion";
    static final String SUCCESS = "urn:oasis:names:tc:SAML:2.0:status:Success";
    static final String BEARER = "urn:oasis:names:tc:SAML:2.0:cm:bearer";
    /** The largest {@code SAMLResponse} field accepted, in base64 characters. */
    static final int MAX_RESPONSE_CHARS = 512 * 1024;

    private final String name;
    private final String spEntityId;
    private final String acsUrl;
    private final String idpEntityId;
    private final List<PublicKey> idpKeys;
    private final Duration clockSkew;
    private final String groupsAttribute;
    private final Optional<String> principalAttribute;
    private final boolean allowUnsolicited;
    private final Set<String> mfaContextClasses;
    private final RoleMapping mapping;
    private final Clock clock;
    private final ReplayCache replayCache;
    private final boolean ownsReplayCache;

    private SamlAuthenticationProvider(Builder b) {
        this.name = b.name;
        this.spEntityId = b.spEntityId;
        this.acsUrl = b.acsUrl;
        this.idpEntityId = b.idpEntityId;
        this.idpKeys = b.idpCertificates.stream().map(X509Certificate::getPublicKey).toList();
        this.clockSkew = b.clockSkew;
        this.groupsAttribute = b.groupsAttribute;
        this.principalAttribute = b.principalAttribute;
        this.allowUnsolicited = b.allowUnsolicited;
        this.mfaContextClasses = Set.copyOf(b.mfaContextClasses);
        this.mapping = b.mapping;
        this.clock = b.clock;
        this.ownsReplayCache = b.replayCache == null || b.ownsReplayCache;
        this.replayCache = b.replayCache != null ? b.replayCache : ReplayCache.inMemory(b.replayCacheSize);
    }

    /**
     * @param name the provider's configured name
     * @param spEntityId this service provider's entity id, required in every {@code AudienceRestriction}
     * @param acsUrl this SP's assertion consumer service URL, required as {@code Destination} and {@code Recipient}
     * @param idpEntityId the identity provider's entity id, required as {@code Issuer}
     * @param idpCertificate the IdP's signing certificate; its key is the only one signatures are checked with
     * @return a builder with the defaults given on its setters
     */
    public static Builder builder(String name, String spEntityId, String acsUrl, String idpEntityId,
                                  X509Certificate idpCertificate) {
        return new Builder(name, spEntityId, acsUrl, idpEntityId, List.of(idpCertificate));
    }

    /**
     * @param name the provider's configured name
     * @param spEntityId this service provider's entity id, required in every {@code AudienceRestriction}
     * @param acsUrl this SP's assertion consumer service URL, required as {@code Destination} and {@code Recipient}
     * @param idp the identity provider's metadata: its entity id (required as {@code Issuer}) and its signing
     *     certificates — a signature is accepted when it verifies with any of them (certificate rollover), and a
     *     certificate removed from the metadata no longer verifies anything
     * @return a builder with the defaults given on its setters
     */
    public static Builder builder(String name, String spEntityId, String acsUrl, SamlIdpMetadata idp) {
        return new Builder(name, spEntityId, acsUrl, idp.entityId(), idp.signingCertificates());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean supports(Class<? extends Credentials> kind) {
        return kind == Credentials.SamlResponse.class;
    }

    @Override
    public AuthenticationResult authenticate(Credentials credentials) {
        if (!(credentials instanceof Credentials.SamlResponse response)) {
            return new AuthenticationResult.Failure("saml provider " + name + " takes SAML responses only");
        }
        try {
            return new AuthenticationResult.Success(identify(response).toPrincipal(mapping, "saml"));
        } catch (Refusal e) {
            return new AuthenticationResult.Failure("saml response refused: " + e.getMessage());
        }
    }

    /**
     * Verifies the response and reads the identity from the one assertion the signature covers.
     *
     * @throws Refusal naming the check that failed
     */
    ExternalIdentity identify(Credentials.SamlResponse credentials) throws Refusal {
        String base64 = credentials.base64Response();
        if (base64.isEmpty()) {
            throw new Refusal("empty SAMLResponse");
        }
        if (base64.length() > MAX_RESPONSE_CHARS) {
            throw new Refusal("SAMLResponse longer than " + MAX_RESPONSE_CHARS + " characters");
        }
        byte[] xml;
        try {
            xml = Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new Refusal("SAMLResponse is not base64");
        }
        Document document = SecureXml.parse(xml);
        Element response = document.getDocumentElement();
        if (!is(response, PROTOCOL, "Response")) {
            throw new Refusal("the document is not a SAML 2.0 Response");
        }
        requireVersion(response, "response");
        if (document.getElementsByTagNameNS(ASSERTION, "EncryptedAssertion").getLength() > 0) {
            throw new Refusal("encrypted assertions are not supported");
        }
        NodeList assertions = document.getElementsByTagNameNS(ASSERTION, "Assertion");
        if (assertions.getLength() != 1) {
            throw new Refusal("the response holds " + assertions.getLength() + " assertions; exactly one is accepted");
        }
        Element assertion = (Element) assertions.item(0);
        if (assertion.getParentNode() != response) {
            throw new Refusal("the assertion is not a child of the response");
        }
        requireUniqueIds(document);

        List<Element> responseSignatures = children(response, XMLSignature.XMLNS, "Signature");
        List<Element> assertionSignatures = children(assertion, XMLSignature.XMLNS, "Signature");
        if (responseSignatures.size() > 1 || assertionSignatures.size() > 1) {
            throw new Refusal("more than one signature on the response or the assertion");
        }
        if (responseSignatures.isEmpty() && assertionSignatures.isEmpty()) {
            throw new Refusal("neither the response nor the assertion is signed");
        }
        if (!responseSignatures.isEmpty()) {
            EnvelopedSignature.verify(responseSignatures.get(0), response, idpKeys, "response");
        }
        if (!assertionSignatures.isEmpty()) {
            EnvelopedSignature.verify(assertionSignatures.get(0), assertion, idpKeys, "assertion");
        }

        Instant now = clock.instant();
        checkResponse(response, !responseSignatures.isEmpty(), credentials.expectedRequestId());
        return readAssertion(assertion, credentials.expectedRequestId(), now);
    }

    private void checkResponse(Element response, boolean signed, String expectedRequestId) throws Refusal {
        String destination = response.getAttributeNS(null, "Destination");
        if (destination.isEmpty() ? signed : !destination.equals(acsUrl)) {
            throw new Refusal(destination.isEmpty() ? "the signed response names no Destination"
                    : "the response's Destination is not this service provider's ACS URL");
        }
        Optional<Element> issuer = optionalChild(response, ASSERTION, "Issuer");
        if (issuer.isPresent() && !idpEntityId.equals(text(issuer.get()))) {
            throw new Refusal("the response's Issuer is not the configured IdP");
        }
        Element status = child(response, PROTOCOL, "Status");
        Element code = child(status, PROTOCOL, "StatusCode");
        if (!SUCCESS.equals(code.getAttributeNS(null, "Value"))) {
            throw new Refusal("the IdP's status is not Success");
        }
        checkInResponseTo(response.getAttributeNS(null, "InResponseTo"), expectedRequestId, "response");
    }

    private void checkInResponseTo(String given, String expected, String where) throws Refusal {
        if (expected.isEmpty()) {
            if (!allowUnsolicited) {
                throw new Refusal("unsolicited (IdP-initiated) responses are not allowed");
            }
            if (!given.isEmpty()) {
                throw new Refusal("the " + where + " answers a request, but none was expected");
            }
        } else if (!given.equals(expected)) {
            throw new Refusal("the " + where + "'s InResponseTo does not match the request");
        }
    }

    private ExternalIdentity readAssertion(Element assertion, String expectedRequestId, Instant now) throws Refusal {
        requireVersion(assertion, "assertion");
        String id = assertion.getAttributeNS(null, "ID");
        if (id.isEmpty()) {
            throw new Refusal("the assertion has no ID");
        }
        if (!idpEntityId.equals(text(child(assertion, ASSERTION, "Issuer")))) {
            throw new Refusal("the assertion's Issuer is not the configured IdP");
        }
        Element subject = child(assertion, ASSERTION, "Subject");
        Instant confirmedUntil = bearerConfirmation(subject, expectedRequestId, now);

        Element conditions = child(assertion, ASSERTION, "Conditions");
        checkWindow(conditions, now, "assertion's Conditions");
        List<Element> restrictions = children(conditions, ASSERTION, "AudienceRestriction");
        if (restrictions.isEmpty()) {
            throw new Refusal("the assertion has no AudienceRestriction");
        }
        for (Element restriction : restrictions) {
            boolean named = false;
            for (Element audience : children(restriction, ASSERTION, "Audience")) {
                named |= spEntityId.equals(text(audience));
            }
            if (!named) {
                throw new Refusal("the assertion's audience is not this service provider");
            }
        }

        List<Element> authnStatements = children(assertion, ASSERTION, "AuthnStatement");
        if (authnStatements.isEmpty()) {
            throw new Refusal("the assertion has no AuthnStatement");
        }
        boolean secondFactor = false;
        for (Element statement : authnStatements) {
            String sessionEnd = statement.getAttributeNS(null, "SessionNotOnOrAfter");
            if (!sessionEnd.isEmpty() && !now.isBefore(time(sessionEnd, "SessionNotOnOrAfter").plus(clockSkew))) {
                throw new Refusal("the IdP session has ended (SessionNotOnOrAfter)");
            }
            for (Element context : children(statement, ASSERTION, "AuthnContext")) {
                for (Element classRef : children(context, ASSERTION, "AuthnContextClassRef")) {
                    secondFactor |= mfaContextClasses.contains(text(classRef));
                }
            }
        }

        Set<String> groups = attributeValues(assertion, groupsAttribute);
        String principal;
        if (principalAttribute.isPresent()) {
            Set<String> values = attributeValues(assertion, principalAttribute.get());
            if (values.size() != 1) {
                throw new Refusal("the principal attribute has " + values.size() + " values; expected one");
            }
            principal = values.iterator().next();
        } else {
            Element nameId = child(subject, ASSERTION, "NameID");
            principal = text(nameId);
        }
        if (principal.isEmpty()) {
            throw new Refusal("the assertion names an empty subject");
        }
        switch (replayCache.firstUse(idpEntityId + "\n" + id, confirmedUntil.plus(clockSkew), now)) {
            case FIRST -> { }
            case REPLAYED -> throw new Refusal("assertion replayed (its ID was already accepted)");
            case FULL -> throw new Refusal("the replay cache is full; refusing new assertions until entries expire");
        }
        return new ExternalIdentity(PrincipalIds.saml(idpEntityId, principal), principal, groups, secondFactor);
    }

    /** @return the latest NotOnOrAfter among the valid bearer confirmations */
    private Instant bearerConfirmation(Element subject, String expectedRequestId, Instant now) throws Refusal {
        Refusal last = new Refusal("the assertion has no bearer SubjectConfirmation");
        Instant until = null;
        for (Element confirmation : children(subject, ASSERTION, "SubjectConfirmation")) {
            if (!BEARER.equals(confirmation.getAttributeNS(null, "Method"))) {
                continue;
            }
            try {
                Element data = child(confirmation, ASSERTION, "SubjectConfirmationData");
                if (!acsUrl.equals(data.getAttributeNS(null, "Recipient"))) {
                    throw new Refusal("the bearer confirmation's Recipient is not this service provider's ACS URL");
                }
                checkInResponseTo(data.getAttributeNS(null, "InResponseTo"), expectedRequestId, "bearer confirmation");
                if (!data.getAttributeNS(null, "NotBefore").isEmpty()) {
                    throw new Refusal("a bearer confirmation must not have NotBefore");
                }
                String notOnOrAfter = data.getAttributeNS(null, "NotOnOrAfter");
                if (notOnOrAfter.isEmpty()) {
                    throw new Refusal("the bearer confirmation has no NotOnOrAfter");
                }
                Instant end = time(notOnOrAfter, "NotOnOrAfter");
                if (!now.isBefore(end.plus(clockSkew))) {
                    throw new Refusal("the bearer confirmation has expired");
                }
                until = until == null || end.isAfter(until) ? end : until;
            } catch (Refusal e) {
                last = e;
            }
        }
        if (until == null) {
            throw last;
        }
        return until;
    }

    private void checkWindow(Element element, Instant now, String what) throws Refusal {
        String notBefore = element.getAttributeNS(null, "NotBefore");
        if (!notBefore.isEmpty() && now.isBefore(time(notBefore, "NotBefore").minus(clockSkew))) {
            throw new Refusal("the " + what + " are not yet valid (NotBefore)");
        }
        String notOnOrAfter = element.getAttributeNS(null, "NotOnOrAfter");
        if (!notOnOrAfter.isEmpty() && !now.isBefore(time(notOnOrAfter, "NotOnOrAfter").plus(clockSkew))) {
            throw new Refusal("the " + what + " have expired (NotOnOrAfter)");
        }
    }

    private static Set<String> attributeValues(Element assertion, String attributeName) throws Refusal {
        Set<String> values = new LinkedHashSet<>();
        for (Element statement : children(assertion, ASSERTION, "AttributeStatement")) {
            for (Element attribute : children(statement, ASSERTION, "Attribute")) {
                if (attributeName.equals(attribute.getAttributeNS(null, "Name"))) {
                    for (Element value : children(attribute, ASSERTION, "AttributeValue")) {
                        String text = text(value);
                        if (!text.isEmpty()) {
                            values.add(text);
                        }
                    }
                }
            }
        }
        return values;
    }

    private static void requireVersion(Element element, String what) throws Refusal {
        if (!"2.0".equals(element.getAttributeNS(null, "Version"))) {
            throw new Refusal("the " + what + " is not SAML version 2.0");
        }
    }

    /** Refuses a document where an ID-like attribute value occurs twice: a reference could then resolve to either. */
    private static void requireUniqueIds(Document document) throws Refusal {
        Set<String> ids = new HashSet<>();
        NodeList all = document.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            NamedNodeMap attributes = all.item(i).getAttributes();
            for (int j = 0; j < attributes.getLength(); j++) {
                Attr attribute = (Attr) attributes.item(j);
                String local = attribute.getLocalName() != null ? attribute.getLocalName() : attribute.getName();
                if (attribute.getNamespaceURI() == null && (local.equals("ID") || local.equals("Id") || local.equals("id"))
                        && !ids.add(attribute.getValue())) {
                    throw new Refusal("an ID value occurs more than once in the response");
                }
            }
        }
    }

    private Instant time(String value, String what) throws Refusal {
        try {
            return DateTimeFormatter.ISO_DATE_TIME.parse(value, Instant::from);
        } catch (DateTimeParseException e) {
            throw new Refusal(what + " is not an xs:dateTime with a time zone");
        }
    }

    /** @return the element's whole text, joining text nodes around comments; refuses nested elements */
    private static String text(Element element) throws Refusal {
        StringBuilder out = new StringBuilder();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            switch (node.getNodeType()) {
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> out.append(node.getNodeValue());
                case Node.COMMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE -> { }
                default -> throw new Refusal("a " + element.getLocalName() + " holds markup where text is expected");
            }
        }
        return out.toString();
    }

    private static boolean is(Node node, String namespace, String localName) {
        return node instanceof Element && namespace.equals(node.getNamespaceURI()) && localName.equals(node.getLocalName());
    }

    private static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> out = new ArrayList<>(2);
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (is(node, namespace, localName)) {
                out.add((Element) node);
            }
        }
        return out;
    }

    private static Optional<Element> optionalChild(Element parent, String namespace, String localName) throws Refusal {
        List<Element> found = children(parent, namespace, localName);
        if (found.size() > 1) {
            throw new Refusal("more than one " + localName + " in " + parent.getLocalName());
        }
        return found.stream().findFirst();
    }

    private static Element child(Element parent, String namespace, String localName) throws Refusal {
        return optionalChild(parent, namespace, localName)
                .orElseThrow(() -> new Refusal("no " + localName + " in " + parent.getLocalName()));
    }

    /** Closes the replay cache if the provider made it (a cache given to the builder stays the caller's). */
    @Override
    public void close() {
        if (ownsReplayCache) {
            replayCache.close();
        }
    }

    @Override
    public String toString() {
        return "SamlAuthenticationProvider[name=" + name + ", sp=" + spEntityId + ", idp=" + idpEntityId + "]";
    }

    /** Builds a {@link SamlAuthenticationProvider}. */
    public static final class Builder {
        private final String name;
        private final String spEntityId;
        private final String acsUrl;
        private final String idpEntityId;
        private List<X509Certificate> idpCertificates;
        private Duration clockSkew = Duration.ofSeconds(60);
        private String groupsAttribute = "groups";
        private Optional<String> principalAttribute = Optional.empty();
        private boolean allowUnsolicited;
        private int replayCacheSize = 100_000;
        private ReplayCache replayCache;
        private boolean ownsReplayCache;
        private Set<String> mfaContextClasses = Set.of(); // the IdP's MFA is trusted only when configured
        private RoleMapping mapping = RoleMapping.none();
        private Clock clock = Clock.systemUTC();

        private Builder(String name, String spEntityId, String acsUrl, String idpEntityId,
                        List<X509Certificate> idpCertificates) {
            this.name = required(name, "name", "saml provider");
            this.spEntityId = required(spEntityId, "spEntityId", "saml provider " + name);
            this.acsUrl = required(acsUrl, "acsUrl", "saml provider " + name);
            this.idpEntityId = required(idpEntityId, "idpEntityId", "saml provider " + name);
            this.idpCertificates = List.copyOf(idpCertificates);
            if (this.idpCertificates.isEmpty()) {
                throw new ConfigurationException("saml provider " + name + ": at least one IdP signing certificate "
                        + "is required");
            }
            if (!acsUrl.startsWith("https://")) {
                throw new ConfigurationException("saml provider " + name + ": acsUrl must be an https URL");
            }
        }

        /** @param skew tolerance for every time check; default 60 s, at most 5 minutes */
        public Builder clockSkew(Duration skew) {
            if (skew.isNegative() || skew.compareTo(Duration.ofMinutes(5)) > 0) {
                throw new ConfigurationException("saml provider " + name + ": clockSkew must be between 0 and 5 minutes");
            }
            this.clockSkew = skew;
            return this;
        }

        /** @param attribute the {@code Name} of the attribute holding the groups; default {@code groups} */
        public Builder groupsAttribute(String attribute) {
            this.groupsAttribute = required(attribute, "groupsAttribute", "saml provider " + name);
            return this;
        }

        /** @param attribute the {@code Name} of a single-valued attribute to use as principal id instead of NameID */
        public Builder principalAttribute(String attribute) {
            this.principalAttribute = Optional.of(required(attribute, "principalAttribute", "saml provider " + name));
            return this;
        }

        /** @param allow accept IdP-initiated (unsolicited) responses, which have no InResponseTo; default false */
        public Builder allowUnsolicited(boolean allow) {
            this.allowUnsolicited = allow;
            return this;
        }

        /** @param size how many assertion ids the replay cache holds at most; default 100,000 */
        public Builder replayCacheSize(int size) {
            if (size < 1) {
                throw new ConfigurationException("saml provider " + name + ": replayCacheSize must be positive");
            }
            this.replayCacheSize = size;
            return this;
        }

        /**
         * @param cache where accepted assertion ids are recorded; default a cache in this process of
         *     {@link #replayCacheSize} ids. Give a shared one ({@code dev.warden.jdbc.JdbcReplayCache}) when several
         *     processes accept responses for the same SP, so that an assertion accepted by one is refused by the
         *     others. The caller keeps ownership (the provider does not close it)
         */
        public Builder replayCache(ReplayCache cache) {
            this.replayCache = Objects.requireNonNull(cache, "cache");
            this.ownsReplayCache = false;
            return this;
        }

        /** A cache opened from configuration: the provider closes it. */
        Builder ownedReplayCache(ReplayCache cache) {
            this.replayCache = Objects.requireNonNull(cache, "cache");
            this.ownsReplayCache = true;
            return this;
        }

        /**
         * @param certificates the IdP's signing certificates; a signature is accepted when it verifies with any of
         *     them (certificate rollover: list the old and the new one, then remove the old one); at least one
         */
        public Builder idpCertificates(List<X509Certificate> certificates) {
            if (certificates.isEmpty()) {
                throw new ConfigurationException("saml provider " + name + ": at least one IdP signing certificate "
                        + "is required");
            }
            this.idpCertificates = List.copyOf(certificates);
            return this;
        }

        /**
         * @param classes {@code AuthnContextClassRef} values that count as a second factor done by the identity
         *     provider, e.g. {@code https://refeds.org/profile/mfa}, {@code
         *     http://schemas.microsoft.com/claims/multipleauthn}; default none: the IdP's MFA is not trusted unless
         *     configured, and privileged users complete MFA with a TOTP enrolled with Warden
         */
        public Builder mfaContextClasses(Set<String> classes) {
            this.mfaContextClasses = Set.copyOf(classes);
            return this;
        }

        /** @param mapping the policy engine's rules from external groups to roles; default {@link RoleMapping#none()} */
        public Builder roleMapping(RoleMapping mapping) {
            this.mapping = Objects.requireNonNull(mapping, "mapping");
            return this;
        }

        /** @param clock the time source; default UTC system clock */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** @return the provider */
        public SamlAuthenticationProvider build() {
            return new SamlAuthenticationProvider(this);
        }

        private static String required(String value, String setting, String where) {
            if (value == null || value.isBlank()) {
                throw new ConfigurationException(where + ": " + setting + " is required");
            }
            return value;
        }
    }
}
