package dev.warden.core.audit.jsonl;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warden.IntegrityException;
import dev.warden.InvalidInputException;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditPage;
import dev.warden.audit.AuditQuery;
import dev.warden.audit.AuditReader;
import dev.warden.core.audit.ChainVerifier;
import dev.warden.core.audit.ChainVerifier.RawLine;
import dev.warden.core.audit.EventJson;
import dev.warden.core.audit.VerificationReport;
import dev.warden.spi.audit.ChainKey;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Reads a JSON Lines audit log written by {@link JsonlAuditSink}: a directory (every {@code <prefix>-*.jsonl} file
 * in it, oldest first) or a single file. Searches it ({@link AuditReader}) and verifies its hash chain.
 *
 * <p>Reading is a sequential scan, newest file last; a torn last line is skipped when reading events.
 */
public final class JsonlAuditReader implements AuditReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path location;
    private final String prefix;

    /**
     * @param location a log directory or one of its files
     * @param prefix the file prefix when {@code location} is a directory ({@code audit} by default)
     */
    public JsonlAuditReader(Path location, String prefix) {
        this.location = location;
        this.prefix = prefix;
    }

    /** @param location a log directory (files prefixed {@code audit}) or one log file */
    public JsonlAuditReader(Path location) {
        this(location, Files.isRegularFile(location) ? LogFiles.prefixOf(location) : "audit");
    }

    /**
     * @return the files read, oldest first
     * @throws InvalidInputException if the location does not exist or holds no log file
     */
    public List<Path> files() {
        try {
            if (Files.isRegularFile(location)) {
                return List.of(location);
            }
            if (!Files.isDirectory(location)) {
                throw new InvalidInputException("audit log " + location + " does not exist");
            }
            return LogFiles.list(location, prefix);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("audit log " + location + " does not exist");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param key the chain key
     * @return what verification found
     */
    public VerificationReport verify(ChainKey key) {
        List<RawLine> lines = LogFiles.rawLines(files());
        return ChainVerifier.verify(lines, key);
    }

    /**
     * Reads every complete record, oldest first, and hands the events that pass {@code filter} to {@code consumer}
     * until it returns false.
     *
     * @throws IntegrityException naming file and line of a line that is not an audit record (CLI exit 3)
     */
    public void scan(Predicate<AuditEvent> filter, Predicate<AuditEvent> consumer) {
        for (Path file : files()) {
            boolean endsWithLineFeed = endsWithLineFeed(file);
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line = in.readLine();
                int lineNo = 0;
                while (line != null) {
                    lineNo++;
                    String next = in.readLine();
                    if (next == null && (!endsWithLineFeed || line.chars().allMatch(c -> c == 0))) {
                        break;      // a torn tail (no line feed yet): not a record; 'warden audit verify' reports it
                    }
                    AuditEvent event;
                    try {
                        event = EventJson.fromJson(JSON.readTree(line));
                    } catch (IOException | RuntimeException e) {
                        throw new IntegrityException("audit log " + file + " line " + lineNo
                                + ": not a readable audit record (MALFORMED); run 'warden audit verify'");
                    }
                    if (filter.test(event) && !consumer.test(event)) {
                        return;
                    }
                    line = next;
                }
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new IntegrityException("audit log " + file + ": not UTF-8 text, so not an audit log (MALFORMED); "
                        + "run 'warden audit verify'");
            } catch (IOException e) {
                throw new UncheckedIOException("audit log " + file.getFileName() + " cannot be read", e);
            }
        }
    }

    private static boolean endsWithLineFeed(Path file) {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file)) {
            long size = ch.size();
            if (size == 0) {
                return true;
            }
            java.nio.ByteBuffer last = java.nio.ByteBuffer.allocate(1);
            ch.read(last, size - 1);
            return last.get(0) == '\n';
        } catch (IOException e) {
            throw new UncheckedIOException("audit log " + file.getFileName() + " cannot be read", e);
        }
    }

    /** @return every event of the log, oldest first */
    public List<AuditEvent> readAll() {
        List<AuditEvent> all = new ArrayList<>();
        scan(e -> true, all::add);
        return all;
    }

    @Override
    public AuditPage query(AuditQuery query) {
        List<AuditEvent> page = new ArrayList<>();
        boolean[] more = {false};
        boolean[] passedCursor = {query.after().isEmpty()};
        String cursor = query.after().orElse("");
        scan(event -> {
            if (!passedCursor[0]) {
                passedCursor[0] = event.id().equals(cursor);
                return false;
            }
            return query.matches(event);
        }, event -> {
            if (page.size() == query.limit()) {
                more[0] = true;
                return false;
            }
            page.add(event);
            return true;
        });
        Optional<AuditQuery> next = more[0] ? Optional.of(query.after(page.get(page.size() - 1).id())) : Optional.empty();
        return new AuditPage(page, next);
    }
}
