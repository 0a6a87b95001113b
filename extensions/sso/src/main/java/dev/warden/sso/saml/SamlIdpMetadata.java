package dev.warden.sso.saml;

import dev.warden.ConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.xml.crypto.dsig.XMLSignature;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * An identity provider's SAML 2.0 metadata (SAML Metadata 2.0, OASIS saml-metadata-2.0-os): its entity id, its
 * signing certificates — every {@code KeyDescriptor} of the {@code IDPSSODescriptor} whose {@code use} is
 * {@code signing} or absent, so that during a certificate rollover the old and the new certificate are both listed
 * and a response signed with either verifies — its HTTP-Redirect single sign-on endpoint and whether it wants
 * AuthnRequests signed.
 *
 * <p>The file is trusted as configuration (obtained out of band, e.g. downloaded and reviewed); a signature on the
 * metadata itself is not verified. Metadata whose {@code validUntil} has passed is refused.
 */
public final class SamlIdpMetadata {

    static final String METADATA = "urn:oasis:names:tc:SAML:2.0:metadata";
    static final String REDIRECT_BINDING = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";

    private final String entityId;
    private final List<X509Certificate> signingCertificates;
    private final Optional<URI> singleSignOnRedirect;
    private final boolean wantAuthnRequestsSigned;

    private SamlIdpMetadata(String entityId, List<X509Certificate> signingCertificates,
                            Optional<URI> singleSignOnRedirect, boolean wantAuthnRequestsSigned) {
        this.entityId = entityId;
        this.signingCertificates = List.copyOf(signingCertificates);
        this.singleSignOnRedirect = singleSignOnRedirect;
        this.wantAuthnRequestsSigned = wantAuthnRequestsSigned;
    }

    /**
     * @param file an XML file whose root is an {@code md:EntityDescriptor} with an {@code md:IDPSSODescriptor}
     * @return the metadata
     * @throws ConfigurationException naming the file and what is wrong: unreadable, not well-formed or with a
     *     DOCTYPE, not an IdP's entity descriptor, no signing certificate, a certificate that cannot be parsed,
     *     expired ({@code validUntil}), or a single sign-on endpoint that is not https
     */
    public static SamlIdpMetadata read(Path file) {
        byte[] xml;
        try {
            xml = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConfigurationException("SAML IdP metadata " + file + ": cannot be read ("
                    + e.getClass().getSimpleName() + ")", e);
        }
        return parse(xml, file.toString(), Clock.systemUTC());
    }

    static SamlIdpMetadata parse(byte[] xml, String source, Clock clock) {
        Document document;
        try {
            document = SecureXml.parse(xml);
        } catch (Refusal e) {
            throw new ConfigurationException("SAML IdP metadata " + source + ": " + e.getMessage());
        }
        Element root = document.getDocumentElement();
        if (!METADATA.equals(root.getNamespaceURI()) || !"EntityDescriptor".equals(root.getLocalName())) {
            throw new ConfigurationException("SAML IdP metadata " + source
                    + ": the root element is not an md:EntityDescriptor (give the IdP's own metadata, not an aggregate)");
        }
        String entityId = root.getAttributeNS(null, "entityID");
        if (entityId.isEmpty()) {
            throw new ConfigurationException("SAML IdP metadata " + source + ": the EntityDescriptor has no entityID");
        }
        String validUntil = root.getAttributeNS(null, "validUntil");
        if (!validUntil.isEmpty()) {
            Instant until;
            try {
                until = DateTimeFormatter.ISO_DATE_TIME.parse(validUntil, Instant::from);
            } catch (DateTimeParseException e) {
                throw new ConfigurationException("SAML IdP metadata " + source + ": validUntil is not an xs:dateTime");
            }
            if (!clock.instant().isBefore(until)) {
                throw new ConfigurationException("SAML IdP metadata " + source + ": expired (validUntil " + validUntil
                        + "); fetch the IdP's current metadata");
            }
        }
        List<Element> descriptors = children(root, METADATA, "IDPSSODescriptor");
        if (descriptors.size() != 1) {
            throw new ConfigurationException("SAML IdP metadata " + source
                    + ": expected one IDPSSODescriptor, found " + descriptors.size());
        }
        Element idp = descriptors.get(0);
        List<X509Certificate> certificates = new ArrayList<>();
        for (Element keyDescriptor : children(idp, METADATA, "KeyDescriptor")) {
            String use = keyDescriptor.getAttributeNS(null, "use");
            if (!use.isEmpty() && !"signing".equals(use)) {
                continue;
            }
            for (Element keyInfo : children(keyDescriptor, XMLSignature.XMLNS, "KeyInfo")) {
                for (Element data : children(keyInfo, XMLSignature.XMLNS, "X509Data")) {
                    for (Element certificate : children(data, XMLSignature.XMLNS, "X509Certificate")) {
                        certificates.add(certificate(certificate.getTextContent(), source));
                    }
                }
            }
        }
        if (certificates.isEmpty()) {
            throw new ConfigurationException("SAML IdP metadata " + source
                    + ": the IDPSSODescriptor lists no signing certificate");
        }
        Optional<URI> redirect = Optional.empty();
        for (Element service : children(idp, METADATA, "SingleSignOnService")) {
            if (REDIRECT_BINDING.equals(service.getAttributeNS(null, "Binding"))) {
                URI location;
                try {
                    location = URI.create(service.getAttributeNS(null, "Location"));
                } catch (IllegalArgumentException e) {
                    throw new ConfigurationException("SAML IdP metadata " + source
                            + ": the HTTP-Redirect SingleSignOnService Location is not a URL");
                }
                if (!"https".equals(location.getScheme())) {
                    throw new ConfigurationException("SAML IdP metadata " + source
                            + ": the HTTP-Redirect SingleSignOnService Location is not https");
                }
                redirect = Optional.of(location);
                break;
            }
        }
        boolean wantSigned = "true".equals(idp.getAttributeNS(null, "WantAuthnRequestsSigned"));
        return new SamlIdpMetadata(entityId, certificates, redirect, wantSigned);
    }

    private static X509Certificate certificate(String base64, String source) {
        try {
            byte[] der = Base64.getMimeDecoder().decode(base64.strip());
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new ConfigurationException("SAML IdP metadata " + source
                    + ": an X509Certificate cannot be parsed (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> out = new ArrayList<>(2);
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && namespace.equals(e.getNamespaceURI())
                    && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    /** @return the IdP's entity id, the {@code Issuer} of its responses */
    public String entityId() {
        return entityId;
    }

    /** @return its signing certificates, at least one, in document order */
    public List<X509Certificate> signingCertificates() {
        return signingCertificates;
    }

    /** @return its single sign-on endpoint for the HTTP-Redirect binding, if it lists one */
    public Optional<URI> singleSignOnRedirect() {
        return singleSignOnRedirect;
    }

    /** @return whether its descriptor says {@code WantAuthnRequestsSigned="true"} */
    public boolean wantAuthnRequestsSigned() {
        return wantAuthnRequestsSigned;
    }

    @Override
    public String toString() {
        return "SamlIdpMetadata[entityId=" + entityId + ", signingCertificates=" + signingCertificates.size() + "]";
    }
}
