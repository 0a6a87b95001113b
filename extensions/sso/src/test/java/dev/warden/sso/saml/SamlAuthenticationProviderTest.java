package dev.warden.sso.saml;

import static dev.warden.sso.saml.TestSamlIdp.assertion;
import static dev.warden.sso.saml.TestSamlIdp.encode;
import static dev.warden.sso.saml.TestSamlIdp.parse;
import static dev.warden.sso.saml.TestSamlIdp.response;
import static dev.warden.sso.saml.TestSamlIdp.xml;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.auth.AuthenticationResult;
import dev.warden.auth.Credentials;
import dev.warden.auth.Principal;
import dev.warden.core.auth.sso.ExternalIdentity;
import dev.warden.policy.GlobalRole;
import dev.warden.policy.MappingTarget;
import dev.warden.policy.RoleMapping;
import dev.warden.policy.RoleMappingRule;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.xml.crypto.dsig.SignatureMethod;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Comment;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

class SamlAuthenticationProviderTest {

    private static TestSamlIdp idp;
    private static TestSamlIdp attacker;

    @BeforeAll
    static void keys() {
        idp = new TestSamlIdp();
        attacker = new TestSamlIdp();
    }

    private static AuthenticationResult authenticate(SamlAuthenticationProvider provider, String base64) {
        return provider.authenticate(new Credentials.SamlResponse(base64, TestSamlIdp.REQUEST_ID));
    }

    private static String reason(AuthenticationResult result) {
        assertThat(result).isInstanceOf(AuthenticationResult.Failure.class);
        return ((AuthenticationResult.Failure) result).auditReason();
    }

    private static ExternalIdentity identify(SamlAuthenticationProvider provider, String base64) throws Refusal {
        return provider.identify(new Credentials.SamlResponse(base64, TestSamlIdp.REQUEST_ID));
    }

    private static String refusal(String base64) {
        return reason(authenticate(idp.provider().build(), base64));
    }

    @Test
    void acceptsAResponseWithASignedAssertionAndMapsTheGroupsAttribute() {
        SamlAuthenticationProvider provider = idp.provider().roleMapping(RoleMapping.of(List.of(
                RoleMappingRule.exact("warden-admins", new MappingTarget.GlobalRoleOf(GlobalRole.ADMINISTRATOR))))).build();

        AuthenticationResult result = authenticate(provider, idp.signedAssertionResponse(new TestSamlIdp.Spec()));

        assertThat(result).isInstanceOf(AuthenticationResult.Success.class);
        Principal principal = ((AuthenticationResult.Success) result).principal();
        assertThat(principal.id()).isEqualTo("saml:" + TestSamlIdp.IDP + "#alice@example.com");
        assertThat(principal.authenticationMethod()).isEqualTo("saml");
        assertThat(principal.globalRole()).isEqualTo(GlobalRole.ADMINISTRATOR);
        assertThat(principal.mfaSatisfied()).isFalse();
    }

    @Test
    void extractsEveryValueOfTheGroupsAttribute() throws Exception {
        assertThat(identify(idp.provider().build(), idp.signedAssertionResponse(new TestSamlIdp.Spec())).groups())
                .containsExactlyInAnyOrder("warden-admins", "analysts");
    }

    @Test
    void acceptsASignedResponseWhoseAssertionIsCoveredByTheResponseSignature() throws Exception {
        String signed = encode(idp.signResponse(parse(xml(new TestSamlIdp.Spec()))));
        assertThat(identify(idp.provider().build(), signed).subject()).isEqualTo("alice@example.com");
    }

    @Test
    void acceptsAResponseSignedTwice() throws Exception {
        Document document = idp.signAssertion(parse(xml(new TestSamlIdp.Spec())));
        String signed = encode(idp.signResponse(document));
        assertThat(identify(idp.provider().build(), signed).subject()).isEqualTo("alice@example.com");
    }

    @Test
    void countsAnMfaAuthnContextAsASecondFactorWhenConfiguredToTrustIt() throws Exception {
        TestSamlIdp.Spec spec = new TestSamlIdp.Spec();
        spec.authnContextClass = "https://refeds.org/profile/mfa";
        assertThat(identify(idp.provider().mfaContextClasses(java.util.Set.of("https://refeds.org/profile/mfa")).build(),
                idp.signedAssertionResponse(spec)).mfaSatisfied()).isTrue();
    }

    @Test
    void doesNotTrustTheIdentityProvidersAuthnContextUnlessConfigured() throws Exception {
        TestSamlIdp.Spec spec = new TestSamlIdp.Spec();
        spec.authnContextClass = "https://refeds.org/profile/mfa";
        assertThat(identify(idp.provider().build(), idp.signedAssertionResponse(spec)).mfaSatisfied()).isFalse();
    }

    @Test
    void refusesAResponseWithNoSignature() {
        assertThat(refusal(encode(xml(new TestSamlIdp.Spec())))).contains("neither the response nor the assertion is signed");
    }

    @Test
    void refusesASignatureMadeWithAnotherKeyEvenWhenKeyInfoCarriesThatKeysCertificate() {
        Document document = parse(xml(new TestSamlIdp.Spec()));
        TestSamlIdp.sign(assertion(document), attacker.keys, attacker.certificate, SignatureMethod.RSA_SHA256);
        assertThat(refusal(encode(document))).contains("does not verify with the configured IdP certificate");
    }

    @Test
    void refusesAnAssertionAlteredAfterSigning() {
        Document document = idp.signAssertion(parse(xml(new TestSamlIdp.Spec())));
        nameId(document).setTextContent("root@example.com");
        assertThat(refusal(encode(document))).contains("does not verify");
    }

    @Test
    void refusesAnRsaSha1Signature() {
        Document document = parse(xml(new TestSamlIdp.Spec()));
        TestSamlIdp.sign(assertion(document), idp.keys, idp.certificate, "http://www.w3.org/2000/09/xmldsig#rsa-sha1");
        assertThat(refusal(encode(document))).contains("not allowed");
    }

    @Test
    void refusesAnUnsignedAssertionPlacedBeforeASignedOne() {
        assertThat(refusal(encode(withForgedAssertion(true)))).contains("2 assertions");
    }

    @Test
    void refusesAnUnsignedAssertionPlacedAfterASignedOne() {
        assertThat(refusal(encode(withForgedAssertion(false)))).contains("2 assertions");
    }

    /** The signed response with a forged, unsigned copy of its assertion for "admin" beside the signed one. */
    private static Document withForgedAssertion(boolean before) {
        Document document = idp.signAssertion(parse(xml(new TestSamlIdp.Spec())));
        Element signed = assertion(document);
        Element forged = (Element) signed.cloneNode(true);
        Node signature = forged.getElementsByTagNameNS("http://www.w3.org/2000/09/xmldsig#", "Signature").item(0);
        forged.removeChild(signature);
        forged.setAttribute("ID", "_forged");
        ((Element) forged.getElementsByTagNameNS(SamlAuthenticationProvider.ASSERTION, "NameID").item(0))
                .setTextContent("admin@example.com");
        response(document).insertBefore(forged, before ? signed : signed.getNextSibling());
        return document;
    }

    @Test
    void refusesASignedAssertionHiddenInExtensionsBehindAForgedOneWithTheSameId() {
        // Signature wrapping (XSW): the signature's reference finds the hidden original, the reader the forgery.
        Document document = idp.signAssertion(parse(xml(new TestSamlIdp.Spec())));
        Element signed = assertion(document);
        Element forged = (Element) signed.cloneNode(true);
        ((Element) forged.getElementsByTagNameNS(SamlAuthenticationProvider.ASSERTION, "NameID").item(0))
                .setTextContent("admin@example.com");
        Element extensions = document.createElementNS(SamlAuthenticationProvider.PROTOCOL, "samlp:Extensions");
        response(document).replaceChild(forged, signed);
        extensions.appendChild(signed);
        response(document).insertBefore(extensions, forged);
        assertThat(refusal(encode(document))).contains("2 assertions");
    }

    @Test
    void refusesAResponseWhereTheSignedIdOccursTwice() {
        Document document = idp.signResponse(parse(xml(new TestSamlIdp.Spec())));
        Element decoy = document.createElementNS("urn:example:decoy", "d:Decoy");
        decoy.setAttribute("ID", response(document).getAttribute("ID"));
        response(document).appendChild(decoy);
        assertThat(refusal(encode(document))).contains("ID value occurs more than once");
    }

    @Test
    void refusesASignedAssertionMovedIntoAResponseToAnotherRequest() {
        TestSamlIdp.Spec original = new TestSamlIdp.Spec();
        original.responseInResponseTo = "_req-other";
        original.confirmationInResponseTo = "_req-other";
        Document stolen = idp.signAssertion(parse(xml(original)));
        Document forged = parse(xml(new TestSamlIdp.Spec()));
        Node moved = forged.importNode(assertion(stolen), true);
        response(forged).replaceChild(moved, assertion(forged));

        assertThat(refusal(encode(forged))).contains("bearer confirmation's InResponseTo does not match");
    }

    @Test
    void refusesAnAssertionMovedOutOfASignedResponseIntoAnotherSignedResponse() {
        Document victim = idp.signResponse(parse(xml(new TestSamlIdp.Spec())));
        TestSamlIdp.Spec otherSpec = new TestSamlIdp.Spec();
        otherSpec.nameId = "admin@example.com";
        Document other = idp.signResponse(parse(xml(otherSpec)));
        Node moved = victim.importNode(assertion(other), true);
        response(victim).replaceChild(moved, assertion(victim));

        assertThat(refusal(encode(victim))).contains("response signature does not verify");
    }

    @Test
    void readsTheWholeNameIdAroundACommentInsteadOfTruncatingIt() throws Exception {
        TestSamlIdp.Spec spec = new TestSamlIdp.Spec();
        spec.nameId = "alice@example.com.evil.org";
        Document document = idp.signAssertion(parse(xml(spec)));
        // Canonicalization drops comments, so the signature still verifies; a reader taking only the first text
        // node would see "alice@example.com".
        Element nameId = nameId(document);
        nameId.setTextContent("");
        nameId.appendChild(document.createTextNode("alice@example.com"));
        Comment comment = document.createComment("");
        nameId.appendChild(comment);
        nameId.appendChild(document.createTextNode(".evil.org"));
        assertThat(nameId.getFirstChild()).isInstanceOf(Text.class);

        assertThat(identify(idp.provider().build(), encode(document)).subject()).isEqualTo("alice@example.com.evil.org");
    }

    @Test
    void refusesADoctypeWithAnExternalEntity() {
        String xml = xml(new TestSamlIdp.Spec());
        String hostile = "<?xml version=\"1.0\"?><!DOCTYPE samlp:Response [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + xml.replace("alice@example.com", "&xxe;");
        assertThat(refusal(encode(hostile))).contains("DOCTYPE").doesNotContain("root:");
    }

    @Test
    void refusesAnEntityExpansionBomb() {
        String xml = xml(new TestSamlIdp.Spec());
        String bomb = "<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                + xml.replace("alice@example.com", "&b;");
        assertThat(refusal(encode(bomb))).contains("DOCTYPE");
    }

    @Test
    void refusesAnAssertionForAnotherAudience() {
        TestSamlIdp.Spec spec = new TestSamlIdp.Spec();
        spec.audience = "https://other-sp.example.com";
        assertThat(refusal(idp.signedAssertionResponse(spec))).contains("audience");
    }

    @Test
    void refusesAnAssertionFromAnotherIssuer() {
        TestSamlIdp.Spec spec = new TestSamlIdp.Spec();
        spec.assertionIssuer = "https://evil.example.com";
        spec.responseIssuer = "https://evil.example.com";
        assertThat(refusal(idp.signedAssertionResponse(spec))).contains("Issuer");
    }

    @Test
    void refusesAResponseForAnotherDestination() {
        TestSamlIdp.Spec spec = new TestSamlIdp.Spec();
        spec.destination = "https://other-sp.example.com/acs";
        assertThat(refusal(idp.signedAssertionResponse(spec))).contains("Destination");
    }

    @Test
    void refusesABearerConfirmationForAnotherRecipient() {
        TestSamlIdp.Spec spec = new TestSamlIdp.Spec();
        spec.recipient = "https://other-sp.example.com/acs";
        assertThat(refusal(idp.signedAssertionResponse(spec))).contains("Recipient");
    }

    @Test
    void refusesAResponseToAnotherRequest() {
        TestSamlIdp.Spec spec = new TestSamlIdp.Spec();
        spec.responseInResponseTo = "_req-other";
        assertThat(refusal(idp.signedAssertionResponse(spec))).contains("InResponseTo");
    }

    @Test
    void refusesAnUnsolicitedResponseUnlessAllowed() {
        TestSamlIdp.Spec spec = new TestSamlIdp.Spec();
        spec.responseInResponseTo = "";
        spec.confirmationInResponseTo = "";
        String base64 = idp.signedAssertionResponse(spec);
        assertThat(reason(idp.provider().build().authenticate(new Credentials.SamlResponse(base64, ""))))
                .contains("unsolicited");
        assertThat(idp.provider().allowUnsolicited(true).build().authenticate(new Credentials.SamlResponse(base64, "")))
                .isInstanceOf(AuthenticationResult.Success.class);
    }

    @Test
    void refusesAnExpiredAssertion() {
        TestSamlIdp.Spec spec = new TestSamlIdp.Spec();
        spec.notBefore = Instant.now().minus(Duration.ofMinutes(20));
        spec.notOnOrAfter = Instant.now().minus(Duration.ofMinutes(10));
        assertThat(refusal(idp.signedAssertionResponse(spec))).contains("expired");
    }

    @Test
    void refusesAnExpiredBearerConfirmation() {
        TestSamlIdp.Spec spec = new TestSamlIdp.Spec();
        spec.confirmationNotOnOrAfter = Instant.now().minus(Duration.ofMinutes(10));
        assertThat(refusal(idp.signedAssertionResponse(spec))).contains("bearer confirmation has expired");
    }

    @Test
    void refusesAnAssertionNotYetValid() {
        TestSamlIdp.Spec spec = new TestSamlIdp.Spec();
        spec.notBefore = Instant.now().plus(Duration.ofMinutes(10));
        assertThat(refusal(idp.signedAssertionResponse(spec))).contains("not yet valid");
    }

    @Test
    void acceptsAnAssertionNotYetValidWithinTheClockSkew() {
        TestSamlIdp.Spec spec = new TestSamlIdp.Spec();
        spec.notBefore = Instant.now().plus(Duration.ofSeconds(20));
        assertThat(authenticate(idp.provider().build(), idp.signedAssertionResponse(spec)))
                .isInstanceOf(AuthenticationResult.Success.class);
    }

    @Test
    void refusesASubjectConfirmationThatIsNotBearer() {
        TestSamlIdp.Spec spec = new TestSamlIdp.Spec();
        spec.method = "urn:oasis:names:tc:SAML:2.0:cm:holder-of-key";
        assertThat(refusal(idp.signedAssertionResponse(spec))).contains("bearer");
    }

    @Test
    void refusesAFailedStatus() {
        TestSamlIdp.Spec spec = new TestSamlIdp.Spec();
        spec.status = "urn:oasis:names:tc:SAML:2.0:status:Requester";
        assertThat(refusal(idp.signedAssertionResponse(spec))).contains("status");
    }

    @Test
    void refusesAReplayedAssertion() {
        SamlAuthenticationProvider provider = idp.provider().build();
        String base64 = idp.signedAssertionResponse(new TestSamlIdp.Spec());
        assertThat(authenticate(provider, base64)).isInstanceOf(AuthenticationResult.Success.class);
        assertThat(reason(authenticate(provider, base64))).contains("replayed");
    }

    @Test
    void failsClosedWhenTheReplayCacheIsFull() {
        SamlAuthenticationProvider provider = idp.provider().replayCacheSize(1).build();
        assertThat(authenticate(provider, idp.signedAssertionResponse(new TestSamlIdp.Spec())))
                .isInstanceOf(AuthenticationResult.Success.class);
        assertThat(reason(authenticate(provider, idp.signedAssertionResponse(new TestSamlIdp.Spec()))))
                .contains("replay cache is full");
    }

    @Test
    void refusesSomethingThatIsNotBase64() {
        assertThat(refusal("%%% not base64 %%%")).contains("not base64");
    }

    @Test
    void refusesSomethingThatIsNotXml() {
        assertThat(refusal(encode("this is not xml"))).contains("not well-formed");
    }

    @Test
    void refusesAHugeResponseBeforeDecodingIt() {
        assertThat(refusal("A".repeat(SamlAuthenticationProvider.MAX_RESPONSE_CHARS + 4))).contains("longer than");
    }

    @Test
    void refusesAnEncryptedAssertion() {
        String xml = xml(new TestSamlIdp.Spec()).replace("</samlp:Response>",
                "<saml:EncryptedAssertion/></samlp:Response>");
        assertThat(refusal(encode(xml))).contains("encrypted");
    }

    @Test
    void neverPutsAssertionValuesInTheAuditReason() {
        TestSamlIdp.Spec spec = new TestSamlIdp.Spec();
        spec.audience = "https://other-sp.example.com";
        assertThat(refusal(idp.signedAssertionResponse(spec))).doesNotContain("alice").doesNotContain("other-sp");
    }

    private static Element nameId(Document document) {
        return (Element) document.getElementsByTagNameNS(SamlAuthenticationProvider.ASSERTION, "NameID").item(0);
    }
}
