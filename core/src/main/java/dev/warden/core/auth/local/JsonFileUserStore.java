package dev.warden.core.auth.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Accounts and API keys in one JSON file: {@code {"version": 1, "users": [...], "apiKeys": [...]}}.
 *
 * <p>A missing file is an empty store; it is created on the first write. Every write rewrites the whole file to a
 * temporary file beside it (owner read/write only on POSIX systems), forces it to disk and moves it into place
 * atomically, under an exclusive lock on {@code <file>.lock}, so the {@code warden} command and a running host can
 * share the file. Each account carries its version, so a change is a compare-and-set ({@link #updateIfUnchanged}).
 * Reads reload the file when its modification time or size changed. For many hosts, use
 * {@code dev.warden.jdbc.JdbcUserStore} (warden-jdbc).
 */
public final class JsonFileUserStore implements UserStore {

    /** File locks are per process; two stores on one file in this JVM take this lock first (else OverlappingFileLock). */
    private static final java.util.concurrent.ConcurrentMap<Path, Object> IN_PROCESS = new java.util.concurrent.ConcurrentHashMap<>();

    private final Path file;
    private final Path lockFile;
    private Map<String, LocalUser> users = new LinkedHashMap<>();
    private Map<String, LocalApiKey> keys = new LinkedHashMap<>();
    private FileTime loadedTime;
    private long loadedSize = -1;

    /**
     * @param file the store file; its directory must exist
     * @throws ConfigurationException if the file exists but is not a valid store (naming the file and position)
     */
    public JsonFileUserStore(Path file) {
        this.file = Objects.requireNonNull(file, "file").toAbsolutePath();
        this.lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
        synchronized (this) {
            reloadIfChanged();
        }
    }

    /** @return the store file */
    public Path file() {
        return file;
    }

    private void reloadIfChanged() {
        FileTime time;
        long size;
        try {
            time = Files.getLastModifiedTime(file);
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            users = new LinkedHashMap<>();
            keys = new LinkedHashMap<>();
            loadedTime = null;
            loadedSize = -1;
            return;
        } catch (IOException e) {
            throw new ConfigurationException("user store " + file + " cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
        if (time.equals(loadedTime) && size == loadedSize) {
            return;
        }
        JsonNode root;
        try {
            root = StoreJson.JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            throw new ConfigurationException("user store " + file + " is not valid JSON"
                    + (location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr())
                    + "; restore it from a backup");
        } catch (IOException e) {
            throw new ConfigurationException("user store " + file + " cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
        if (root == null || !root.isObject() || root.path("version").asInt(0) != 1) {
            throw new ConfigurationException("user store " + file + ": expected a JSON object with \"version\": 1");
        }
        Map<String, LocalUser> u = new LinkedHashMap<>();
        Map<String, LocalApiKey> k = new LinkedHashMap<>();
        int i = 0;
        try {
            for (JsonNode node : root.path("users")) {
                LocalUser user = StoreJson.user(node);
                u.put(user.username(), user);
                i++;
            }
        } catch (RuntimeException e) {
            throw new ConfigurationException("user store " + file + ": users[" + i + "] is malformed ("
                    + e.getClass().getSimpleName() + "); fix or remove that entry");
        }
        i = 0;
        try {
            for (JsonNode node : root.path("apiKeys")) {
                LocalApiKey key = StoreJson.key(node);
                k.put(key.keyId(), key);
                i++;
            }
        } catch (RuntimeException e) {
            throw new ConfigurationException("user store " + file + ": apiKeys[" + i + "] is malformed ("
                    + e.getClass().getSimpleName() + "); fix or remove that entry");
        }
        users = u;
        keys = k;
        loadedTime = time;
        loadedSize = size;
    }

    private synchronized <T> T read(Function<JsonFileUserStore, T> action) {
        reloadIfChanged();
        return action.apply(this);
    }

    /** Runs a change under the file lock, on freshly loaded state, then writes the file. */
    private synchronized <T> T write(Function<JsonFileUserStore, T> change) {
        synchronized (IN_PROCESS.computeIfAbsent(file, f -> new Object())) {
            return writeLocked(change);
        }
    }

    private <T> T writeLocked(Function<JsonFileUserStore, T> change) {
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            reloadIfChanged();
            Map<String, LocalUser> savedUsers = new LinkedHashMap<>(users);
            Map<String, LocalApiKey> savedKeys = new LinkedHashMap<>(keys);
            T result;
            try {
                result = change.apply(this);
                save();
            } catch (RuntimeException e) {
                users = savedUsers;
                keys = savedKeys;
                throw e;
            }
            return result;
        } catch (IOException e) {
            throw new ConfigurationException("user store " + file + " cannot be written (" + e.getClass().getSimpleName()
                    + "); check the directory's permissions", e);
        }
    }

    private void save() {
        ObjectNode root = StoreJson.JSON.createObjectNode();
        root.put("version", 1);
        ArrayNode u = root.putArray("users");
        users.values().forEach(user -> u.add(StoreJson.user(user)));
        ArrayNode k = root.putArray("apiKeys");
        keys.values().forEach(key -> k.add(StoreJson.key(key)));
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.deleteIfExists(temp);
            try {
                Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(temp);
            }
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                StoreJson.JSON.writerWithDefaultPrettyPrinter().writeValue(out, root);
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            loadedTime = Files.getLastModifiedTime(file);
            loadedSize = Files.size(file);
        } catch (IOException e) {
            throw new ConfigurationException("user store " + file + " cannot be written (" + e.getClass().getSimpleName()
                    + "); check the directory's permissions and free space", e);
        }
    }

    @Override
    public Optional<LocalUser> find(String username) {
        return read(s -> Optional.ofNullable(s.users.get(username)));
    }

    @Override
    public List<LocalUser> list() {
        return read(s -> s.users.values().stream().sorted(Comparator.comparing(LocalUser::username)).toList());
    }

    @Override
    public void create(LocalUser user) {
        write(s -> {
            if (s.users.containsKey(user.username())) {
                throw new InvalidInputException("user store: an account of that name exists already");
            }
            s.users.put(user.username(), user);
            return null;
        });
    }

    @Override
    public boolean updateIfUnchanged(LocalUser user) {
        return write(s -> {
            LocalUser old = s.users.get(user.username());
            if (old == null) {
                throw new InvalidInputException("user store: no such account");
            }
            if (old.version() != user.version()) {
                return false;
            }
            s.users.put(user.username(), user.withVersion(old.version() + 1));
            return true;
        });
    }

    @Override
    public boolean advanceTotpStep(String username, long step) {
        return write(s -> {
            LocalUser user = s.users.get(username);
            if (user == null || user.mfa().isEmpty() || user.mfa().get().lastUsedStep() >= step) {
                return false;
            }
            MfaEnrollment m = user.mfa().get();
            s.users.put(username, user.withMfa(Optional.of(new MfaEnrollment(m.algorithm(), m.digits(),
                    m.secretBase32(), step, m.recoveryCodeHashes()))).withVersion(user.version() + 1));
            return true;
        });
    }

    @Override
    public boolean consumeRecoveryCode(String username, String codeHash) {
        return write(s -> {
            LocalUser user = s.users.get(username);
            if (user == null || user.mfa().isEmpty() || !user.mfa().get().recoveryCodeHashes().contains(codeHash)) {
                return false;
            }
            MfaEnrollment m = user.mfa().get();
            List<String> left = new ArrayList<>(m.recoveryCodeHashes());
            left.remove(codeHash);
            s.users.put(username, user.withMfa(Optional.of(new MfaEnrollment(m.algorithm(), m.digits(),
                    m.secretBase32(), m.lastUsedStep(), left))).withVersion(user.version() + 1));
            return true;
        });
    }

    @Override
    public Optional<LocalApiKey> findKey(String keyId) {
        return read(s -> Optional.ofNullable(s.keys.get(keyId)));
    }

    @Override
    public List<LocalApiKey> keys(String account) {
        return read(s -> s.keys.values().stream().filter(k -> account.isEmpty() || k.account().equals(account))
                .sorted(Comparator.comparing(LocalApiKey::createdAt).reversed()).toList());
    }

    @Override
    public void createKey(LocalApiKey key, int maxActive, Instant now) {
        write(s -> {
            long active = s.keys.values().stream().filter(k -> k.account().equals(key.account()) && k.activeAt(now)).count();
            if (active >= maxActive) {
                throw new InvalidInputException("api key: the account has " + active + " active keys already (at most "
                        + maxActive + "); revoke one first");
            }
            if (s.keys.containsKey(key.keyId())) {
                throw new IllegalStateException("api key id collision");
            }
            s.keys.put(key.keyId(), key);
            return null;
        });
    }

    @Override
    public void updateKey(LocalApiKey key) {
        write(s -> {
            if (!s.keys.containsKey(key.keyId())) {
                throw new InvalidInputException("api key: no key with that id");
            }
            s.keys.put(key.keyId(), key);
            return null;
        });
    }

    @Override
    public void close() {
        // Nothing held open between operations.
    }

    @Override
    public String toString() {
        return "JsonFileUserStore[" + file + "]";
    }
}
