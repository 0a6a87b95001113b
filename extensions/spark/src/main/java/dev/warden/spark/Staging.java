package dev.warden.spark;

import dev.warden.ConfigurationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The output directory's staging sibling, as the single-machine job's directory target keeps it: every table is
 * written there by Spark's commit protocol, validated, and only then is the whole directory renamed into place; a
 * failed or invalid job deletes the staging directory and leaves the previous output as it was. An existing output
 * is replaced only when it is empty or holds the marker {@value #MARKER} that Warden writes.
 *
 * <p>Atomicity is the file system's rename: atomic on HDFS and local disks; on object stores without rename (S3) the
 * move is a copy, so write there through a committing catalog table instead.
 */
final class Staging {

    static final String MARKER = ".warden-output";

    private final FileSystem fs;
    private final Path output;
    private final Path staging;
    private boolean finished;

    private Staging(FileSystem fs, Path output, Path staging) {
        this.fs = fs;
        this.output = output;
        this.staging = staging;
    }

    static Staging open(Configuration conf, String location) {
        try {
            Path out = new Path(location);
            FileSystem fs = out.getFileSystem(conf);
            out = fs.makeQualified(out);
            checkReplaceable(fs, out);
            Path staging = new Path(out.getParent(), "." + out.getName() + ".warden-staging-" + UUID.randomUUID());
            if (!fs.mkdirs(staging)) {
                throw new ConfigurationException("output " + location + ": cannot create a staging directory beside it; check permissions");
            }
            fs.create(new Path(staging, MARKER), false).close();
            return new Staging(fs, out, staging);
        } catch (IOException e) {
            throw new ConfigurationException("output " + location + ": cannot create a staging directory beside it ("
                    + e.getClass().getSimpleName() + "); check permissions", e);
        }
    }

    private static void checkReplaceable(FileSystem fs, Path out) throws IOException {
        if (!fs.exists(out)) {
            return;
        }
        FileStatus status = fs.getFileStatus(out);
        if (!status.isDirectory()) {
            throw new ConfigurationException("output " + out + " exists and is not a directory; choose a new or empty directory");
        }
        if (fs.listStatus(out).length > 0 && !fs.exists(new Path(out, MARKER))) {
            throw new ConfigurationException("output directory " + out + " is not empty and was not written by warden; "
                    + "choose a new or empty directory");
        }
    }

    /** @return where a table's part files are staged */
    String table(String name) {
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".") || name.startsWith("_")) {
            throw new ConfigurationException("table name cannot be used as a directory name; rename the table");
        }
        return new Path(staging, name).toString();
    }

    /**
     * @param table a staged table
     * @return the bytes of its part files (hidden and {@code _}-prefixed files such as {@code _SUCCESS} left out)
     */
    long bytes(String table) {
        try {
            long n = 0;
            org.apache.hadoop.fs.RemoteIterator<org.apache.hadoop.fs.LocatedFileStatus> files = fs.listFiles(new Path(table(table)), true);
            while (files.hasNext()) {
                FileStatus f = files.next();
                String name = f.getPath().getName();
                if (!name.startsWith(".") && !name.startsWith("_")) {
                    n += f.getLen();
                }
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException("staged table " + table + ": cannot list its part files", e);
        }
    }

    String output() {
        return output.toString();
    }

    /** Moves the staged tables into place, replacing the previous output. */
    void commit() {
        if (finished) {
            throw new IllegalStateException("already committed or aborted");
        }
        Path old = new Path(output.getParent(), "." + output.getName() + ".warden-old-" + UUID.randomUUID());
        try {
            boolean existed = fs.exists(output);
            if (existed) {
                checkReplaceable(fs, output);
                rename(output, old);
            }
            rename(staging, output);
            finished = true;
            if (existed) {
                fs.delete(old, true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("output directory " + output + ": cannot move the finished output into place", e);
        }
    }

    private void rename(Path from, Path to) throws IOException {
        if (!fs.rename(from, to)) {
            throw new IOException("rename " + from.getName() + " to " + to.getName() + " refused");
        }
    }

    /** Deletes the staged tables; the previous output stays. Idempotent. */
    void abort() {
        if (finished) {
            return;
        }
        finished = true;
        try {
            fs.delete(staging, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the staging directory " + staging, e);
        }
    }
}
