package dev.warden.core.job.classification;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A labelled data set under construction: tables whose every column carries its gold label, the declared foreign keys
 * and the origin notice. {@link #write} lays it out as {@code <table>.csv} files (header row, UTF-8, comma, RFC 4180
 * quoting, LF line ends), {@code gold.json} and {@code NOTICE}, the format the classification benchmark reads.
 */
final class LabelledSet {

    static final String NON = "NON_IDENTIFYING";
    static final String QUASI = "QUASI_IDENTIFIER";
    static final String ID = "OTHER_UNIQUE_IDENTIFIER";
    static final String FREE_TEXT = "FREE_TEXT";
    static final String CREDENTIAL = "CREDENTIAL";

    final String dataset;
    final String description;
    final String entity;
    final String notice;
    final Map<String, Table> tables = new LinkedHashMap<>();
    final List<String[]> foreignKeys = new ArrayList<>();

    LabelledSet(String dataset, String description, String entity, String notice) {
        this.dataset = dataset;
        this.description = description;
        this.entity = entity;
        this.notice = notice;
    }

    Table table(String name) {
        Table table = new Table(name);
        tables.put(name, table);
        return table;
    }

    /** Declares that every non-empty value of {@code child} ("table.column") is a value of {@code parent}. */
    void foreignKey(String child, String parent) {
        foreignKeys.add(new String[] {child, parent});
    }

    /** A copy holding the first {@code rows} rows of {@code table} and only the rows of other tables that refer to them. */
    LabelledSet cut(String dataset, String description, String table, int rows) {
        LabelledSet cut = new LabelledSet(dataset, description, entity, notice);
        cut.foreignKeys.addAll(foreignKeys);
        Map<String, java.util.Set<String>> kept = new LinkedHashMap<>();
        for (Table source : tables.values()) {
            Table target = cut.table(source.name);
            target.columns.addAll(source.columns);
            target.labels.addAll(source.labels);
            if (source.name.equals(table)) {
                target.rows.addAll(source.rows.subList(0, Math.min(rows, source.rows.size())));
            }
        }
        // Child tables keep the rows whose every foreign key still resolves; one pass per table in declaration order
        // is enough for the sets built here (parents are declared before children).
        for (Table target : cut.tables.values()) {
            if (target.name.equals(table)) {
                continue;
            }
            Table source = tables.get(target.name);
            for (List<String> row : source.rows) {
                boolean resolves = true;
                for (String[] fk : foreignKeys) {
                    String[] child = fk[0].split("\\.");
                    if (!child[0].equals(target.name)) {
                        continue;
                    }
                    String value = row.get(source.columns.indexOf(child[1]));
                    String[] parent = fk[1].split("\\.");
                    Table parentTable = cut.tables.get(parent[0]);
                    if (!value.isEmpty()
                            && !kept.computeIfAbsent(fk[1], k -> parentTable.values(parent[1])).contains(value)) {
                        resolves = false;
                        break;
                    }
                }
                if (resolves) {
                    target.rows.add(row);
                }
            }
            kept.keySet().removeIf(key -> key.startsWith(target.name + "."));
        }
        return cut;
    }

    void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        for (Table table : tables.values()) {
            StringBuilder csv = new StringBuilder();
            appendRow(csv, table.columns);
            for (List<String> row : table.rows) {
                appendRow(csv, row);
            }
            Files.writeString(directory.resolve(table.name + ".csv"), csv, StandardCharsets.UTF_8);
        }
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode gold = mapper.createObjectNode();
        gold.put("dataset", dataset);
        gold.put("description", description);
        gold.put("delimiter", ",");
        gold.put("entity", entity);
        ObjectNode columns = gold.putObject("columns");
        for (Table table : tables.values()) {
            for (int i = 0; i < table.columns.size(); i++) {
                columns.put(table.name + "." + table.columns.get(i), table.labels.get(i));
            }
        }
        ArrayNode keys = gold.putArray("foreignKeys");
        for (String[] fk : foreignKeys) {
            keys.addObject().put("column", fk[0]).put("references", fk[1]);
        }
        Files.writeString(directory.resolve("gold.json"), mapper.writeValueAsString(gold) + "\n", StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("NOTICE"), notice, StandardCharsets.UTF_8);
    }

    private static void appendRow(StringBuilder csv, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            String value = values.get(i);
            if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
                csv.append('"').append(value.replace("\"", "\"\"")).append('"');
            } else {
                csv.append(value);
            }
        }
        csv.append('\n');
    }

    /** One table: its columns in order, each column's gold label, and its rows as strings ("" for absent). */
    static final class Table {
        final String name;
        final List<String> columns = new ArrayList<>();
        final List<String> labels = new ArrayList<>();
        final List<List<String>> rows = new ArrayList<>();

        Table(String name) {
            this.name = name;
        }

        Table column(String column, String label) {
            columns.add(column);
            labels.add(label);
            return this;
        }

        /** Adds a row; {@code null} becomes the empty field, other values their {@code toString()}. */
        void row(Object... values) {
            if (values.length != columns.size()) {
                throw new IllegalArgumentException(name + ": row has " + values.length + " values for "
                        + columns.size() + " columns");
            }
            List<String> row = new ArrayList<>(values.length);
            for (Object value : values) {
                row.add(value == null ? "" : value.toString());
            }
            rows.add(row);
        }

        java.util.Set<String> values(String column) {
            int index = columns.indexOf(column);
            java.util.Set<String> values = new java.util.HashSet<>();
            for (List<String> row : rows) {
                values.add(row.get(index));
            }
            return values;
        }
    }
}
