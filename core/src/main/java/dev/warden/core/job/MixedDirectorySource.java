package dev.warden.core.job;

import dev.warden.ConfigurationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A directory holding both delimited text ({@code <table>.csv}, {@code <table>.tsv}) and JSON Lines
 * ({@code <table>.jsonl}): each table is read by the source of its own file, as exports mix them (an event log in JSON
 * Lines beside a CSV of campaigns). A table name held by both kinds of file is refused, naming both files, since
 * either choice would leave the other's rows out of the job without a word.
 */
final class MixedDirectorySource implements TableSource {

    private final String location;
    private final CsvDirectorySource csv;
    private final JsonLinesDirectorySource jsonl;
    /** Each table, by its lower-case name, to the source that reads it; in name order. */
    private final TreeMap<String, TableSource> byTable = new TreeMap<>();
    private final List<String> tables = new ArrayList<>();

    MixedDirectorySource(String location, CsvDirectorySource csv, JsonLinesDirectorySource jsonl) {
        this.location = location;
        this.csv = csv;
        this.jsonl = jsonl;
        TreeMap<String, String> names = new TreeMap<>();
        for (String t : csv.tables()) {
            byTable.put(t.toLowerCase(Locale.ROOT), csv);
            names.put(t.toLowerCase(Locale.ROOT), t);
        }
        for (String t : jsonl.tables()) {
            if (byTable.put(t.toLowerCase(Locale.ROOT), jsonl) != null) {
                throw new ConfigurationException("input " + location + ": table " + t + " is held by both a delimited "
                        + "text file and " + t + ".jsonl; keep one of them, or move the other to another directory");
            }
            names.put(t.toLowerCase(Locale.ROOT), t);
        }
        tables.addAll(names.values());
    }

    @Override
    public String describe() {
        return "directory " + location + " (CSV and JSON Lines)";
    }

    @Override
    public List<String> tables() {
        return List.copyOf(tables);
    }

    private TableSource of(String table) {
        TableSource s = byTable.get(table.toLowerCase(Locale.ROOT));
        if (s == null) {
            throw new ConfigurationException("input " + location + " has no table " + table + "; it has "
                    + String.join(", ", tables));
        }
        return s;
    }

    @Override
    public TableSchema schema(String table) {
        return of(table).schema(table);
    }

    @Override
    public RowReader open(String table, List<String> columns) {
        return of(table).open(table, columns);
    }

    @Override
    public Optional<RowReader> select(String table, String column, String condition) {
        return of(table).select(table, column, condition);
    }

    @Override
    public long count(String table) {
        return of(table).count(table);
    }

    @Override
    public void close() {
        try {
            csv.close();
        } finally {
            jsonl.close();
        }
    }
}
