package dev.warden.core.secrets.file;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.warden.InvalidInputException;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretNotFoundException;
import dev.warden.secrets.SecretRef;
import dev.warden.secrets.SecretUnavailableException;
import dev.warden.spi.secrets.SecretStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * {@code file:/path[#field]}: a whole file, or one field of a JSON ({@code .json}) or Java properties
 * ({@code .properties}) file. A JSON field is a top-level key, or a JSON Pointer (RFC 6901) when it starts with
 * {@code /}. A whole file loses one trailing line end ({@code \n} or {@code \r\n}), as files written by editors and
 * orchestrators (Docker and Kubernetes secrets) usually carry one.
 *
 * <p>The version is the file's last-modified time in milliseconds, so a rewritten file is picked up as a rotation
 * after the cache's time-to-live. In production a file that others may read ({@code o+r}) is refused. Files over
 * {@code maxBytes} are refused. Error messages name the file and field, and for a malformed file only the line and
 * column, never its content.
 */
final class FileSecretStore implements SecretStore {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final Path baseDirectory;
    private final boolean production;
    private final long maxBytes;

    FileSecretStore(Path baseDirectory, boolean production, long maxBytes) {
        this.baseDirectory = baseDirectory;
        this.production = production;
        this.maxBytes = maxBytes;
    }

    @Override
    public Secret resolve(SecretRef ref) {
        if (!ref.scheme().equals("file")) {
            throw new InvalidInputException("secret reference with scheme '" + ref.scheme() + "': this store serves file: only");
        }
        if (!ref.parameters().isEmpty()) {
            throw new InvalidInputException("secret reference with scheme 'file': takes no '?parameters'; write file:/path[#field]");
        }
        Path file = path(ref);
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new SecretNotFoundException("secret file " + file + ": the file does not exist");
        } catch (IOException e) {
            throw new SecretUnavailableException("secret file " + file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        if (!attributes.isRegularFile()) {
            throw new InvalidInputException("secret file " + file + ": not a regular file");
        }
        if (attributes.size() > maxBytes) {
            throw new InvalidInputException("secret file " + file + ": larger than " + maxBytes + " bytes; a secret file holds one secret or a few fields");
        }
        if (production) {
            refuseIfOthersMayRead(file);
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new SecretNotFoundException("secret file " + file + ": the file does not exist");
        } catch (AccessDeniedException e) {
            throw new SecretUnavailableException("secret file " + file + ": permission denied; the process's user must be able to read it");
        } catch (IOException e) {
            throw new SecretUnavailableException("secret file " + file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        Instant modified = attributes.lastModifiedTime().toInstant();
        String version = Long.toString(modified.toEpochMilli());
        try {
            if (ref.field().isEmpty()) {
                int end = content.length;
                if (end > 0 && content[end - 1] == '\n') {
                    end--;
                    if (end > 0 && content[end - 1] == '\r') {
                        end--;
                    }
                }
                return Secret.of(ref, Arrays.copyOf(content, end), version, modified, Optional.empty());
            }
            String value = field(file, content, ref.field().get());
            char[] chars = value.toCharArray();
            try {
                return Secret.ofChars(ref, chars, version, modified, Optional.empty());
            } finally {
                Arrays.fill(chars, '\0');
            }
        } finally {
            Arrays.fill(content, (byte) 0);
        }
    }

    private Path path(SecretRef ref) {
        try {
            Path path = Path.of(ref.path());
            return path.isAbsolute() ? path : baseDirectory.resolve(path);
        } catch (InvalidPathException e) {
            throw new InvalidInputException("secret reference with scheme 'file': the path is not a valid file name on this system");
        }
    }

    private static void refuseIfOthersMayRead(Path file) {
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException e) {
            return; // not a POSIX file system: access is governed by ACLs the JDK cannot summarize
        } catch (IOException e) {
            throw new SecretUnavailableException("secret file " + file + ": cannot read its permissions (" + e.getClass().getSimpleName() + ")");
        }
        if (permissions.contains(PosixFilePermission.OTHERS_READ)) {
            throw new SecretUnavailableException("secret file " + file + ": readable by others, which production refuses; "
                    + "run chmod o-r on it (e.g. chmod 600)");
        }
    }

    private static String field(Path file, byte[] content, String field) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return jsonField(file, content, field);
        }
        if (name.endsWith(".properties")) {
            return propertiesField(file, content, field);
        }
        throw new InvalidInputException("secret file " + file + ": a '#field' needs a .json or .properties file; "
                + "drop the field to read the whole file");
    }

    private static String jsonField(Path file, byte[] content, String field) {
        JsonNode tree;
        try {
            tree = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            // Jackson's own message quotes the text it choked on: only the position is given.
            throw new InvalidInputException("secret file " + file + ": not valid JSON"
                    + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()));
        } catch (IOException e) {
            throw new InvalidInputException("secret file " + file + ": not valid JSON");
        }
        if (tree == null || !tree.isObject()) {
            throw new InvalidInputException("secret file " + file + ": expected a JSON object at the top");
        }
        JsonNode value = field.startsWith("/") ? tree.at(field) : tree.get(field);
        if (value == null || value.isMissingNode() || value.isNull()) {
            throw new SecretNotFoundException("secret file " + file + ": no field '" + field + "'");
        }
        if (!value.isValueNode()) {
            throw new InvalidInputException("secret file " + file + ": field '" + field + "' is a JSON "
                    + value.getNodeType().name().toLowerCase(Locale.ROOT) + ", not a text value");
        }
        return value.asText();
    }

    private static String propertiesField(Path file, byte[] content, String field) {
        Properties properties = new Properties();
        try (InputStreamReader reader = new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidInputException("secret file " + file + ": not a valid properties file (malformed \\u escape)");
        }
        String value = properties.getProperty(field);
        if (value == null) {
            throw new SecretNotFoundException("secret file " + file + ": no property '" + field + "'");
        }
        return value;
    }

    @Override
    public String toString() {
        return "FileSecretStore[base=" + baseDirectory + ", production=" + production + "]";
    }
}
