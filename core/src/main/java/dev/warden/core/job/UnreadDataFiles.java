package dev.warden.core.job;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.warden.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Files of an input directory that hold a table Warden does not read: a spreadsheet, a compressed or columnar export,
 * JSON Lines or records under a {@code .json} ending. Each is refused, naming the file, what it looks like, the
 * endings read and what to do; none is skipped. A job reads the tables of a directory it is given and writes one file
 * per table, so a table it skipped would be missing from the de-identified export without a word, and the job would
 * report success: a warning in a batch run's log is read too late, if at all, which is why this refuses rather than
 * warns (as {@code COPY} and {@code bq load} stop on a file they cannot read rather than load the rest).
 *
 * <p>Files that hold no table are left alone, so that a directory can carry its documentation: hidden files
 * ({@code .DS_Store}, names starting with a dot), sub-directories, and every other ending ({@code .txt}, {@code .md},
 * {@code .py}, {@code .sql}, {@code .xml}, {@code NOTICE}); a {@code .json} file is read only to tell a table from a
 * document — one JSON object (a configuration, a labelled benchmark's {@code gold.json}) is a document, unless it is a
 * FHIR resource (its {@code resourceType}: a Bundle holds a patient's records, as Synthea writes them).
 */
final class UnreadDataFiles {

    private static final JsonFactory JSON = new JsonFactory();

    /** What an unread file is, as a message names it, and what to do with it. */
    record Unread(String what, String todo) {
    }

    private static final Unread COMPRESSED = new Unread("a compressed file",
            "decompress it into the directory (gunzip, unzip) or move it out");
    private static final Unread SPREADSHEET = new Unread("a spreadsheet",
            "save each sheet as CSV UTF-8 (<sheet>.csv, a header row first) or move it out");
    private static final Unread BINARY = new Unread("a table in a binary format",
            "export it as CSV or JSON Lines or move it out");
    private static final Unread PARQUET = new Unread("a Parquet table",
            "run the job on Spark (warden-spark reads <table>.parquet), export it as CSV or JSON Lines, or move it out");
    private static final Unread DATABASE = new Unread("a database file",
            "give its JDBC URL as the input instead, or move it out");
    private static final Unread DELIMITED = new Unread("delimited text under another ending",
            "rename it to .csv (the delimiter is detected) or .tsv (tab), or move it out");
    private static final String JSON_TODO = "rename it to .jsonl if it holds one JSON object per line, convert it to "
            + "JSON Lines otherwise, or move it out";

    /** Endings of tables in a format Warden does not read, lower case; no ending here ends another. */
    private static final Map<String, Unread> ENDINGS = Map.ofEntries(
            Map.entry(".gz", COMPRESSED), Map.entry(".bz2", COMPRESSED), Map.entry(".xz", COMPRESSED),
            Map.entry(".zst", COMPRESSED), Map.entry(".zip", COMPRESSED), Map.entry(".7z", COMPRESSED),
            Map.entry(".tar", COMPRESSED), Map.entry(".tgz", COMPRESSED),
            Map.entry(".xlsx", SPREADSHEET), Map.entry(".xlsm", SPREADSHEET), Map.entry(".xlsb", SPREADSHEET),
            Map.entry(".xls", SPREADSHEET), Map.entry(".ods", SPREADSHEET), Map.entry(".numbers", SPREADSHEET),
            Map.entry(".parquet", PARQUET), Map.entry(".avro", BINARY), Map.entry(".orc", BINARY),
            Map.entry(".feather", BINARY), Map.entry(".arrow", BINARY), Map.entry(".sav", BINARY),
            Map.entry(".dta", BINARY), Map.entry(".sas7bdat", BINARY), Map.entry(".xpt", BINARY),
            Map.entry(".rds", BINARY), Map.entry(".rdata", BINARY), Map.entry(".rda", BINARY), Map.entry(".dbf", BINARY),
            Map.entry(".sqlite", DATABASE), Map.entry(".sqlite3", DATABASE), Map.entry(".mv.db", DATABASE),
            Map.entry(".mdb", DATABASE), Map.entry(".accdb", DATABASE),
            Map.entry(".psv", DELIMITED), Map.entry(".tab", DELIMITED), Map.entry(".dsv", DELIMITED));

    private UnreadDataFiles() {
    }

    /**
     * @param directory an input directory
     * @throws ConfigurationException naming the first file (by name) that holds a table in a format Warden does not
     *     read, what it looks like, the endings read and what to do: rename, convert or move it out
     */
    static void requireNone(Path directory) {
        List<Path> files;
        try (Stream<Path> list = Files.list(directory)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new ConfigurationException("input " + directory + ": cannot list the directory (" + e.getMessage() + ")");
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.startsWith(".") || read(name)) {
                continue;
            }
            Optional<Unread> unread = unread(file);
            if (unread.isPresent()) {
                throw new ConfigurationException("input " + directory + " holds " + name + ", " + unread.get().what()
                        + ", which Warden does not read (it reads <table>.csv, <table>.tsv and <table>.jsonl, .ndjson, "
                        + ".jsonlines or .ldjson) and so would leave out of the output without a word: "
                        + unread.get().todo());
            }
        }
    }

    /** @return whether a file of this name is read as a table */
    private static boolean read(String name) {
        return CsvDirectorySource.extension(name) != null || JsonLinesDirectorySource.tableOf(name).isPresent();
    }

    /** @return what a file not read looks like and what to do, when it holds a table; empty for a document */
    static Optional<Unread> unread(Path file) {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Unread> e : ENDINGS.entrySet()) {
            if (lower.endsWith(e.getKey())) {
                return Optional.of(e.getValue());
            }
        }
        if (lower.endsWith(".json")) {
            return json(file);
        }
        return Optional.empty();
    }

    /**
     * @return what a {@code .json} file holding records looks like: an array (pandas' {@code to_json(orient="records")},
     *     {@code mongoexport --jsonArray}), more than one value (JSON Lines under a {@code .json} ending, as BigQuery and
     *     pandas' {@code lines=True} write it), a FHIR resource, or text that is no JSON; empty for one JSON object
     */
    private static Optional<Unread> json(Path file) {
        try (JsonParser parser = JSON.createParser(file.toFile())) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                return Optional.of(new Unread("a JSON array (records under a .json ending)", JSON_TODO));
            }
            if (first != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if ("resourceType".equals(field)) {
                    return Optional.of(new Unread("a FHIR resource (a Bundle holds a patient's records)",
                            "export the resources as FHIR Bulk Data NDJSON (one <resource type>.ndjson per type) or move "
                            + "it out"));
                }
                parser.skipChildren();
            }
            if (parser.nextToken() != null) {
                return Optional.of(new Unread("JSON Lines under a .json ending (more than one JSON value)", JSON_TODO));
            }
            return Optional.empty();
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            return Optional.of(new Unread("a file that is not JSON" + (at == null ? "" : " at line " + at.getLineNr())
                    + ", so whether it holds a table cannot be told", "fix it or move it out"));
        } catch (IOException e) {
            throw new ConfigurationException("input " + file.getParent() + ": cannot read " + file.getFileName() + " ("
                    + e.getClass().getSimpleName() + ")");
        }
    }
}
