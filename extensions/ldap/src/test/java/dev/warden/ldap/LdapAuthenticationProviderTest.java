package dev.warden.ldap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import dev.warden.auth.AuthenticationException;
import dev.warden.auth.AuthenticationResult;
import dev.warden.auth.Credentials;
import dev.warden.auth.Principal;
import dev.warden.core.auth.sso.ExternalIdentity;
import dev.warden.core.auth.sso.TestCertificates;
import dev.warden.policy.GlobalRole;
import dev.warden.policy.MappingTarget;
import dev.warden.policy.ProjectRole;
import dev.warden.policy.RoleMapping;
import dev.warden.policy.RoleMappingRule;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.x509.GeneralName;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LdapAuthenticationProviderTest {

    private static TestDirectory directory;

    @BeforeAll
    static void start() throws Exception {
        directory = new TestDirectory();
    }

    @AfterAll
    static void stop() {
        directory.close();
    }

    private static AuthenticationResult authenticate(LdapAuthenticationProvider.Builder builder, String user,
                                                     String password) {
        try (LdapAuthenticationProvider provider = builder.build();
             Credentials.Password credentials = new Credentials.Password(user, password.toCharArray())) {
            return provider.authenticate(credentials);
        }
    }

    private static ExternalIdentity identity(LdapAuthenticationProvider.Builder builder, String user, String password) {
        try (LdapAuthenticationProvider provider = builder.build();
             Credentials.Password credentials = new Credentials.Password(user, password.toCharArray())) {
            return provider.identify(credentials);
        } catch (Refusal e) {
            throw new AssertionError("refused: " + e.getMessage());
        }
    }

    private static Principal principal(AuthenticationResult result) {
        assertThat(result).isInstanceOf(AuthenticationResult.Success.class);
        return ((AuthenticationResult.Success) result).principal();
    }

    private static String reason(AuthenticationResult result) {
        assertThat(result).isInstanceOf(AuthenticationResult.Failure.class);
        return ((AuthenticationResult.Failure) result).auditReason();
    }

    @Test
    void bindsAsTheUsersEntryOverLdapsAndReadsMemberOf() {
        ExternalIdentity alice = identity(directory.provider(), "alice", "alice-correct-horse-42");

        assertThat(alice.subject()).isEqualTo("alice");
        assertThat(alice.groups()).containsExactly("cn=developers,ou=groups,dc=example,dc=com");
        assertThat(alice.mfaSatisfied()).isFalse();
    }

    @Test
    void givesAnUnmappedUserAMemberPrincipalWithoutProjectAccess() {
        Principal alice = principal(authenticate(directory.provider(), "alice", "alice-correct-horse-42"));

        assertThat(alice.id()).isEqualTo("ldap:uid=alice,ou=people,dc=example,dc=com");
        assertThat(alice.authenticationMethod()).isEqualTo("ldap");
        assertThat(alice.globalRole()).isEqualTo(GlobalRole.MEMBER);
        assertThat(alice.projectRoles()).isEmpty();
    }

    @Test
    void mapsGroupsToRoles() {
        RoleMapping mapping = RoleMapping.of(List.of(
                RoleMappingRule.exact("cn=warden-admins,ou=groups,dc=example,dc=com", new MappingTarget.GlobalRoleOf(GlobalRole.ADMINISTRATOR)),
                RoleMappingRule.exact("cn=warden-admins,ou=groups,dc=example,dc=com", new MappingTarget.ProjectRoleOf("clinical", ProjectRole.OWNER))));
        Principal bob = principal(authenticate(directory.provider().roleMapping(mapping), "bob", "bob-battery-staple-17"));
        assertThat(bob.globalRole()).isEqualTo(GlobalRole.ADMINISTRATOR);
        assertThat(bob.projectRoles()).containsEntry("clinical", ProjectRole.OWNER);
    }

    @Test
    void findsGroupsWithAGroupSearch() {
        ExternalIdentity alice = identity(directory.provider()
                .groupMembership(GroupMembership.GROUP_SEARCH, Optional.of(TestDirectory.GROUPS)),
                "alice", "alice-correct-horse-42");
        assertThat(alice.groups()).containsExactly("cn=developers,ou=groups,dc=example,dc=com");
    }

    @Test
    void followsNestedGroupsWithAGroupSearchAndStopsAtCycles() {
        ExternalIdentity alice = identity(directory.provider()
                .groupMembership(GroupMembership.GROUP_SEARCH, Optional.of(TestDirectory.GROUPS))
                .nestedGroups(true, 8), "alice", "alice-correct-horse-42");
        assertThat(alice.groups()).containsExactlyInAnyOrder("cn=developers,ou=groups,dc=example,dc=com", "cn=engineering,ou=groups,dc=example,dc=com", "cn=staff,ou=groups,dc=example,dc=com", "cn=loop-a,ou=groups,dc=example,dc=com", "cn=loop-b,ou=groups,dc=example,dc=com");
    }

    @Test
    void followsNestedGroupsThroughMemberOf() {
        ExternalIdentity alice = identity(directory.provider().nestedGroups(true, 8),
                "alice", "alice-correct-horse-42");
        assertThat(alice.groups()).containsExactlyInAnyOrder("cn=developers,ou=groups,dc=example,dc=com", "cn=engineering,ou=groups,dc=example,dc=com", "cn=staff,ou=groups,dc=example,dc=com", "cn=loop-a,ou=groups,dc=example,dc=com", "cn=loop-b,ou=groups,dc=example,dc=com");
    }

    @Test
    void limitsNestingToTheConfiguredDepth() {
        ExternalIdentity alice = identity(directory.provider().nestedGroups(true, 1),
                "alice", "alice-correct-horse-42");
        assertThat(alice.groups()).containsExactlyInAnyOrder("cn=developers,ou=groups,dc=example,dc=com", "cn=engineering,ou=groups,dc=example,dc=com");
    }

    @Test
    void authenticatesAnActiveDirectoryShapedAccountWithNestedGroups() {
        LdapAuthenticationProvider.Builder ad = LdapAuthenticationProvider
                .builder("corporate-ad", directory.ldapsUrl(), "OU=Users,ou=ad,dc=example,dc=com")
                .trustedCertificates(List.of(directory.tls.certificate()))
                .serviceAccount(TestDirectory.SERVICE_DN, TestDirectory.SERVICE_PASSWORD.toCharArray())
                .idAttribute("sAMAccountName").userFilter("(objectCategory=person)")
                .groupMembership(GroupMembership.MEMBER_OF, Optional.empty()).nestedGroups(true, 8)
                .roleMapping(RoleMapping.of(List.of(RoleMappingRule.exact("CN=Warden Owners,OU=Groups,ou=ad,dc=example,dc=com",
                        new MappingTarget.GlobalRoleOf(GlobalRole.OWNER)))));

        ExternalIdentity carol = identity(ad, "cdiaz", "carol-winter-lantern-5");
        assertThat(carol.subject()).isEqualTo("cdiaz");
        assertThat(carol.groups()).containsExactlyInAnyOrder("cn=data stewards,ou=groups,ou=ad,dc=example,dc=com",
                "cn=warden owners,ou=groups,ou=ad,dc=example,dc=com");
        assertThat(principal(authenticate(ad, "cdiaz", "carol-winter-lantern-5")).globalRole())
                .isEqualTo(GlobalRole.OWNER);
    }

    @Test
    void findsGroupsOfAUserWhoseDnNeedsEscapingInTheGroupFilter() {
        ExternalIdentity pat = identity(directory.provider()
                .groupMembership(GroupMembership.GROUP_SEARCH, Optional.of(TestDirectory.GROUPS)),
                "pobrien", "pat-ops-sunrise-88");
        assertThat(pat.groups()).containsExactly("cn=developers,ou=groups,dc=example,dc=com");
    }

    @Test
    void authenticatesOverStartTls() {
        LdapAuthenticationProvider.Builder startTls = LdapAuthenticationProvider
                .builder("corporate-ldap", directory.startTlsUrl(), TestDirectory.PEOPLE).startTls(true)
                .trustedCertificates(List.of(directory.tls.certificate()))
                .serviceAccount(TestDirectory.SERVICE_DN, TestDirectory.SERVICE_PASSWORD.toCharArray());
        assertThat(identity(startTls, "alice", "alice-correct-horse-42").subject()).isEqualTo("alice");
    }

    @Test
    void refusesAWrongPassword() {
        assertThat(reason(authenticate(directory.provider(), "alice", "alice-wrong-horse-42"))).isEqualTo("bad password");
    }

    @Test
    void refusesAnEmptyPasswordInsteadOfMakingAnUnauthenticatedBind() {
        assertThat(reason(authenticate(directory.provider(), "alice", ""))).contains("empty password");
    }

    @Test
    void refusesAHugePassword() {
        assertThat(reason(authenticate(directory.provider(), "alice", "x".repeat(1 << 20)))).contains("longer than");
    }

    @Test
    void refusesAnUnknownUser() {
        assertThat(reason(authenticate(directory.provider(), "nobody", "whatever-password"))).isEqualTo("unknown user");
    }

    @Test
    void escapesAFilterInjectionInTheUserName() {
        // Unescaped, (&(objectClass=inetOrgPerson)(uid=*)(uid=*))(|(uid=*)) would match every user.
        assertThat(reason(authenticate(directory.provider(), "*)(uid=*))(|(uid=*", "alice-correct-horse-42")))
                .isEqualTo("unknown user");
    }

    @Test
    void treatsAnAsteriskUserNameAsALiteralNotAWildcard() {
        assertThat(reason(authenticate(directory.provider(), "*", "alice-correct-horse-42"))).isEqualTo("unknown user");
    }

    @Test
    void refusesAUserNameWithCrLfAndAForgedLogLine() {
        assertThat(reason(authenticate(directory.provider(), "alice\r\n2026-01-01 INFO login ok user=root",
                "alice-correct-horse-42"))).contains("control character");
    }

    @Test
    void refusesAUserNameThatMatchesSeveralEntries() {
        assertThat(reason(authenticate(directory.provider(), "twin", "twin-one-password-1")))
                .contains("several directory entries");
    }

    @Test
    void cannotDecideWhenTheDirectoryCertificateIsNotTrusted() {
        LdapAuthenticationProvider.Builder untrusted = directory.provider()
                .trustedCertificates(List.of(TestCertificates.forLoopback().certificate()));
        assertThatThrownBy(() -> authenticate(untrusted, "alice", "alice-correct-horse-42"))
                .isInstanceOf(AuthenticationException.class).hasMessageContaining("certificate is trusted");
    }

    @Test
    void cannotDecideWhenTheDirectoryCertificateNamesAnotherHost() throws Exception {
        try (TestDirectory impostor = new TestDirectory(TestCertificates.forNames("CN=ldap.example.com",
                new GeneralName(GeneralName.dNSName, "ldap.example.com")))) {
            assertThatThrownBy(() -> authenticate(impostor.provider(), "alice", "alice-correct-horse-42"))
                    .isInstanceOf(AuthenticationException.class);
        }
    }

    @Test
    void cannotDecideOverStartTlsWhenTheCertificateNamesAnotherHost() throws Exception {
        try (TestDirectory impostor = new TestDirectory(TestCertificates.forNames("CN=ldap.example.com",
                new GeneralName(GeneralName.dNSName, "ldap.example.com")))) {
            LdapAuthenticationProvider.Builder startTls = LdapAuthenticationProvider
                    .builder("corporate-ldap", impostor.startTlsUrl(), TestDirectory.PEOPLE).startTls(true)
                    .trustedCertificates(List.of(impostor.tls.certificate()))
                    .serviceAccount(TestDirectory.SERVICE_DN, TestDirectory.SERVICE_PASSWORD.toCharArray());
            assertThatThrownBy(() -> authenticate(startTls, "alice", "alice-correct-horse-42"))
                    .isInstanceOf(AuthenticationException.class);
        }
    }

    @Test
    void cannotDecideWhenTheServiceAccountIsRefused() {
        LdapAuthenticationProvider.Builder wrongService = directory.provider()
                .serviceAccount(TestDirectory.SERVICE_DN, "not-the-service-password".toCharArray());
        assertThatThrownBy(() -> authenticate(wrongService, "alice", "alice-correct-horse-42"))
                .isInstanceOf(AuthenticationException.class).hasMessageNotContaining("not-the-service-password");
    }

    @Test
    void refusesPlainLdapWithoutStartTls() {
        assertThatThrownBy(() -> LdapAuthenticationProvider.builder("x", directory.startTlsUrl(), TestDirectory.PEOPLE)
                .build()).isInstanceOf(ConfigurationException.class).hasMessageContaining("startTls");
    }

    @Test
    void refusesAGroupSearchWithoutGroupBase() {
        assertThatThrownBy(() -> directory.provider().groupMembership(GroupMembership.GROUP_SEARCH, Optional.empty())
                .build()).isInstanceOf(ConfigurationException.class).hasMessageContaining("groupBaseDn");
    }

    @Test
    void refusesAMalformedUserFilterInConfiguration() {
        assertThatThrownBy(() -> directory.provider().userFilter("(objectClass=person"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("RFC 4515");
    }

    @Test
    void reusesPooledConnectionsAcrossAuthentications() {
        try (LdapAuthenticationProvider provider = directory.provider().poolSize(1).build()) {
            for (int i = 0; i < 5; i++) {
                try (Credentials.Password credentials = new Credentials.Password("alice",
                        "alice-correct-horse-42".toCharArray())) {
                    assertThat(provider.authenticate(credentials)).isInstanceOf(AuthenticationResult.Success.class);
                }
            }
        }
    }
}
