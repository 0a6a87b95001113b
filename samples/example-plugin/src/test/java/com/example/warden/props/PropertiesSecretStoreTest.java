package com.example.warden.props;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretRef;
import dev.warden.secrets.SecretUnavailableException;
import dev.warden.spi.secrets.SecretStore;
import dev.warden.spi.secrets.SecretStoreContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the plug-in does beyond the SPI contract: parsing, versions across changes, and every configuration error. */
class PropertiesSecretStoreTest {

    private static final String VALUE = "s3cr3t-value-9c2f";

    @TempDir
    Path dir;

    private Path file(String content) throws Exception {
        Path file = dir.resolve("secrets.properties");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static String value(SecretStore store, String ref) {
        try (Secret secret = store.resolve(SecretRef.parse(ref))) {
            return new String(secret.bytes(), StandardCharsets.UTF_8);
        }
    }

    private static String version(SecretStore store, String ref) {
        try (Secret secret = store.resolve(SecretRef.parse(ref))) {
            return secret.version();
        }
    }

    @Test
    void readsEveryPropertiesSyntaxAndUnicode() throws Exception {
        Path file = file("""
                ! comment
                a=1
                b : two words
                c\\ key = with\\=equals
                long = first \\
                       second
                unicode = Zo\u00eb \u05e9\u05dc\u05d5\u05dd \ud83d\ude00
                escaped = \\u00e9t\\u00e9
                """);
        try (SecretStore store = new PropertiesSecretStoreFactory().create(StoreConfig.of(file))) {
            assertThat(value(store, "props:a")).isEqualTo("1");
            assertThat(value(store, "props:b")).isEqualTo("two words");
            assertThat(value(store, "props:c key")).isEqualTo("with=equals");
            assertThat(value(store, "props:long")).isEqualTo("first second");
            assertThat(value(store, "props:unicode")).isEqualTo("Zo\u00eb \u05e9\u05dc\u05d5\u05dd \ud83d\ude00");
            assertThat(value(store, "props:escaped")).isEqualTo("\u00e9t\u00e9");
        }
    }

    @Test
    void aChangedValueGetsTheNextVersionAndAnUnchangedOneKeepsItsVersion() throws Exception {
        Path file = file("db.password=old\napi.token=same\n");
        try (SecretStore store = new PropertiesSecretStoreFactory().create(StoreConfig.of(file))) {
            assertThat(version(store, "props:db.password")).isEqualTo("1");
            Files.writeString(file, "db.password=new-value\napi.token=same\n");
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
            assertThat(value(store, "props:db.password")).isEqualTo("new-value");
            assertThat(version(store, "props:db.password")).isEqualTo("2");
            assertThat(version(store, "props:api.token")).isEqualTo("1");
        }
    }

    @Test
    void aFileDeletedAfterStartMakesResolutionsUnavailable() throws Exception {
        Path file = file("db.password=" + VALUE + "\n");
        try (SecretStore store = new PropertiesSecretStoreFactory().create(StoreConfig.of(file))) {
            Files.delete(file);
            assertThatThrownBy(() -> store.resolve(SecretRef.parse("props:db.password")))
                    .isInstanceOf(SecretUnavailableException.class).hasMessageContaining("secrets.properties");
        }
    }

    @Test
    void aFileBrokenAfterStartIsUnavailableNotHalfRead() throws Exception {
        Path file = file("db.password=" + VALUE + "\n");
        try (SecretStore store = new PropertiesSecretStoreFactory().create(StoreConfig.of(file))) {
            Files.write(file, new byte[] {'a', '=', (byte) 0xC3, (byte) 0x28, '\n'});
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
            assertThatThrownBy(() -> store.resolve(SecretRef.parse("props:db.password")))
                    .isInstanceOf(SecretUnavailableException.class).hasMessageContaining("not valid UTF-8");
        }
    }

    @Test
    void aReferenceWithAFieldOrParametersIsRefusedWithoutEchoingIt() throws Exception {
        Path file = file("db.password=" + VALUE + "\n");
        try (SecretStore store = new PropertiesSecretStoreFactory().create(StoreConfig.of(file))) {
            assertThatThrownBy(() -> store.resolve(SecretRef.parse("props:db.password#hunter2")))
                    .isInstanceOf(InvalidInputException.class).hasMessageNotContaining("hunter2");
            assertThatThrownBy(() -> store.resolve(SecretRef.parse("props:db.password?version=2")))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("props:<key>");
        }
    }

    @Test
    void aClosedStoreResolvesNothingButSecretsItHandedOutStayReadable() throws Exception {
        Path file = file("db.password=" + VALUE + "\n");
        SecretStore store = new PropertiesSecretStoreFactory().create(StoreConfig.of(file));
        try (Secret secret = store.resolve(SecretRef.parse("props:db.password"))) {
            store.close();
            assertThat(new String(secret.bytes(), StandardCharsets.UTF_8)).isEqualTo(VALUE);
            assertThatThrownBy(() -> store.resolve(SecretRef.parse("props:db.password")))
                    .isInstanceOf(SecretUnavailableException.class).hasMessageContaining("closed");
        }
    }

    @Test
    void theStorePrintsTheFileNameButNoValue() throws Exception {
        Path file = file("db.password=" + VALUE + "\n");
        try (SecretStore store = new PropertiesSecretStoreFactory().create(StoreConfig.of(file))) {
            assertThat(store.toString()).contains("secrets.properties").doesNotContain(VALUE);
        }
    }

    @Test
    void aMissingFileSettingNamesTheSetting() {
        assertThatThrownBy(() -> new PropertiesSecretStoreFactory().create(StoreConfig.parse("")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("secrets.stores.props.file").hasMessageContaining("required");
    }

    @Test
    void anEmptyFileSettingNamesTheSetting() {
        assertThatThrownBy(() -> new PropertiesSecretStoreFactory().create(StoreConfig.parse("\"file\": \" \"")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("secrets.stores.props.file");
    }

    @Test
    void aMisspeltSettingIsRefusedByName() {
        assertThatThrownBy(() -> new PropertiesSecretStoreFactory().create(StoreConfig.parse("\"fiel\": \"a\"")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("secrets.stores.props.fiel");
    }

    @Test
    void aFileThatDoesNotExistNamesTheSetting() {
        assertThatThrownBy(() -> new PropertiesSecretStoreFactory().create(StoreConfig.of(dir.resolve("absent.properties"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("secrets.stores.props.file").hasMessageContaining("absent.properties");
    }

    @Test
    void aDirectoryIsNotAPropertiesFile() {
        assertThatThrownBy(() -> new PropertiesSecretStoreFactory().create(StoreConfig.of(dir)))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("not a regular file");
    }

    @Test
    void aFileLargerThanMaxBytesIsRefused() throws Exception {
        Path file = file("a=" + "x".repeat(100) + "\n");
        assertThatThrownBy(() -> new PropertiesSecretStoreFactory().create(StoreConfig.parse(
                "\"file\": " + StoreConfig.json(file.toString()) + ", \"maxBytes\": 64")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("more than maxBytes (64)");
    }

    @Test
    void maxBytesOutOfRangeNamesTheSetting() throws Exception {
        Path file = file("a=1\n");
        assertThatThrownBy(() -> new PropertiesSecretStoreFactory().create(StoreConfig.parse(
                "\"file\": " + StoreConfig.json(file.toString()) + ", \"maxBytes\": 0")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("secrets.stores.props.maxBytes");
    }

    @Test
    void aMalformedUnicodeEscapeIsAConfigurationErrorWithoutTheValue() throws Exception {
        Path file = file("db.password=" + VALUE + "\\u00zz\n");
        assertThatThrownBy(() -> new PropertiesSecretStoreFactory().create(StoreConfig.of(file)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("malformed \\uXXXX escape").hasMessageNotContaining(VALUE);
    }

    @Test
    void invalidUtf8IsAConfigurationError() throws Exception {
        Path file = dir.resolve("latin1.properties");
        Files.write(file, new byte[] {'a', '=', (byte) 0xE9, '\n'});
        assertThatThrownBy(() -> new PropertiesSecretStoreFactory().create(StoreConfig.of(file)))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("not valid UTF-8");
    }

    @Test
    void productionRefusesAFileOthersMayRead() throws Exception {
        Path file = file("db.password=" + VALUE + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> new PropertiesSecretStoreFactory().create(StoreConfig.of(file),
                SecretStoreContext.standalone(true)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("secrets.stores.props.file").hasMessageContaining("chmod 600");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        try (SecretStore store = new PropertiesSecretStoreFactory().create(StoreConfig.of(file),
                SecretStoreContext.standalone(true))) {
            assertThat(value(store, "props:db.password")).isEqualTo(VALUE);
        }
    }
}
