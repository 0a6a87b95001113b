package dev.warden.core.job;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.ConfigurationException;
import dev.warden.core.config.StrictJson;
import dev.warden.core.deid.TransformationJson;
import dev.warden.deid.IdentifierType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads and writes {@link JobSpec} JSON; every error names the source and the JSON path. */
final class JobSpecJson {

    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private static final Set<String> TOP = Set.of("name", "profile", "asOf", "entity", "subset", "tables", "comment");
    private static final Set<String> TABLE = Set.of("primaryKey", "foreignKeys", "entityColumn", "columns", "comment");
    private static final Set<String> COLUMN = Set.of("identifier", "transformation", "action", "domain", "comment");
    private static final Set<String> FK = Set.of("column", "columns", "references", "comment");
    private static final Set<String> SUBSET = Set.of("table", "percent", "where");

    private final String source;
    private final Path baseDir;

    private JobSpecJson(String source, Path baseDir) {
        this.source = source;
        this.baseDir = baseDir;
    }

    static JobSpec load(Path file) {
        String text;
        try {
            byte[] bytes = dev.warden.core.config.InputFiles.read(file, dev.warden.core.config.InputFiles.MAX_JOB_SPEC_BYTES,
                    "job spec");
            text = java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new ConfigurationException("job spec " + file + " does not exist");
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ConfigurationException("job spec " + file + " is not UTF-8 text; save it as UTF-8");
        }
        Path parent = file.toAbsolutePath().getParent();
        return parse(text, file.toString(), parent == null ? Path.of("") : parent);
    }

    static JobSpec parse(String json, String source) {
        return parse(json, source, Path.of(""));
    }

    static JobSpec parse(String json, String source, Path baseDir) {
        JsonNode tree = StrictJson.readObject(JSON, json, "job spec " + source);
        return new JobSpecJson(source, baseDir).spec(tree);
    }

    private JobSpec spec(JsonNode root) {
        known(root, "", TOP);
        String name = text(root, "name", "").orElse(source);
        String profile = text(root, "profile", "")
                .orElseThrow(() -> error("profile", "missing; name the default profile, e.g. \"hipaa-safe-harbor\", \"test-data\" or \"gdpr-erasure\""));
        Optional<LocalDate> asOf = text(root, "asOf", "").map(s -> {
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw error("asOf", "not an ISO-8601 date (yyyy-MM-dd)");
            }
        });
        Optional<String> entity = text(root, "entity", "");
        Optional<SubsetRule> subset = Optional.empty();
        JsonNode subsetNode = root.get("subset");
        if (subsetNode != null && !subsetNode.isNull()) {
            subset = Optional.of(subset(subsetNode));
        }
        JsonNode tablesNode = root.get("tables");
        if (tablesNode == null || !tablesNode.isObject() || tablesNode.isEmpty()) {
            throw error("tables", "missing or empty; expected an object of table name to table spec");
        }
        List<TableSpec> tables = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = tablesNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!seen.add(e.getKey().toLowerCase(Locale.ROOT))) {
                throw error("tables." + e.getKey(), "listed twice (names are case-insensitive)");
            }
            tables.add(table(e.getKey(), e.getValue(), "tables." + e.getKey()));
        }
        JobSpec spec = new JobSpec(name, profile, asOf, entity, subset, tables);
        entity.ifPresent(t -> spec.table(t).orElseThrow(() -> error("entity", "names table '" + t + "', which is not in tables")));
        spec.subset().ifPresent(r -> spec.table(r.table()).orElseThrow(() -> error("subset.table", "names table '" + r.table() + "', which is not in tables")));
        for (TableSpec t : tables) {
            for (int i = 0; i < t.foreignKeys().size(); i++) {
                ForeignKey fk = t.foreignKeys().get(i);
                TableSpec parent = spec.table(fk.referencedTable()).orElseThrow(() -> error(
                        "tables." + t.name() + ".foreignKeys", "refers to table '" + fk.referencedTable() + "', which is not in tables"));
                for (String referenced : fk.referencedColumns()) {
                    if (parent.column(referenced).isEmpty() && parent.primaryKeyColumns().stream().noneMatch(k -> k.equalsIgnoreCase(referenced))) {
                        throw error("tables." + t.name() + ".foreignKeys", "refers to column '" + referenced
                                + "', which table '" + parent.name() + "' does not list");
                    }
                }
            }
        }
        return spec;
    }

    private SubsetRule subset(JsonNode node) {
        if (!node.isObject()) {
            throw error("subset", "expected an object with table and percent or where");
        }
        known(node, "subset", SUBSET);
        String table = text(node, "table", "subset").orElseThrow(() -> error("subset.table", "missing"));
        JsonNode percent = node.get("percent");
        Optional<String> where = text(node, "where", "subset");
        if ((percent == null) == where.isEmpty()) {
            throw error("subset", "give exactly one of percent and where");
        }
        if (percent != null) {
            if (!percent.isNumber()) {
                throw error("subset.percent", "expected a number greater than 0 and at most 100");
            }
            try {
                return new SubsetRule.Percent(table, percent.asDouble());
            } catch (ConfigurationException e) {
                throw error("subset.percent", "expected a number greater than 0 and at most 100");
            }
        }
        return new SubsetRule.Filter(table, where.get());
    }

    private TableSpec table(String name, JsonNode node, String path) {
        if (!node.isObject()) {
            throw error(path, "expected an object with columns");
        }
        known(node, path, TABLE);
        List<String> pk = List.of();
        JsonNode pkNode = node.get("primaryKey");
        if (pkNode != null && !pkNode.isNull()) {
            if (pkNode.isTextual() && !pkNode.asText().isEmpty()) {
                pk = List.of(pkNode.asText());
            } else if (pkNode.isArray()) {
                pk = names(pkNode, path + ".primaryKey", "expected a column name or a non-empty array of column names (a composite key)");
            } else {
                throw error(path + ".primaryKey", "expected a column name or a non-empty array of column names (a composite key)");
            }
        }
        List<ForeignKey> fks = new ArrayList<>();
        JsonNode fkNode = node.get("foreignKeys");
        if (fkNode != null && !fkNode.isNull()) {
            if (!fkNode.isArray()) {
                throw error(path + ".foreignKeys", "expected an array of {\"column\": ..., \"references\": \"table.column\"} or "
                        + "{\"columns\": [...], \"references\": \"table(column, ...)\"}");
            }
            for (int i = 0; i < fkNode.size(); i++) {
                fks.add(foreignKey(fkNode.get(i), path + ".foreignKeys[" + i + "]"));
            }
        }
        Optional<String> entityColumn = text(node, "entityColumn", path);
        JsonNode columnsNode = node.get("columns");
        if (columnsNode == null || !columnsNode.isObject()) {
            throw error(path + ".columns", "missing; expected an object of column name to rule");
        }
        List<ColumnSpec> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = columnsNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String columnPath = path + ".columns." + e.getKey();
            if (!seen.add(e.getKey().toLowerCase(Locale.ROOT))) {
                throw error(columnPath, "listed twice (names are case-insensitive)");
            }
            columns.add(column(e.getKey(), e.getValue(), columnPath));
        }
        return new TableSpec(name, pk, fks, entityColumn, columns);
    }

    private static final String FK_FORMS = "expected {\"column\": \"c\", \"references\": \"table.column\"} or, for a composite "
            + "key, {\"columns\": [\"a\", \"b\"], \"references\": \"table(x, y)\"}";

    private ForeignKey foreignKey(JsonNode node, String path) {
        if (!node.isObject()) {
            throw error(path, FK_FORMS);
        }
        known(node, path, FK);
        JsonNode columnsNode = node.get("columns");
        Optional<String> single = text(node, "column", path);
        if (single.isPresent() == (columnsNode != null && !columnsNode.isNull())) {
            throw error(path, "give exactly one of column and columns; " + FK_FORMS);
        }
        List<String> columns = single.map(List::of).orElseGet(() -> names(columnsNode, path + ".columns", FK_FORMS));
        String references = text(node, "references", path).orElseThrow(() -> error(path + ".references", "missing"));
        String table;
        List<String> referenced;
        int open = references.indexOf('(');
        if (open >= 0) {
            if (open == 0 || !references.endsWith(")")) {
                throw error(path + ".references", "expected table(column, ...)");
            }
            table = references.substring(0, open).strip();
            referenced = new ArrayList<>();
            for (String part : references.substring(open + 1, references.length() - 1).split(",", -1)) {
                if (part.isBlank()) {
                    throw error(path + ".references", "expected table(column, ...) with no empty column name");
                }
                referenced.add(part.strip());
            }
        } else {
            int dot = references.lastIndexOf('.');
            if (dot <= 0 || dot == references.length() - 1) {
                throw error(path + ".references", "expected table.column or table(column, ...)");
            }
            table = references.substring(0, dot);
            referenced = List.of(references.substring(dot + 1));
        }
        if (referenced.size() != columns.size()) {
            throw error(path, columns.size() + " referencing column(s) but " + referenced.size()
                    + " referenced column(s); a foreign key pairs them in order");
        }
        return new ForeignKey(columns, table, referenced);
    }

    /** @return a non-empty array of distinct non-empty strings */
    private List<String> names(JsonNode array, String path, String expected) {
        if (!array.isArray() || array.isEmpty()) {
            throw error(path, expected);
        }
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode n : array) {
            if (!n.isTextual() || n.asText().isEmpty()) {
                throw error(path, expected);
            }
            if (!seen.add(n.asText().toLowerCase(Locale.ROOT))) {
                throw error(path, "names column '" + clip(n.asText()) + "' twice");
            }
            out.add(n.asText());
        }
        return List.copyOf(out);
    }

    private ColumnSpec column(String name, JsonNode node, String path) {
        if (node.isTextual()) {
            return ColumnSpec.of(name, shortRule(node.asText(), path));
        }
        if (!node.isObject()) {
            throw error(path, "expected \"keep\", \"drop\", an identifier type, or an object with identifier, transformation or action");
        }
        known(node, path, COLUMN);
        Optional<String> identifier = text(node, "identifier", path);
        Optional<String> action = text(node, "action", path);
        JsonNode transformation = node.get("transformation");
        boolean explicit = transformation != null && !transformation.isNull();
        int given = (identifier.isPresent() && !explicit ? 1 : 0) + (action.isPresent() ? 1 : 0) + (explicit ? 1 : 0);
        if (given != 1) {
            throw error(path, "give exactly one of identifier, transformation (optionally with identifier) and action");
        }
        ColumnRule rule;
        if (identifier.isPresent() && !explicit) {
            rule = new ColumnRule.Identifier(identifierType(identifier.get(), path + ".identifier"));
        } else if (action.isPresent()) {
            rule = switch (action.get().toLowerCase(Locale.ROOT)) {
                case "keep" -> new ColumnRule.Keep();
                case "drop" -> new ColumnRule.Drop();
                default -> throw error(path + ".action", "expected keep or drop");
            };
        } else {
            try {
                rule = new ColumnRule.Explicit(TransformationJson.parse(transformation, path + ".transformation", baseDir),
                        identifier.map(i -> identifierType(i, path + ".identifier")));
            } catch (ConfigurationException e) {
                throw new ConfigurationException("job spec " + source + ", " + e.getMessage(), e);
            }
        }
        return new ColumnSpec(name, rule, text(node, "domain", path), text(node, "comment", path));
    }

    private ColumnRule shortRule(String text, String path) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "keep" -> new ColumnRule.Keep();
            case "drop" -> new ColumnRule.Drop();
            default -> new ColumnRule.Identifier(identifierType(text, path));
        };
    }

    private IdentifierType identifierType(String text, String path) {
        for (IdentifierType type : IdentifierType.values()) {
            if (type.name().equalsIgnoreCase(text) || type.label().equalsIgnoreCase(text)) {
                return type;
            }
        }
        throw error(path, "'" + clip(text) + "' is not \"keep\", \"drop\" or an identifier type (e.g. SOCIAL_SECURITY_NUMBER or SSN, NAME, DATE, ZIP)");
    }

    private Optional<String> text(JsonNode node, String key, String path) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual() || value.asText().isEmpty()) {
            throw error(path.isEmpty() ? key : path + "." + key, "expected a non-empty string");
        }
        return Optional.of(value.asText());
    }

    private void known(JsonNode node, String path, Set<String> allowed) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                throw error(path.isEmpty() ? key : path + "." + key, "unknown key; expected one of " + new java.util.TreeSet<>(allowed));
            }
        }
    }

    private ConfigurationException error(String path, String what) {
        return new ConfigurationException("job spec " + source + ", " + path + ": " + what);
    }

    private static String clip(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }

    // ---- writing ----

    static String write(JobSpec spec) {
        ObjectNode root = JSON.createObjectNode();
        root.put("name", spec.name());
        root.put("profile", spec.profile());
        spec.asOf().ifPresent(d -> root.put("asOf", d.toString()));
        spec.entity().ifPresent(e -> root.put("entity", e));
        spec.subset().ifPresent(s -> {
            ObjectNode n = root.putObject("subset");
            n.put("table", s.table());
            if (s instanceof SubsetRule.Percent p) {
                n.put("percent", p.percent());
            } else if (s instanceof SubsetRule.Filter f) {
                n.put("where", f.condition());
            }
        });
        ObjectNode tables = root.putObject("tables");
        for (TableSpec t : spec.tables()) {
            ObjectNode tn = tables.putObject(t.name());
            if (t.primaryKeyColumns().size() == 1) {
                tn.put("primaryKey", t.primaryKeyColumns().get(0));
            } else if (!t.primaryKeyColumns().isEmpty()) {
                t.primaryKeyColumns().forEach(tn.putArray("primaryKey")::add);
            }
            if (!t.foreignKeys().isEmpty()) {
                ArrayNode fks = tn.putArray("foreignKeys");
                for (ForeignKey fk : t.foreignKeys()) {
                    if (fk.composite()) {
                        ObjectNode fn = fks.addObject();
                        fk.columns().forEach(fn.putArray("columns")::add);
                        fn.put("references", fk.referencedTable() + "(" + String.join(", ", fk.referencedColumns()) + ")");
                    } else {
                        fks.addObject().put("column", fk.column()).put("references", fk.referencedTable() + "." + fk.referencedColumn());
                    }
                }
            }
            t.entityColumn().ifPresent(c -> tn.put("entityColumn", c));
            ObjectNode cols = tn.putObject("columns");
            for (ColumnSpec c : t.columns()) {
                if (c.domain().isEmpty() && c.comment().isEmpty() && !(c.rule() instanceof ColumnRule.Explicit)) {
                    cols.put(c.name(), shortForm(c.rule()));
                    continue;
                }
                ObjectNode cn = cols.putObject(c.name());
                if (c.rule() instanceof ColumnRule.Identifier id) {
                    cn.put("identifier", id.type().name());
                } else if (c.rule() instanceof ColumnRule.Explicit x) {
                    x.type().ifPresent(type -> cn.put("identifier", type.name()));
                    cn.set("transformation", TransformationJson.write(x.transformation()));
                } else {
                    cn.put("action", shortForm(c.rule()));
                }
                c.domain().ifPresent(d -> cn.put("domain", d));
                c.comment().ifPresent(d -> cn.put("comment", d));
            }
        }
        try {
            return JSON.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a job spec", e);
        }
    }

    private static String shortForm(ColumnRule rule) {
        if (rule instanceof ColumnRule.Identifier id) {
            return id.type().name();
        }
        if (rule instanceof ColumnRule.Keep) {
            return "keep";
        }
        if (rule instanceof ColumnRule.Drop) {
            return "drop";
        }
        throw new IllegalStateException("explicit rules have no short form");
    }
}
