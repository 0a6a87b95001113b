package dev.warden.sso.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.util.Base64URL;
import dev.warden.ConfigurationException;
import dev.warden.auth.AuthenticationException;
import dev.warden.auth.AuthenticationResult;
import dev.warden.auth.Credentials;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The authorization-code flow with PKCE and nonce against a local HTTPS OpenID provider ({@link TestIssuer}): the
 * provider verifies PKCE and spends each code once, as a real one does; Warden checks state, nonce and the ID token.
 */
class OidcCodeFlowTest {

    private static final URI REDIRECT = URI.create("https://app.example.org/callback");
    private static TestIssuer idp;
    private static OidcAuthenticationProvider provider;

    @BeforeAll
    static void start() throws Exception {
        idp = new TestIssuer();
        provider = idp.provider().build();
    }

    @AfterAll
    static void stop() {
        idp.close();
    }

    @AfterEach
    void reset() {
        idp.authorizationServer.reset();
        idp.tokenEndpointOverride = null;
    }

    private static OidcCodeFlow flow() {
        return OidcCodeFlow.builder(provider, TestAuthorizationServer.CLIENT_ID, REDIRECT)
                .clientSecret(TestAuthorizationServer.CLIENT_SECRET.toCharArray()).build();
    }

    private static URI withState(URI callback, String state) {
        Map<String, String> query = TestAuthorizationServer.form(callback.getRawQuery());
        return URI.create(REDIRECT + "?code=" + query.get("code") + "&state=" + state);
    }

    @Test
    void theAuthorizationUrlComesFromDiscoveryAndCarriesStateNonceAndAnS256Challenge() {
        PendingSignIn pending = flow().begin();

        URI uri = pending.authorizationUri();
        assertThat(uri.toString()).startsWith(idp.issuer + "/authorize?");
        Map<String, String> query = TestAuthorizationServer.form(uri.getRawQuery());
        assertThat(query).containsEntry("response_type", "code").containsEntry("client_id", "warden")
                .containsEntry("redirect_uri", REDIRECT.toString()).containsEntry("scope", "openid")
                .containsEntry("state", pending.state()).containsEntry("code_challenge_method", "S256");
        assertThat(query.get("nonce")).hasSizeGreaterThanOrEqualTo(22);
        assertThat(Base64URL.from(query.get("code_challenge")).decode()).hasSize(32); // SHA-256 of the verifier
        assertThat(query).doesNotContainKey("code_verifier");
        assertThat(flow().begin().state()).isNotEqualTo(pending.state());
    }

    @Test
    void aSignInRedeemsTheCodeWithPkceAndItsIdTokenAuthenticatesThroughTheProvider() throws Exception {
        OidcCodeFlow flow = flow();
        PendingSignIn pending = flow.begin();
        int verifiedBefore = idp.authorizationServer.pkceVerified.get();

        SignIn signIn = flow.complete(pending, idp.authorizationServer.browse(pending.authorizationUri()));

        assertThat(idp.authorizationServer.pkceVerified.get()).isEqualTo(verifiedBefore + 1);
        assertThat(signIn.principalId()).isEqualTo("oidc:" + idp.issuer + "#alice");
        assertThat(signIn.accessTokenCredentials()).isPresent();
        assertThat(signIn.toString()).doesNotContain(".ey");
        try (Credentials.BearerToken idToken = signIn.idTokenCredentials()) {
            AuthenticationResult result = provider.authenticate(idToken);
            assertThat(result).isInstanceOf(AuthenticationResult.Success.class);
            assertThat(((AuthenticationResult.Success) result).principal().id()).isEqualTo(signIn.principalId());
        }
    }

    @Test
    void aCallbackWithAnotherStateIsRefused() throws Exception {
        OidcCodeFlow flow = flow();
        PendingSignIn pending = flow.begin();
        URI callback = idp.authorizationServer.browse(pending.authorizationUri());

        assertThatThrownBy(() -> flow.complete(pending, withState(callback, "forged")))
                .isInstanceOf(SignInRefusedException.class).hasMessageContaining("state");
    }

    @Test
    void aReplayedCallbackIsRefusedByWarden() throws Exception {
        OidcCodeFlow flow = flow();
        PendingSignIn pending = flow.begin();
        URI callback = idp.authorizationServer.browse(pending.authorizationUri());
        flow.complete(pending, callback);

        assertThatThrownBy(() -> flow.complete(pending, callback))
                .isInstanceOf(SignInRefusedException.class).hasMessageContaining("already completed");
    }

    @Test
    void aCodeRedeemedOnceIsRefusedByTheProviderTheSecondTime() throws Exception {
        OidcCodeFlow flow = flow();
        PendingSignIn first = flow.begin();
        URI callback = idp.authorizationServer.browse(first.authorizationUri());
        flow.complete(first, callback);
        PendingSignIn second = flow.begin();

        assertThatThrownBy(() -> flow.complete(second, withState(callback, second.state())))
                .isInstanceOf(SignInRefusedException.class).hasMessageContaining("invalid_grant");
    }

    @Test
    void aCodeStolenFromAnotherSignInFailsPkceAtTheProvider() throws Exception {
        OidcCodeFlow flow = flow();
        PendingSignIn victim = flow.begin();
        URI stolen = idp.authorizationServer.browse(victim.authorizationUri());
        PendingSignIn attacker = flow.begin();
        int verifiedBefore = idp.authorizationServer.pkceVerified.get();

        assertThatThrownBy(() -> flow.complete(attacker, withState(stolen, attacker.state())))
                .isInstanceOf(SignInRefusedException.class).hasMessageContaining("invalid_grant");
        assertThat(idp.authorizationServer.pkceVerified.get()).isEqualTo(verifiedBefore);
    }

    @Test
    void anIdTokenWithAnotherNonceIsRefused() throws Exception {
        idp.authorizationServer.idTokenTweak = claims -> claims.claim("nonce", "replayed-from-another-sign-in");
        OidcCodeFlow flow = flow();
        PendingSignIn pending = flow.begin();
        URI callback = idp.authorizationServer.browse(pending.authorizationUri());

        assertThatThrownBy(() -> flow.complete(pending, callback))
                .isInstanceOf(SignInRefusedException.class).hasMessageContaining("nonce");
    }

    @Test
    void anIdTokenWithoutNonceIsRefused() throws Exception {
        idp.authorizationServer.idTokenTweak = claims -> claims.claim("nonce", null);
        OidcCodeFlow flow = flow();
        PendingSignIn pending = flow.begin();
        URI callback = idp.authorizationServer.browse(pending.authorizationUri());

        assertThatThrownBy(() -> flow.complete(pending, callback))
                .isInstanceOf(SignInRefusedException.class).hasMessageContaining("nonce");
    }

    @Test
    void anIdTokenSignedWithAKeyTheIssuerDoesNotPublishIsRefused() throws Exception {
        idp.authorizationServer.signWithUnpublishedKey = true;
        OidcCodeFlow flow = flow();
        PendingSignIn pending = flow.begin();
        URI callback = idp.authorizationServer.browse(pending.authorizationUri());

        assertThatThrownBy(() -> flow.complete(pending, callback))
                .isInstanceOf(SignInRefusedException.class).hasMessageContaining("bad signature");
    }

    @Test
    void anExpiredIdTokenIsRefused() throws Exception {
        Instant past = Instant.now().minus(Duration.ofMinutes(10));
        idp.authorizationServer.idTokenTweak = claims -> claims.issueTime(Date.from(past.minusSeconds(300)))
                .expirationTime(Date.from(past));
        OidcCodeFlow flow = flow();
        PendingSignIn pending = flow.begin();
        URI callback = idp.authorizationServer.browse(pending.authorizationUri());

        assertThatThrownBy(() -> flow.complete(pending, callback))
                .isInstanceOf(SignInRefusedException.class).hasMessageContaining("expired");
    }

    @Test
    void anIdTokenForAnotherClientIsRefused() throws Exception {
        idp.authorizationServer.idTokenTweak = claims -> claims.audience(List.of("other-app"));
        OidcCodeFlow flow = flow();
        PendingSignIn pending = flow.begin();
        URI callback = idp.authorizationServer.browse(pending.authorizationUri());

        assertThatThrownBy(() -> flow.complete(pending, callback))
                .isInstanceOf(SignInRefusedException.class).hasMessageContaining("audience");
    }

    @Test
    void anErrorAnswerFromTheProviderIsRefusedWithItsCode() {
        OidcCodeFlow flow = flow();
        PendingSignIn pending = flow.begin();
        URI callback = URI.create(REDIRECT + "?error=access_denied&state=" + pending.state());

        assertThatThrownBy(() -> flow.complete(pending, callback))
                .isInstanceOf(SignInRefusedException.class).hasMessageContaining("access_denied");
    }

    @Test
    void aPendingSignInPastItsLifetimeIsRefused() throws Exception {
        OidcAuthenticationProvider later = idp.provider()
                .clock(java.time.Clock.offset(java.time.Clock.systemUTC(), Duration.ofMinutes(11))).build();
        OidcCodeFlow flow = OidcCodeFlow.builder(later, "warden", REDIRECT)
                .clientSecret(TestAuthorizationServer.CLIENT_SECRET.toCharArray()).build();
        PendingSignIn pending = flow().begin(); // started 11 minutes before the flow's clock
        URI callback = idp.authorizationServer.browse(pending.authorizationUri());

        assertThatThrownBy(() -> flow.complete(pending, callback))
                .isInstanceOf(SignInRefusedException.class).hasMessageContaining("expired");
    }

    @Test
    void aPlainHttpTokenEndpointInTheDiscoveryDocumentIsRefused() {
        idp.tokenEndpointOverride = idp.issuer.replace("https://", "http://") + "/token";

        assertThatThrownBy(() -> flow().begin())
                .isInstanceOf(AuthenticationException.class).hasMessageContaining("not an https URL");
    }

    @Test
    void aPlainHttpRedirectUriIsRefusedUnlessLoopback() {
        assertThatThrownBy(() -> OidcCodeFlow.builder(provider, "warden", URI.create("http://app.example.org/cb")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("https");
        assertThat(OidcCodeFlow.builder(provider, "warden", URI.create("http://127.0.0.1:8765/cb")).build())
                .isNotNull();
    }

    @Test
    void aClientIdTheProviderDoesNotAcceptAsAudienceIsAConfigurationError() {
        assertThatThrownBy(() -> OidcCodeFlow.builder(provider, "other-app", REDIRECT))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("audience");
    }
}
