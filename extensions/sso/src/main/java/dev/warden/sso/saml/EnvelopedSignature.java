package dev.warden.sso.saml;

import java.security.PublicKey;
import java.util.List;
import java.util.Set;
import javax.xml.crypto.Data;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.NodeSetData;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;

/**
 * Verifies one enveloped XML signature (XML Signature 1.1, as profiled by SAML 2.0 Core §5.4) over one element, with
 * one key given by the configuration; any {@code KeyInfo} in the document is ignored.
 *
 * <p>Only the shape SAML uses is accepted: exactly one {@code Reference}, whose URI is {@code #} followed by the
 * element's {@code ID}; transforms limited to enveloped-signature and exclusive canonicalization; exclusive
 * canonicalization without comments for {@code SignedInfo}; RSA-SHA256/512 or ECDSA-SHA256/512 signatures with
 * SHA-256/512 digests. After validation the element the reference actually resolved to must be the very element
 * given, so a signature cannot vouch for a copy hidden elsewhere in the document (signature wrapping).
 */
final class EnvelopedSignature {

    private static final Set<String> SIGNATURE_METHODS = Set.of(SignatureMethod.RSA_SHA256, SignatureMethod.RSA_SHA512,
            SignatureMethod.ECDSA_SHA256, SignatureMethod.ECDSA_SHA512);
    private static final Set<String> DIGEST_METHODS = Set.of(DigestMethod.SHA256, DigestMethod.SHA512);
    private static final Set<String> TRANSFORMS = Set.of(Transform.ENVELOPED, CanonicalizationMethod.EXCLUSIVE);
    private static final ThreadLocal<XMLSignatureFactory> FACTORIES =
            ThreadLocal.withInitial(() -> XMLSignatureFactory.getInstance("DOM"));

    private EnvelopedSignature() {
    }

    /**
     * @param signature a {@code ds:Signature} element, a child of {@code signed}
     * @param signed the element the signature must cover (the Response or the Assertion), with an {@code ID}
     * @param keys the identity provider's signing keys from the configuration or its metadata (several during a
     *     certificate rollover); the signature must verify with one of them
     * @param what "response" or "assertion", for the audit reason
     * @throws Refusal if the signature verifies with none of the keys or is not of the accepted shape
     */
    static void verify(Element signature, Element signed, List<PublicKey> keys, String what) throws Refusal {
        for (PublicKey key : keys) {
            // One unmarshalling per key: the JDK caches a signature's validation result on the object.
            if (verifiesWith(signature, signed, key, what)) {
                return;
            }
        }
        throw new Refusal("the " + what + " signature does not verify with "
                + (keys.size() == 1 ? "the configured IdP certificate" : "any configured IdP signing certificate"));
    }

    private static boolean verifiesWith(Element signature, Element signed, PublicKey key, String what) throws Refusal {
        String id = signed.getAttributeNS(null, "ID");
        if (id.isEmpty()) {
            throw new Refusal("the signed " + what + " has no ID");
        }
        DOMValidateContext context = new DOMValidateContext(key, signature);
        context.setIdAttributeNS(signed, null, "ID");
        context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
        context.setProperty("javax.xml.crypto.dsig.cacheReference", Boolean.TRUE);
        XMLSignature xmlSignature;
        try {
            xmlSignature = FACTORIES.get().unmarshalXMLSignature(context);
        } catch (MarshalException e) {
            throw new Refusal("the " + what + " signature is malformed or uses an algorithm that is not allowed");
        }
        SignedInfo info = xmlSignature.getSignedInfo();
        if (!CanonicalizationMethod.EXCLUSIVE.equals(info.getCanonicalizationMethod().getAlgorithm())) {
            throw new Refusal("the " + what + " signature uses a canonicalization other than exclusive c14n");
        }
        if (!SIGNATURE_METHODS.contains(info.getSignatureMethod().getAlgorithm())) {
            throw new Refusal("the " + what + " signature uses an algorithm that is not allowed");
        }
        List<?> references = info.getReferences();
        if (references.size() != 1) {
            throw new Refusal("the " + what + " signature has " + references.size() + " references; expected one");
        }
        Reference reference = (Reference) references.get(0);
        if (!("#" + id).equals(reference.getURI())) {
            throw new Refusal("the " + what + " signature does not refer to the " + what + "'s ID");
        }
        if (!DIGEST_METHODS.contains(reference.getDigestMethod().getAlgorithm())) {
            throw new Refusal("the " + what + " signature uses a digest that is not allowed");
        }
        boolean enveloped = false;
        for (Object transform : reference.getTransforms()) {
            String algorithm = ((Transform) transform).getAlgorithm();
            if (!TRANSFORMS.contains(algorithm)) {
                throw new Refusal("the " + what + " signature uses a transform that is not allowed");
            }
            enveloped |= Transform.ENVELOPED.equals(algorithm);
        }
        if (!enveloped) {
            throw new Refusal("the " + what + " signature is not an enveloped signature");
        }
        boolean valid;
        try {
            valid = xmlSignature.validate(context);
        } catch (XMLSignatureException e) {
            throw new Refusal("the " + what + " signature cannot be verified");
        }
        if (!valid) {
            return false;
        }
        if (!coversExactly(reference.getDereferencedData(), signed)) {
            throw new Refusal("the " + what + " signature covers another element than the " + what + " read");
        }
        return true;
    }

    /**
     * The dereferenced node set of a same-document reference is the referenced element's subtree; the JDK lists the
     * element's attributes and namespace nodes first, then the element. The first element listed must be ours.
     */
    private static boolean coversExactly(Data data, Element signed) {
        if (!(data instanceof NodeSetData<?> nodes)) {
            return false;
        }
        for (Object item : nodes) {
            if (item instanceof Element element) {
                return element.isSameNode(signed);
            }
            if (item instanceof Attr attribute && !signed.isSameNode(attribute.getOwnerElement())) {
                return false;
            }
        }
        return false;
    }
}
