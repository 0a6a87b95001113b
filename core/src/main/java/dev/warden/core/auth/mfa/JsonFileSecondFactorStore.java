package dev.warden.core.auth.mfa;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.ConfigurationException;
import dev.warden.core.auth.totp.TotpAlgorithm;
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
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * Second-factor enrolments in one JSON file: {@code {"format": "warden-second-factors/1", "enrollments": [...]}}.
 * Secrets are stored sealed (see {@link SecondFactorEnrollment#sealedSecret()}), never in clear.
 *
 * <p>A missing file is an empty store. Every operation reads the file afresh; every change is made under an exclusive
 * lock on {@code <file>.lock}, written to a temporary file beside it (owner read/write only on POSIX systems), forced
 * to disk and moved into place atomically, so the {@code warden} command and running hosts can share it and a code
 * is accepted once even across processes.
 */
public final class JsonFileSecondFactorStore implements SecondFactorStore {

    static final String FORMAT = "warden-second-factors/1";
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
    private static final ConcurrentMap<Path, Object> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path file;
    private final Path lockFile;

    /**
     * @param file the store file; its directory must exist
     * @throws ConfigurationException if the file exists but is not a store (naming the file)
     */
    public JsonFileSecondFactorStore(Path file) {
        this.file = Objects.requireNonNull(file, "file").toAbsolutePath();
        this.lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
        load();
    }

    private Map<String, SecondFactorEnrollment> load() {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            return new LinkedHashMap<>();
        } catch (JsonProcessingException e) {
            throw new ConfigurationException("second-factor store " + file + " is not valid JSON; restore it from a backup");
        } catch (IOException e) {
            throw new ConfigurationException("second-factor store " + file + " cannot be read ("
                    + e.getClass().getSimpleName() + ")", e);
        }
        if (root == null || root.isMissingNode()) {
            return new LinkedHashMap<>();
        }
        if (!root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new ConfigurationException("second-factor store " + file + ": expected a JSON object with \"format\": \""
                    + FORMAT + "\"");
        }
        Map<String, SecondFactorEnrollment> out = new LinkedHashMap<>();
        int i = 0;
        for (JsonNode n : root.path("enrollments")) {
            try {
                List<String> codes = new ArrayList<>();
                n.path("recoveryCodeHashes").forEach(c -> codes.add(c.asText()));
                SecondFactorEnrollment e = new SecondFactorEnrollment(text(n, "principalId"),
                        TotpAlgorithm.valueOf(text(n, "algorithm")), n.path("digits").asInt(6), text(n, "sealedSecret"),
                        n.path("lastUsedStep").asLong(Long.MIN_VALUE), codes, Instant.parse(text(n, "enrolledAt")));
                out.put(e.principalId(), e);
            } catch (RuntimeException e) {
                throw new ConfigurationException("second-factor store " + file + ": enrollments[" + i + "] is malformed ("
                        + e.getClass().getSimpleName() + "); fix or remove that entry");
            }
            i++;
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("missing field " + field);
        }
        return v.asText();
    }

    private <T> T write(Function<Map<String, SecondFactorEnrollment>, T> change) {
        synchronized (IN_PROCESS.computeIfAbsent(file, f -> new Object())) {
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                Map<String, SecondFactorEnrollment> all = load();
                T result = change.apply(all);
                save(all);
                return result;
            } catch (IOException e) {
                throw new ConfigurationException("second-factor store " + file + " cannot be written ("
                        + e.getClass().getSimpleName() + "); check the directory's permissions and free space", e);
            }
        }
    }

    private void save(Map<String, SecondFactorEnrollment> all) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        ArrayNode list = root.putArray("enrollments");
        for (SecondFactorEnrollment e : all.values()) {
            ObjectNode n = list.addObject();
            n.put("principalId", e.principalId());
            n.put("algorithm", e.algorithm().name());
            n.put("digits", e.digits());
            n.put("sealedSecret", e.sealedSecret());
            n.put("lastUsedStep", e.lastUsedStep());
            ArrayNode codes = n.putArray("recoveryCodeHashes");
            e.recoveryCodeHashes().forEach(codes::add);
            n.put("enrolledAt", e.enrolledAt().toString());
        }
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        try {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(temp);
        }
        try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            JSON.writerWithDefaultPrettyPrinter().writeValue(out, root);
        }
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public Optional<SecondFactorEnrollment> find(String principalId) {
        return Optional.ofNullable(load().get(principalId));
    }

    @Override
    public List<SecondFactorEnrollment> list() {
        return load().values().stream().sorted(java.util.Comparator.comparing(SecondFactorEnrollment::principalId)).toList();
    }

    @Override
    public void put(SecondFactorEnrollment enrollment) {
        write(all -> all.put(enrollment.principalId(), enrollment));
    }

    @Override
    public boolean remove(String principalId) {
        return write(all -> all.remove(principalId) != null);
    }

    @Override
    public boolean advanceStep(String principalId, long step) {
        return write(all -> {
            SecondFactorEnrollment e = all.get(principalId);
            if (e == null || e.lastUsedStep() >= step) {
                return false;
            }
            all.put(principalId, e.withLastUsedStep(step));
            return true;
        });
    }

    @Override
    public boolean consumeRecoveryCode(String principalId, String codeHash) {
        return write(all -> {
            SecondFactorEnrollment e = all.get(principalId);
            if (e == null || !e.recoveryCodeHashes().contains(codeHash)) {
                return false;
            }
            List<String> left = new ArrayList<>(e.recoveryCodeHashes());
            left.remove(codeHash);
            all.put(principalId, e.withRecoveryCodes(left));
            return true;
        });
    }

    @Override
    public void close() {
        // Nothing held open between operations.
    }

    @Override
    public String toString() {
        return "JsonFileSecondFactorStore[" + file + "]";
    }
}
