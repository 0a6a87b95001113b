package dev.warden.sso.saml;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A SAML 2.0 identity provider for tests: builds Responses as an IdP would, and signs the assertion and/or the
 * response with its own RSA key through the JDK's XML signature API (enveloped, exclusive c14n, RSA-SHA256).
 */
final class TestSamlIdp {

    static final String SP = "https://warden.example.com/saml";
    static final String ACS = "https://warden.example.com/saml/acs";
    static final String IDP = "https://idp.example.com/metadata";
    static final String REQUEST_ID = "_req-4f1c2a";

    final KeyPair keys;
    final X509Certificate certificate;

    TestSamlIdp() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
            Instant now = Instant.now();
            X500Name name = new X500Name("CN=test-idp");
            certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name,
                    BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(365))), name, keys.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** What goes into one response; every field starts valid. */
    static final class Spec {
        String responseId = "_r" + UUID.randomUUID();
        String assertionId = "_a" + UUID.randomUUID();
        String responseInResponseTo = REQUEST_ID;
        String confirmationInResponseTo = REQUEST_ID;
        String destination = ACS;
        String recipient = ACS;
        String audience = SP;
        String responseIssuer = IDP;
        String assertionIssuer = IDP;
        String nameId = "alice@example.com";
        List<String> groups = List.of("warden-admins", "analysts");
        Instant notBefore = Instant.now().minus(Duration.ofMinutes(1));
        Instant notOnOrAfter = Instant.now().plus(Duration.ofMinutes(5));
        Instant confirmationNotOnOrAfter = Instant.now().plus(Duration.ofMinutes(5));
        String method = "urn:oasis:names:tc:SAML:2.0:cm:bearer";
        String status = "urn:oasis:names:tc:SAML:2.0:status:Success";
        String authnContextClass = "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport";
    }

    static String xml(Spec s) {
        StringBuilder attributes = new StringBuilder();
        for (String group : s.groups) {
            attributes.append("<saml:AttributeValue>").append(group).append("</saml:AttributeValue>");
        }
        String irt = s.responseInResponseTo.isEmpty() ? "" : " InResponseTo=\"" + s.responseInResponseTo + "\"";
        String scIrt = s.confirmationInResponseTo.isEmpty() ? "" : " InResponseTo=\"" + s.confirmationInResponseTo + "\"";
        return "<samlp:Response xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\" "
                + "xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\" ID=\"" + s.responseId + "\" Version=\"2.0\" "
                + "IssueInstant=\"" + Instant.now() + "\" Destination=\"" + s.destination + "\"" + irt + ">"
                + "<saml:Issuer>" + s.responseIssuer + "</saml:Issuer>"
                + "<samlp:Status><samlp:StatusCode Value=\"" + s.status + "\"/></samlp:Status>"
                + assertionXml(s, scIrt, attributes)
                + "</samlp:Response>";
    }

    private static String assertionXml(Spec s, String scIrt, StringBuilder attributes) {
        return "<saml:Assertion xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\" ID=\"" + s.assertionId
                + "\" Version=\"2.0\" IssueInstant=\"" + Instant.now() + "\">"
                + "<saml:Issuer>" + s.assertionIssuer + "</saml:Issuer>"
                + "<saml:Subject><saml:NameID Format=\"urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress\">"
                + s.nameId + "</saml:NameID>"
                + "<saml:SubjectConfirmation Method=\"" + s.method + "\"><saml:SubjectConfirmationData"
                + scIrt + " NotOnOrAfter=\"" + s.confirmationNotOnOrAfter + "\" Recipient=\"" + s.recipient + "\"/>"
                + "</saml:SubjectConfirmation></saml:Subject>"
                + "<saml:Conditions NotBefore=\"" + s.notBefore + "\" NotOnOrAfter=\"" + s.notOnOrAfter + "\">"
                + "<saml:AudienceRestriction><saml:Audience>" + s.audience + "</saml:Audience></saml:AudienceRestriction>"
                + "</saml:Conditions>"
                + "<saml:AuthnStatement AuthnInstant=\"" + Instant.now() + "\" SessionIndex=\"_s1\">"
                + "<saml:AuthnContext><saml:AuthnContextClassRef>" + s.authnContextClass
                + "</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>"
                + "<saml:AttributeStatement><saml:Attribute Name=\"groups\">" + attributes + "</saml:Attribute>"
                + "</saml:AttributeStatement>"
                + "</saml:Assertion>";
    }

    static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Element response(Document document) {
        return document.getDocumentElement();
    }

    static Element assertion(Document document) {
        return (Element) document.getElementsByTagNameNS(SamlAuthenticationProvider.ASSERTION, "Assertion").item(0);
    }

    /** Signs the assertion with the IdP's key (RSA-SHA256, SHA-256). */
    Document signAssertion(Document document) {
        sign(assertion(document), keys, certificate, SignatureMethod.RSA_SHA256);
        return document;
    }

    /** Signs the whole response with the IdP's key. */
    Document signResponse(Document document) {
        sign(response(document), keys, certificate, SignatureMethod.RSA_SHA256);
        return document;
    }

    /**
     * Puts an enveloped signature right after the element's Issuer, with the certificate in KeyInfo (as IdPs do).
     */
    static void sign(Element element, KeyPair keyPair, X509Certificate certificate, String signatureMethod) {
        try {
            XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
            Reference reference = factory.newReference("#" + element.getAttribute("ID"),
                    factory.newDigestMethod(DigestMethod.SHA256, null),
                    List.of(factory.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                            factory.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)),
                    null, null);
            SignedInfo info = factory.newSignedInfo(
                    factory.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                    factory.newSignatureMethod(signatureMethod, null), List.of(reference));
            KeyInfoFactory keyInfos = factory.getKeyInfoFactory();
            var keyInfo = keyInfos.newKeyInfo(List.of(keyInfos.newX509Data(List.of(certificate))));
            Element issuer = (Element) element.getElementsByTagNameNS(SamlAuthenticationProvider.ASSERTION, "Issuer")
                    .item(0);
            DOMSignContext context = new DOMSignContext(keyPair.getPrivate(), element, issuer.getNextSibling());
            context.setIdAttributeNS(element, null, "ID");
            context.setDefaultNamespacePrefix("ds");
            factory.newXMLSignature(info, keyInfo).sign(context);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String serialize(Document document) {
        try {
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String encode(Document document) {
        return encode(serialize(document));
    }

    static String encode(String xml) {
        return Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_8));
    }

    /** @return a base64 response with a signed assertion, built from {@code spec} */
    String signedAssertionResponse(Spec spec) {
        return encode(signAssertion(parse(xml(spec))));
    }

    SamlAuthenticationProvider.Builder provider() {
        return SamlAuthenticationProvider.builder("corporate-saml", SP, ACS, IDP, certificate);
    }

    static final String SSO = "https://idp.example.com/sso/redirect";

    /** @return IdP metadata listing {@code certificates} as signing keys and the HTTP-Redirect endpoint {@link #SSO} */
    static String metadata(List<X509Certificate> certificates, boolean wantSigned) {
        StringBuilder keys = new StringBuilder();
        for (X509Certificate certificate : certificates) {
            try {
                keys.append("<md:KeyDescriptor use=\"signing\"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>")
                        .append(Base64.getMimeEncoder().encodeToString(certificate.getEncoded()))
                        .append("</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" "
                + "xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\" entityID=\"" + IDP + "\">"
                + "<md:IDPSSODescriptor WantAuthnRequestsSigned=\"" + wantSigned + "\" "
                + "protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">" + keys
                + "<md:KeyDescriptor use=\"encryption\"><ds:KeyInfo><ds:KeyName>enc</ds:KeyName></ds:KeyInfo>"
                + "</md:KeyDescriptor>"
                + "<md:SingleSignOnService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\" "
                + "Location=\"https://idp.example.com/sso/post\"/>"
                + "<md:SingleSignOnService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect\" "
                + "Location=\"" + SSO + "\"/>"
                + "</md:IDPSSODescriptor></md:EntityDescriptor>";
    }

    /** What the IdP read from an AuthnRequest that reached it through the HTTP-Redirect binding. */
    record ReceivedRequest(String id, String issuer, String acsUrl, String destination, String relayState,
                           boolean signed, Element request) {
    }

    /**
     * Receives an AuthnRequest as an IdP does (SAML Bindings 2.0 §3.4.4.1): verifies the query signature over the
     * octets as sent when one is present (and requires one when {@code spKey} is given), inflates and parses.
     */
    static ReceivedRequest receive(java.net.URI redirect, java.security.PublicKey spKey) throws Exception {
        java.util.Map<String, String> raw = new java.util.LinkedHashMap<>();
        for (String pair : redirect.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            raw.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        boolean signed = raw.containsKey("Signature");
        if (spKey != null && !signed) {
            throw new SecurityException("unsigned AuthnRequest");
        }
        if (signed) {
            String octets = "SAMLRequest=" + raw.get("SAMLRequest")
                    + (raw.containsKey("RelayState") ? "&RelayState=" + raw.get("RelayState") : "")
                    + "&SigAlg=" + raw.get("SigAlg");
            String sigAlg = java.net.URLDecoder.decode(raw.get("SigAlg"), StandardCharsets.UTF_8);
            java.security.Signature verifier = java.security.Signature.getInstance(
                    sigAlg.endsWith("ecdsa-sha256") ? "SHA256withECDSAinP1363Format" : "SHA256withRSA");
            verifier.initVerify(spKey);
            verifier.update(octets.getBytes(StandardCharsets.US_ASCII));
            if (!verifier.verify(Base64.getDecoder().decode(java.net.URLDecoder.decode(raw.get("Signature"),
                    StandardCharsets.UTF_8)))) {
                throw new SecurityException("the AuthnRequest's signature does not verify");
            }
        }
        byte[] deflated = Base64.getDecoder().decode(java.net.URLDecoder.decode(raw.get("SAMLRequest"),
                StandardCharsets.UTF_8));
        java.util.zip.Inflater inflater = new java.util.zip.Inflater(true);
        inflater.setInput(deflated);
        byte[] buffer = new byte[64 * 1024];
        int length = inflater.inflate(buffer);
        inflater.end();
        Element request = parse(new String(buffer, 0, length, StandardCharsets.UTF_8)).getDocumentElement();
        if (!"AuthnRequest".equals(request.getLocalName())
                || !"urn:oasis:names:tc:SAML:2.0:protocol".equals(request.getNamespaceURI())) {
            throw new SecurityException("not an AuthnRequest");
        }
        String issuer = request.getElementsByTagNameNS(SamlAuthenticationProvider.ASSERTION, "Issuer").item(0)
                .getTextContent();
        String relayState = raw.containsKey("RelayState")
                ? java.net.URLDecoder.decode(raw.get("RelayState"), StandardCharsets.UTF_8) : "";
        return new ReceivedRequest(request.getAttribute("ID"), issuer, request.getAttribute("AssertionConsumerServiceURL"),
                request.getAttribute("Destination"), relayState, signed, request);
    }

    /** @return a response to {@code request}, its assertion signed, for the ACS URL the request named */
    String answer(ReceivedRequest request) {
        Spec spec = new Spec();
        spec.responseInResponseTo = request.id();
        spec.confirmationInResponseTo = request.id();
        spec.destination = request.acsUrl();
        spec.recipient = request.acsUrl();
        return signedAssertionResponse(spec);
    }
}
