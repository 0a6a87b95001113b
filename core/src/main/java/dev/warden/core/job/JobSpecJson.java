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
import dev.warden.core.anonymity.Anonymizer;
import dev.warden.core.anonymity.IntervalHierarchy;
import dev.warden.core.anonymity.PrivacyModel;
import dev.warden.core.anonymity.QualityMetric;
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
    private static final Set<String> TABLE = Set.of("primaryKey", "foreignKeys", "entityColumn", "columns", "anonymity",
            "comment");
    private static final Set<String> ANONYMITY = Set.of("quasiIdentifiers", "k", "l", "t", "sensitive",
            "suppressionPercent", "suppressedRecords", "metric", "comment");
    private static final Set<String> QUASI_IDENTIFIER = Set.of("hierarchy", "interval", "comment");
    private static final Set<String> INTERVAL = Set.of("widths", "bottom", "top", "categories");
    private static final Set<String> L_DIVERSITY = Set.of("distinct", "entropy", "recursive", "c");
    private static final Set<String> T_CLOSENESS = Set.of("equal", "ordered", "hierarchical", "hierarchy");
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
        Optional<AnonymitySpec> anonymity = Optional.empty();
        JsonNode anonymityNode = node.get("anonymity");
        if (anonymityNode != null && !anonymityNode.isNull()) {
            anonymity = Optional.of(anonymity(anonymityNode, path + ".anonymity"));
        }
        return new TableSpec(name, pk, fks, entityColumn, columns, anonymity);
    }

    private static final String ANONYMITY_FORM = "expected {\"quasiIdentifiers\": {\"COLUMN\": {\"hierarchy\": "
            + "\"file.csv\"} or {\"interval\": {\"widths\": [5, 10]}}, ...}, \"k\": 5, ...}";

    private AnonymitySpec anonymity(JsonNode node, String path) {
        if (!node.isObject()) {
            throw error(path, ANONYMITY_FORM);
        }
        known(node, path, ANONYMITY);
        JsonNode qiNode = node.get("quasiIdentifiers");
        if (qiNode == null || !qiNode.isObject() || qiNode.isEmpty()) {
            throw error(path + ".quasiIdentifiers", "missing or empty; " + ANONYMITY_FORM);
        }
        List<AnonymitySpec.Attribute> qis = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = qiNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String qiPath = path + ".quasiIdentifiers." + e.getKey();
            if (!seen.add(e.getKey().toLowerCase(Locale.ROOT))) {
                throw error(qiPath, "listed twice (names are case-insensitive)");
            }
            qis.add(quasiIdentifier(e.getKey(), e.getValue(), qiPath));
        }
        Optional<String> sensitive = text(node, "sensitive", path);
        sensitive.ifPresent(s -> {
            if (seen.contains(s.toLowerCase(Locale.ROOT))) {
                throw error(path + ".sensitive", "'" + clip(s) + "' is also a quasi-identifier; a column is one or the other");
            }
        });
        List<PrivacyModel> models = new ArrayList<>();
        Optional<String> tFile = Optional.empty();
        JsonNode k = node.get("k");
        if (k != null && !k.isNull()) {
            if (!k.canConvertToInt() || !k.isIntegralNumber() || k.asInt() < 1) {
                throw error(path + ".k", "expected a whole number of at least 1");
            }
            models.add(new PrivacyModel.KAnonymity(k.asInt()));
        }
        JsonNode l = node.get("l");
        if (l != null && !l.isNull()) {
            String s = sensitive.orElseThrow(() -> error(path + ".sensitive", "missing; l-diversity protects a sensitive column: name it"));
            models.add(lDiversity(l, s, path + ".l"));
        }
        JsonNode t = node.get("t");
        if (t != null && !t.isNull()) {
            String s = sensitive.orElseThrow(() -> error(path + ".sensitive", "missing; t-closeness protects a sensitive column: name it"));
            if (t.isObject() && t.has("hierarchy")) {
                tFile = text(t, "hierarchy", path + ".t");
            }
            models.add(tCloseness(t, s, path + ".t"));
        }
        if (models.isEmpty()) {
            throw error(path, "no privacy model; give k, l or t (e.g. \"k\": 5)");
        }
        if (sensitive.isPresent() && l == null && t == null) {
            throw error(path + ".sensitive", "given without l or t; remove it or add a model that uses it");
        }
        double suppression = 0;
        JsonNode percent = node.get("suppressionPercent");
        if (percent != null && !percent.isNull()) {
            if (!percent.isNumber() || percent.asDouble() < 0 || percent.asDouble() > 100) {
                throw error(path + ".suppressionPercent", "expected a number from 0 to 100 (percent of the table's records)");
            }
            suppression = percent.asDouble() / 100;
        }
        Anonymizer.Suppression records = text(node, "suppressedRecords", path).map(r -> switch (r.toLowerCase(Locale.ROOT)) {
            case "mask" -> Anonymizer.Suppression.MASK;
            case "drop" -> Anonymizer.Suppression.DROP;
            default -> throw error(path + ".suppressedRecords", "expected mask (every quasi-identifier becomes *) or drop");
        }).orElse(Anonymizer.Suppression.MASK);
        QualityMetric metric = QualityMetric.NON_UNIFORM_ENTROPY;
        Optional<String> metricText = text(node, "metric", path);
        if (metricText.isPresent()) {
            try {
                metric = QualityMetric.parse(metricText.get());
            } catch (ConfigurationException e) {
                throw error(path + ".metric", e.getMessage());
            }
        }
        return new AnonymitySpec(qis, models, tFile, suppression, metric, records);
    }

    private AnonymitySpec.Attribute quasiIdentifier(String column, JsonNode node, String path) {
        String form = "expected {\"hierarchy\": \"file.csv\"} (ARX CSV, relative to the spec) or {\"interval\": "
                + "{\"widths\": [5, 10, 20], \"bottom\": 0, \"top\": 90, \"categories\": [\"\"]}}";
        if (!node.isObject()) {
            throw error(path, form);
        }
        known(node, path, QUASI_IDENTIFIER);
        Optional<String> file = text(node, "hierarchy", path);
        JsonNode interval = node.get("interval");
        if (file.isPresent() == (interval != null && !interval.isNull())) {
            throw error(path, "give exactly one of hierarchy and interval; " + form);
        }
        if (file.isPresent()) {
            return new AnonymitySpec.FileHierarchy(column, file.get(), hierarchyFile(file.get(), path + ".hierarchy"));
        }
        if (!interval.isObject()) {
            throw error(path + ".interval", form);
        }
        known(interval, path + ".interval", INTERVAL);
        JsonNode widths = interval.get("widths");
        if (widths == null || !widths.isArray() || widths.isEmpty()) {
            throw error(path + ".interval.widths", "expected a non-empty array of interval widths, one per level, e.g. [5, 10, 20]");
        }
        List<java.math.BigDecimal> list = new ArrayList<>();
        for (JsonNode w : widths) {
            if (!w.isNumber()) {
                throw error(path + ".interval.widths", "expected numbers, e.g. [5, 10, 20]");
            }
            list.add(w.decimalValue());
        }
        Optional<java.math.BigDecimal> bottom = number(interval, "bottom", path + ".interval");
        Optional<java.math.BigDecimal> top = number(interval, "top", path + ".interval");
        Set<String> categories = new java.util.LinkedHashSet<>();
        JsonNode categoriesNode = interval.get("categories");
        if (categoriesNode != null && !categoriesNode.isNull()) {
            if (!categoriesNode.isArray()) {
                throw error(path + ".interval.categories", "expected an array of strings, e.g. [\"90+\", \"\"]");
            }
            for (JsonNode c : categoriesNode) {
                if (!c.isTextual()) {
                    throw error(path + ".interval.categories", "expected an array of strings, e.g. [\"90+\", \"\"]");
                }
                categories.add(c.asText());
            }
        }
        try {
            return new AnonymitySpec.Intervals(column, new IntervalHierarchy(list, bottom, top, categories));
        } catch (ConfigurationException e) {
            throw error(path + ".interval", e.getMessage());
        }
    }

    private Optional<java.math.BigDecimal> number(JsonNode node, String key, String path) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isNumber()) {
            throw error(path + "." + key, "expected a number");
        }
        return Optional.of(value.decimalValue());
    }

    private dev.warden.deid.Hierarchy hierarchyFile(String file, String path) {
        Path resolved = baseDir.resolve(file);
        if (!Files.isRegularFile(resolved)) {
            throw error(path, "hierarchy file " + resolved + " does not exist (a path is relative to the spec's directory)");
        }
        try {
            return dev.warden.core.deid.Hierarchies.read(resolved);
        } catch (dev.warden.WardenException | java.io.UncheckedIOException e) {
            throw error(path, e.getMessage());
        }
    }

    private PrivacyModel lDiversity(JsonNode node, String sensitive, String path) {
        String form = "expected a number (distinct l-diversity) or {\"distinct\": 3}, {\"entropy\": 3} or "
                + "{\"recursive\": 3, \"c\": 4}";
        try {
            if (node.isIntegralNumber()) {
                return new PrivacyModel.DistinctLDiversity(sensitive, node.asInt());
            }
            if (!node.isObject()) {
                throw error(path, form);
            }
            known(node, path, L_DIVERSITY);
            JsonNode distinct = node.get("distinct");
            JsonNode entropy = node.get("entropy");
            JsonNode recursive = node.get("recursive");
            int given = (distinct != null ? 1 : 0) + (entropy != null ? 1 : 0) + (recursive != null ? 1 : 0);
            if (given != 1 || (node.has("c") != (recursive != null))) {
                throw error(path, "give exactly one of distinct, entropy and recursive (with c); " + form);
            }
            if (distinct != null) {
                if (!distinct.isIntegralNumber()) {
                    throw error(path + ".distinct", "expected a whole number of at least 2");
                }
                return new PrivacyModel.DistinctLDiversity(sensitive, distinct.asInt());
            }
            if (entropy != null) {
                if (!entropy.isNumber()) {
                    throw error(path + ".entropy", "expected a number greater than 1");
                }
                return new PrivacyModel.EntropyLDiversity(sensitive, entropy.asDouble());
            }
            if (!recursive.isIntegralNumber() || !node.get("c").isNumber()) {
                throw error(path, "expected a whole number l and a number c: {\"recursive\": 3, \"c\": 4}");
            }
            return new PrivacyModel.RecursiveCLDiversity(sensitive, node.get("c").asDouble(), recursive.asInt());
        } catch (ConfigurationException e) {
            if (e.getMessage().startsWith("job spec ")) {
                throw e;
            }
            throw error(path, e.getMessage());
        }
    }

    private PrivacyModel tCloseness(JsonNode node, String sensitive, String path) {
        String form = "expected a number (equal-distance t-closeness) or {\"equal\": 0.2}, {\"ordered\": 0.2} or "
                + "{\"hierarchical\": 0.2, \"hierarchy\": \"file.csv\"}";
        try {
            if (node.isNumber()) {
                return new PrivacyModel.EqualDistanceTCloseness(sensitive, node.asDouble());
            }
            if (!node.isObject()) {
                throw error(path, form);
            }
            known(node, path, T_CLOSENESS);
            JsonNode equal = node.get("equal");
            JsonNode ordered = node.get("ordered");
            JsonNode hierarchical = node.get("hierarchical");
            int given = (equal != null ? 1 : 0) + (ordered != null ? 1 : 0) + (hierarchical != null ? 1 : 0);
            if (given != 1 || node.has("hierarchy") != (hierarchical != null)) {
                throw error(path, "give exactly one of equal, ordered and hierarchical (with hierarchy); " + form);
            }
            JsonNode value = equal != null ? equal : ordered != null ? ordered : hierarchical;
            if (!value.isNumber()) {
                throw error(path, "expected t as a number from 0 to 1");
            }
            if (equal != null) {
                return new PrivacyModel.EqualDistanceTCloseness(sensitive, value.asDouble());
            }
            if (ordered != null) {
                return new PrivacyModel.OrderedDistanceTCloseness(sensitive, value.asDouble());
            }
            String file = text(node, "hierarchy", path).orElseThrow(() -> error(path + ".hierarchy", "missing"));
            return new PrivacyModel.HierarchicalDistanceTCloseness(sensitive, value.asDouble(),
                    hierarchyFile(file, path + ".hierarchy"));
        } catch (ConfigurationException e) {
            if (e.getMessage().startsWith("job spec ")) {
                throw e;
            }
            throw error(path, e.getMessage());
        }
    }

    private static final String FK_FORMS = "expected {\"column\": \"c\", \"references\": \"table.column\"} or, for a composite "
            + "key, {\"columns\": [\"a\", \"b\"], \"references\": \"table(x, y)\"}; a referenced name holding a comma or a "
            + "parenthesis as {\"references\": {\"table\": \"t\", \"columns\": [\"(0010,0020)\"]}}";

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
        JsonNode referencesNode = node.get("references");
        if (referencesNode != null && referencesNode.isObject()) {
            // {"table": "studies", "columns": ["(0020,000D)"]}: column names holding a comma, a parenthesis or a dot
            // (DICOM tags, "Case No.") that the string forms cannot say
            known(referencesNode, path + ".references", Set.of("table", "column", "columns"));
            String referencedTable = text(referencesNode, "table", path + ".references")
                    .orElseThrow(() -> error(path + ".references.table", "missing"));
            Optional<String> one = text(referencesNode, "column", path + ".references");
            JsonNode many = referencesNode.get("columns");
            if (one.isPresent() == (many != null && !many.isNull())) {
                throw error(path + ".references", "give exactly one of column and columns");
            }
            List<String> referencedColumns = one.map(List::of)
                    .orElseGet(() -> names(many, path + ".references.columns", FK_FORMS));
            if (referencedColumns.size() != columns.size()) {
                throw error(path, columns.size() + " referencing column(s) but " + referencedColumns.size()
                        + " referenced column(s); a foreign key pairs them in order");
            }
            return new ForeignKey(columns, referencedTable, referencedColumns);
        }
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
                throw error(path.isEmpty() ? key : path + "." + key, "unknown key" + suggestion(key, allowed)
                        + "; expected one of " + new java.util.TreeSet<>(allowed));
            }
        }
    }

    /** @return {@code " (did you mean 'x'?)"} for the closest allowed key within a small edit distance, or "" */
    static String suggestion(String key, Set<String> allowed) {
        String near = null;
        int best = Integer.MAX_VALUE;
        for (String candidate : new java.util.TreeSet<>(allowed)) {
            int distance = editDistance(key.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < best) {
                best = distance;
                near = candidate;
            }
        }
        return near != null && best <= Math.max(2, near.length() / 4) ? " (did you mean '" + near + "'?)" : "";
    }

    /** Damerau-Levenshtein (optimal string alignment) distance, as for the configuration's settings. */
    private static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
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
                    if (fk.referencedColumns().stream().anyMatch(c -> c.indexOf(',') >= 0 || c.indexOf('(') >= 0
                            || c.indexOf(')') >= 0)) {
                        // a column named (0010,0020), as DICOM tags are written: the object form says it unambiguously
                        ObjectNode fn = fks.addObject();
                        if (fk.composite()) {
                            fk.columns().forEach(fn.putArray("columns")::add);
                        } else {
                            fn.put("column", fk.column());
                        }
                        ObjectNode ref = fn.putObject("references").put("table", fk.referencedTable());
                        fk.referencedColumns().forEach(ref.putArray("columns")::add);
                    } else if (fk.composite()) {
                        ObjectNode fn = fks.addObject();
                        fk.columns().forEach(fn.putArray("columns")::add);
                        fn.put("references", fk.referencedTable() + "(" + String.join(", ", fk.referencedColumns()) + ")");
                    } else {
                        // "table.column" reads back only when the column has no dot ("Case No."): else "table(column)"
                        fks.addObject().put("column", fk.column()).put("references", fk.referencedColumn().indexOf('.') >= 0
                                ? fk.referencedTable() + "(" + fk.referencedColumn() + ")"
                                : fk.referencedTable() + "." + fk.referencedColumn());
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
            t.anonymity().ifPresent(a -> writeAnonymity(tn.putObject("anonymity"), a));
        }
        try {
            return JSON.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a job spec", e);
        }
    }

    private static void writeAnonymity(ObjectNode node, AnonymitySpec a) {
        ObjectNode qis = node.putObject("quasiIdentifiers");
        for (AnonymitySpec.Attribute qi : a.quasiIdentifiers()) {
            ObjectNode q = qis.putObject(qi.column());
            if (qi instanceof AnonymitySpec.FileHierarchy f) {
                q.put("hierarchy", f.file());
            } else if (qi instanceof AnonymitySpec.Intervals i) {
                ObjectNode in = q.putObject("interval");
                i.intervals().widths().forEach(in.putArray("widths")::add);
                i.intervals().bottom().ifPresent(b -> in.put("bottom", b));
                i.intervals().top().ifPresent(b -> in.put("top", b));
                if (!i.intervals().categories().isEmpty()) {
                    new java.util.TreeSet<>(i.intervals().categories()).forEach(in.putArray("categories")::add);
                }
            }
        }
        a.sensitiveAttribute().ifPresent(s -> node.put("sensitive", s));
        for (PrivacyModel m : a.models()) {
            if (m instanceof PrivacyModel.KAnonymity k) {
                node.put("k", k.k());
            } else if (m instanceof PrivacyModel.DistinctLDiversity l) {
                node.putObject("l").put("distinct", l.l());
            } else if (m instanceof PrivacyModel.EntropyLDiversity l) {
                node.putObject("l").put("entropy", l.l());
            } else if (m instanceof PrivacyModel.RecursiveCLDiversity l) {
                node.putObject("l").put("recursive", l.l()).put("c", l.c());
            } else if (m instanceof PrivacyModel.EqualDistanceTCloseness t) {
                node.putObject("t").put("equal", t.t());
            } else if (m instanceof PrivacyModel.OrderedDistanceTCloseness t) {
                node.putObject("t").put("ordered", t.t());
            } else if (m instanceof PrivacyModel.HierarchicalDistanceTCloseness t) {
                node.putObject("t").put("hierarchical", t.t())
                        .put("hierarchy", a.tClosenessHierarchy().orElse(t.hierarchy().name()));
            }
        }
        node.put("suppressionPercent", a.suppressionLimit() * 100);
        node.put("suppressedRecords", a.suppressedRecords().name().toLowerCase(Locale.ROOT));
        node.put("metric", switch (a.metric()) {
            case NON_UNIFORM_ENTROPY -> "entropy";
            case LOSS -> "loss";
            case DISCERNIBILITY -> "discernibility";
            case AVERAGE_CLASS_SIZE -> "aecs";
        });
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
