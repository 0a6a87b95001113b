package com.example.warden.props;

import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretNotFoundException;
import dev.warden.secrets.SecretRef;
import dev.warden.secrets.SecretUnavailableException;
import dev.warden.spi.secrets.SecretStore;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * A {@link SecretStore} over one {@code .properties} file: {@code props:db.password} is the value of the key
 * {@code db.password}. The file is read at start and read again when its size or modification time changes; each key
 * carries a version that starts at {@code 1} and grows by one each time a re-read finds its value changed, with the
 * file's modification time as the version's creation time.
 *
 * <p>Values are kept as UTF-8 bytes, never in a message or {@code toString}; errors name the file's setting and the
 * reference's scheme, never a key's value. Thread-safe: resolutions share one snapshot, replaced atomically.
 */
final class PropertiesSecretStore implements SecretStore {

    /** One reading of the file: each key's value and version. */
    private record Snapshot(long size, Instant modified, Map<String, Entry> entries) {
    }

    private record Entry(byte[] value, int version, Instant created) {
    }

    private static final Snapshot CLOSED = new Snapshot(-1, Instant.EPOCH, Map.of());

    private final Path file;
    private final String setting;
    private final long maxBytes;
    private final boolean production;
    private volatile Snapshot snapshot;

    PropertiesSecretStore(Path file, String setting, long maxBytes, boolean production) {
        this.file = file;
        this.setting = setting;
        this.maxBytes = maxBytes;
        this.production = production;
        try {
            this.snapshot = read(null);
        } catch (IOException e) {
            throw new ConfigurationException("configuration " + setting + ": cannot read the file "
                    + file.getFileName() + " (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    @Override
    public Secret resolve(SecretRef ref) {
        if (!PropertiesSecretStoreFactory.SCHEME.equals(ref.scheme())) {
            throw new InvalidInputException("secret reference with scheme '" + ref.scheme()
                    + "': this store serves props: only");
        }
        if (ref.field().isPresent() || !ref.parameters().isEmpty()) {
            throw new InvalidInputException("secret reference with scheme 'props': takes a key only, "
                    + "no #field or ?parameters; write props:<key>");
        }
        Entry entry = current().entries().get(ref.path());
        if (entry == null) {
            throw new SecretNotFoundException("secret props: the file " + file.getFileName()
                    + " has no such key; add it or correct the reference");
        }
        return Secret.of(ref, entry.value(), Integer.toString(entry.version()), entry.created(), Optional.empty());
    }

    /** The snapshot, re-read first when the file's size or modification time changed. */
    private Snapshot current() {
        Snapshot seen = snapshot;
        if (seen == CLOSED) {
            throw new SecretUnavailableException("secret props: the store is closed");
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new SecretUnavailableException("secret props: the file " + file.getFileName()
                    + " cannot be read any more (" + e.getClass().getSimpleName() + ")", e);
        }
        if (attributes.size() == seen.size() && attributes.lastModifiedTime().toInstant().equals(seen.modified())) {
            return seen;
        }
        synchronized (this) {
            if (snapshot == CLOSED) {
                throw new SecretUnavailableException("secret props: the store is closed");
            }
            if (snapshot != seen) {
                return snapshot; // another thread re-read it meanwhile
            }
            try {
                snapshot = read(seen);
            } catch (IOException e) {
                throw new SecretUnavailableException("secret props: the file " + file.getFileName()
                        + " cannot be read any more (" + e.getClass().getSimpleName() + ")", e);
            } catch (ConfigurationException e) {
                // Changed into something unreadable: keep failing until it is fixed, never serve a half-read file.
                throw new SecretUnavailableException("secret props: " + e.getMessage(), e);
            }
            return snapshot;
        }
    }

    /**
     * Reads and parses the file.
     *
     * @param previous the last snapshot, whose versions carry over for unchanged values; {@code null} at start
     */
    private Snapshot read(Snapshot previous) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ConfigurationException("configuration " + setting + ": " + file.getFileName()
                    + " is not a regular file (or does not exist); create it or correct the path");
        }
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (attributes.size() > maxBytes) {
            throw new ConfigurationException("configuration " + setting + ": " + file.getFileName() + " holds "
                    + attributes.size() + " bytes, more than maxBytes (" + maxBytes + ")");
        }
        if (production) {
            refuseReadableByOthers();
        }
        byte[] bytes = Files.readAllBytes(file);
        Properties properties = new Properties();
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            properties.load(new StringReader(text));
        } catch (CharacterCodingException e) {
            throw new ConfigurationException("configuration " + setting + ": " + file.getFileName()
                    + " is not valid UTF-8; save it as UTF-8", e);
        } catch (IllegalArgumentException e) {
            // Properties.load: a malformed \\uXXXX escape. Its message holds no value, but ours says what to do.
            throw new ConfigurationException("configuration " + setting + ": " + file.getFileName()
                    + " has a malformed \\uXXXX escape; write four hexadecimal digits after \\u");
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
        Instant modified = attributes.lastModifiedTime().toInstant();
        Map<String, Entry> entries = new HashMap<>();
        for (String key : properties.stringPropertyNames()) {
            byte[] value = properties.getProperty(key).getBytes(StandardCharsets.UTF_8);
            Entry before = previous == null ? null : previous.entries().get(key);
            if (before != null && Arrays.equals(before.value(), value)) {
                entries.put(key, before);
            } else {
                entries.put(key, new Entry(value, before == null ? 1 : before.version() + 1, modified));
            }
        }
        return new Snapshot(attributes.size(), modified, Map.copyOf(entries));
    }

    private void refuseReadableByOthers() throws IOException {
        PosixFileAttributes posix;
        try {
            posix = Files.readAttributes(file, PosixFileAttributes.class);
        } catch (UnsupportedOperationException e) {
            return; // not a POSIX file system: its access control lists are the operator's business
        }
        if (posix.permissions().contains(PosixFilePermission.GROUP_READ)
                || posix.permissions().contains(PosixFilePermission.OTHERS_READ)) {
            throw new ConfigurationException("configuration " + setting + ": " + file.getFileName()
                    + " may be read by its group or others, which production refuses; run chmod 600 on it");
        }
    }

    /** Wipes the values held; later resolutions fail. {@code java.util.Properties} parsed them as strings, which
     * only the garbage collector clears: keep the store's lifetime that of the application. */
    @Override
    public synchronized void close() {
        Snapshot last = snapshot;
        if (last != CLOSED) {
            snapshot = CLOSED;
            last.entries().values().forEach(e -> Arrays.fill(e.value(), (byte) 0));
        }
    }

    @Override
    public String toString() {
        return "PropertiesSecretStore[file=" + file.getFileName() + ", keys=" + snapshot.entries().size() + "]";
    }
}
