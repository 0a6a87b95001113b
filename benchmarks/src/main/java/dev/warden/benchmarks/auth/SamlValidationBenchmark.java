package dev.warden.benchmarks.auth;

import dev.warden.auth.AuthenticationResult;
import dev.warden.auth.Credentials;
import dev.warden.sso.saml.SamlAuthenticationProvider;
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
import java.util.concurrent.TimeUnit;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * SAML 2.0 response validation (HTTP-POST, assertion signed with RSA-SHA256, 2048-bit key): Warden's provider (base64,
 * hardened parse, signature with wrapping guards, every profile check, replay cache, role mapping) beside the lower
 * bound, the JDK's bare XML signature validation of a response of the same shape (parse and {@code
 * XMLSignature.validate}, no profile checks). Both cycle through 256 responses signed at set-up, each with its own
 * assertion id; Warden's provider is replaced (empty replay cache) after each cycle, since the cache refuses an id
 * twice.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SamlValidationBenchmark {

    static final String SP = "https://warden.example.com/saml";
    static final String ACS = "https://warden.example.com/saml/acs";
    static final String IDP = "https://idp.example.com/metadata";
    static final String REQUEST = "_req-bench";
    static final String ASSERTION_NS = "urn:oasis:names:tc:SAML:2.0:assertion";

    /** How many distinct signed responses are prepared; after a full cycle a fresh provider (empty replay cache) is used. */
    static final int POOL = 256;

    KeyPair keys;
    X509Certificate certificate;
    SamlAuthenticationProvider warden;
    byte[][] responses;
    String[] base64Responses;
    int nextWarden;
    int nextBare;
    DocumentBuilder parser;
    XMLSignatureFactory signatures;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        Instant now = Instant.now();
        X500Name name = new X500Name("CN=bench-idp");
        certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name,
                BigInteger.ONE, Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(1))),
                name, keys.getPublic()).build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
        warden = SamlAuthenticationProvider.builder("bench", SP, ACS, IDP, certificate).build();
        responses = new byte[POOL][];
        base64Responses = new String[POOL];
        for (int i = 0; i < POOL; i++) {
            responses[i] = signedResponse("_a" + UUID.randomUUID());
            base64Responses[i] = Base64.getEncoder().encodeToString(responses[i]);
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        parser = factory.newDocumentBuilder();
        signatures = XMLSignatureFactory.getInstance("DOM");
        for (String response : base64Responses) {
            if (!(warden.authenticate(new Credentials.SamlResponse(response, REQUEST))
                    instanceof AuthenticationResult.Success)) {
                throw new IllegalStateException("the benchmark responses must validate");
            }
        }
        warden = SamlAuthenticationProvider.builder("bench", SP, ACS, IDP, certificate).build();
    }

    /** Warden: the whole SAML provider path (each response once per provider, as the replay cache demands). */
    @Benchmark
    public AuthenticationResult wardenSamlProvider() {
        int i = nextWarden++;
        if (i == POOL - 1) {
            nextWarden = 0;
        }
        AuthenticationResult result = warden.authenticate(new Credentials.SamlResponse(base64Responses[i], REQUEST));
        if (i == POOL - 1) {
            warden = SamlAuthenticationProvider.builder("bench", SP, ACS, IDP, certificate).build();
        }
        return result;
    }

    /** Baseline: parse the same responses and validate their XML signature, nothing else. */
    @Benchmark
    public boolean bareXmlSignatureValidate() throws Exception {
        int i = nextBare++;
        if (i == POOL - 1) {
            nextBare = 0;
        }
        Document document = parser.parse(new ByteArrayInputStream(responses[i]));
        Element assertion = (Element) document.getElementsByTagNameNS(ASSERTION_NS, "Assertion").item(0);
        Element signature = (Element) assertion.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature").item(0);
        DOMValidateContext context = new DOMValidateContext(keys.getPublic(), signature);
        context.setIdAttributeNS(assertion, null, "ID");
        return signatures.unmarshalXMLSignature(context).validate(context);
    }

    /** {@link #wardenSamlProvider()}, run at the same time as {@link #pairedBareXmlSignatureValidate()} (same load). */
    @Benchmark
    @Group("paired")
    @GroupThreads(1)
    public AuthenticationResult pairedWardenSamlProvider() {
        return wardenSamlProvider();
    }

    /** {@link #bareXmlSignatureValidate()}, run at the same time as the Warden path. */
    @Benchmark
    @Group("paired")
    @GroupThreads(1)
    public boolean pairedBareXmlSignatureValidate() throws Exception {
        return bareXmlSignatureValidate();
    }

    byte[] signedResponse(String assertionId) throws Exception {
        Instant now = Instant.now();
        String xml = "<samlp:Response xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\" "
                + "xmlns:saml=\"" + ASSERTION_NS + "\" ID=\"_r" + UUID.randomUUID() + "\" Version=\"2.0\" "
                + "IssueInstant=\"" + now + "\" Destination=\"" + ACS + "\" InResponseTo=\"" + REQUEST + "\">"
                + "<saml:Issuer>" + IDP + "</saml:Issuer>"
                + "<samlp:Status><samlp:StatusCode Value=\"urn:oasis:names:tc:SAML:2.0:status:Success\"/></samlp:Status>"
                + "<saml:Assertion ID=\"" + assertionId + "\" Version=\"2.0\" IssueInstant=\"" + now + "\">"
                + "<saml:Issuer>" + IDP + "</saml:Issuer>"
                + "<saml:Subject><saml:NameID>alice@example.com</saml:NameID>"
                + "<saml:SubjectConfirmation Method=\"urn:oasis:names:tc:SAML:2.0:cm:bearer\">"
                + "<saml:SubjectConfirmationData InResponseTo=\"" + REQUEST + "\" NotOnOrAfter=\""
                + now.plus(Duration.ofMinutes(5)) + "\" Recipient=\"" + ACS + "\"/></saml:SubjectConfirmation>"
                + "</saml:Subject>"
                + "<saml:Conditions NotBefore=\"" + now.minus(Duration.ofMinutes(1)) + "\" NotOnOrAfter=\""
                + now.plus(Duration.ofMinutes(5)) + "\"><saml:AudienceRestriction><saml:Audience>" + SP
                + "</saml:Audience></saml:AudienceRestriction></saml:Conditions>"
                + "<saml:AuthnStatement AuthnInstant=\"" + now + "\"><saml:AuthnContext><saml:AuthnContextClassRef>"
                + "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef>"
                + "</saml:AuthnContext></saml:AuthnStatement>"
                + "<saml:AttributeStatement><saml:Attribute Name=\"groups\"><saml:AttributeValue>warden-admins"
                + "</saml:AttributeValue><saml:AttributeValue>analysts</saml:AttributeValue></saml:Attribute>"
                + "</saml:AttributeStatement></saml:Assertion></samlp:Response>";
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element assertion = (Element) document.getElementsByTagNameNS(ASSERTION_NS, "Assertion").item(0);
        XMLSignatureFactory factoryDsig = XMLSignatureFactory.getInstance("DOM");
        Reference reference = factoryDsig.newReference("#" + assertionId,
                factoryDsig.newDigestMethod(DigestMethod.SHA256, null),
                List.of(factoryDsig.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                        factoryDsig.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)),
                null, null);
        SignedInfo info = factoryDsig.newSignedInfo(factoryDsig.newCanonicalizationMethod(
                        CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                factoryDsig.newSignatureMethod(SignatureMethod.RSA_SHA256, null), List.of(reference));
        Element issuer = (Element) assertion.getElementsByTagNameNS(ASSERTION_NS, "Issuer").item(0);
        DOMSignContext context = new DOMSignContext(keys.getPrivate(), assertion, issuer.getNextSibling());
        context.setIdAttributeNS(assertion, null, "ID");
        context.setDefaultNamespacePrefix("ds");
        factoryDsig.newXMLSignature(info, null).sign(context);
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        StringWriter out = new StringWriter();
        transformer.transform(new DOMSource(document), new StreamResult(out));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
