package dev.warden.core.secrets.keystore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.IntegrityException;
import dev.warden.InvalidInputException;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretNotFoundException;
import dev.warden.secrets.SecretRef;
import dev.warden.secrets.SecretUnavailableException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Warden's own encrypted keystore file: named secrets, every version kept, each version encrypted on its own with
 * AES-256-GCM (NIST SP 800-38D; 96-bit random nonce, 128-bit tag) under the file key, with the entry's name and
 * version as associated data so that a ciphertext cannot be moved to another name or version.
 *
 * <p>The file key comes from a passphrase through Argon2id (RFC 9106; the salt and cost are stored in the file), or
 * is given directly as 32 bytes (for example resolved from another secret store). A check value in the file tells a
 * wrong passphrase from a damaged entry.
 *
 * <p>The file is JSON (format {@code warden-keystore/1}) and holds no value in clear. Every change is written to a
 * temporary file in the same directory (mode 600 where POSIX permissions exist), forced to disk and moved over the
 * old file atomically, under an exclusive lock on {@code <file>.lock} so that concurrent processes do not lose each
 * other's changes. Each operation re-reads the file, so changes made by another process are seen.
 *
 * <p>Thread-safe. {@link #close()} wipes the file key.
 */
public final class Keystore implements AutoCloseable {

    /** The format label written in every keystore file. */
    public static final String FORMAT = "warden-keystore/1";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final long MAX_FILE_BYTES = 64L << 20;
    private static final byte[] CHECK_AAD = (FORMAT + "|check").getBytes(StandardCharsets.UTF_8);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final java.util.concurrent.ConcurrentHashMap<Path, java.util.concurrent.locks.Lock> LOCAL_LOCKS =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final Path file;
    private final byte[] key;
    private final Clock clock;
    private volatile boolean closed;

    private Keystore(Path file, byte[] key, Clock clock) {
        this.file = file;
        this.key = key;
        this.clock = clock;
    }

    /**
     * Creates a new, empty keystore whose file key is derived from a passphrase.
     *
     * @param file where to write it; must not exist
     * @param passphrase the passphrase (not kept; the caller wipes its array)
     * @param parameters the Argon2id cost, stored in the file
     * @return the open keystore
     * @throws InvalidInputException if the file exists or the passphrase is shorter than 8 characters
     * @throws SecretUnavailableException if it cannot be written
     */
    public static Keystore create(Path file, char[] passphrase, Argon2idParameters parameters) {
        if (passphrase.length < 8) {
            throw new InvalidInputException("keystore " + file + ": the passphrase must have at least 8 characters");
        }
        byte[] salt = random(16);
        byte[] key = Argon2id.derive(passphrase, salt, parameters, KEY_BYTES);
        ObjectNode kdf = JSON.createObjectNode().put("algorithm", "argon2id").put("version", 19)
                .put("salt", b64(salt)).put("memoryKiB", parameters.memoryKiB())
                .put("iterations", parameters.iterations()).put("parallelism", parameters.parallelism());
        return createWith(file, key, kdf);
    }

    /**
     * Creates a new, empty keystore whose 32-byte file key is given (e.g. resolved from another secret store).
     *
     * @param file where to write it; must not exist
     * @param fileKey 32 bytes; copied
     * @return the open keystore
     */
    public static Keystore createWithKey(Path file, byte[] fileKey) {
        return createWith(file, checkedKey(file, fileKey), JSON.createObjectNode().put("algorithm", "external"));
    }

    /**
     * Opens a keystore whose file key is derived from a passphrase.
     *
     * @param file the keystore file
     * @param passphrase the passphrase (the caller wipes its array)
     * @return the open keystore
     * @throws SecretNotFoundException if the file does not exist
     * @throws InvalidInputException if it is not a keystore, or its file key is not passphrase-derived
     * @throws IntegrityException if the passphrase is wrong or the check value was altered
     */
    public static Keystore open(Path file, char[] passphrase) {
        ObjectNode root = read(file);
        JsonNode kdf = root.path("fileKey");
        if (!"argon2id".equals(kdf.path("algorithm").asText())) {
            throw new InvalidInputException("keystore " + file + ": its file key is not derived from a passphrase; "
                    + "open it with its key (keyRef)");
        }
        Argon2idParameters parameters;
        try {
            parameters = new Argon2idParameters(kdf.path("memoryKiB").asInt(), kdf.path("iterations").asInt(),
                    kdf.path("parallelism").asInt());
        } catch (InvalidInputException e) {
            throw new InvalidInputException("keystore " + file + ": " + e.getMessage());
        }
        byte[] salt = unb64(file, kdf.path("salt"), "fileKey.salt");
        if (salt.length < 16) {
            throw new InvalidInputException("keystore " + file + ": fileKey.salt is shorter than 16 bytes");
        }
        byte[] key = Argon2id.derive(passphrase, salt, parameters, KEY_BYTES);
        return verified(file, root, key);
    }

    /**
     * Opens a keystore whose 32-byte file key is given.
     *
     * @param file the keystore file
     * @param fileKey 32 bytes; copied
     * @return the open keystore
     * @throws IntegrityException if the key is wrong
     */
    public static Keystore openWithKey(Path file, byte[] fileKey) {
        ObjectNode root = read(file);
        if (!"external".equals(root.path("fileKey").path("algorithm").asText())) {
            throw new InvalidInputException("keystore " + file + ": its file key is derived from a passphrase; "
                    + "open it with the passphrase (passphraseRef)");
        }
        return verified(file, root, checkedKey(file, fileKey));
    }

    /** @return the keystore file */
    public Path file() {
        return file;
    }

    /**
     * Adds a new version of an entry, creating the entry if it is new.
     *
     * @param name the entry name: a letter or digit, then up to 127 letters, digits, {@code .}, {@code _}, {@code -}
     * @param value the value (copied and encrypted; the caller wipes its array); 1 byte to 1 MiB
     * @return the new version number (1 for a new entry)
     */
    public synchronized int put(String name, byte[] value) {
        return write(name, value, false);
    }

    /**
     * Adds a new version of an existing entry; older versions are kept and still readable with {@code ?version=N}.
     *
     * @param name an existing entry's name
     * @param value the new value (the caller wipes its array)
     * @return the new version number
     * @throws SecretNotFoundException if there is no such entry
     */
    public synchronized int rotate(String name, byte[] value) {
        return write(name, value, true);
    }

    /** @return every entry's metadata, by name; never a value */
    public List<KeystoreEntry> list() {
        requireOpen();
        ObjectNode root = read(file);
        List<KeystoreEntry> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = entries(root).fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            List<Integer> versions = new ArrayList<>();
            Instant created = null;
            Instant updated = null;
            for (JsonNode version : entry.getValue()) {
                versions.add(version.path("version").asInt());
                Instant at = instant(version.path("created"));
                created = created == null ? at : created;
                updated = at;
            }
            if (!versions.isEmpty()) {
                out.add(new KeystoreEntry(entry.getKey(), versions.get(versions.size() - 1), versions, created, updated));
            }
        }
        out.sort((a, b) -> a.name().compareTo(b.name()));
        return List.copyOf(out);
    }

    /**
     * Decrypts one version of an entry.
     *
     * @param ref the reference it is resolved for ({@code keystore:<name>[?version=N]})
     * @return the secret: its version is the version number, its creation time when that version was written
     * @throws SecretNotFoundException if there is no such entry or version
     * @throws IntegrityException if the stored ciphertext was altered
     */
    public Secret get(SecretRef ref) {
        requireOpen();
        String name = ref.path();
        checkName(name);
        OptionalInt wanted = OptionalInt.empty();
        Optional<String> versionText = ref.parameter("version");
        if (versionText.isPresent()) {
            try {
                wanted = OptionalInt.of(Integer.parseInt(versionText.get()));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("secret reference with scheme 'keystore': the version parameter must be a whole number");
            }
        }
        JsonNode versions = entries(read(file)).get(name);
        if (versions == null || versions.isEmpty()) {
            throw new SecretNotFoundException("keystore " + file + ": no entry '" + name + "'; "
                    + "add it with: warden secrets put " + name);
        }
        JsonNode chosen = versions.get(versions.size() - 1);
        if (wanted.isPresent()) {
            chosen = null;
            for (JsonNode version : versions) {
                if (version.path("version").asInt() == wanted.getAsInt()) {
                    chosen = version;
                }
            }
            if (chosen == null) {
                throw new SecretNotFoundException("keystore " + file + ": entry '" + name + "' has no version "
                        + wanted.getAsInt());
            }
        }
        int version = chosen.path("version").asInt();
        byte[] plain = decrypt(unb64(file, chosen.path("nonce"), name + ".nonce"),
                unb64(file, chosen.path("ciphertext"), name + ".ciphertext"), aad(name, version),
                "entry '" + name + "' version " + version);
        try {
            return Secret.of(ref, plain, Integer.toString(version), instant(chosen.path("created")), Optional.empty());
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** Wipes the file key. Idempotent. */
    @Override
    public void close() {
        closed = true;
        Arrays.fill(key, (byte) 0);
    }

    @Override
    public String toString() {
        return "Keystore[" + file + (closed ? ", closed" : "") + "]";
    }

    // ---- internals ----

    private int write(String name, byte[] value, boolean mustExist) {
        requireOpen();
        checkName(name);
        if (value.length == 0 || value.length > (1 << 20)) {
            throw new InvalidInputException("keystore entry '" + name + "': the value must be 1 byte to 1 MiB long");
        }
        // File locks are held per JVM, so threads of this JVM queue on a lock of their own first.
        java.util.concurrent.locks.Lock local = LOCAL_LOCKS.computeIfAbsent(file.toAbsolutePath().normalize(),
                p -> new java.util.concurrent.locks.ReentrantLock());
        local.lock();
        try (FileChannel lockChannel = FileChannel.open(lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = lockChannel.lock()) {
            ObjectNode root = read(file);
            ObjectNode entries = entries(root);
            JsonNode existing = entries.get(name);
            if (mustExist && (existing == null || existing.isEmpty())) {
                throw new SecretNotFoundException("keystore " + file + ": no entry '" + name + "' to rotate; "
                        + "add it with: warden secrets put " + name);
            }
            ArrayNode versions = existing instanceof ArrayNode array ? array : entries.putArray(name);
            int version = versions.isEmpty() ? 1 : versions.get(versions.size() - 1).path("version").asInt() + 1;
            byte[] nonce = random(NONCE_BYTES);
            byte[] ciphertext = encrypt(nonce, value, aad(name, version));
            versions.addObject().put("version", version).put("created", clock.instant().toString())
                    .put("nonce", b64(nonce)).put("ciphertext", b64(ciphertext));
            writeAtomically(file, root);
            return version;
        } catch (IOException e) {
            throw new SecretUnavailableException("keystore " + file + ": cannot be written (" + e.getClass().getSimpleName()
                    + "); check the directory's permissions and free space");
        } finally {
            local.unlock();
        }
    }

    private static Keystore createWith(Path file, byte[] key, ObjectNode kdf) {
        if (Files.exists(file)) {
            Arrays.fill(key, (byte) 0);
            throw new InvalidInputException("keystore " + file + ": already exists; open it instead of creating it");
        }
        Keystore keystore = new Keystore(file, key, Clock.systemUTC());
        ObjectNode root = JSON.createObjectNode().put("format", FORMAT);
        root.set("fileKey", kdf);
        byte[] nonce = random(NONCE_BYTES);
        byte[] check = keystore.encrypt(nonce, new byte[0], CHECK_AAD);
        root.putObject("check").put("nonce", b64(nonce)).put("tag", b64(check));
        root.putObject("entries");
        try {
            writeAtomically(file, root);
        } catch (IOException e) {
            keystore.close();
            throw new SecretUnavailableException("keystore " + file + ": cannot be created (" + e.getClass().getSimpleName()
                    + "); check that the directory exists and is writable");
        }
        return keystore;
    }

    private static Keystore verified(Path file, ObjectNode root, byte[] key) {
        Keystore keystore = new Keystore(file, key, Clock.systemUTC());
        JsonNode check = root.path("check");
        try {
            keystore.decrypt(unb64(file, check.path("nonce"), "check.nonce"), unb64(file, check.path("tag"), "check.tag"),
                    CHECK_AAD, "check");
        } catch (IntegrityException e) {
            keystore.close();
            throw new IntegrityException("keystore " + file + ": wrong passphrase or key (or the file's check value was altered)");
        }
        return keystore;
    }

    private byte[] encrypt(byte[] nonce, byte[] plain, byte[] aad) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad);
            return cipher.doFinal(plain);
        } catch (GeneralSecurityException e) {
            throw new SecretUnavailableException("keystore " + file + ": AES-256-GCM is not available in this JVM ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    private byte[] decrypt(byte[] nonce, byte[] ciphertext, byte[] aad, String what) {
        if (nonce.length != NONCE_BYTES) {
            throw new IntegrityException("keystore " + file + ": " + what + " has a nonce of the wrong length");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad);
            return cipher.doFinal(ciphertext);
        } catch (AEADBadTagException e) {
            throw new IntegrityException("keystore " + file + ": " + what + " does not decrypt: it was altered, moved "
                    + "from another entry, or the key is wrong");
        } catch (GeneralSecurityException e) {
            throw new IntegrityException("keystore " + file + ": " + what + " does not decrypt ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    private static byte[] aad(String name, int version) {
        return (FORMAT + "|entry|" + name + "|" + version).getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectNode read(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new InvalidInputException("keystore " + file + ": larger than 64 MiB; not a Warden keystore");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new SecretNotFoundException("keystore " + file + ": the file does not exist; create it with: "
                    + "warden secrets put <name> --keystore " + file + " --create");
        } catch (IOException e) {
            throw new SecretUnavailableException("keystore " + file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new InvalidInputException("keystore " + file + ": not valid JSON"
                    + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()));
        } catch (IOException e) {
            throw new InvalidInputException("keystore " + file + ": not valid JSON");
        }
        if (!(root instanceof ObjectNode object) || !FORMAT.equals(root.path("format").asText())) {
            throw new InvalidInputException("keystore " + file + ": not a Warden keystore (expected \"format\": \""
                    + FORMAT + "\")");
        }
        if (!object.path("entries").isObject()) {
            throw new InvalidInputException("keystore " + file + ": \"entries\" is missing or not an object");
        }
        return object;
    }

    private static ObjectNode entries(ObjectNode root) {
        return (ObjectNode) root.get("entries");
    }

    private static void writeAtomically(Path file, ObjectNode root) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path temp;
        try {
            FileAttribute<?> ownerOnly = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
            temp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp", ownerOnly);
        } catch (UnsupportedOperationException e) {
            temp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
        }
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(JSON.writeValueAsBytes(root));
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the file system cannot replace files atomically", e);
            }
            try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
                directory.force(true);
            } catch (IOException | UnsupportedOperationException e) {
                // Not every platform can sync a directory; the rename itself is atomic.
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private Path lockFile() {
        return file.resolveSibling(file.getFileName() + ".lock");
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("keystore " + file + ": closed");
        }
    }

    private static void checkName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new InvalidInputException("keystore entry name: must be a letter or digit followed by up to 127 "
                    + "letters, digits, '.', '_' or '-'");
        }
    }

    private static byte[] checkedKey(Path file, byte[] fileKey) {
        if (fileKey.length != KEY_BYTES) {
            throw new InvalidInputException("keystore " + file + ": the file key must be 32 bytes (AES-256), found "
                    + fileKey.length);
        }
        return fileKey.clone();
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] unb64(Path file, JsonNode node, String what) {
        if (!node.isTextual()) {
            throw new InvalidInputException("keystore " + file + ": " + what + " is missing");
        }
        try {
            return Base64.getDecoder().decode(node.textValue());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("keystore " + file + ": " + what + " is not Base64");
        }
    }

    private static Instant instant(JsonNode node) {
        try {
            return Instant.parse(node.asText());
        } catch (java.time.format.DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }
}
