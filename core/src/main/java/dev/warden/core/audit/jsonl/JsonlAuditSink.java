package dev.warden.core.audit.jsonl;

import dev.warden.ConfigurationException;
import dev.warden.audit.Actor;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.core.audit.AsciiBuffer;
import dev.warden.core.audit.HashChain;
import dev.warden.core.secrets.SecretMaskingLogger;
import dev.warden.spi.audit.PipelinedAuditSink;
import dev.warden.spi.audit.ChainKey;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;

/**
 * An audit sink writing one event per line to JSON Lines files, each line a record of a {@link HashChain}
 * (HMAC-SHA256 over the record and the previous record's MAC).
 *
 * <p>Files are {@code <directory>/<prefix>-<yyyyMMdd>-<first sequence number>.jsonl}. A batch is written with one
 * {@code write} and made durable with one {@code fdatasync} ({@link FileChannel#force(boolean) force(false)}) before
 * {@link #write} returns; when the write or the sync fails the file is cut back to its last durable length, so a
 * failure never leaves a partial record behind.
 *
 * <ul>
 *   <li><b>Rotation</b>: a new file when the current one reaches {@code maxFileBytes} (default 64 MiB) or the UTC day
 *       changes; the new file's first record links to the last MAC of the previous file.</li>
 *   <li><b>Retention</b>: when set, files last modified more than {@code retention} ago are deleted at rotation,
 *       oldest first, after an {@link AuditEventType#AUDIT_LOG_PURGED} record giving the last sequence number and MAC
 *       of what is removed has been made durable, so the chain still verifies from the purge point on.</li>
 *   <li><b>Deleted, replaced or truncated file</b>: before each batch the sink checks that its path still names the
 *       file it has open and that the file is not shorter than what was made durable. If not, it warns, moves a replacement aside ({@code .replaced-<millis>}), starts a new file and writes an
 *       {@link AuditEventType#AUDIT_LOG_GAP} record naming the lost sequence numbers.</li>
 *   <li><b>Torn tail</b>: on opening, an incomplete last line (a crash in the middle of a write) is cut off, and an
 *       {@link AuditEventType#AUDIT_LOG_REPAIRED} record gives how many bytes were cut and their SHA-256.</li>
 *   <li><b>One writer</b>: the sink holds an exclusive lock on {@code <directory>/<prefix>.lock} from {@link Builder#open}
 *       to {@link #close}; a second sink on the same log, in this process or another, is refused at open with a
 *       {@link ConfigurationException} naming the holder's process id and host. Processes that must all write one log
 *       share a {@code jdbc} audit sink instead.</li>
 * </ul>
 *
 * <p><b>Pipelined group commit</b> ({@link PipelinedAuditSink}): {@link #append} chains and writes a batch to the
 * file (page cache) and {@link #sync} makes durable, with one {@code fdatasync}, everything appended before it began;
 * the audit pipeline calls them from two threads so the next batch is encoded and written while the previous one is
 * being synced. {@link #discard} (after a failed sync) cuts the file back to its last durable length and moves the
 * chain back to the last durable record, so the chain order is always the file order. {@link #write} is append then
 * sync.
 */
public final class JsonlAuditSink implements PipelinedAuditSink {

    private static final Logger LOG = SecretMaskingLogger.of(JsonlAuditSink.class);

    /** Opens a file channel; replaced in tests to inject write failures. */
    @FunctionalInterface
    interface ChannelOpener {
        FileChannel open(Path path, Set<? extends OpenOption> options) throws IOException;
    }

    private final String name;
    private final Path directory;
    private final String prefix;
    private final long maxFileBytes;
    private final boolean rotateDaily;
    private final Optional<Duration> retention;
    private final Clock clock;
    private final ChannelOpener opener;
    private final HashChain chain;
    private final List<AuditEvent> pending = new ArrayList<>();
    private final List<AuditEvent> repairsOnOpen = new ArrayList<>();

    private FileChannel channel;
    private Path currentPath;
    private Object currentFileKey;
    private LocalDate currentDay;
    /** End of the records appended to the current file (durable or not). */
    private long appendedSize;
    /** End of the records of the current file known durable. */
    private long durableSize;
    /** The chain state at the last durable record. */
    private long durableSeq;
    private String durableMac;
    /** The sink's own records (gap, repair, purge) appended but not yet durable, with their sequence numbers. */
    private final List<Internal> unsyncedInternal = new ArrayList<>();
    /** Files to delete by retention once the record with sequence number {@link #deleteAfterSeq} is durable. */
    private List<Path> deletions = List.of();
    private long deleteAfterSeq;
    /** Channels of files rotated away from; closed by the next {@link #sync}. */
    private final List<FileChannel> retired = new ArrayList<>();
    /** Why the next sync must fail (a failed append that could not be undone), or null. */
    private String broken;
    private boolean closed;
    private final WriterLock writerLock;
    private final AsciiBuffer buffer = new AsciiBuffer(1 << 16);

    private record Internal(long seq, AuditEvent event) {
    }

    private JsonlAuditSink(Builder b) throws IOException {
        this.name = b.name;
        this.directory = b.directory;
        this.prefix = b.prefix;
        this.maxFileBytes = b.maxFileBytes;
        this.rotateDaily = b.rotateDaily;
        this.retention = Optional.ofNullable(b.retention);
        this.clock = b.clock;
        this.opener = b.opener;
        this.chain = new HashChain(b.key, 0, HashChain.GENESIS);
        Files.createDirectories(directory);
        this.writerLock = WriterLock.acquire(directory, prefix, name);
        try {
            openLog(b);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            writerLock.close();
            throw e;
        }
    }

    private void openLog(Builder b) throws IOException {
        List<Path> files = LogFiles.list(directory, prefix);
        long lastSeq = 0;
        String lastMac = HashChain.GENESIS;
        for (int i = files.size() - 1; i >= 0; i--) {
            Path file = files.get(i);
            long end;
            byte[] last;
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                end = LogFiles.endOfLastLine(ch);
                long torn = ch.size() - end;
                if (torn > 0 && torn < (1 << 20)) {
                    ByteBuffer tail = ByteBuffer.allocate((int) torn);
                    ch.read(tail, end);
                    if (seqAndMac(java.util.Arrays.copyOf(tail.array(), tail.position()), new long[1]) != null) {
                        // A crash leaves part of a record; a whole one without its line feed was changed: keep it.
                        throw new IOException("audit log " + file.getFileName() + ": the last record is whole but has "
                                + "no line feed, which a crash does not leave; it is kept as evidence. Run 'warden audit "
                                + "verify' (a MAC that fails is MODIFIED) and move the file aside before writing again");
                    }
                }
                if (torn > 0) {
                    pending.add(repairEvent(file, ch, end, torn));
                    ch.truncate(end);
                    ch.force(true);
                    LOG.warn("Audit log {}: cut off an incomplete last record of {} bytes (crash during a write)",
                            file.getFileName(), torn);
                }
                last = LogFiles.lastLine(ch, end);
            }
            if (last != null) {
                long[] seq = new long[1];
                String mac = seqAndMac(last, seq);
                if (mac == null) {
                    throw new IOException("audit log " + file.getFileName() + ": the last record is not readable, so the "
                            + "chain cannot be continued; run 'warden audit verify' and move the damaged file aside");
                }
                lastSeq = seq[0];
                lastMac = mac;
                if (i == files.size() - 1) {
                    attach(file);
                }
                break;
            }
        }
        this.chain.reset(lastSeq, lastMac);
        this.durableSeq = lastSeq;
        this.durableMac = lastMac;
        if (channel == null && !files.isEmpty()) {
            Path newest = files.get(files.size() - 1);
            if (Files.size(newest) == 0 && LogFiles.firstSeqOf(newest) == lastSeq + 1) {
                attach(newest);    // our own file, created just before a crash and still empty
            }
        }
        repairsOnOpen.addAll(pending);
        if (!pending.isEmpty()) {
            write(List.of());
        }
    }

    /** @return the {@link AuditEventType#AUDIT_LOG_REPAIRED} records written when this sink opened (torn tails cut) */
    public List<AuditEvent> repairsOnOpen() {
        return List.copyOf(repairsOnOpen);
    }

    /** @return a builder; {@link Builder#directory} and {@link Builder#chainKey} are required */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String name() {
        return name;
    }

    /** @return the directory the log is written to */
    public Path directory() {
        return directory;
    }

    /** @return the file currently written, if one is open */
    public Optional<Path> currentFile() {
        return Optional.ofNullable(currentPath);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Rotates first when due (making the current file durable before leaving it), then chains the sink's own
     * pending records and the batch into one buffer and writes it with positional writes after the last appended
     * record. On failure the chain moves back and the file is cut back to where this batch began.
     */
    @Override
    public synchronized void append(List<AuditEvent> batch) throws IOException {
        if (closed) {
            throw new IOException("audit sink '" + name + "' is closed");
        }
        if (broken != null) {
            throw new IOException(broken);
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        checkFileStillThere(now);
        if (channel == null || (rotateDaily && !today.equals(currentDay)) || appendedSize >= maxFileBytes) {
            if (channel != null && chain.lastSeq() > durableSeq) {
                forceBeforeLeaving();
            }
            startFile(today);
            List<Path> expired = retentionCandidates(now);
            if (!expired.isEmpty()) {
                deletions = expired;
                deleteAfterSeq = chain.lastSeq() + pending.size();
            }
        }
        long seqBefore = chain.lastSeq();
        String macBefore = chain.lastMac();
        long start = appendedSize;
        try {
            buffer.setLength(0);
            for (AuditEvent event : pending) {
                chain.next(event, buffer);
            }
            for (AuditEvent event : batch) {
                chain.next(event, buffer);
            }
            ByteBuffer bytes = buffer.asByteBuffer();
            long position = start;
            while (bytes.hasRemaining()) {
                position += channel.write(bytes, position);
            }
            appendedSize = position;
        } catch (IOException | RuntimeException e) {
            chain.reset(seqBefore, macBefore);
            undoAppend(start);
            throw e instanceof IOException io ? io : new IOException(e);
        }
        long seq = seqBefore;
        for (AuditEvent event : pending) {
            unsyncedInternal.add(new Internal(++seq, event));
        }
        pending.clear();
    }

    /**
     * {@inheritDoc}
     *
     * <p>One {@code fdatasync} ({@code force(false)}) of the current file, outside the sink's lock so that
     * {@link #append} goes on meanwhile; then the files retention expired are deleted if their purge record is among
     * what became durable.
     */
    @Override
    public void sync() throws IOException {
        FileChannel ch;
        long size;
        long seq;
        String mac;
        List<FileChannel> toClose;
        List<Path> toDelete = List.of();
        synchronized (this) {
            if (broken != null) {
                throw new IOException(broken);
            }
            ch = channel;
            size = appendedSize;
            seq = chain.lastSeq();
            mac = seq == durableSeq ? durableMac : chain.lastMac();
            toClose = retired.isEmpty() ? List.of() : new ArrayList<>(retired);
            retired.clear();
            if (!deletions.isEmpty() && seq >= deleteAfterSeq) {
                toDelete = deletions;
                deletions = List.of();
            }
        }
        for (FileChannel old : toClose) {
            closeRetired(old);
        }
        if (ch == null || seq == durableSeq && toDelete.isEmpty()) {
            return;
        }
        ch.force(false);
        synchronized (this) {
            if (seq > durableSeq) {
                durableSeq = seq;
                durableMac = mac;
                if (ch == channel) {
                    durableSize = Math.max(durableSize, size);
                }
                unsyncedInternal.removeIf(internal -> internal.seq() <= seq);
            }
        }
        if (!toDelete.isEmpty()) {
            deleteExpired(toDelete);
        }
        LOG.trace("Audit log '{}': records through {} durable", name, seq);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Cuts the current file back to its durable length, moves the chain back to the last durable record and puts
     * the sink's own gap and repair records that were not yet durable back in front of the next batch (a purge record
     * is dropped with its deletions; retention runs again at the next rotation). If the file cannot be cut back it is
     * dropped and the next append starts a new file that continues the chain from the last durable record.
     */
    @Override
    public synchronized void discard() throws IOException {
        chain.reset(durableSeq, durableMac);
        appendedSize = durableSize;
        List<AuditEvent> requeue = new ArrayList<>();
        for (Internal internal : unsyncedInternal) {
            if (internal.event().type() != AuditEventType.AUDIT_LOG_PURGED) {
                requeue.add(internal.event());
            }
        }
        pending.removeIf(event -> event.type() == AuditEventType.AUDIT_LOG_PURGED);
        pending.addAll(0, requeue);
        unsyncedInternal.clear();
        deletions = List.of();
        broken = null;
        if (channel != null) {
            try {
                channel.truncate(durableSize);
                channel.force(false);
            } catch (IOException | RuntimeException e) {
                LOG.warn("Audit log '{}': could not cut {} back to its durable length ({}); the next write starts a new "
                        + "file", name, currentPath.getFileName(), e.getClass().getSimpleName());
                closeRetired(channel);
                channel = null;
            }
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        for (FileChannel old : retired) {
            closeRetired(old);
        }
        retired.clear();
        try {
            if (channel != null) {
                channel.close();
                channel = null;
            }
        } finally {
            writerLock.close();
        }
    }

    /** Before rotating: the records appended to the file being left become durable now. */
    private void forceBeforeLeaving() throws IOException {
        try {
            channel.force(false);
        } catch (IOException | RuntimeException e) {
            broken = "audit log '" + name + "': the file being rotated could not be made durable ("
                    + e.getClass().getSimpleName() + ")";
            throw e instanceof IOException io ? io : new IOException(e);
        }
        durableSeq = chain.lastSeq();
        durableMac = chain.lastMac();
        durableSize = appendedSize;
        unsyncedInternal.clear();
    }

    /** After a failed append: cut the file back to where the batch began; if even that fails, fail the next sync. */
    private void undoAppend(long start) {
        try {
            channel.truncate(start);
            appendedSize = start;
        } catch (IOException | RuntimeException e) {
            broken = "audit log '" + name + "': a failed write could not be undone (" + e.getClass().getSimpleName()
                    + "); the records not yet durable are discarded";
            LOG.warn("Audit log '{}': could not cut {} back after a failed write ({})", name, currentPath.getFileName(),
                    e.getClass().getSimpleName());
        }
    }

    private void closeRetired(FileChannel old) {
        try {
            if (old.isOpen()) {
                old.force(false);
                old.close();
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Audit log '{}': closing a rotated file failed: {}", name, e.getClass().getSimpleName());
        }
    }

    private void deleteExpired(List<Path> toDelete) {
        try {
            for (Path old : toDelete) {
                Files.deleteIfExists(old);
            }
            syncDirectory();
            LOG.info("Audit log '{}': retention removed {} file(s)", name, toDelete.size());
        } catch (IOException e) {
            LOG.warn("Audit log '{}': retention could not delete an expired file ({}); it is retried at the next "
                    + "rotation", name, e.getClass().getSimpleName());
        }
    }

    private void attach(Path file) throws IOException {
        channel = opener.open(file, Set.of(StandardOpenOption.WRITE));
        currentPath = file;
        currentFileKey = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        currentDay = LogFiles.dayOf(file);
        durableSize = channel.size();
        appendedSize = durableSize;
    }

    private void startFile(LocalDate today) throws IOException {
        if (channel != null) {
            retired.add(channel);
            channel = null;
        }
        Path file = directory.resolve(LogFiles.name(prefix, today, chain.lastSeq() + 1));
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            // A file of this name exists only if someone put it there: keep it aside rather than append to it.
            moveAside(file, "existing");
        }
        channel = opener.open(file, Set.of(StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW));
        currentPath = file;
        currentFileKey = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        currentDay = today;
        durableSize = 0;
        appendedSize = 0;
        syncDirectory();
    }

    private void checkFileStillThere(Instant now) throws IOException {
        if (channel == null) {
            return;
        }
        String reason;
        try {
            BasicFileAttributes attributes = Files.readAttributes(currentPath, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!Objects.equals(attributes.fileKey(), currentFileKey)) {
                reason = "file replaced";
            } else if (attributes.size() < durableSize) {
                reason = "file truncated";   // emptied or cut in place (': > file'): same file, records gone
            } else {
                return;
            }
        } catch (NoSuchFileException e) {
            reason = "file deleted";
        }
        Path lost = currentPath;
        long firstLost = LogFiles.firstSeqOf(lost);
        LOG.warn("Audit log '{}': {} was {} while open; records {} to {} are gone from it. Starting a new file and "
                + "recording the gap.", name, lost.getFileName(), reason.substring(5), firstLost, chain.lastSeq());
        retired.add(channel);
        channel = null;
        if (reason.equals("file replaced")) {
            moveAside(lost, "replaced");
        } else if (reason.equals("file truncated")) {
            moveAside(lost, "truncated");
        }
        pending.add(0, AuditEvent.builder(AuditEventType.AUDIT_LOG_GAP).time(now).actor(Actor.system())
                .resource("audit-log:audit").detail("reason", reason).detail("file", lost.getFileName().toString())
                .detail("firstLostSeq", firstLost).detail("lastLostSeq", chain.lastSeq()).build());
    }

    private void moveAside(Path file, String why) throws IOException {
        Path aside = file.resolveSibling(file.getFileName() + "." + why + "-" + clock.millis());
        try {
            Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(file, aside);
        }
    }

    private List<Path> retentionCandidates(Instant now) throws IOException {
        if (retention.isEmpty()) {
            return List.of();
        }
        Instant cutoff = now.minus(retention.get());
        List<Path> files = LogFiles.list(directory, prefix);
        List<Path> expired = new ArrayList<>();
        for (Path file : files) {
            if (file.equals(currentPath) || Files.getLastModifiedTime(file).toInstant().isAfter(cutoff)) {
                break;
            }
            expired.add(file);
        }
        if (expired.isEmpty()) {
            return List.of();
        }
        byte[] last = null;
        for (int i = expired.size() - 1; i >= 0 && last == null; i--) {
            last = LogFiles.lastLine(expired.get(i));
        }
        if (last == null) {
            return expired;
        }
        long[] seq = new long[1];
        String mac = seqAndMac(last, seq);
        if (mac == null) {
            LOG.warn("Audit log '{}': retention skipped, the last record of {} is not readable", name,
                    expired.get(expired.size() - 1).getFileName());
            return List.of();
        }
        pending.add(AuditEvent.builder(AuditEventType.AUDIT_LOG_PURGED).time(now).actor(Actor.system())
                .resource("audit-log:audit").detail("purgedThroughSeq", seq[0])
                .detail("lastMac", mac).detail("files", expired.size())
                .detail("retention", retention.get().toString()).build());
        return expired;
    }

    private AuditEvent repairEvent(Path file, FileChannel ch, long end, long torn) throws IOException {
        ByteBuffer cut = ByteBuffer.allocate((int) Math.min(torn, 1 << 24));
        ch.read(cut, end);
        String digest;
        try {
            digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                    java.util.Arrays.copyOf(cut.array(), cut.position())));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return AuditEvent.builder(AuditEventType.AUDIT_LOG_REPAIRED).time(clock.instant()).actor(Actor.system())
                .resource("audit-log:audit").detail("file", file.getFileName().toString())
                .detail("bytesCut", torn).detail("sha256OfCut", digest).detail("reason", "incomplete last record")
                .build();
    }

    /**
     * Reads the sequence number and MAC of a record line written by {@link HashChain} without a JSON parser (the
     * record's start and end have a fixed shape), so opening a log stays cheap.
     *
     * @return the MAC, with the sequence number in {@code seq[0]}; null if the line does not have that shape
     */
    static String seqAndMac(byte[] line, long[] seq) {
        String text = new String(line, StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = RECORD_ENDS.matcher(text);
        if (!m.matches()) {
            return null;
        }
        try {
            seq[0] = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            return null;
        }
        return m.group(2);
    }

    private static final java.util.regex.Pattern RECORD_ENDS =
            java.util.regex.Pattern.compile("\\{\"seq\":(\\d{1,18}),.*,\"mac\":\"([0-9a-f]{64})\"\\}", java.util.regex.Pattern.DOTALL);

    private void syncDirectory() {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // Some platforms cannot open a directory; the file's own fsync still holds its data.
            LOG.debug("Audit log '{}': directory fsync not supported here", name);
        }
    }

    @Override
    public String toString() {
        return "JsonlAuditSink[" + name + ", " + directory + "]";
    }

    /** Builds a {@link JsonlAuditSink}. */
    public static final class Builder {

        private String name = "jsonl";
        private Path directory;
        private String prefix = "audit";
        private long maxFileBytes = 64L << 20;
        private boolean rotateDaily = true;
        private Duration retention;
        private Clock clock = Clock.systemUTC();
        private ChainKey key;
        private ChannelOpener opener = (path, options) -> FileChannel.open(path, options);

        private Builder() {
        }

        /** @param name the sink's name in messages and configuration; default {@code jsonl} */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /** @param directory where the files are written; created if missing */
        public Builder directory(Path directory) {
            this.directory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /** @param prefix the file name prefix; default {@code audit}; letters, digits, {@code _} and {@code .} */
        public Builder prefix(String prefix) {
            if (!prefix.matches("[A-Za-z0-9_.]+")) {
                throw new ConfigurationException("audit sink '" + name + "': prefix may hold only letters, digits, '_' and '.'");
            }
            this.prefix = prefix;
            return this;
        }

        /** @param bytes rotate when a file reaches this size; default 64 MiB; at least 4 KiB */
        public Builder maxFileBytes(long bytes) {
            if (bytes < 4096) {
                throw new ConfigurationException("audit sink '" + name + "': maxFileBytes must be at least 4096");
            }
            this.maxFileBytes = bytes;
            return this;
        }

        /** @param daily rotate when the UTC day changes; default true */
        public Builder rotateDaily(boolean daily) {
            this.rotateDaily = daily;
            return this;
        }

        /** @param period delete files last modified longer ago than this, at rotation; default keep forever */
        public Builder retention(Duration period) {
            if (period.isNegative() || period.isZero()) {
                throw new ConfigurationException("audit sink '" + name + "': retention must be positive");
            }
            this.retention = period;
            return this;
        }

        /** @param key the hash chain key */
        public Builder chainKey(ChainKey key) {
            this.key = Objects.requireNonNull(key, "key");
            return this;
        }

        /** @param clock the time source for rotation, retention and the sink's own records; default UTC system clock */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        Builder channelOpener(ChannelOpener opener) {
            this.opener = opener;
            return this;
        }

        /**
         * Opens the log: finds the last record, cuts off a torn tail (recording that it did) and continues the chain.
         *
         * @return the sink
         * @throws ConfigurationException if the directory or key is missing
         * @throws IOException if the directory cannot be created or read
         */
        public JsonlAuditSink open() throws IOException {
            if (directory == null) {
                throw new ConfigurationException("audit sink '" + name + "': directory is required");
            }
            if (key == null) {
                throw new ConfigurationException("audit sink '" + name + "': a chain key is required (audit.key)");
            }
            return new JsonlAuditSink(this);
        }
    }

    static String ascii(byte[] bytes) {
        return new String(bytes, StandardCharsets.US_ASCII);
    }
}
