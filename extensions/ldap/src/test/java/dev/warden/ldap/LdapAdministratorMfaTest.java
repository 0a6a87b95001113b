package dev.warden.ldap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.auth.AuthenticationRequest;
import dev.warden.auth.AuthenticationResult;
import dev.warden.auth.Credentials;
import dev.warden.auth.Principal;
import dev.warden.core.auth.Authenticator;
import dev.warden.core.auth.local.LocalAccounts;
import dev.warden.core.auth.mfa.JsonFileSecondFactorStore;
import dev.warden.core.auth.mfa.SecondFactors;
import dev.warden.core.auth.totp.Base32;
import dev.warden.core.auth.totp.Totp;
import dev.warden.policy.GlobalRole;
import dev.warden.policy.MappingTarget;
import dev.warden.policy.RoleMapping;
import dev.warden.policy.RoleMappingRule;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A directory administrator logs in end to end with a second factor (issue 15, defect 3): the LDAP bind is one
 * factor, the role mapping makes {@code bob} an ADMINISTRATOR, and Warden's own TOTP, enrolled against his qualified
 * principal id, is the second.
 */
class LdapAdministratorMfaTest {

    static final String BOB = "ldap:uid=bob,ou=people,dc=example,dc=com";
    static final String PASSWORD = "bob-battery-staple-17";

    private static TestDirectory directory;

    @TempDir
    Path dir;
    final List<AuditEvent> audit = new ArrayList<>();
    SecondFactors factors;
    Authenticator chain;

    @BeforeAll
    static void start() throws Exception {
        directory = new TestDirectory();
    }

    @AfterAll
    static void stop() {
        directory.close();
    }

    @BeforeEach
    void setUp() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        factors = SecondFactors.builder(new JsonFileSecondFactorStore(dir.resolve("second-factors.json")), key).build();
        chain = Authenticator.builder().auditLog(audit::add).secondFactors(factors)
                .provider(directory.provider().roleMapping(RoleMapping.of(List.of(RoleMappingRule.exact(
                        "cn=warden-admins,ou=groups,dc=example,dc=com",
                        new MappingTarget.GlobalRoleOf(GlobalRole.ADMINISTRATOR))))).build())
                .build();
    }

    @AfterEach
    void tearDown() {
        chain.close();
        factors.close();
    }

    private AuthenticationResult login(String code) {
        try (Credentials.Password credentials = new Credentials.Password("bob", PASSWORD.toCharArray(), code.toCharArray())) {
            return chain.authenticate(AuthenticationRequest.from(credentials, "192.0.2.10"));
        }
    }

    private static String code(LocalAccounts.TotpEnrollment enrollment, Instant when) {
        String query = URI.create(enrollment.otpauthUri()).getRawQuery();
        byte[] secret = Base32.decode(query.substring(query.indexOf("secret=") + 7, query.indexOf('&')));
        return Totp.defaults().generate(secret, Totp.stepOf(when));
    }

    private List<AuditEventType> types() {
        return audit.stream().map(AuditEvent::type).toList();
    }

    @Test
    void withoutAnEnrolledSecondFactorTheDirectoryAdministratorIsAskedForOne() {
        assertThat(login("")).isEqualTo(new AuthenticationResult.MfaRequired(BOB));
        assertThat(login("123456")).as("no enrolment: no code can be right").isEqualTo(new AuthenticationResult.MfaRequired(BOB));
    }

    @Test
    void theDirectoryAdministratorLogsInWithPasswordAndTotpCode() {
        LocalAccounts.TotpEnrollment enrollment = factors.enroll(BOB);
        assertThat(login("")).isEqualTo(new AuthenticationResult.MfaRequired(BOB));

        AuthenticationResult result = login(code(enrollment, Instant.now()));

        assertThat(result).isInstanceOf(AuthenticationResult.Success.class);
        Principal bob = ((AuthenticationResult.Success) result).principal();
        assertThat(bob.id()).isEqualTo(BOB);
        assertThat(bob.globalRole()).isEqualTo(GlobalRole.ADMINISTRATOR);
        assertThat(bob.authenticationMethod()).isEqualTo("ldap");
        assertThat(bob.mfaSatisfied()).isTrue();
        assertThat(types()).endsWith(AuditEventType.MFA_VERIFIED, AuditEventType.LOGIN);
        assertThat(audit.get(audit.size() - 1).actor().principalId()).isEqualTo(BOB);
        assertThat(audit.get(audit.size() - 1).actor().mfa()).isTrue();
    }

    @Test
    void aWrongOrReusedCodeIsRefusedAndAuditedAsMfaFailed() {
        LocalAccounts.TotpEnrollment enrollment = factors.enroll(BOB);
        String right = code(enrollment, Instant.now());
        String wrong = right.equals("000000") ? "111111" : "000000";

        assertThat(login(wrong)).isEqualTo(new AuthenticationResult.Failure("authentication failed"));
        assertThat(types()).last().isEqualTo(AuditEventType.MFA_FAILED);
        assertThat(login(right)).isInstanceOf(AuthenticationResult.Success.class);
        assertThat(login(right)).as("reused").isEqualTo(new AuthenticationResult.Failure("authentication failed"));
        assertThat(types()).last().isEqualTo(AuditEventType.MFA_FAILED);
    }

    @Test
    void aRecoveryCodeStandsInForALostDeviceOnce() {
        String recovery = factors.enroll(BOB).recoveryCodes().get(0);
        assertThat(login(recovery)).isInstanceOf(AuthenticationResult.Success.class);
        assertThat(login(recovery)).isInstanceOf(AuthenticationResult.Failure.class);
    }

    @Test
    void aMemberWithoutEnrolmentNeedsNoSecondFactor() {
        try (Credentials.Password credentials = new Credentials.Password("alice", "alice-correct-horse-42".toCharArray())) {
            AuthenticationResult result = chain.authenticate(credentials);
            assertThat(result).isInstanceOf(AuthenticationResult.Success.class);
            assertThat(((AuthenticationResult.Success) result).principal().mfaSatisfied()).isFalse();
        }
    }
}
