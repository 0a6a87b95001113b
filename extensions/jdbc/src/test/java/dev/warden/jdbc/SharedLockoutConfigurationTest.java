package dev.warden.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.auth.AuthenticationResult;
import dev.warden.auth.Credentials;
import dev.warden.core.Warden;
import dev.warden.core.auth.local.JsonFileUserStore;
import dev.warden.core.auth.local.LocalAccounts;
import dev.warden.core.auth.local.LocalSettings;
import dev.warden.core.config.WardenConfiguration;
import dev.warden.policy.GlobalRole;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code auth.lockout.store} of type {@code jdbc}, read from warden.json by two hosts. */
class SharedLockoutConfigurationTest {

    @TempDir
    Path dir;

    private Warden host() {
        String json = """
                {"auth": {"providers": [{"type": "local", "name": "local",
                                         "argon2id": {"memoryKiB": 64, "iterations": 1, "parallelism": 1},
                                         "store": {"type": "json", "file": "%s"}}],
                          "lockout": {"maxFailuresPerUser": 3, "store": {"type": "jdbc", "url": "jdbc:h2:file:%s"}}}}
                """.formatted(esc(dir.resolve("users.json")), esc(dir.resolve("lockout")));
        return Warden.builder().configuration(WardenConfiguration.parse(json, "test")).build();
    }

    private static String esc(Path p) {
        return p.toString().replace("\\", "\\\\");
    }

    private static AuthenticationResult login(Warden host, String password) {
        return host.authenticate(new Credentials.Password("alice", password.toCharArray()));
    }

    @Test
    void twoHostsConfiguredWithAJdbcLockoutStoreShareTheCount() {
        try (JsonFileUserStore store = new JsonFileUserStore(dir.resolve("users.json"))) {
            new LocalAccounts(store, LocalSettings.defaults(), Clock.systemUTC())
                    .addUser("alice", GlobalRole.MEMBER, "violet tractor ink harbour".toCharArray());
        }
        try (Warden a = host(); Warden b = host()) {
            login(a, "wrong wrong wrong");
            login(b, "wrong wrong wrong");
            login(a, "wrong wrong wrong");
            assertThat(login(b, "violet tractor ink harbour")).isInstanceOf(AuthenticationResult.Failure.class);
        }
    }
}
