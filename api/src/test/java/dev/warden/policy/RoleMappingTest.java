package dev.warden.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.InvalidInputException;
import dev.warden.auth.Principal;
import dev.warden.auth.PrincipalKind;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleMappingTest {

    private static final String ADMINS_DN = "cn=warden-admins,ou=groups,dc=example,dc=org";

    private final RoleMapping mapping = RoleMapping.of(List.of(
            RoleMappingRule.exact(ADMINS_DN, new MappingTarget.GlobalRoleOf(GlobalRole.ADMINISTRATOR)),
            RoleMappingRule.exact("analysts", new MappingTarget.GroupOf("analysts")),
            RoleMappingRule.exact("clinical-team", new MappingTarget.ProjectRoleOf("clinical", ProjectRole.VIEWER)),
            RoleMappingRule.prefix("warden-editors-", new MappingTarget.ProjectRoleFromSuffix(ProjectRole.EDITOR)),
            RoleMappingRule.prefix("ext-", new MappingTarget.GroupOf("external"))));

    @Test
    void anExactMatchGivesItsGlobalRole() {
        assertThat(mapping.apply(List.of(ADMINS_DN)).globalRole()).isEqualTo(GlobalRole.ADMINISTRATOR);
    }

    @Test
    void unknownGroupsMapToNothing() {
        assertThat(mapping.apply(List.of("staff", "cn=other,dc=example,dc=org"))).isEqualTo(MappedRoles.NONE);
        assertThat(mapping.apply(List.of())).isEqualTo(MappedRoles.NONE);
    }

    @Test
    void matchingIsCaseSensitive() {
        assertThat(mapping.apply(List.of("Analysts", ADMINS_DN.toUpperCase()))).isEqualTo(MappedRoles.NONE);
    }

    @Test
    void anExactRuleDoesNotMatchALongerName() {
        assertThat(mapping.apply(List.of("analysts-old")).groups()).isEmpty();
    }

    @Test
    void aPrefixRuleMatchesEveryNameStartingWithIt() {
        MappedRoles roles = mapping.apply(List.of("ext-partners", "ext-"));
        assertThat(roles.groups()).containsExactly("external");
        assertThat(roles.hits()).extracting(MappedRoles.Hit::externalGroup).containsExactly("ext-partners", "ext-");
    }

    @Test
    void aSuffixNamesTheProject() {
        MappedRoles roles = mapping.apply(List.of("warden-editors-clinical", "warden-editors-finance"));
        assertThat(roles.projectRoles()).isEqualTo(Map.of("clinical", ProjectRole.EDITOR, "finance", ProjectRole.EDITOR));
        assertThat(roles.hits().get(0).given()).isEqualTo(new MappingTarget.ProjectRoleOf("clinical", ProjectRole.EDITOR));
    }

    @Test
    void aSuffixThatIsNotAProjectNameMapsToNothing() {
        assertThat(mapping.apply(List.of("warden-editors-", "warden-editors-a/b", "warden-editors-*"))).isEqualTo(MappedRoles.NONE);
    }

    @Test
    void theMostPrivilegedProjectRoleWins() {
        MappedRoles roles = mapping.apply(List.of("clinical-team", "warden-editors-clinical"));
        assertThat(roles.projectRoles()).isEqualTo(Map.of("clinical", ProjectRole.EDITOR));
    }

    @Test
    void theMostPrivilegedGlobalRoleWins() {
        RoleMapping two = RoleMapping.of(List.of(
                RoleMappingRule.exact("owners", new MappingTarget.GlobalRoleOf(GlobalRole.OWNER)),
                RoleMappingRule.exact("admins", new MappingTarget.GlobalRoleOf(GlobalRole.ADMINISTRATOR))));
        assertThat(two.apply(List.of("owners", "admins")).globalRole()).isEqualTo(GlobalRole.OWNER);
        assertThat(two.apply(List.of("admins", "owners")).globalRole()).isEqualTo(GlobalRole.OWNER);
    }

    @Test
    void nullAndEmptyExternalGroupsAreIgnored() {
        assertThat(mapping.apply(Arrays.asList(null, "", "analysts")).groups()).containsExactly("analysts");
    }

    @Test
    void theResultBecomesAPrincipal() {
        Principal principal = mapping.apply(List.of("analysts", "clinical-team"))
                .toPrincipal("alice", PrincipalKind.USER, "ldap", false);
        assertThat(principal.groups()).isEqualTo(Set.of("analysts"));
        assertThat(principal.projectRoles()).isEqualTo(Map.of("clinical", ProjectRole.VIEWER));
        assertThat(principal.globalRole()).isEqualTo(GlobalRole.MEMBER);
    }

    @Test
    void badRulesAreRefused() {
        assertThatThrownBy(() -> RoleMappingRule.prefix("", new MappingTarget.GroupOf("g")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> RoleMappingRule.exact("a\nb", new MappingTarget.GroupOf("g")))
                .hasMessageContaining("control character");
        assertThatThrownBy(() -> RoleMappingRule.exact("x", new MappingTarget.ProjectRoleFromSuffix(ProjectRole.VIEWER)))
                .hasMessageContaining("prefix");
        assertThatThrownBy(() -> new MappingTarget.GroupOf("a/b")).hasMessageContaining("'/'");
        assertThatThrownBy(() -> new MappingTarget.ProjectRoleOf("*", ProjectRole.VIEWER)).hasMessageContaining("'*'");
    }

    @Test
    void aCommonNameRuleMatchesThatNameInAnyOuIgnoringCaseButNeverAPlainName() {
        RoleMapping byCn = RoleMapping.of(List.of(RoleMappingRule.commonName("Warden-Admins",
                new MappingTarget.GlobalRoleOf(GlobalRole.ADMINISTRATOR))));
        assertThat(byCn.apply(List.of("cn=warden-admins,ou=groups,dc=example,dc=org")).globalRole())
                .isEqualTo(GlobalRole.ADMINISTRATOR);
        assertThat(byCn.apply(List.of("CN = WARDEN-ADMINS , OU=people,dc=example,dc=org")).globalRole())
                .isEqualTo(GlobalRole.ADMINISTRATOR);
        assertThat(byCn.apply(List.of("warden-admins"))).as("not a DN").isEqualTo(MappedRoles.NONE);
        assertThat(byCn.apply(List.of("ou=warden-admins,dc=example,dc=org"))).as("not a cn").isEqualTo(MappedRoles.NONE);
        assertThat(byCn.apply(List.of("cn=warden-admins+uid=x,dc=example,dc=org"))).as("multi-valued").isEqualTo(MappedRoles.NONE);
        assertThat(byCn.apply(List.of("cn=warden-admins2,dc=example,dc=org"))).isEqualTo(MappedRoles.NONE);
    }

    @Test
    void theCommonNameOfADnUndoesRfc4514Escapes() {
        assertThat(DistinguishedNames.commonName("cn=O'Brien\\, Pat (ops),ou=people,dc=example,dc=com")).hasValue("O'Brien, Pat (ops)");
        assertThat(DistinguishedNames.commonName("cn=caf\\c3\\a9,dc=example")).hasValue("caf\u00e9");
        assertThat(DistinguishedNames.commonName("cn=,dc=example")).isEmpty();
    }

    @Test
    void aCommonNameRuleCannotTakeAProjectFromASuffix() {
        assertThatThrownBy(() -> RoleMappingRule.commonName("x", new MappingTarget.ProjectRoleFromSuffix(ProjectRole.VIEWER)))
                .isInstanceOf(InvalidInputException.class);
    }
}
