package dev.warden.core.auth.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonFileUserStoreTest extends UserStoreContract {

    @TempDir
    Path dir;

    @Override
    protected UserStore newStore() {
        return new JsonFileUserStore(dir.resolve("users.json"));
    }

    @Override
    protected UserStore reopen() {
        return new JsonFileUserStore(dir.resolve("users.json"));
    }

    @Test
    void aMissingFileIsAnEmptyStore() {
        assertThat(store.list()).isEmpty();
        assertThat(Files.exists(dir.resolve("users.json"))).isFalse();
    }

    @Test
    void writesTheFileReadableByItsOwnerOnly() throws Exception {
        store.create(alice());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("users.json")))).isEqualTo("rw-------");
    }

    @Test
    void seesChangesMadeThroughAnotherHandle() {
        UserStore other = reopen();
        other.create(alice());
        assertThat(store.find("alice")).isPresent();
    }

    @Test
    void aCorruptFileIsAConfigurationErrorNamingFileAndPosition() throws Exception {
        Files.writeString(dir.resolve("users.json"), "{\"version\": 1, \"users\": [\n  {\"username\": }\n]}");
        assertThatThrownBy(() -> new JsonFileUserStore(dir.resolve("users.json")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("users.json").hasMessageContaining("line 2");
    }

    @Test
    void aMalformedEntryIsNamedByItsIndex() throws Exception {
        Files.writeString(dir.resolve("users.json"), "{\"version\": 1, \"users\": [{\"username\": \"x\"}]}");
        assertThatThrownBy(() -> new JsonFileUserStore(dir.resolve("users.json")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("users[0]");
    }

    @Test
    void aFailedChangeLeavesTheFileAsItWas() throws Exception {
        store.create(alice());
        String before = Files.readString(dir.resolve("users.json"));
        assertThatThrownBy(() -> store.create(alice())).isInstanceOf(dev.warden.InvalidInputException.class);
        assertThat(Files.readString(dir.resolve("users.json"))).isEqualTo(before);
    }
}
