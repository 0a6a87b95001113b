package dev.warden.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import dev.warden.core.Warden;
import dev.warden.core.config.WardenConfiguration;
import dev.warden.policy.GlobalRole;
import dev.warden.policy.MappedRoles;
import dev.warden.policy.ProjectRole;
import dev.warden.policy.RoleMapping;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyConfigurationTest {

    @Test
    void roleMappingRulesAreReadFromConfiguration() {
        WardenConfiguration config = WardenConfiguration.parse("""
                {"policy": {"roleMapping": [
                  {"exact": "cn=warden-admins,ou=groups,dc=example,dc=org", "globalRole": "administrator"},
                  {"exact": "analysts", "groups": ["analysts", "readers"]},
                  {"exact": "clinical-team", "project": "clinical", "projectRole": "VIEWER"},
                  {"prefix": "warden-editors-", "projectRoleFromSuffix": "EDITOR"}
                ]}}
                """, "warden.json");
        try (Warden warden = Warden.builder().configuration(config).build()) {
            MappedRoles roles = warden.roleMapping().apply(List.of("cn=warden-admins,ou=groups,dc=example,dc=org",
                    "analysts", "clinical-team", "warden-editors-finance", "unknown"));
            assertThat(roles.globalRole()).isEqualTo(GlobalRole.ADMINISTRATOR);
            assertThat(roles.groups()).containsExactlyInAnyOrder("analysts", "readers");
            assertThat(roles.projectRoles()).isEqualTo(Map.of("clinical", ProjectRole.VIEWER, "finance", ProjectRole.EDITOR));
        }
    }

    @Test
    void aMalformedRuleNamesItsPath() {
        WardenConfiguration config = WardenConfiguration.parse("""
                {"policy": {"roleMapping": [{"exact": "a", "globalRole": "ADMIN"}]}}
                """, "warden.json");
        assertThatThrownBy(() -> RoleMapping.fromConfig(config.section("policy"), "roleMapping"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("policy.roleMapping[0].globalRole")
                .hasMessageContaining("'ADMIN' is not one of");
        WardenConfiguration both = WardenConfiguration.parse("""
                {"policy": {"roleMapping": [{"exact": "a", "prefix": "b", "groups": ["g"]}]}}
                """, "warden.json");
        assertThatThrownBy(() -> RoleMapping.fromConfig(both.section("policy"), "roleMapping"))
                .hasMessageContaining("exactly one of 'exact', 'prefix' or 'cn'");
        WardenConfiguration nothing = WardenConfiguration.parse("""
                {"policy": {"roleMapping": [{"exact": "a"}]}}
                """, "warden.json");
        assertThatThrownBy(() -> RoleMapping.fromConfig(nothing.section("policy"), "roleMapping"))
                .hasMessageContaining("gives nothing");
    }

    @Test
    void theFacadeOpensTheConfiguredFileStore(@TempDir Path dir) {
        Path file = dir.resolve("policy.json");
        WardenConfiguration config = WardenConfiguration.parse("{\"policy\": {\"store\": \"file\", \"file\": \""
                + file.toString().replace("\\", "\\\\") + "\"}}", "warden.json");
        try (Warden warden = Warden.builder().configuration(config).build()) {
            warden.policy().createProject(dev.warden.auth.Principal.user("admin", GlobalRole.ADMINISTRATOR), "p1");
        }
        assertThat(new JsonFileGrantStore(file).load().projects()).containsExactly("p1");
    }

    @Test
    void anUnknownStoreIsRefused() {
        WardenConfiguration config = WardenConfiguration.parse("{\"policy\": {\"store\": \"ldap\"}}", "warden.json");
        assertThatThrownBy(() -> Warden.builder().configuration(config).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("policy.store");
    }
}
