package dev.warden.sso.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.warden.ConfigurationException;
import dev.warden.auth.AuthenticationException;
import dev.warden.auth.AuthenticationResult;
import dev.warden.auth.Credentials;
import dev.warden.auth.Principal;
import dev.warden.core.auth.sso.TestCertificates;
import dev.warden.policy.GlobalRole;
import dev.warden.policy.MappingTarget;
import dev.warden.policy.RoleMapping;
import dev.warden.policy.RoleMappingRule;
import dev.warden.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OidcAuthenticationProviderTest {

    private static TestIssuer idp;

    @BeforeAll
    static void start() throws Exception {
        idp = new TestIssuer();
    }

    @AfterAll
    static void stop() {
        idp.close();
    }

    private static AuthenticationResult authenticate(OidcAuthenticationProvider provider, String token) {
        try (Credentials.BearerToken bearer = new Credentials.BearerToken(token.toCharArray())) {
            return provider.authenticate(bearer);
        }
    }

    private static String reason(AuthenticationResult result) {
        assertThat(result).isInstanceOf(AuthenticationResult.Failure.class);
        return ((AuthenticationResult.Failure) result).auditReason();
    }

    @Test
    void acceptsAnRs256TokenAndMapsTheGroupsClaimToRoles() throws Exception {
        OidcAuthenticationProvider provider = idp.provider().roleMapping(RoleMapping.of(List.of(
                RoleMappingRule.exact("warden-admins", new MappingTarget.GlobalRoleOf(GlobalRole.ADMINISTRATOR)),
                RoleMappingRule.exact("analysts", new MappingTarget.GroupOf("analysts"))))).build();
        String token = idp.rs256(idp.claims("alice").claim("groups", List.of("warden-admins", "analysts", "other"))
                .build());

        AuthenticationResult result = authenticate(provider, token);

        assertThat(result).isInstanceOf(AuthenticationResult.Success.class);
        Principal principal = ((AuthenticationResult.Success) result).principal();
        assertThat(principal.id()).isEqualTo("oidc:" + idp.issuer + "#alice");
        assertThat(principal.authenticationMethod()).isEqualTo("oidc");
        assertThat(principal.globalRole()).isEqualTo(GlobalRole.ADMINISTRATOR);
        assertThat(principal.groups()).containsExactly("analysts");
        assertThat(principal.mfaSatisfied()).isFalse();
    }

    @Test
    void extractsEveryValueOfTheGroupsClaim() throws Exception {
        String token = idp.rs256(idp.claims("alice").claim("groups", List.of("warden-admins", "analysts")).build());
        assertThat(idp.provider().build().validate(token).groups()).containsExactlyInAnyOrder("warden-admins", "analysts");
    }

    @Test
    void readsTheGroupsFromAConfiguredClaimHoldingOneString() throws Exception {
        String token = idp.rs256(idp.claims("alice").claim("roles", "auditors").build());
        assertThat(idp.provider().groupsClaim("roles").build().validate(token).groups()).containsExactly("auditors");
    }

    @Test
    void refusesAGroupsClaimHoldingSomethingOtherThanStrings() throws Exception {
        String token = idp.rs256(idp.claims("alice").claim("groups", List.of("ok", 42)).build());
        assertThat(reason(authenticate(idp.provider().build(), token))).contains("not a string");
    }

    @Test
    void countsAnAmrOfMfaAsASecondFactorWhenConfiguredToTrustIt() throws Exception {
        String token = idp.rs256(idp.claims("alice").claim("amr", List.of("pwd", "mfa")).build());
        assertThat(idp.provider().mfaValues(List.of("mfa"), List.of()).build().validate(token).mfaSatisfied()).isTrue();
    }

    @Test
    void doesNotTrustTheIssuersAmrUnlessConfigured() throws Exception {
        String token = idp.rs256(idp.claims("alice").claim("amr", List.of("pwd", "mfa")).build());
        assertThat(idp.provider().build().validate(token).mfaSatisfied()).isFalse();
    }

    @Test
    void doesNotCountAPasswordAloneAsASecondFactor() throws Exception {
        String token = idp.rs256(idp.claims("alice").claim("amr", List.of("pwd")).claim("acr", "1").build());
        assertThat(idp.provider().build().validate(token).mfaSatisfied()).isFalse();
    }

    @Test
    void countsAConfiguredAcrAsASecondFactor() throws Exception {
        String token = idp.rs256(idp.claims("alice").claim("acr", "urn:example:loa:high").build());
        assertThat(idp.provider().mfaValues(List.of(), List.of("urn:example:loa:high")).build().validate(token)
                .mfaSatisfied()).isTrue();
    }

    @Test
    void acceptsAnEs256Token() throws Exception {
        String token = idp.es256(idp.claims("bob").build());
        assertThat(authenticate(idp.provider().build(), token)).isInstanceOf(AuthenticationResult.Success.class);
    }

    @Test
    void acceptsAnEdDsaToken() throws Exception {
        String token = idp.edDsa(idp.claims("carol").build());
        assertThat(authenticate(idp.provider().build(), token)).isInstanceOf(AuthenticationResult.Success.class);
    }

    @Test
    void acceptsAJwtAccessTokenOfTypeAtJwt() throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("rsa-1")
                .type(new JOSEObjectType("at+jwt")).build(), idp.claims("svc").build());
        jwt.sign(new com.nimbusds.jose.crypto.RSASSASigner(idp.rsa));
        assertThat(authenticate(idp.provider().build(), jwt.serialize())).isInstanceOf(AuthenticationResult.Success.class);
    }

    @Test
    void refusesAnUnsignedTokenWithAlgNone() throws Exception {
        String header = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"JWT\"}").toString();
        String payload = Base64URL.encode(idp.claims("mallory").build().toString()).toString();

        assertThat(reason(authenticate(idp.provider().build(), header + "." + payload + ".")))
                .contains("alg none");
    }

    @Test
    void refusesAnHs256TokenSignedWithTheIssuersRsaPublicKeyAsTheSecret() throws Exception {
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("rsa-1").build(),
                idp.claims("mallory").build());
        forged.sign(new MACSigner(idp.rsa.toRSAPublicKey().getEncoded()));

        assertThat(reason(authenticate(idp.provider().build(), forged.serialize()))).contains("HS256 is not allowed");
    }

    @Test
    void refusesAnExpiredToken() throws Exception {
        Instant past = Instant.now().minus(Duration.ofMinutes(10));
        String token = idp.rs256(idp.claims("alice").issueTime(Date.from(past)).notBeforeTime(Date.from(past))
                .expirationTime(Date.from(past.plus(Duration.ofMinutes(5)))).build());
        assertThat(reason(authenticate(idp.provider().build(), token))).contains("expired");
    }

    @Test
    void acceptsATokenExpiredWithinTheClockSkew() throws Exception {
        String token = idp.rs256(idp.claims("alice")
                .expirationTime(Date.from(Instant.now().minus(Duration.ofSeconds(20)))).build());
        assertThat(authenticate(idp.provider().clockSkew(Duration.ofSeconds(60)).build(), token))
                .isInstanceOf(AuthenticationResult.Success.class);
    }

    @Test
    void refusesATokenNotYetValid() throws Exception {
        String token = idp.rs256(idp.claims("alice")
                .notBeforeTime(Date.from(Instant.now().plus(Duration.ofMinutes(3)))).build());
        assertThat(reason(authenticate(idp.provider().build(), token))).contains("not yet valid");
    }

    @Test
    void refusesATokenWithoutExpiry() throws Exception {
        String token = idp.rs256(idp.claims("alice").expirationTime(null).build());
        assertThat(reason(authenticate(idp.provider().build(), token))).contains("no expiry");
    }

    @Test
    void refusesATokenForAnotherAudience() throws Exception {
        String token = idp.rs256(idp.claims("alice").audience("another-app").build());
        assertThat(reason(authenticate(idp.provider().build(), token))).contains("wrong audience");
    }

    @Test
    void refusesATokenAuthorizedForAnotherParty() throws Exception {
        String token = idp.rs256(idp.claims("alice").audience(List.of("warden", "another-app"))
                .claim("azp", "another-app").build());
        assertThat(reason(authenticate(idp.provider().build(), token))).contains("azp");
    }

    @Test
    void refusesATokenFromAnotherIssuer() throws Exception {
        String token = idp.rs256(idp.claims("alice").issuer(idp.issuer + "-other").build());
        assertThat(reason(authenticate(idp.provider().build(), token))).contains("wrong issuer");
    }

    @Test
    void refusesATokenWhoseKidIsUnknown() throws Exception {
        String token = idp.rs256(idp.claims("alice").build(), "no-such-key");
        assertThat(reason(authenticate(idp.provider().build(), token))).contains("key id");
    }

    @Test
    void refusesATokenWhosePayloadWasAlteredAfterSigning() throws Exception {
        String token = idp.rs256(idp.claims("alice").build());
        String[] parts = token.split("\\.");
        String altered = parts[0] + "." + Base64URL.encode(idp.claims("root").build().toString()) + "." + parts[2];
        assertThat(reason(authenticate(idp.provider().build(), altered))).contains("bad signature");
    }

    @Test
    void refusesAGarbageToken() {
        assertThat(reason(authenticate(idp.provider().build(), "not.a.jwt\r\nforged log line"))).contains("malformed");
    }

    @Test
    void refusesAHugeTokenBeforeParsingIt() {
        assertThat(reason(authenticate(idp.provider().build(), "a".repeat(1 << 20)))).contains("longer than");
    }

    @Test
    void picksUpARotatedKeyByRefetchingOnceForTheUnknownKid() throws Exception {
        try (TestIssuer rotating = new TestIssuer()) {
            OidcAuthenticationProvider provider = rotating.provider().unknownKeyRefetchInterval(Duration.ZERO).build();
            assertThat(authenticate(provider, rotating.rs256(rotating.claims("alice").build())))
                    .isInstanceOf(AuthenticationResult.Success.class);
            int before = rotating.jwksRequests.get();

            rotating.rotateRsa("rsa-2");
            AuthenticationResult afterRotation = authenticate(provider, rotating.rs256(rotating.claims("alice").build()));

            assertThat(afterRotation).isInstanceOf(AuthenticationResult.Success.class);
            assertThat(rotating.jwksRequests.get()).isEqualTo(before + 1);
        }
    }

    @Test
    void rateLimitsRefetchesCausedByUnknownKids() throws Exception {
        try (TestIssuer flooded = new TestIssuer()) {
            OidcAuthenticationProvider provider = flooded.provider().unknownKeyRefetchInterval(Duration.ofMinutes(1))
                    .build();
            assertThat(authenticate(provider, flooded.rs256(flooded.claims("alice").build())))
                    .isInstanceOf(AuthenticationResult.Success.class);
            for (int i = 0; i < 20; i++) {
                assertThat(authenticate(provider, flooded.rs256(flooded.claims("alice").build(), "made-up-" + i)))
                        .isInstanceOf(AuthenticationResult.Failure.class);
            }
            assertThat(flooded.jwksRequests.get()).as("one fetch at start, none for made-up key ids within a minute")
                    .isEqualTo(1);
        }
    }

    @Test
    void cachesKeysBetweenAuthentications() throws Exception {
        try (TestIssuer cached = new TestIssuer()) {
            OidcAuthenticationProvider provider = cached.provider().build();
            for (int i = 0; i < 5; i++) {
                assertThat(authenticate(provider, cached.rs256(cached.claims("alice").build())))
                        .isInstanceOf(AuthenticationResult.Success.class);
            }
            assertThat(cached.jwksRequests.get()).isEqualTo(1);
        }
    }

    @Test
    void cannotDecideWhenTheIssuersCertificateIsNotTrusted() throws Exception {
        OidcAuthenticationProvider provider = OidcAuthenticationProvider.builder("sso", idp.issuer)
                .audiences(List.of("warden"))
                .trustedCertificates(List.of(TestCertificates.forLoopback().certificate())).build();
        String token = idp.rs256(idp.claims("alice").build());

        assertThatThrownBy(() -> authenticate(provider, token)).isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("trusted certificates");
    }

    @Test
    void cannotDecideWhenTheDiscoveryDocumentNamesAnotherIssuer() throws Exception {
        try (TestIssuer impostor = new TestIssuer()) {
            impostor.advertisedIssuer = "https://evil.example";
            OidcAuthenticationProvider provider = impostor.provider().build();
            String token = impostor.rs256(impostor.claims("alice").build());
            assertThatThrownBy(() -> authenticate(provider, token)).isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("different issuer");
        }
    }

    @Test
    void cannotDecideWhenTheIssuersCertificateNamesAnotherHost() throws Exception {
        TestCertificates otherHost = TestCertificates.forNames("CN=login.example.com",
                new org.bouncycastle.asn1.x509.GeneralName(org.bouncycastle.asn1.x509.GeneralName.dNSName,
                        "login.example.com"));
        try (TestIssuer impostor = new TestIssuer(otherHost)) {
            OidcAuthenticationProvider provider = impostor.provider().build();
            String token = impostor.rs256(impostor.claims("alice").build());
            assertThatThrownBy(() -> authenticate(provider, token)).isInstanceOf(AuthenticationException.class);
            assertThat(impostor.jwksRequests.get()).isZero();
        }
    }

    @Test
    void refetchesTheKeysOnceTheRefreshIntervalHasPassed() throws Exception {
        try (TestIssuer refreshing = new TestIssuer()) {
            MutableClock clock = new MutableClock(Instant.now());
            OidcAuthenticationProvider provider = refreshing.provider().clock(clock)
                    .keysRefreshInterval(Duration.ofMinutes(10)).build();
            String token = refreshing.rs256(refreshing.claims("alice")
                    .expirationTime(Date.from(Instant.now().plus(Duration.ofHours(1)))).build());
            assertThat(authenticate(provider, token)).isInstanceOf(AuthenticationResult.Success.class);
            clock.advance(Duration.ofMinutes(5));
            assertThat(authenticate(provider, token)).isInstanceOf(AuthenticationResult.Success.class);
            assertThat(refreshing.jwksRequests.get()).isEqualTo(1);

            clock.advance(Duration.ofMinutes(6));
            assertThat(authenticate(provider, token)).isInstanceOf(AuthenticationResult.Success.class);
            assertThat(refreshing.jwksRequests.get()).isEqualTo(2);
        }
    }

    @Test
    void refusesToAllowAnHmacAlgorithm() {
        assertThatThrownBy(() -> idp.provider().algorithms(List.of(JWSAlgorithm.RS256, JWSAlgorithm.HS256)))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("HS256");
    }

    @Test
    void refusesAPlainHttpIssuer() {
        assertThatThrownBy(() -> OidcAuthenticationProvider.builder("sso", "http://127.0.0.1/realm"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("https");
    }

    @Test
    void refusesAProviderWithoutAudience() {
        assertThatThrownBy(() -> OidcAuthenticationProvider.builder("sso", idp.issuer).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("audience");
    }

    @Test
    void neverPutsTheTokenInTheAuditReason() throws Exception {
        String token = idp.rs256(idp.claims("alice").audience("another-app").build());
        assertThat(reason(authenticate(idp.provider().build(), token))).doesNotContain(token).doesNotContain("alice");
    }
}
