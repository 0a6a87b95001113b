package dev.warden.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import dev.warden.policy.ProjectRole;
import dev.warden.policy.ProjectRoleGrant;
import dev.warden.policy.Subject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonFileGrantStoreTest extends GrantStoreContract {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("policy.json");
    }

    @Override
    protected GrantStore freshStore() {
        return new JsonFileGrantStore(file());
    }

    @Override
    protected GrantStore reopen() {
        return new JsonFileGrantStore(file());
    }

    private PolicyState load(String json) throws IOException {
        Files.writeString(file(), json, StandardCharsets.UTF_8);
        return new JsonFileGrantStore(file()).load();
    }

    @Test
    void theDocumentedExampleLoads() throws IOException {
        PolicyState state = load("""
                {
                  "format": "warden-policy/1",
                  "version": 7,
                  "users": ["alice", "bob"],
                  "projects": ["clinical", "finance"],
                  "groups": {"analysts": ["user:alice", "group:data-team"], "data-team": ["user:bob"]},
                  "grants": [
                    {"subject": "user:alice", "globalRole": "ADMINISTRATOR"},
                    {"subject": "group:analysts", "project": "clinical", "projectRole": "EDITOR"},
                    {"subject": "user:bob", "project": "clinical", "permission": "REIDENTIFY"},
                    {"subject": "user:mallory", "deny": "all", "reason": "suspended"},
                    {"subject": "everyone", "project": "clinical", "resource": "data-source:clinical/legacy",
                     "deny": ["DATA_SOURCE_READ"], "reason": "blocked: pending review"}
                  ],
                  "roleMapping": [{"prefix": "warden-editors-", "projectRoleFromSuffix": "EDITOR"}]
                }
                """);
        assertThat(state.version()).isEqualTo(7);
        assertThat(state.grants()).hasSize(5)
                .contains(new ProjectRoleGrant(Subject.group("analysts"), "clinical", ProjectRole.EDITOR));
        assertThat(state.roleMapping().rules()).hasSize(1);
    }

    @Test
    void malformedJsonNamesTheLine() {
        assertThatThrownBy(() -> load("{\n  \"format\": \"warden-policy/1\",\n  \"users\": [\"a\" \"b\"]\n}"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("policy.json, line 3");
    }

    @Test
    void aDuplicateMemberIsRefused() {
        assertThatThrownBy(() -> load("{\"format\": \"warden-policy/1\", \"users\": [], \"users\": []}"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("users");
    }

    @Test
    void aBadRoleNamesTheGrant() {
        assertThatThrownBy(() -> load("{\"format\": \"warden-policy/1\", \"projects\": [\"p\"], \"grants\": ["
                + "{\"subject\": \"user:a\", \"project\": \"p\", \"projectRole\": \"BOSS\"}]}"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("policy.json: grants[0].projectRole: 'BOSS' is not one of");
    }

    @Test
    void anUnknownMemberIsRefused() {
        assertThatThrownBy(() -> load("{\"format\": \"warden-policy/1\", \"rules\": []}"))
                .hasMessageContaining("rules: unknown member");
    }

    @Test
    void aMissingFormatIsRefused() {
        assertThatThrownBy(() -> load("{\"users\": []}")).hasMessageContaining("format");
    }

    @Test
    void aCycleInTheFileIsRefusedAndNamed() {
        assertThatThrownBy(() -> load("{\"format\": \"warden-policy/1\", \"groups\": {\"a\": [\"group:b\"], "
                + "\"b\": [\"group:a\"]}}"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("group cycle group:a -> group:b -> group:a");
    }

    @Test
    void hostileNamesAreRefused() {
        assertThatThrownBy(() -> load("{\"format\": \"warden-policy/1\", \"projects\": [\"a\\r\\nb\"]}"))
                .hasMessageContaining("control character");
        assertThatThrownBy(() -> load("{\"format\": \"warden-policy/1\", \"users\": [\"*\"]}"))
                .hasMessageContaining("'*'");
        assertThatThrownBy(() -> load("{\"format\": \"warden-policy/1\", \"groups\": {\"x\": [\"everyone\"]}}"))
                .hasMessageContaining("a member is a user or a group");
    }

    @Test
    void aMissingFileIsAnEmptyPolicyAndTheFirstChangeCreatesIt() {
        RbacPolicyEngine engine = RbacPolicyEngine.open(new JsonFileGrantStore(file()));
        assertThat(engine.version()).isZero();
        engine.createProject("p");
        assertThat(file()).exists();
    }

    @Test
    void writesLeaveNoTemporaryFiles() throws IOException {
        RbacPolicyEngine engine = RbacPolicyEngine.open(new JsonFileGrantStore(file()));
        for (int i = 0; i < 5; i++) {
            engine.createProject("p" + i);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("policy.json");
        }
    }
}
