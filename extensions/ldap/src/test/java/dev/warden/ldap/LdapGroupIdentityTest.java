package dev.warden.ldap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import dev.warden.auth.AuthenticationResult;
import dev.warden.auth.Credentials;
import dev.warden.auth.Principal;
import dev.warden.policy.GlobalRole;
import dev.warden.policy.MappingTarget;
import dev.warden.policy.RoleMapping;
import dev.warden.policy.RoleMappingRule;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A directory group is identified by its full distinguished name (issue 15, defect 2): a group with the same common
 * name in another OU ({@code cn=warden-admins,ou=people,...}, which a contractor belongs to) must not receive the role
 * of the real {@code cn=warden-admins,ou=groups,...}.
 */
class LdapGroupIdentityTest {

    static final String ADMINS = "cn=warden-admins,ou=groups,dc=example,dc=com";

    private static TestDirectory directory;

    @BeforeAll
    static void start() throws Exception {
        directory = new TestDirectory();
    }

    @AfterAll
    static void stop() {
        directory.close();
    }

    private static Principal login(RoleMapping mapping, String user, String password) {
        try (LdapAuthenticationProvider provider = directory.provider().roleMapping(mapping).build();
             Credentials.Password credentials = new Credentials.Password(user, password.toCharArray())) {
            AuthenticationResult result = provider.authenticate(credentials);
            assertThat(result).isInstanceOf(AuthenticationResult.Success.class);
            return ((AuthenticationResult.Success) result).principal();
        }
    }

    @Test
    void aRuleNamingTheGroupsDnGivesTheRoleToItsMembersOnly() {
        RoleMapping mapping = RoleMapping.of(List.of(RoleMappingRule.exact(ADMINS,
                new MappingTarget.GlobalRoleOf(GlobalRole.ADMINISTRATOR))));

        assertThat(login(mapping, "bob", "bob-battery-staple-17").globalRole()).isEqualTo(GlobalRole.ADMINISTRATOR);
        assertThat(login(mapping, "mallory", "mallory-lookalike-group-3").globalRole()).isEqualTo(GlobalRole.MEMBER);
    }

    @Test
    void aDnRuleMatchesWhateverTheCaseAndSpacingOfItsAttributeNamesAndValues() {
        RoleMapping mapping = RoleMapping.of(List.of(RoleMappingRule.exact("CN=Warden-Admins, OU=Groups, DC=Example, DC=com",
                new MappingTarget.GlobalRoleOf(GlobalRole.ADMINISTRATOR))));

        assertThat(login(mapping, "bob", "bob-battery-staple-17").globalRole()).isEqualTo(GlobalRole.ADMINISTRATOR);
        assertThat(login(mapping, "mallory", "mallory-lookalike-group-3").globalRole()).isEqualTo(GlobalRole.MEMBER);
    }

    @Test
    void anExactRuleNamingOnlyACommonNameIsRefusedAtConfigurationNotSilentlyWidened() {
        RoleMapping mapping = RoleMapping.of(List.of(RoleMappingRule.exact("warden-admins",
                new MappingTarget.GlobalRoleOf(GlobalRole.ADMINISTRATOR))));

        assertThatThrownBy(() -> directory.provider().roleMapping(mapping))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("'warden-admins' is not a distinguished name")
                .hasMessageContaining("{\"cn\": \"warden-admins\"}");
    }

    @Test
    void aPrefixRuleIsRefusedForLdapBecauseItWouldMatchInAnyOu() {
        RoleMapping mapping = RoleMapping.of(List.of(RoleMappingRule.prefix("cn=warden-",
                new MappingTarget.GlobalRoleOf(GlobalRole.ADMINISTRATOR))));

        assertThatThrownBy(() -> directory.provider().roleMapping(mapping))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("prefix 'cn=warden-' is refused");
    }

    @Test
    void aCommonNameRuleIsTheExplicitWeakerKindAndMatchesThatNameInAnyOu() {
        RoleMapping mapping = RoleMapping.of(List.of(RoleMappingRule.commonName("Warden-Admins",
                new MappingTarget.GlobalRoleOf(GlobalRole.ADMINISTRATOR))));

        assertThat(login(mapping, "bob", "bob-battery-staple-17").globalRole()).isEqualTo(GlobalRole.ADMINISTRATOR);
        assertThat(login(mapping, "mallory", "mallory-lookalike-group-3").globalRole()).isEqualTo(GlobalRole.ADMINISTRATOR);
    }

    @Test
    void theProviderReportsGroupsByTheirNormalisedDn() throws Exception {
        try (LdapAuthenticationProvider provider = directory.provider().build();
             Credentials.Password credentials = new Credentials.Password("mallory", "mallory-lookalike-group-3".toCharArray())) {
            assertThat(provider.identify(credentials).groups()).containsExactly("cn=warden-admins,ou=people,dc=example,dc=com");
        }
    }
}
