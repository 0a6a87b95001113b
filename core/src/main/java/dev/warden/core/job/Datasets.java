package dev.warden.core.job;

import dev.warden.ConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Opens the sources and targets of a job from a location: a JDBC URL ({@code jdbc:h2:file:...},
 * {@code jdbc:postgresql://host/db?user=...}) or a directory path.
 *
 * <ul>
 *   <li>A directory source holds one {@code <table>.csv} per table (or {@code <table>.jsonl} when it has no CSV
 *       files).</li>
 *   <li>A directory target gets one file per table in the chosen {@link Format}; it is written beside the output and
 *       moved into place at the end.</li>
 *   <li>A JDBC source is opened read-only; a JDBC target gets staging tables renamed into place at the end.</li>
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
     * @throws ConfigurationException if the directory does not exist or the database cannot be opened read-only
     */
    public static TableSource source(String location, char delimiter) {
        if (isJdbc(location)) {
            return new JdbcSource(location, Optional.empty(), Optional.empty());
        }
        Path dir = Path.of(location);
        if (!Files.isDirectory(dir)) {
            throw new ConfigurationException("input " + location + " is neither a JDBC URL nor a directory");
        }
        CsvDirectorySource csv = new CsvDirectorySource(dir, delimiter);
        if (csv.tables().isEmpty() && !new JsonLinesDirectorySource(dir).tables().isEmpty()) {
            return new JsonLinesDirectorySource(dir);
        }
        return csv;
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
     */
    public static TableTarget target(String location, Format format, char delimiter) {
        if (isJdbc(location)) {
            return new JdbcTarget(location, Optional.empty(), Optional.empty());
        }
        return new DirectoryTarget(Path.of(location), format == Format.CSV ? DirectoryTarget.Format.CSV : DirectoryTarget.Format.JSONL, delimiter);
    }

    /** @return {@link #target(String, Format, char)} with a comma */
    public static TableTarget target(String location, Format format) {
        return target(location, format, ',');
    }

    static boolean isJdbc(String location) {
        return location.startsWith("jdbc:");
    }
}
