package dev.warden.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.policy.GlobalRole;
import dev.warden.policy.Permission;
import dev.warden.policy.ProjectRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The role-to-permission matrix: least privilege as the issue states it, and the README's table matches the code. */
class RoleMatrixTest {

    @Test
    void eachProjectRoleIncludesTheOneBelow() {
        for (int i = 1; i < ProjectRole.values().length; i++) {
            assertThat(ProjectRole.values()[i].permissions()).containsAll(ProjectRole.values()[i - 1].permissions());
        }
    }

    @Test
    void noProjectRoleIncludesReidentificationOrAnyInstallationWidePermission() {
        for (ProjectRole role : ProjectRole.values()) {
            assertThat(role.permissions()).doesNotContain(Permission.REIDENTIFY);
            assertThat(role.permissions()).allMatch(Permission::projectScoped);
        }
    }

    @Test
    void theGlobalAdministratorReadsNoProjectData() {
        assertThat(GlobalRole.ADMINISTRATOR.permissions()).noneMatch(Permission::projectScoped)
                .contains(Permission.USER_MANAGE, Permission.GROUP_MANAGE, Permission.CONFIGURATION_UPDATE,
                        Permission.AUDIT_LOG_READ)
                .doesNotContain(Permission.GRANT_OWNER);
        assertThat(GlobalRole.MEMBER.permissions()).isEmpty();
        assertThat(GlobalRole.OWNER.permissions()).containsExactlyInAnyOrder(Permission.values());
    }

    @Test
    void theReadmeTableMatchesTheCode() throws IOException {
        Path readme = Path.of("..", "README.md");
        List<String> rows = new ArrayList<>();
        for (String line : Files.readAllLines(readme)) {
            if (line.startsWith("| `") && line.contains("` | ") && isPermission(line.substring(3, line.indexOf('`', 3)))) {
                rows.add(line);
            }
        }
        assertThat(rows).as("one README row per permission").hasSize(Permission.values().length);
        for (String row : rows) {
            String[] cells = row.split("\\|", -1);
            Permission p = Permission.valueOf(cells[1].trim().replace("`", ""));
            for (ProjectRole r : ProjectRole.values()) {
                assertThat(cells[3 + r.ordinal()].contains("✓")).as(p + " / project " + r)
                        .isEqualTo(r.permissions().contains(p));
            }
            for (GlobalRole r : GlobalRole.values()) {
                assertThat(cells[7 + r.ordinal()].contains("✓")).as(p + " / global " + r)
                        .isEqualTo(r.permissions().contains(p));
            }
        }
    }

    private static boolean isPermission(String name) {
        try {
            Permission.valueOf(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
