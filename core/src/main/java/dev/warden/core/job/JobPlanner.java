package dev.warden.core.job;

import dev.warden.ConfigurationException;
import dev.warden.deid.ConsistencyDomain;
import dev.warden.deid.Deidentifier;
import dev.warden.deid.IdentifierType;
import dev.warden.deid.Profile;
import dev.warden.deid.Transformation;
import dev.warden.deid.ValueTransformer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compiles a {@link JobSpec} against a source's tables into {@link TablePlan}s: checks that every column is
 * classified (else {@link UnclassifiedColumnsException}, before anything is written), gives each foreign key column
 * its parent key's transformation and consistency domain, compiles each transformation once, and orders tables so
 * that parents come before children.
 */
final class JobPlanner {

    /** A column's resolved rule. */
    record Resolved(boolean drop, Transformation transformation, String domain, Optional<IdentifierType> type, String reason) {
        boolean keep() {
            return !drop && transformation instanceof Transformation.Keep;
        }
    }

    private final JobSpec spec;
    private final TableSource source;
    private final Profile profile;
    private final Deidentifier deidentifier;
    private final Map<String, TableSpec> specs = new LinkedHashMap<>();
    private final Map<String, TableSchema> schemas = new HashMap<>();
    private final Map<String, List<ForeignKey>> foreignKeys = new HashMap<>();
    private final Map<String, List<String>> primaryKeys = new HashMap<>();
    private final Map<String, Resolved> resolved = new HashMap<>();
    private final List<String> notCopied = new ArrayList<>();
    private final Map<String, ValueTransformer> transformers = new HashMap<>();

    JobPlanner(JobSpec spec, TableSource source, Profile profile, Deidentifier deidentifier) {
        this.spec = spec;
        this.source = source;
        this.profile = profile;
        this.deidentifier = deidentifier;
    }

    List<String> notCopied() {
        return notCopied;
    }

    List<TablePlan> plan() {
        List<String> sourceTables = source.tables();
        List<String> missing = new ArrayList<>();
        for (TableSpec t : spec.tables()) {
            if (sourceTables.stream().noneMatch(s -> s.equalsIgnoreCase(t.name()))) {
                missing.add(t.name());
            }
        }
        if (!missing.isEmpty()) {
            throw new ConfigurationException("the job spec lists tables that " + source.describe() + " does not have: "
                    + String.join(", ", missing) + "; remove them from the spec or check the input");
        }
        for (String s : sourceTables) {
            if (spec.table(s).isEmpty()) {
                notCopied.add(s);
            }
        }
        for (TableSpec t : spec.tables()) {
            String key = key(t.name());
            specs.put(key, t);
            TableSchema schema = source.schema(t.name());
            schemas.put(key, schema);
            primaryKeys.put(key, t.primaryKeyColumns().isEmpty() ? schema.primaryKeyColumns() : t.primaryKeyColumns());
            List<ForeignKey> fks = new ArrayList<>(t.foreignKeys());
            for (ForeignKey fk : schema.foreignKeys()) {
                // The spec's own key over the same columns wins over the database's.
                boolean declared = fks.stream().anyMatch(f -> sameColumns(f.columns(), fk.columns()));
                if (!declared && spec.table(fk.referencedTable()).isPresent()) {
                    fks.add(fk);
                }
            }
            foreignKeys.put(key, fks);
        }
        checkColumns();
        List<TablePlan> plans = new ArrayList<>();
        for (String table : order()) {
            plans.add(tablePlan(table));
        }
        return plans;
    }

    private void checkColumns() {
        Map<String, List<String>> unclassified = new LinkedHashMap<>();
        for (TableSpec t : spec.tables()) {
            TableSchema schema = schemas.get(key(t.name()));
            for (ColumnSpec c : t.columns()) {
                if (CsvDirectorySource.indexOf(schema.columnNames(), c.name()) < 0) {
                    throw new ConfigurationException("job spec " + spec.name() + ", tables." + t.name() + ".columns." + c.name()
                            + ": the input has no such column (it has " + String.join(", ", schema.columnNames()) + ")");
                }
            }
            for (ForeignKey fk : foreignKeys.get(key(t.name()))) {
                for (String column : fk.columns()) {
                    if (CsvDirectorySource.indexOf(schema.columnNames(), column) < 0) {
                        throw new ConfigurationException("job spec " + spec.name() + ", tables." + t.name() + ".foreignKeys: the input has no column " + column);
                    }
                }
                TableSchema parent = schemas.get(key(fk.referencedTable()));
                if (parent == null || fk.referencedColumns().stream().anyMatch(c -> CsvDirectorySource.indexOf(parent.columnNames(), c) < 0)) {
                    throw new ConfigurationException("job spec " + spec.name() + ", tables." + t.name() + ".foreignKeys: " + fk
                            + " refers to a column the input does not have");
                }
            }
            for (String pk : primaryKeys.get(key(t.name()))) {
                if (CsvDirectorySource.indexOf(schema.columnNames(), pk) < 0) {
                    throw new ConfigurationException("job spec " + spec.name() + ", tables." + t.name() + ".primaryKey: the input has no column " + pk);
                }
            }
            for (String column : schema.columnNames()) {
                if (t.column(column).isEmpty() && t.foreignKey(column).isEmpty()
                        && foreignKeys.get(key(t.name())).stream().noneMatch(f -> f.indexOf(column) >= 0)) {
                    unclassified.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(column);
                }
            }
        }
        if (!unclassified.isEmpty()) {
            throw new UnclassifiedColumnsException(unclassified);
        }
    }

    /** Parents before children (spec order among equals); tables in a cycle keep spec order. */
    private List<String> order() {
        List<String> order = new ArrayList<>();
        Set<String> done = new HashSet<>();
        List<String> remaining = new ArrayList<>(specs.keySet());
        while (!remaining.isEmpty()) {
            String next = null;
            for (String t : remaining) {
                boolean ready = foreignKeys.get(t).stream().map(f -> key(f.referencedTable()))
                        .allMatch(p -> p.equals(t) || done.contains(p));
                if (ready) {
                    next = t;
                    break;
                }
            }
            if (next == null) {
                next = remaining.get(0); // a cycle: the foreign key check defers what it cannot see yet
            }
            remaining.remove(next);
            done.add(next);
            order.add(next);
        }
        return order;
    }

    Resolved resolve(String table, String column) {
        return resolve(table, column, new HashSet<>());
    }

    private Resolved resolve(String table, String column, Set<String> visiting) {
        String id = key(table) + "." + column.toLowerCase(Locale.ROOT);
        Resolved done = resolved.get(id);
        if (done != null) {
            return done;
        }
        if (!visiting.add(id)) {
            throw new ConfigurationException("job spec " + spec.name() + ": foreign keys form a cycle through " + table + "." + column);
        }
        TableSpec t = specs.get(key(table));
        Optional<ColumnSpec> own = t.column(column);
        Optional<ForeignKey> fk = foreignKeys.get(key(table)).stream().filter(f -> f.indexOf(column) >= 0).findFirst();
        Resolved result;
        if (fk.isPresent() && !(own.isPresent() && own.get().rule() instanceof ColumnRule.Drop)) {
            ForeignKey f = fk.get();
            // Each column of a composite key takes the domain of the parent column in the same position.
            String parentColumn = f.referencedColumns().get(f.indexOf(column));
            Resolved parent = resolve(f.referencedTable(), parentColumn, visiting);
            if (parent.drop()) {
                throw new ConfigurationException("job spec " + spec.name() + ", tables." + table + ".columns." + column
                        + ": a foreign key to " + f.referencedTable() + "." + parentColumn + ", which is dropped; drop this column too");
            }
            if (own.isPresent()) {
                Resolved mine = fromRule(table, own.get());
                if (!mine.transformation().equals(parent.transformation())) {
                    throw new ConfigurationException("job spec " + spec.name() + ", tables." + table + ".columns." + column
                            + ": a foreign key column takes its parent key's transformation (" + f.referencedTable() + "."
                            + parentColumn + ": " + parent.transformation().kind() + "), but its rule gives "
                            + mine.transformation().kind() + "; remove its rule or make it the same");
                }
            }
            result = new Resolved(false, parent.transformation(), parent.domain(), parent.type(),
                    "foreign key to " + f.referencedTable() + "." + parentColumn);
        } else {
            result = fromRule(table, own.orElseThrow());
        }
        visiting.remove(id);
        resolved.put(id, result);
        return result;
    }

    private Resolved fromRule(String table, ColumnSpec column) {
        ColumnRule rule = column.rule();
        if (rule instanceof ColumnRule.Drop) {
            return new Resolved(true, new Transformation.Keep(), "", Optional.empty(), "spec");
        }
        if (rule instanceof ColumnRule.Keep) {
            return new Resolved(false, new Transformation.Keep(), "", Optional.empty(), "spec");
        }
        Transformation transformation;
        Optional<IdentifierType> type = Optional.empty();
        String reason;
        if (rule instanceof ColumnRule.Identifier id) {
            type = Optional.of(id.type());
            transformation = profile.transformationFor(id.type()).orElseThrow(() -> new ConfigurationException("job spec "
                    + spec.name() + ", tables." + table + ".columns." + column.name() + ": profile " + profile.name()
                    + " has no transformation for " + id.type() + "; give one explicitly"));
            reason = "profile " + profile.name();
        } else {
            transformation = ((ColumnRule.Explicit) rule).transformation();
            type = ((ColumnRule.Explicit) rule).type();
            reason = "spec";
        }
        String domain = column.domain().orElseGet(() -> transformation.needsEntity()
                ? "entity-dates:" + spec.entity().orElse("") : specs.get(key(table)).name() + "." + column.name());
        return new Resolved(false, transformation, domain, type, reason);
    }

    private TablePlan tablePlan(String table) {
        TableSpec t = specs.get(table);
        TableSchema schema = schemas.get(table);
        List<String> input = schema.columnNames();
        List<SourceColumn> output = new ArrayList<>();
        List<Integer> from = new ArrayList<>();
        List<ValueTransformer> transformers = new ArrayList<>();
        List<Boolean> needsEntity = new ArrayList<>();
        List<Boolean> identifier = new ArrayList<>();
        List<Boolean> detect = new ArrayList<>();
        List<Boolean> words = new ArrayList<>();
        List<JobReport.ColumnReport> reports = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            String column = input.get(i);
            Resolved r = resolve(t.name(), column);
            reports.add(new JobReport.ColumnReport(column, r.drop() ? "drop" : r.transformation().kind(),
                    r.type().map(Enum::name), r.drop() || r.keep() || !r.transformation().keyed() && !r.transformation().needsEntity()
                            ? Optional.empty() : Optional.of(r.domain()), r.reason()));
            SourceColumn sc = schema.columns().get(i);
            if (sc.binary() && !r.drop() && !(r.transformation() instanceof Transformation.Suppress)) {
                throw new ConfigurationException("job spec " + spec.name() + ", tables." + t.name() + ".columns." + column
                        + ": a binary column (" + sc.sqlType().orElse("bytes") + "; e.g. a full-face photograph, 45 CFR "
                        + "164.514(b)(2)(i)(Q)) is never copied or transformed as text; give it \"drop\" or a suppress transformation");
            }
            if (r.drop()) {
                continue;
            }
            output.add(r.keep() ? sc
                    : new SourceColumn(sc.name(), Optional.of("VARCHAR")));
            from.add(i);
            words.add(r.keep() && t.column(column).map(c -> !SpecProposer.namesThings(t.name(), c)).orElse(true));
            if (r.keep()) {
                transformers.add(null);
                needsEntity.add(false);
                identifier.add(false);
                detect.add(false);
            } else {
                ValueTransformer vt;
                try {
                    vt = compiled(r);
                } catch (RuntimeException e) {
                    throw new ConfigurationException("job spec " + spec.name() + ", tables." + t.name() + ".columns." + column
                            + ": cannot compile " + r.transformation().kind() + ": " + e.getMessage(), e);
                }
                transformers.add(vt);
                needsEntity.add(r.transformation().needsEntity());
                identifier.add(r.type().isPresent());
                // A foreign key's outputs are its parent key's outputs, which are checked there.
                detect.add(!formatPreserving(r.transformation()) && !r.reason().startsWith("foreign key"));
            }
        }
        int entity = -1;
        if (needsEntity.contains(true)) {
            String entityColumn = entityColumn(t).orElseThrow(() -> new ConfigurationException("job spec " + spec.name()
                    + ", tables." + t.name() + ": a column is date-shifted per entity, but the table has no entity column; set "
                    + "\"entity\" (the data subjects' table) and, if no foreign key leads to it, \"entityColumn\""));
            entity = CsvDirectorySource.indexOf(input, entityColumn);
            if (entity < 0) {
                throw new ConfigurationException("job spec " + spec.name() + ", tables." + t.name() + ".entityColumn: the input has no column " + entityColumn);
            }
        }
        List<TablePlan.Fk> fks = new ArrayList<>();
        for (ForeignKey fk : foreignKeys.get(table)) {
            int[] in = fk.columns().stream().mapToInt(c -> CsvDirectorySource.indexOf(input, c)).toArray();
            fks.add(new TablePlan.Fk(fk.columns(), in, outputPositions(in, from), specs.get(key(fk.referencedTable())).name(),
                    fk.referencedColumns()));
        }
        List<String> pk = primaryKeys.get(table);
        int[] pkIn = pk.stream().mapToInt(c -> CsvDirectorySource.indexOf(input, c)).toArray();
        int[] pkOut = outputPositions(pkIn, from);
        return new TablePlan(t.name(), input, output, from.stream().mapToInt(Integer::intValue).toArray(),
                transformers.toArray(ValueTransformer[]::new), toArray(needsEntity), toArray(identifier), toArray(detect), entity,
                pkIn, Arrays.stream(pkOut).allMatch(o -> o >= 0) ? pkOut : new int[0], pk, fks, reports, toArray(words));
    }

    /** @return for each input position, its output position or -1 when the column is dropped */
    private static int[] outputPositions(int[] inputs, List<Integer> from) {
        int[] out = new int[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            out[i] = from.indexOf(inputs[i]);
        }
        return out;
    }

    private static boolean sameColumns(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equalsIgnoreCase(b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** One transformer per (transformation, domain): a foreign key shares its parent key's, and so its memo. */
    private ValueTransformer compiled(Resolved r) {
        String id = r.domain() + "\u0000" + r.transformation();
        ValueTransformer vt = transformers.get(id);
        if (vt == null) {
            vt = deidentifier.compile(r.transformation(), new ConsistencyDomain(r.domain()));
            Transformation t = r.transformation();
            if (!t.needsEntity() && (t instanceof Transformation.FormatPreservingEncryption || t instanceof Transformation.KeyedHash
                    || t instanceof Transformation.KeyedToken || t instanceof Transformation.Pseudonym)) {
                vt = new MemoizedTransformer(vt);
            }
            transformers.put(id, vt);
        }
        return vt;
    }

    private Optional<String> entityColumn(TableSpec t) {
        if (t.entityColumn().isPresent()) {
            return t.entityColumn();
        }
        if (spec.entity().isEmpty()) {
            return Optional.empty();
        }
        String entity = spec.entity().get();
        if (entity.equalsIgnoreCase(t.name())) {
            return single(primaryKeys.get(key(t.name())));
        }
        Optional<String> entityKey = single(primaryKeys.get(key(entity)));
        return foreignKeys.get(key(t.name())).stream()
                .filter(f -> !f.composite() && f.referencedTable().equalsIgnoreCase(entity)
                        && entityKey.map(k -> k.equalsIgnoreCase(f.referencedColumn())).orElse(true))
                .map(ForeignKey::column).findFirst();
    }

    /** An entity is keyed by one column; a composite key gives no entity column. */
    private static Optional<String> single(List<String> key) {
        return key.size() == 1 ? Optional.of(key.get(0)) : Optional.empty();
    }

    /** Kinds whose output keeps the shape of the input on purpose, so a detector would still (rightly) see one. */
    static boolean formatPreserving(Transformation t) {
        return t instanceof Transformation.FormatPreservingEncryption || t instanceof Transformation.Pseudonym
                || t instanceof Transformation.DateShift || t instanceof Transformation.CharacterMask
                || t instanceof Transformation.DateToMonth || t instanceof Transformation.Keep;
    }

    private static boolean[] toArray(List<Boolean> list) {
        boolean[] out = new boolean[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }

    static String key(String table) {
        return table.toLowerCase(Locale.ROOT);
    }
}
