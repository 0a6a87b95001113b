package dev.warden.core.job;

import com.fasterxml.jackson.databind.JsonNode;
import dev.warden.ConfigurationException;
import dev.warden.deid.IdentifierType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Gold labels of a data set for {@link ClassificationEvaluator}: what every column of every table is, as a reviewer
 * applying HIPAA Safe Harbor (45 CFR 164.514(b)(2)) would label it, and the data set's true foreign keys.
 *
 * <p>The file ({@code gold.json}) is a JSON object:
 * <pre>{@code
 * {"dataset": "synthea-nebraska", "description": "...", "delimiter": ",", "entity": "patients",
 *  "data": "../../data/synthea-nebraska",
 *  "columns": {"patients.Id": "OTHER_UNIQUE_IDENTIFIER", "patients.GENDER": "NON_IDENTIFYING", ...},
 *  "foreignKeys": [{"column": "encounters.PATIENT", "references": "patients.Id"}]}
 * }</pre>
 * A label is an {@link IdentifierType} constant name (an identifier: never output unchanged), {@code CREDENTIAL}
 * (must be dropped), {@code FREE_TEXT} (may embed identifiers: must not be kept), {@code QUASI_IDENTIFIER} (may be
 * kept or generalized) or {@code NON_IDENTIFYING} (should be kept byte-identical). {@code delimiter} (default
 * {@code ,}) is the CSV delimiter, {@code entity} the table of the people the data is about (required for cuts of a
 * multi-table set), {@code data} where the data is, relative to the gold file's directory (default: that directory).
 *
 * @param dataset the data set's short name
 * @param description what the data set is
 * @param delimiter the CSV delimiter of its files
 * @param entity the table of the people the data describes
 * @param data where the data is, as written in the file (a directory relative to {@code directory}, or a location
 *     the caller resolves, such as a JDBC URL or a generator)
 * @param directory the gold file's directory
 * @param columns {@code table.column} (as written, matched case-insensitively) to label, in file order
 * @param foreignKeys the data set's true single-column foreign keys
 */
public record ClassificationGold(String dataset, String description, char delimiter, Optional<String> entity,
        Optional<String> data, Path directory, Map<String, Label> columns, List<Reference> foreignKeys) {

    public ClassificationGold {
        Objects.requireNonNull(dataset, "dataset");
        description = description == null ? "" : description;
        entity = entity == null ? Optional.empty() : entity;
        data = data == null ? Optional.empty() : data;
        Objects.requireNonNull(directory, "directory");
        columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        foreignKeys = List.copyOf(foreignKeys);
    }

    /** What a gold label says a column is. */
    public enum Category {
        /** One of the {@link IdentifierType}s: its values must never be output unchanged. */
        IDENTIFIER,
        /** A password, secret or token: must be dropped. */
        CREDENTIAL,
        /** Free text that may embed identifiers: must not be kept. */
        FREE_TEXT,
        /** A quasi-identifier (age, sex, ZIP3...): may be kept or generalized. */
        QUASI_IDENTIFIER,
        /** Identifies no one: should be kept byte-identical. */
        NON_IDENTIFYING;

        /** @return whether a column of this category must not reach the output unchanged */
        public boolean protectedColumn() {
            return this == IDENTIFIER || this == CREDENTIAL || this == FREE_TEXT;
        }
    }

    /**
     * A column's gold label.
     *
     * @param category its category
     * @param identifier the identifier type, present exactly when the category is {@link Category#IDENTIFIER}
     */
    public record Label(Category category, Optional<IdentifierType> identifier) {

        /**
         * @param text an {@link IdentifierType} name or a {@link Category} name other than {@code IDENTIFIER}
         * @return the label
         * @throws IllegalArgumentException if it is neither
         */
        public static Label parse(String text) {
            for (IdentifierType t : IdentifierType.values()) {
                if (t.name().equals(text)) {
                    return new Label(Category.IDENTIFIER, Optional.of(t));
                }
            }
            for (Category c : Category.values()) {
                if (c != Category.IDENTIFIER && c.name().equals(text)) {
                    return new Label(c, Optional.empty());
                }
            }
            throw new IllegalArgumentException("unknown label");
        }

        /** @return whether the label says the column is a date element (a date or a date of birth) */
        public boolean date() {
            return identifier.filter(t -> t == IdentifierType.DATE || t == IdentifierType.DATE_OF_BIRTH).isPresent();
        }

        @Override
        public String toString() {
            return identifier.map(Enum::name).orElse(category.name());
        }
    }

    /**
     * A true foreign key: {@code table.column} references {@code referencedTable.referencedColumn}.
     *
     * @param table the child table
     * @param column the child column
     * @param referencedTable the parent table
     * @param referencedColumn the parent's key column
     */
    public record Reference(String table, String column, String referencedTable, String referencedColumn) {
        @Override
        public String toString() {
            return table + "." + column + " -> " + referencedTable + "." + referencedColumn;
        }
    }

    private static final Set<String> KEYS = Set.of("dataset", "description", "delimiter", "entity", "data", "columns",
            "foreignKeys");

    /**
     * Reads a gold file.
     *
     * @param file the {@code gold.json} file
     * @return its labels
     * @throws ConfigurationException if the file cannot be read or does not have the shape above (the message names
     *     the key)
     */
    public static ClassificationGold load(Path file) {
        JsonNode root;
        try {
            root = JobSpecJson.JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new ConfigurationException("gold file " + file + ": cannot read it as JSON (" + e.getClass().getSimpleName() + ")", e);
        }
        String where = "gold file " + file;
        if (root == null || !root.isObject()) {
            throw new ConfigurationException(where + ": expected a JSON object");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!KEYS.contains(k)) {
                throw new ConfigurationException(where + ": unknown key \"" + k + "\"; expected " + KEYS);
            }
        }
        String dataset = text(root, "dataset", where).orElseThrow(() -> new ConfigurationException(where + ": \"dataset\" is required"));
        String delimiter = text(root, "delimiter", where).orElse(",");
        if (delimiter.length() != 1) {
            throw new ConfigurationException(where + ": \"delimiter\" must be one character");
        }
        JsonNode cols = root.get("columns");
        if (cols == null || !cols.isObject() || cols.isEmpty()) {
            throw new ConfigurationException(where + ": \"columns\" must be a non-empty object of \"table.column\": label");
        }
        Map<String, Label> columns = new LinkedHashMap<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = cols.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            split(e.getKey(), where + ", column \"" + e.getKey() + "\"");
            if (!seen.add(e.getKey().toLowerCase(Locale.ROOT))) {
                throw new ConfigurationException(where + ": column \"" + e.getKey() + "\" is labelled twice");
            }
            try {
                columns.put(e.getKey(), Label.parse(e.getValue().asText()));
            } catch (IllegalArgumentException x) {
                throw new ConfigurationException(where + ", column \"" + e.getKey() + "\": unknown label \"" + e.getValue().asText()
                        + "\"; use an IdentifierType name, CREDENTIAL, FREE_TEXT, QUASI_IDENTIFIER or NON_IDENTIFYING");
            }
        }
        List<Reference> fks = new ArrayList<>();
        JsonNode fkNode = root.get("foreignKeys");
        if (fkNode != null) {
            if (!fkNode.isArray()) {
                throw new ConfigurationException(where + ": \"foreignKeys\" must be an array");
            }
            for (JsonNode fk : fkNode) {
                String column = fk.path("column").asText("");
                String references = fk.path("references").asText("");
                String[] c = split(column, where + ", foreign key \"" + column + "\"");
                String[] r = split(references, where + ", foreign key " + column + " references \"" + references + "\"");
                fks.add(new Reference(c[0], c[1], r[0], r[1]));
            }
        }
        Path dir = file.toAbsolutePath().normalize().getParent();
        return new ClassificationGold(dataset, text(root, "description", where).orElse(""), delimiter.charAt(0),
                text(root, "entity", where), text(root, "data", where), dir, columns, fks);
    }

    /**
     * @return the data directory: {@code data} resolved against the gold file's directory, or that directory
     */
    public Path dataDirectory() {
        return data.map(d -> directory.resolve(d).normalize()).orElse(directory);
    }

    /**
     * @param table a table name (any case)
     * @param column a column name (any case)
     * @return the column's label, if the gold labels it
     */
    public Optional<Label> label(String table, String column) {
        String key = (table + "." + column).toLowerCase(Locale.ROOT);
        return columns.entrySet().stream().filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(key))
                .map(Map.Entry::getValue).findFirst();
    }

    static String[] split(String qualified, String where) {
        int dot = qualified.indexOf('.');
        if (dot <= 0 || dot == qualified.length() - 1) {
            throw new ConfigurationException(where + ": expected \"table.column\"");
        }
        return new String[] {qualified.substring(0, dot), qualified.substring(dot + 1)};
    }

    private static Optional<String> text(JsonNode root, String key, String where) {
        JsonNode n = root.get(key);
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        if (!n.isTextual()) {
            throw new ConfigurationException(where + ": \"" + key + "\" must be a string");
        }
        return Optional.of(n.asText());
    }
}
