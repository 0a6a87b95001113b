package dev.warden.core.secrets.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.InvalidInputException;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretNotFoundException;
import dev.warden.secrets.SecretRef;
import dev.warden.secrets.SecretUnavailableException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSecretStoreTest {

    private static final String CANARY = "canary-file-b41d";

    @TempDir
    Path dir;

    private final FileSecretStore development() {
        return new FileSecretStore(dir, false, 1 << 20);
    }

    private static String read(FileSecretStore store, String ref) {
        try (Secret s = store.resolve(SecretRef.parse(ref))) {
            return new String(s.bytes(), StandardCharsets.UTF_8);
        }
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    @Test
    void aWholeFileLosesOneTrailingLineEnd() throws IOException {
        write("token", CANARY + "\r\n");
        assertThat(read(development(), "file:" + dir.resolve("token"))).isEqualTo(CANARY);
    }

    @Test
    void aRelativePathStartsAtTheBaseDirectory() throws IOException {
        write("token", CANARY);
        assertThat(read(development(), "file:token")).isEqualTo(CANARY);
    }

    @Test
    void readsAPropertiesField() throws IOException {
        write("db.properties", "# comment\nuser=app\npassword = " + CANARY + "\n");
        assertThat(read(development(), "file:db.properties#password")).isEqualTo(CANARY);
    }

    @Test
    void readsANestedJsonFieldByPointer() throws IOException {
        write("db.json", "{\"db\":{\"password\":\"" + CANARY + "\"}}");
        assertThat(read(development(), "file:db.json#/db/password")).isEqualTo(CANARY);
    }

    @Test
    void theVersionIsTheModificationTimeSoARewriteIsANewVersion() throws IOException {
        Path file = write("token", "one");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        try (Secret first = development().resolve(SecretRef.parse("file:token"))) {
            Files.writeString(file, "two");
            Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-02T00:00:00Z")));
            try (Secret second = development().resolve(SecretRef.parse("file:token"))) {
                assertThat(second.version()).isNotEqualTo(first.version());
                assertThat(second.createdAt()).isEqualTo(Instant.parse("2026-01-02T00:00:00Z"));
            }
        }
    }

    @Test
    void productionRefusesAFileReadableByOthers() throws IOException {
        Path file = write("token", CANARY);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        FileSecretStore production = new FileSecretStore(dir, true, 1 << 20);
        assertThatThrownBy(() -> production.resolve(SecretRef.parse("file:token")))
                .isInstanceOf(SecretUnavailableException.class)
                .hasMessageContaining("readable by others").hasMessageContaining("chmod");
        assertThat(read(development(), "file:token")).isEqualTo(CANARY);
    }

    @Test
    void aMissingFieldIsNotFoundAndNamed() throws IOException {
        write("db.json", "{\"password\":\"" + CANARY + "\"}");
        assertThatThrownBy(() -> development().resolve(SecretRef.parse("file:db.json#pasword")))
                .isInstanceOf(SecretNotFoundException.class).hasMessageContaining("pasword")
                .hasMessageNotContaining(CANARY);
    }

    @Test
    void malformedJsonGivesThePositionButNotTheContent() throws IOException {
        write("db.json", "{\"password\": " + CANARY + "}");
        assertThatThrownBy(() -> development().resolve(SecretRef.parse("file:db.json#password")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("line 1")
                .hasMessageNotContaining(CANARY).hasNoCause();
    }

    @Test
    void aFieldOfAnObjectIsRefused() throws IOException {
        write("db.json", "{\"db\":{\"password\":\"" + CANARY + "\"}}");
        assertThatThrownBy(() -> development().resolve(SecretRef.parse("file:db.json#db")))
                .isInstanceOf(InvalidInputException.class).hasMessageNotContaining(CANARY);
    }

    @Test
    void aFieldOfAPlainFileIsRefused() throws IOException {
        write("token.txt", CANARY);
        assertThatThrownBy(() -> development().resolve(SecretRef.parse("file:token.txt#x")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(".json or .properties");
    }

    @Test
    void aHugeFileIsRefused() throws IOException {
        write("big", "x".repeat(2048));
        assertThatThrownBy(() -> new FileSecretStore(dir, false, 1024).resolve(SecretRef.parse("file:big")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("1024 bytes");
    }

    @Test
    void aDirectoryIsRefused() {
        assertThatThrownBy(() -> development().resolve(SecretRef.parse("file:" + dir)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a regular file");
    }

    @Test
    void aMalformedPropertiesEscapeIsRefusedWithoutContent() throws IOException {
        write("db.properties", "password=" + CANARY + "\\uZZZZ\n");
        assertThatThrownBy(() -> development().resolve(SecretRef.parse("file:db.properties#password")))
                .isInstanceOf(InvalidInputException.class).hasMessageNotContaining(CANARY).hasNoCause();
    }
}
