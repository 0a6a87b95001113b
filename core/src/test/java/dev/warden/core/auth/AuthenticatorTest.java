package dev.warden.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import dev.warden.core.testing.MutableClock;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.audit.AuditUnavailableException;
import dev.warden.audit.Outcome;
import dev.warden.auth.AuthenticationException;
import dev.warden.auth.AuthenticationRequest;
import dev.warden.auth.AuthenticationResult;
import dev.warden.auth.Credentials;
import dev.warden.auth.Principal;
import dev.warden.auth.PrincipalKind;
import dev.warden.core.auth.local.Argon2idParameters;
import dev.warden.core.auth.local.JsonFileUserStore;
import dev.warden.core.auth.local.LocalAccounts;
import dev.warden.core.auth.local.LocalProvider;
import dev.warden.core.auth.local.LocalSettings;
import dev.warden.core.auth.local.PasswordPolicy;
import dev.warden.core.auth.totp.Totp;
import dev.warden.core.config.WardenConfiguration;
import dev.warden.core.plugin.PluginRegistry;
import dev.warden.policy.GlobalRole;
import dev.warden.policy.ProjectRole;
import dev.warden.spi.auth.AuthenticationProvider;
import dev.warden.spi.auth.AuthenticationProviderFactory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthenticatorTest {

    private static final String PASSWORD = "violet tractor ink harbour";
    private static final LocalSettings CHEAP = new LocalSettings(new Argon2idParameters(64, 1, 1),
            PasswordPolicy.defaults(), Duration.ofDays(90), Duration.ofDays(90), Totp.defaults(), "Warden");

    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T08:00:00Z"));
    final RecordingAuditLog audit = new RecordingAuditLog();
    JsonFileUserStore store;
    LocalAccounts accounts;
    Authenticator chain;

    @BeforeEach
    void setUp() {
        store = new JsonFileUserStore(dir.resolve("users.json"));
        accounts = new LocalAccounts(store, CHEAP, clock);
        accounts.addUser("alice", GlobalRole.MEMBER, PASSWORD.toCharArray());
        chain = Authenticator.builder().provider(new LocalProvider("local", store, CHEAP, clock))
                .auditLog(audit).clock(clock).build();
    }

    private AuthenticationResult login(String user, String password, String address) {
        return chain.authenticate(AuthenticationRequest.from(new Credentials.Password(user, password.toCharArray()), address));
    }

    private static AuthenticationResult.Failure failed() {
        return new AuthenticationResult.Failure("authentication failed");
    }

    @Test
    void theCallerLearnsOnlyThatAuthenticationFailedWhateverTheCause() {
        assertThat(login("alice", "wrong wrong wrong", "10.0.0.1")).isEqualTo(failed());
        assertThat(login("nobody", "wrong wrong wrong", "10.0.0.1")).isEqualTo(failed());
        assertThat(audit.events).extracting(e -> e.details().get("reason"))
                .containsExactly("local: bad password", "local: unknown user");
    }

    @Test
    void aSuccessIsAuditedWithActorAddressAndCorrelationId() {
        AuthenticationResult result = chain.authenticate(new AuthenticationRequest(
                new Credentials.Password("alice", PASSWORD.toCharArray()), "192.0.2.7", "req-42"));
        assertThat(result).isInstanceOf(AuthenticationResult.Success.class);
        AuditEvent event = audit.last();
        assertThat(event.type()).isEqualTo(AuditEventType.LOGIN);
        assertThat(event.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(event.actor().principalId()).isEqualTo("local:alice");
        assertThat(event.actor().authenticationMethod()).isEqualTo("password");
        assertThat(event.sourceAddress()).isEqualTo("192.0.2.7");
        assertThat(event.correlationId()).isEqualTo("req-42");
        assertThat(event.details()).containsEntry("provider", "local");
        assertThat(event.id()).hasSize(26);
        assertThat(event.time()).isEqualTo(clock.instant());
    }

    @Test
    void fiveFailuresLockTheAccountEvenAgainstTheRightPassword() {
        for (int i = 0; i < 4; i++) {
            login("alice", "wrong wrong wrong", "");
        }
        assertThat(audit.types()).doesNotContain(AuditEventType.ACCOUNT_LOCKED);
        login("alice", "wrong wrong wrong", "");
        assertThat(audit.last().type()).isEqualTo(AuditEventType.ACCOUNT_LOCKED);
        assertThat(audit.last().details()).containsEntry("lockedFor", "PT1M");
        assertThat(login("alice", PASSWORD, "")).isEqualTo(failed());
        assertThat(audit.last().details()).containsEntry("reason", "locked");
        clock.advance(Duration.ofSeconds(61));
        assertThat(login("alice", PASSWORD, "")).isInstanceOf(AuthenticationResult.Success.class);
    }

    @Test
    void eachFurtherLockLastsTwiceAsLong() {
        for (int i = 0; i < 5; i++) {
            login("alice", "wrong wrong wrong", "");
        }
        clock.advance(Duration.ofSeconds(61));
        for (int i = 0; i < 5; i++) {
            login("alice", "wrong wrong wrong", "");
        }
        assertThat(audit.last().details()).containsEntry("lockedFor", "PT2M");
        clock.advance(Duration.ofSeconds(90));
        assertThat(login("alice", PASSWORD, "")).isEqualTo(failed());
        clock.advance(Duration.ofSeconds(31));
        assertThat(login("alice", PASSWORD, "")).isInstanceOf(AuthenticationResult.Success.class);
    }

    @Test
    void aSuccessResetsTheAccountsFailureCount() {
        for (int i = 0; i < 4; i++) {
            login("alice", "wrong wrong wrong", "");
        }
        assertThat(login("alice", PASSWORD, "")).isInstanceOf(AuthenticationResult.Success.class);
        for (int i = 0; i < 4; i++) {
            login("alice", "wrong wrong wrong", "");
        }
        assertThat(login("alice", PASSWORD, "")).isInstanceOf(AuthenticationResult.Success.class);
        assertThat(audit.types()).doesNotContain(AuditEventType.ACCOUNT_LOCKED);
    }

    @Test
    void manyFailuresFromOneAddressThrottleThatAddressOnly() {
        for (int i = 0; i < 20; i++) {
            login("user" + i, "wrong wrong wrong", "203.0.113.9");
        }
        assertThat(audit.types()).contains(AuditEventType.ACCOUNT_LOCKED);
        assertThat(login("alice", PASSWORD, "203.0.113.9")).isEqualTo(failed());
        assertThat(login("alice", PASSWORD, "198.51.100.1")).isInstanceOf(AuthenticationResult.Success.class);
    }

    @Test
    void unknownAccountNamesAreLockedLikeKnownOnes() {
        for (int i = 0; i < 5; i++) {
            login("ghost", "wrong wrong wrong", "");
        }
        assertThat(audit.last().type()).isEqualTo(AuditEventType.ACCOUNT_LOCKED);
    }

    /** A provider standing in for single sign-on: returns the principal it was given. */
    private static AuthenticationProvider sso(Principal principal) {
        return new AuthenticationProvider() {
            @Override
            public String name() {
                return "sso";
            }

            @Override
            public boolean supports(Class<? extends Credentials> kind) {
                return kind == Credentials.BearerToken.class;
            }

            @Override
            public AuthenticationResult authenticate(Credentials credentials) {
                return new AuthenticationResult.Success(principal);
            }
        };
    }

    @Test
    void anAdministratorWithoutASecondFactorFromAnyProviderGetsMfaRequired() {
        Principal admin = new Principal("root", PrincipalKind.USER, GlobalRole.ADMINISTRATOR, Set.of(), Map.of(), "oidc", false);
        Authenticator withSso = Authenticator.builder().provider(sso(admin)).auditLog(audit).clock(clock).build();
        assertThat(withSso.authenticate(new Credentials.BearerToken("t".toCharArray())))
                .isEqualTo(new AuthenticationResult.MfaRequired("root"));
        assertThat(audit.last().type()).isEqualTo(AuditEventType.LOGIN_FAILED);
        Principal withMfa = new Principal("root", PrincipalKind.USER, GlobalRole.OWNER, Set.of(), Map.of(), "oidc", true);
        Authenticator mfaSso = Authenticator.builder().provider(sso(withMfa)).clock(clock).build();
        assertThat(mfaSso.authenticate(new Credentials.BearerToken("t".toCharArray())))
                .isInstanceOf(AuthenticationResult.Success.class);
    }

    @Test
    void aWrongOneTimeCodeAfterARightPasswordIsAuditedAsMfaFailedAndCountsTowardsTheLockout() {
        accounts.enrollTotp("alice");
        AuthenticationResult result = chain.authenticate(AuthenticationRequest.from(
                new Credentials.Password("alice", PASSWORD.toCharArray(), "not-a-recovery-code".toCharArray()), "10.0.0.9"));

        assertThat(result).isEqualTo(failed());
        assertThat(audit.types()).containsExactly(AuditEventType.MFA_FAILED);
        assertThat(audit.last().details().get("reason")).contains("one-time code");
        for (int i = 0; i < 10; i++) {
            chain.authenticate(AuthenticationRequest.from(
                    new Credentials.Password("alice", PASSWORD.toCharArray(), "still-wrong".toCharArray()), "10.0.0.9"));
        }
        assertThat(audit.types()).contains(AuditEventType.ACCOUNT_LOCKED);
    }

    @Test
    void aVerifiedOneTimeCodeIsAuditedAsMfaVerifiedBeforeTheLogin() {
        String recoveryCode = accounts.enrollTotp("alice").recoveryCodes().get(0);
        AuthenticationResult result = chain.authenticate(AuthenticationRequest.from(
                new Credentials.Password("alice", PASSWORD.toCharArray(), recoveryCode.toCharArray()), "10.0.0.9"));

        assertThat(result).isInstanceOf(AuthenticationResult.Success.class);
        assertThat(audit.types()).containsExactly(AuditEventType.MFA_VERIFIED,
                AuditEventType.LOGIN);
        assertThat(audit.last().actor().mfa()).isTrue();
    }

    @Test
    void aMemberWithoutSecondFactorIsFine() {
        Principal member = new Principal("bob", PrincipalKind.USER, GlobalRole.MEMBER, Set.of(), Map.of(), "oidc", false);
        assertThat(Authenticator.builder().provider(sso(member)).build()
                .authenticate(new Credentials.BearerToken("t".toCharArray()))).isInstanceOf(AuthenticationResult.Success.class);
    }

    @Test
    void logoutIsAudited() {
        Principal alice = ((AuthenticationResult.Success) login("alice", PASSWORD, "")).principal();
        chain.logout(alice, "192.0.2.7");
        assertThat(audit.last().type()).isEqualTo(AuditEventType.LOGOUT);
        assertThat(audit.last().actor().principalId()).isEqualTo("local:alice");
        assertThat(audit.last().sourceAddress()).isEqualTo("192.0.2.7");
    }

    @Test
    void whenTheAttemptCannotBeAuditedNoPrincipalIsReturned() {
        Authenticator failClosed = Authenticator.builder().provider(new LocalProvider("local", store, CHEAP, clock))
                .auditLog(e -> {
                    throw new AuditUnavailableException("no sink stored the event");
                }).clock(clock).build();
        assertThatThrownBy(() -> failClosed.authenticate(new Credentials.Password("alice", PASSWORD.toCharArray())))
                .isInstanceOf(AuditUnavailableException.class);
    }

    @Test
    void providersAreTriedInOrderAndOneThatIsDownDoesNotBlockTheNext() {
        AtomicInteger asked = new AtomicInteger();
        AuthenticationProvider down = new AuthenticationProvider() {
            @Override
            public String name() {
                return "directory";
            }

            @Override
            public boolean supports(Class<? extends Credentials> kind) {
                return kind == Credentials.Password.class;
            }

            @Override
            public AuthenticationResult authenticate(Credentials credentials) {
                asked.incrementAndGet();
                throw new AuthenticationException("directory ldaps://dc1 unreachable");
            }
        };
        Authenticator both = Authenticator.builder().provider(down).provider(new LocalProvider("local", store, CHEAP, clock))
                .auditLog(audit).clock(clock).build();
        assertThat(both.authenticate(new Credentials.Password("alice", PASSWORD.toCharArray())))
                .isInstanceOf(AuthenticationResult.Success.class);
        assertThat(asked).hasValue(1);
        Authenticator onlyDown = Authenticator.builder().provider(down).auditLog(audit).clock(clock).build();
        assertThatThrownBy(() -> onlyDown.authenticate(new Credentials.Password("alice", PASSWORD.toCharArray())))
                .isInstanceOf(AuthenticationException.class).hasMessageContaining("unavailable");
        assertThat(audit.last().details().get("reason")).isEqualTo("directory: unavailable");
    }

    @Test
    void aCredentialKindNoProviderAcceptsFails() {
        assertThat(chain.authenticate(new Credentials.BearerToken("eyJ...".toCharArray()))).isEqualTo(failed());
        assertThat(audit.last().details().get("reason")).contains("no provider accepts bearer-token");
    }

    @Test
    void anApiKeyLoginIsAuditedAsApiKeyUsedByTheServiceAccount() {
        accounts.addServiceAccount("etl-bot", Map.of("p1", ProjectRole.EDITOR));
        char[] key = accounts.createApiKey("etl-bot", Set.of("p1"), ProjectRole.VIEWER, Duration.ofDays(1)).key();
        assertThat(chain.authenticate(new Credentials.ApiKey(key.clone()))).isInstanceOf(AuthenticationResult.Success.class);
        assertThat(audit.last().type()).isEqualTo(AuditEventType.API_KEY_USED);
        assertThat(audit.last().actor().kind()).isEqualTo(PrincipalKind.SERVICE_ACCOUNT);
        char[] wrong = key.clone();
        wrong[75] = wrong[75] == 'a' ? 'b' : 'a';
        assertThat(chain.authenticate(new Credentials.ApiKey(wrong))).isEqualTo(failed());
        assertThat(audit.last().actor().principalId()).isEqualTo("unknown");
    }

    @Test
    void noPasswordOrKeyEverReachesAnAuditEvent() {
        accounts.addServiceAccount("etl-bot", Map.of("p1", ProjectRole.EDITOR));
        String key = new String(accounts.createApiKey("etl-bot", Set.of("p1"), ProjectRole.VIEWER, Duration.ofDays(1)).key());
        login("alice", PASSWORD, "");
        login("alice", PASSWORD + "x", "");
        login(PASSWORD, PASSWORD, ""); // a password typed into the user name field is a user name; still not the password field
        chain.authenticate(new Credentials.ApiKey(key.toCharArray()));
        chain.authenticate(new Credentials.ApiKey((key.substring(0, 75) + "q").toCharArray()));
        for (AuditEvent event : audit.events) {
            String text = event.details().toString() + event.actor();
            assertThat(text).doesNotContain(key).doesNotContain(key.substring(17, 69));
            if (!event.actor().principalId().equals(PASSWORD)) {
                assertThat(text).doesNotContain(PASSWORD);
            }
        }
    }

    @Test
    void aUserNameWithCrLfCannotForgeALogLine() {
        String hostile = "eve\r\nFORGED 2026-11-30 INFO Authentication of admin succeeded";
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            for (int i = 0; i < 5; i++) { // the fifth starts a lock, which is logged at INFO
                login(hostile, "wrong wrong wrong", "");
            }
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("Locked authentication for eve\\u000d\\u000aFORGED");
        assertThat(log.lines()).noneMatch(line -> line.startsWith("FORGED"));
        // the audit event keeps the name as given; each sink escapes it for its own format
        assertThat(audit.last().actor().principalId()).isEqualTo(hostile);
    }

    @Test
    void buildsFromConfigurationAndNamesAnUnknownProviderType() {
        PluginRegistry<AuthenticationProviderFactory> registry = PluginRegistry.discover(AuthenticationProviderFactory.class,
                f -> List.of(f.type()), getClass().getClassLoader(), List.of());
        String json = "{\"auth\": {\"providers\": [{\"type\": \"local\", \"name\": \"people\", \"store\": {\"type\": \"json\", "
                + "\"file\": \"" + dir.resolve("users.json").toString().replace("\\", "\\\\") + "\"}, "
                + "\"argon2id\": {\"memoryKiB\": 64, \"iterations\": 1}}], \"lockout\": {\"maxFailuresPerUser\": 3}}}";
        try (Authenticator configured = Authenticator.fromConfiguration(WardenConfiguration.parse(json, "test").section("auth"),
                registry, Optional.empty())) {
            assertThat(configured.providerNames()).containsExactly("people");
            assertThat(configured.lockoutPolicy().maxFailuresPerUser()).isEqualTo(3);
            assertThat(configured.authenticate(new Credentials.Password("alice", PASSWORD.toCharArray())))
                    .isInstanceOf(AuthenticationResult.Success.class);
        }
        String unknown = "{\"auth\": {\"providers\": [{\"type\": \"kerberos\"}]}}";
        assertThatThrownBy(() -> Authenticator.fromConfiguration(WardenConfiguration.parse(unknown, "test").section("auth"),
                registry, Optional.empty())).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("auth.providers[0].type").hasMessageContaining("local");
    }

    @Test
    void twoProvidersWithOneNameAreAConfigurationError() {
        assertThatThrownBy(() -> Authenticator.builder().provider(new LocalProvider("local", store, CHEAP, clock))
                .provider(new LocalProvider("local", store, CHEAP, clock)).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("'local'");
    }
}
