package dev.warden.core.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.ConfigurationException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Keeps data sources, workflow versions and runs in one JSON file, for one host (the {@code warden} command and a
 * host application may share it; many hosts share a {@code dev.warden.jdbc.JdbcWorkflowStore}).
 *
 * <p>Every change runs under an exclusive lock on {@code <file>.lock} on the freshly read file, then rewrites the
 * whole file to a temporary file beside it (owner read/write only on POSIX systems), forces it to disk and moves it
 * into place atomically: a crash leaves the old or the new file, never a partial one. Reads reload the file when its
 * modification time or size changed. A missing file is an empty store, created on the first change.
 *
 * <p>Format ({@code format} is required; unknown members are refused; errors name the file and the member):
 * <pre>{@code
 * {
 *   "format": "warden-workflows/1",
 *   "dataSources": [{"project": "clinical", "name": "ehr", "location": "jdbc:postgresql://db/ehr?sslmode=verify-full",
 *                    "role": "source", "user": "env:EHR_USER", "password": "vault:secret/data/ehr#password"}],
 *   "versions": [{"project": "clinical", "name": "nightly", "version": 1, "author": "ada",
 *                 "at": "2026-12-05T17:00:00Z", "contentHash": "9f2c...", "definition": {...}}],
 *   "runs": [{"id": "...", "project": "clinical", "workflow": "nightly", "version": 1, "status": "SUCCEEDED", ...}]
 * }
 * }</pre>
 */
public final class JsonFileWorkflowStore implements WorkflowStore {

    /** The value of the {@code format} member this version reads and writes. */
    public static final String FORMAT = "warden-workflows/1";

    /** File locks are per process: two stores on one file in this JVM take this lock first. */
    private static final ConcurrentMap<Path, Object> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path file;
    private final Path lockFile;
    private Catalog catalog = new Catalog();
    private FileTime loadedTime;
    private long loadedSize = -1;

    /**
     * @param file the store file; need not exist yet
     * @throws ConfigurationException if it exists but is not a valid store (naming the file and member)
     */
    public JsonFileWorkflowStore(Path file) {
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

    @Override
    public Optional<DataSource> dataSource(String project, String name) {
        return read(c -> c.dataSource(project, name));
    }

    @Override
    public List<DataSource> dataSources(String project) {
        return read(c -> c.dataSources(project));
    }

    @Override
    public void saveDataSource(DataSource source) {
        write(c -> c.saveDataSource(source));
    }

    @Override
    public boolean deleteDataSource(String project, String name) {
        boolean[] removed = new boolean[1];
        write(c -> removed[0] = c.deleteDataSource(project, name));
        return removed[0];
    }

    @Override
    public List<WorkflowVersion> history(String project, String name) {
        return read(c -> c.history(project, name));
    }

    @Override
    public List<String> workflows(String project) {
        return read(c -> c.workflows(project));
    }

    @Override
    public void append(WorkflowVersion version) {
        write(c -> c.append(version));
    }

    @Override
    public void saveRun(WorkflowRun run) {
        write(c -> c.saveRun(run));
    }

    @Override
    public List<WorkflowRun> runs(String project, String workflow, int limit) {
        return read(c -> c.runs(project, workflow, limit));
    }

    @Override
    public String describe() {
        return "JSON file " + file;
    }

    private synchronized <T> T read(Function<Catalog, T> query) {
        reloadIfChanged();
        return query.apply(catalog);
    }

    /** Runs a change under the file lock, on freshly loaded state, then writes the file; on failure nothing changed. */
    private synchronized void write(Consumer<Catalog> change) {
        synchronized (IN_PROCESS.computeIfAbsent(file, f -> new Object())) {
            try {
                Files.createDirectories(file.getParent());
            } catch (IOException e) {
                throw new ConfigurationException("workflow store " + file + ": its directory cannot be created ("
                        + e.getClass().getSimpleName() + ")", e);
            }
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                loadedTime = null; // always re-read under the lock: another process may have written within the clock tick
                reloadIfChanged();
                Catalog next = copy(catalog);
                change.accept(next);
                save(next);
                catalog = next;
            } catch (IOException e) {
                throw new ConfigurationException("workflow store " + file + " cannot be locked or written ("
                        + e.getClass().getSimpleName() + "); check the directory's permissions", e);
            }
        }
    }

    private static Catalog copy(Catalog from) {
        Catalog to = new Catalog();
        from.dataSources.values().forEach(m -> m.values().forEach(to::saveDataSource));
        from.versions.forEach((k, v) -> to.versions.put(k, new java.util.ArrayList<>(v)));
        from.runs.forEach((k, v) -> to.runs.put(k, new java.util.ArrayList<>(v)));
        return to;
    }

    private void reloadIfChanged() {
        FileTime time;
        long size;
        try {
            time = Files.getLastModifiedTime(file);
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            catalog = new Catalog();
            loadedTime = null;
            loadedSize = -1;
            return;
        } catch (IOException e) {
            throw new ConfigurationException("workflow store " + file + " cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
        if (time.equals(loadedTime) && size == loadedSize) {
            return;
        }
        JsonNode root;
        try {
            root = WorkflowJson.JSON.readTree(dev.warden.core.config.InputFiles.read(file,
                    dev.warden.core.config.InputFiles.MAX_POLICY_BYTES, "workflow store"));
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new ConfigurationException("workflow store " + file + (loc == null ? "" : ", line " + loc.getLineNr()
                    + " column " + loc.getColumnNr()) + ": not valid JSON; restore it from a backup", e);
        } catch (IOException e) {
            throw new ConfigurationException("workflow store " + file + " cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
        catalog = parse(root, file.getFileName().toString());
        loadedTime = time;
        loadedSize = size;
    }

    static Catalog parse(JsonNode root, String name) {
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new ConfigurationException(name + ": expected a JSON object with \"format\": \"" + FORMAT + "\"");
        }
        for (var it = root.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!List.of("format", "dataSources", "versions", "runs").contains(k)) {
                throw new ConfigurationException(name + ": " + k + ": unknown member; expected format, dataSources, "
                        + "versions, runs");
            }
        }
        Catalog c = new Catalog();
        List<JsonNode> sources = WorkflowJson.elements(root, "dataSources", name);
        for (int i = 0; i < sources.size(); i++) {
            c.saveDataSource(WorkflowJson.dataSource(sources.get(i), name + ": dataSources[" + i + "]"));
        }
        List<JsonNode> versions = WorkflowJson.elements(root, "versions", name);
        for (int i = 0; i < versions.size(); i++) {
            try {
                c.append(WorkflowJson.version(versions.get(i), name + ": versions[" + i + "]"));
            } catch (WorkflowConflictException e) {
                throw new ConfigurationException(name + ": versions[" + i + "]: out of sequence (" + e.getMessage() + ")");
            }
        }
        List<JsonNode> runs = WorkflowJson.elements(root, "runs", name);
        for (int i = 0; i < runs.size(); i++) {
            c.saveRun(WorkflowJson.run(runs.get(i), name + ": runs[" + i + "]"));
        }
        return c;
    }

    private void save(Catalog c) throws IOException {
        ObjectNode root = WorkflowJson.JSON.createObjectNode();
        root.put("format", FORMAT);
        ArrayNode sources = root.putArray("dataSources");
        c.dataSources.values().forEach(m -> m.values().forEach(s -> sources.add(WorkflowJson.dataSource(s))));
        ArrayNode versions = root.putArray("versions");
        c.versions.values().forEach(l -> l.forEach(v -> versions.add(WorkflowJson.version(v))));
        ArrayNode runs = root.putArray("runs");
        c.runs.values().forEach(l -> l.forEach(r -> runs.add(WorkflowJson.run(r))));
        byte[] bytes = WorkflowJson.JSON.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(root);
        Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
        try {
            Files.deleteIfExists(temp);
            try {
                Files.createFile(temp, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(temp);
            }
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = Channels.newOutputStream(ch)) {
                out.write(bytes);
                out.flush();
                ch.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            loadedTime = Files.getLastModifiedTime(file);
            loadedSize = Files.size(file);
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }
}
