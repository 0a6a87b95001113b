package dev.warden.core.job;

import dev.warden.ConfigurationException;
import dev.warden.core.plugin.MissingExtensionException;
import dev.warden.core.plugin.PluginRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Opens the sources and targets of a job from a location: a JDBC URL ({@code jdbc:h2:file:...},
 * {@code jdbc:postgresql://host/db?user=...}) or a directory path.
 *
 * <ul>
 *   <li>A directory source holds one {@code <table>.csv} (the delimiter given) or {@code <table>.tsv} (tab-delimited)
 *       per table, or one {@code <table>.jsonl} (or {@code .ndjson}, {@code .jsonlines}, {@code .ldjson}) per table, or
 *       both kinds side by side (each table read from its own file; a table name held by both kinds is refused, so
 *       that no table is left out unsaid); a directory holding no table file is refused (its message lists the files
 *       it found). A file holding a table in a format not read — a spreadsheet, a compressed file, Parquet, JSON
 *       Lines or an array of records under a {@code .json} ending — is refused, naming it, rather than skipped
 *       ({@link UnreadDataFiles}). Other files ({@code .txt}, {@code .md}, {@code .py}, one JSON object such as a
 *       {@code gold.json}, hidden files, sub-directories) are not read: a {@code .txt} file may as well be prose as
 *       delimited text.</li>
 *   <li>A directory target gets one file per table in the chosen {@link Format}; it is written beside the output and
 *       moved into place at the end.</li>
 *   <li>A JDBC source is opened read-only; a JDBC target gets staging tables renamed into place at the end. JDBC
 *       locations are served by {@code dev.warden:warden-jdbc} (a {@link DatasetProvider}) with the host's driver;
 *       without it they are refused with a {@link MissingExtensionException}.</li>
 * </ul>
 */
public final class Datasets {

    /** File formats of a directory target. */
    public enum Format {
        /** RFC 4180 CSV with a header row, UTF-8. */
        CSV,
        /** JSON Lines: one JSON object per line, UTF-8. */
        JSONL;

        /**
         * @param text {@code csv} or {@code jsonl}, any case
         * @return the format
         * @throws ConfigurationException for anything else
         */
        public static Format parse(String text) {
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "csv" -> CSV;
                case "jsonl", "json-lines", "ndjson" -> JSONL;
                default -> throw new ConfigurationException("--format: expected csv or jsonl");
            };
        }
    }

    private Datasets() {
    }

    /**
     * @param location a JDBC URL or a directory
     * @param delimiter the CSV delimiter (for a directory)
     * @return the source, open; the caller closes it
     * @throws ConfigurationException if the directory does not exist, holds no table file, holds a table both as
     *     delimited text and as JSON Lines, holds a table in a format it does not read ({@link UnreadDataFiles}), or
     *     the database cannot be opened read-only
     * @throws MissingExtensionException for a JDBC URL when {@code warden-jdbc} is not on the class path
     */
    public static TableSource source(String location, char delimiter) {
        if (isJdbc(location)) {
            return provider(location).source(location);
        }
        Path dir = Path.of(location);
        if (!Files.isDirectory(dir)) {
            throw new ConfigurationException("input " + location + " is neither a JDBC URL nor a directory");
        }
        UnreadDataFiles.requireNone(dir);
        CsvDirectorySource csv = new CsvDirectorySource(dir, delimiter);
        JsonLinesDirectorySource jsonl = new JsonLinesDirectorySource(dir);
        List<String> jsonLines = jsonl.tables();
        if (csv.tables().isEmpty() && !jsonLines.isEmpty()) {
            return jsonl;
        }
        if (csv.tables().isEmpty() && jsonLines.isEmpty()) {
            // An empty job would look like a success.
            throw new ConfigurationException("input " + location + " holds no table file: " + listing(dir)
                    + "; read are <table>.csv (comma, semicolon, tab or | as detected or given by --delimiter), "
                    + "<table>.tsv (tab) and <table>.jsonl (JSON Lines; or .ndjson, .jsonlines, .ldjson), each with the "
                    + "table's name; a .txt file is not "
                    + "read: rename one that holds delimited text with a header row to .csv or .tsv");
        }
        if (!jsonLines.isEmpty()) {
            return new MixedDirectorySource(location, csv, jsonl);
        }
        return csv;
    }

    /** @return "found a.txt, notes.md", at most ten names, sub-directories with a slash; or "it is empty" */
    private static String listing(Path dir) {
        List<String> names;
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            names = files.map(f -> f.getFileName() + (Files.isDirectory(f) ? "/" : "")).sorted().toList();
        } catch (java.io.IOException e) {
            throw new ConfigurationException("input " + dir + ": cannot list the directory (" + e.getMessage() + ")");
        }
        if (names.isEmpty()) {
            return "it is empty";
        }
        int shown = Math.min(names.size(), 10);
        return "found " + String.join(", ", names.subList(0, shown))
                + (names.size() > shown ? " and " + (names.size() - shown) + " more" : "");
    }

    /**
     * The delimiter of a directory's CSV files, read from the first line of the first {@code .csv} file by name: the
     * one of comma, semicolon, tab and vertical bar that appears most often outside double quotes (a comma when none
     * does, and for a JDBC URL or a directory without CSV files). The way spreadsheet exports in locales with a
     * decimal comma write CSV (semicolons) is so recognised without a {@code --delimiter}. {@code .tsv} files are not
     * looked at: they are read with a tab whatever this returns.
     *
     * @param location a JDBC URL or a directory
     * @return the delimiter
     * @throws ConfigurationException if the first file cannot be read
     */
    public static char detectDelimiter(String location) {
        if (isJdbc(location) || !Files.isDirectory(Path.of(location))) {
            return ',';
        }
        Path first;
        try (java.util.stream.Stream<Path> files = Files.list(Path.of(location))) {
            first = files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
                    && Files.isRegularFile(f)).sorted().findFirst().orElse(null);
        } catch (java.io.IOException e) {
            throw new ConfigurationException("input " + location + ": cannot list the directory (" + e.getMessage() + ")");
        }
        return first == null ? ',' : detectFileDelimiter(first);
    }

    /**
     * The delimiter of one CSV file, read from its first line: the one of comma, semicolon, tab and vertical bar that
     * appears most often outside double quotes (a comma when none does, or the file is empty). Only the first 64 KiB
     * are read.
     *
     * @param file a CSV file
     * @return the delimiter
     * @throws ConfigurationException if the file cannot be read
     */
    public static char detectFileDelimiter(Path file) {
        String line;
        // Decoded leniently: bytes that are not UTF-8 are the reader's to report, with their line, not this guess's.
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] buffer = in.readNBytes(64 * 1024);
            line = new String(buffer, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new ConfigurationException("input " + file + ": cannot read the first line (" + e.getMessage() + ")");
        }
        char[] candidates = {',', ';', '\t', '|'};
        int[] counts = new int[candidates.length];
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int k = 0; k < candidates.length; k++) {
                    if (c == candidates[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < candidates.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return counts[best] == 0 ? ',' : candidates[best];
    }

    /** @return {@link #source(String, char)} with a comma */
    public static TableSource source(String location) {
        return source(location, ',');
    }

    /**
     * @param location a JDBC URL or a directory
     * @param format the file format of a directory target (ignored for JDBC)
     * @param delimiter the CSV delimiter
     * @return the target; the caller closes it (which aborts unless committed)
     * @throws ConfigurationException if a directory exists, is not empty and was not written by Warden, or the
     *     database cannot be opened
     * @throws MissingExtensionException for a JDBC URL when {@code warden-jdbc} is not on the class path
     */
    public static TableTarget target(String location, Format format, char delimiter) {
        if (isJdbc(location)) {
            return provider(location).target(location);
        }
        return new DirectoryTarget(Path.of(location), format == Format.CSV ? DirectoryTarget.Format.CSV : DirectoryTarget.Format.JSONL, delimiter);
    }

    /**
     * Opens a database source with credentials kept apart from its URL.
     *
     * @param location a JDBC URL, or a directory (which takes no credentials)
     * @param user the user name, if any
     * @param password the password, if any; the caller wipes it after this returns
     * @return the source, opened read-only; the caller closes it
     * @throws ConfigurationException as {@link #source(String, char)}, or when a directory is given credentials
     */
    public static TableSource source(String location, java.util.Optional<String> user, java.util.Optional<char[]> password) {
        if (isJdbc(location)) {
            return provider(location).source(location, user, password);
        }
        requireNoCredentials(location, user, password);
        return source(location);
    }

    /** Like {@link #source(String, java.util.Optional, java.util.Optional)}, for a target. */
    public static TableTarget target(String location, Format format, java.util.Optional<String> user,
            java.util.Optional<char[]> password) {
        if (isJdbc(location)) {
            return provider(location).target(location, user, password);
        }
        requireNoCredentials(location, user, password);
        return target(location, format);
    }

    /**
     * Opens a database for data-subject operations (GDPR Articles 15, 17 and 20), read-write.
     *
     * @param location a JDBC URL
     * @param user the user name, if any
     * @param password the password, if any; the caller wipes it after this returns
     * @return the database; the caller closes it
     * @throws ConfigurationException if the location is a directory (files have no foreign keys to follow) or the
     *     database cannot be opened
     * @throws MissingExtensionException for a JDBC URL when {@code warden-jdbc} is not on the class path
     */
    public static SubjectDatabase subjects(String location, java.util.Optional<String> user,
            java.util.Optional<char[]> password) {
        if (!isJdbc(location)) {
            throw new ConfigurationException("data-subject operations need a database (a JDBC URL); " + location
                    + " is a directory");
        }
        return provider(location).subjects(location, user, password);
    }

    private static void requireNoCredentials(String location, java.util.Optional<String> user,
            java.util.Optional<char[]> password) {
        if (user.isPresent() || password.isPresent()) {
            throw new ConfigurationException("location " + location + " is a directory, which takes no user or password");
        }
    }

    /** @return {@link #target(String, Format, char)} with a comma */
    public static TableTarget target(String location, Format format) {
        return target(location, format, ',');
    }

    /** The provider of a location's prefix, looked up on each call: opening a database dwarfs a service lookup. */
    private static DatasetProvider provider(String location) {
        PluginRegistry<DatasetProvider> providers = PluginRegistry.discover(DatasetProvider.class,
                p -> List.of(p.prefix()), Datasets.class.getClassLoader(), List.of());
        return providers.names().stream().filter(location::startsWith).findFirst().flatMap(providers::find)
                .orElseThrow(() -> MissingExtensionException.of("jdbc: URLs", "warden-jdbc"));
    }

    static boolean isJdbc(String location) {
        return location.startsWith("jdbc:");
    }
}
