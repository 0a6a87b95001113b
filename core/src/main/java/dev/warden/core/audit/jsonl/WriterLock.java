package dev.warden.core.audit.jsonl;

import dev.warden.ConfigurationException;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The exclusive writer lock of a JSON Lines audit log: {@code <directory>/<prefix>.lock}, locked with
 * {@link FileChannel#tryLock()} (an OS advisory lock, {@code fcntl}/{@code LockFileEx}) for the sink's lifetime and
 * holding {@code pid=<process id> host=<host name>} of the holder. The OS releases the lock when the holder exits,
 * however it exits (a {@code kill -9} included), so a stale lock file never blocks the next writer.
 */
final class WriterLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private WriterLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * @param directory the log directory (exists)
     * @param prefix the log's file prefix
     * @param sinkName the sink's name, for messages
     * @return the held lock
     * @throws ConfigurationException if another writer (another process, or another sink in this process) holds it
     * @throws IOException if the lock file cannot be opened or written
     */
    static WriterLock acquire(Path directory, String prefix, String sinkName) throws IOException {
        Path file = directory.resolve(prefix + ".lock");
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
        if (lock == null) {
            String holder = readHolder(ch);
            ch.close();
            throw new ConfigurationException("audit sink '" + sinkName + "': the audit log in " + directory
                    + " is already being written by " + holder + " (lock file " + file.getFileName() + "). A JSON Lines "
                    + "log has one writer: stop that process, or give this one its own audit directory, or let both "
                    + "write through a shared 'jdbc' audit sink");
        }
        try {
            byte[] me = ("pid=" + ProcessHandle.current().pid() + " host=" + hostName() + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(me), 0);
            ch.force(false);
        } catch (IOException | RuntimeException e) {
            lock.release();
            ch.close();
            throw e;
        }
        return new WriterLock(ch, lock);
    }

    private static String readHolder(FileChannel ch) {
        try {
            ByteBuffer buf = ByteBuffer.allocate(256);
            ch.read(buf, 0);
            String text = new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8).strip();
            if (text.matches("pid=\\d{1,19} host=[\\p{Alnum}.:_-]{0,200}")) {
                return "process " + text.replace("pid=", "").replace(" host=", " on host ");
            }
        } catch (IOException e) {
            // fall through: the holder is unknown
        }
        return "another process (holder unknown)";
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } finally {
            channel.close();
        }
    }
}
