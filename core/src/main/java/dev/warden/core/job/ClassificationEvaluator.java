package dev.warden.core.job;

import dev.warden.deid.IdentifierType;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.warden.ConfigurationException;
import dev.warden.WardenException;
import dev.warden.core.deid.Deidentifiers;
import dev.warden.core.deid.TransformationJson;
import dev.warden.core.job.ClassificationEvaluation.DateViolation;
import dev.warden.core.job.ClassificationEvaluation.Destroyed;
import dev.warden.core.job.ClassificationEvaluation.Leak;
import dev.warden.core.job.ClassificationEvaluation.Miss;
import dev.warden.core.job.ClassificationGold.Category;
import dev.warden.core.job.ClassificationGold.Label;
import dev.warden.core.job.ClassificationGold.Reference;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The labelled benchmark of {@code warden classify} ({@code warden classify --evaluate GOLD.json}): proposes a spec
 * for a source with {@link SpecProposer}, runs it unedited with {@link DeidentificationJob} (profile
 * {@code hipaa-safe-harbor}, a fresh random 32-byte key, CSV output in a temporary directory that is deleted
 * afterwards) and compares input, proposal and output with the source's {@link ClassificationGold gold labels}:
 *
 * <ul>
 *   <li><b>identifier recall</b>: share of gold identifier, credential and free-text columns caught, i.e. not proposed
 *       {@code keep} and with no non-empty output cell equal to the same row's input cell (a foreign key column takes
 *       its parent key's rule);</li>
 *   <li><b>leaks</b>, independently of the proposal: output cells in any column, passed through unchanged (equal to
 *       the same row's input cell; a transformed cell equals an input value only by coincidence, e.g. a surrogate
 *       name that is also a town), that equal a non-trivial input value (at least 4 characters, not one character
 *       repeated) of any gold identifier column of any table, not counting values that also occur in a gold
 *       non-identifying or quasi-identifier input column (shared vocabulary);</li>
 *   <li><b>keep rate</b>: share of gold non-identifying columns output byte-identical;</li>
 *   <li>whether the proposal <b>runs unedited</b> (the job finished and its validation passed);</li>
 *   <li>whether every gold <b>foreign key</b> is declared (in the proposal or the database's metadata) and joins in
 *       the output;</li>
 *   <li><b>dates</b>: no output cell of a gold date column parses as a full date (45 CFR 164.514(b)(2)(i)(C)).</li>
 * </ul>
 *
 * <p>The output is kept for measuring even when validation fails. The source is read whole into memory (twice: input
 * and output), so this is for benchmark-sized data sets, not production volumes. {@link #evaluateCut} evaluates the
 * first {@code n} entities of a data set with the rows that go with them. Results never contain data values.
 */
public final class ClassificationEvaluator {

    private static final String PROFILE = "hipaa-safe-harbor";
    /** Year-month-day (ISO 8601, also as a timestamp's start), month/day/year and day.month.year. */
    private static final Pattern FULL_DATE = Pattern.compile(
            "\\d{4}-\\d{1,2}-\\d{1,2}.*|\\d{1,2}/\\d{1,2}/\\d{2,4}.*|\\d{1,2}\\.\\d{1,2}\\.\\d{4}.*");

    private final ClassificationGold gold;
    private final int sampleRows;

    /**
     * @param gold the data set's gold labels
     * @param sampleRows rows the proposer samples per table, as {@code warden classify --sample} (default there 1000)
     */
    public ClassificationEvaluator(ClassificationGold gold, int sampleRows) {
        this.gold = gold;
        this.sampleRows = Math.max(1, sampleRows);
    }

    /**
     * Evaluates the proposal for the whole source.
     *
     * @param source the data set the gold describes
     * @return the evaluation
     * @throws ConfigurationException if a column of the source has no gold label, or the gold labels a column the
     *     source does not have
     */
    public ClassificationEvaluation evaluate(TableSource source) {
        return evaluate(source, "whole");
    }

    /**
     * Evaluates the proposal for a cut of the source (see {@link #cut}), written to a temporary CSV directory that is
     * deleted afterwards.
     *
     * @param source the data set the gold describes
     * @param entities how many rows of the entity table to keep, at least 1
     * @return the evaluation, whose {@code cut} is {@code "first N"}
     */
    public ClassificationEvaluation evaluateCut(TableSource source, int entities) {
        Path dir = temporaryDirectory("warden-cut-");
        try {
            cut(source, entities, dir);
            try (TableSource cut = new CsvDirectorySource(dir, gold.delimiter())) {
                return evaluate(cut, "first " + entities);
            }
        } finally {
            deleteTree(dir);
        }
    }

    /**
     * Writes a cut of the source as CSV files (the gold's delimiter, a header row, empty for null) to a directory:
     * the entity table's first {@code entities} rows; tables that refer to it through the gold's foreign keys,
     * directly or transitively, restricted to rows whose foreign keys point at kept rows; tables they refer to
     * (reference tables) restricted to the rows referred to by kept rows; other tables whole, less rows whose foreign
     * keys point at rows cut away. Every gold foreign key that joins in the source joins in the cut.
     *
     * @param source the data set the gold describes
     * @param entities how many rows of the entity table to keep, at least 1
     * @param directory an existing, empty directory
     * @throws ConfigurationException if the gold names no entity table and the source has more than one table
     */
    public void cut(TableSource source, int entities, Path directory) {
        Map<String, Table> tables = load(source);
        String entity = entityTable(tables);
        Map<String, List<String[]>> kept = new Cut(tables, entity).rows(Math.max(1, entities));
        CsvMapper mapper = new CsvMapper();
        for (Table t : tables.values()) {
            CsvSchema.Builder schema = CsvSchema.builder().setColumnSeparator(gold.delimiter()).setUseHeader(true).setNullValue("");
            t.columns.forEach(schema::addColumn);
            try (Writer w = new BufferedWriter(Files.newBufferedWriter(directory.resolve(t.name + ".csv"), StandardCharsets.UTF_8));
                 SequenceWriter seq = mapper.writer(schema.build()).writeValues(w)) {
                for (String[] row : kept.get(key(t.name))) {
                    seq.write(row);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cut of " + gold.dataset() + ": cannot write table " + t.name, e);
            }
        }
    }

    /**
     * @param source the data set the gold describes
     * @return rows of its entity table (of its only table if the gold names none)
     */
    public long entityRows(TableSource source) {
        List<String> names = source.tables();
        String entity = gold.entity().orElseGet(() -> names.size() == 1 ? names.get(0) : "");
        return names.stream().filter(n -> n.equalsIgnoreCase(entity)).findFirst().map(source::count)
                .orElseThrow(() -> new ConfigurationException("gold " + gold.dataset() + ": entity table \"" + entity
                        + "\" is not in the source"));
    }

    ClassificationEvaluation evaluate(TableSource source, String cut) {
        Map<String, Table> input = load(source);
        checkLabels(input);
        List<String> runFailures = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        long t0 = System.nanoTime();
        Optional<JobSpec> proposal;
        try {
            // Through its JSON, as `classify --output` writes it and `deidentify --spec` reads it: the written spec runs.
            JobSpec proposed = new SpecProposer(source, sampleRows).propose("evaluated", PROFILE, LocalDate.now(ZoneOffset.UTC));
            proposal = Optional.of(JobSpec.parse(proposed.toJson(), "the proposal as written"));
        } catch (WardenException | IllegalStateException | IllegalArgumentException | UncheckedIOException e) {
            proposal = Optional.empty();
            runFailures.add("the proposal failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        long proposeMillis = (System.nanoTime() - t0) / 1_000_000;
        long jobMillis = 0;
        Map<String, Table> output = Map.of();
        Path tmp = temporaryDirectory("warden-evaluation-");
        try {
            if (proposal.isPresent()) {
                long t1 = System.nanoTime();
                Path out = tmp.resolve("output");
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                try (RetainingTarget target = new RetainingTarget(new DirectoryTarget(out, DirectoryTarget.Format.CSV, ','))) {
                    DeidentificationJob.builder().spec(proposal.get()).source(source).target(target)
                            .deidentifiers(p -> Deidentifiers.forProfile(p, key)).build().run();
                } catch (ValidationFailedException e) {
                    runFailures.addAll(e.report().validation().failures());
                } catch (WardenException | IllegalStateException | IllegalArgumentException | UncheckedIOException e) {
                    runFailures.add("the job failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
                } finally {
                    java.util.Arrays.fill(key, (byte) 0);
                }
                jobMillis = (System.nanoTime() - t1) / 1_000_000;
                if (Files.isDirectory(out)) {
                    try (TableSource written = new CsvDirectorySource(out, ',')) {
                        output = load(written);
                    }
                }
            }
        } finally {
            deleteTree(tmp);
        }
        return new Measure(input, proposal, output, source, notes).result(cut, runFailures, proposeMillis, jobMillis);
    }

    /** What the evaluation compares; one per evaluation. */
    private final class Measure {
        final Map<String, Table> input;
        final Optional<JobSpec> proposal;
        final Map<String, Table> output;
        final TableSource source;
        final List<String> notes;

        Measure(Map<String, Table> input, Optional<JobSpec> proposal, Map<String, Table> output, TableSource source, List<String> notes) {
            this.input = input;
            this.proposal = proposal;
            this.output = output;
            this.source = source;
            this.notes = notes;
        }

        ClassificationEvaluation result(String cut, List<String> runFailures, long proposeMillis, long jobMillis) {
            int columns = 0;
            long rows = 0;
            int idColumns = 0;
            int caught = 0;
            int niColumns = 0;
            int niKept = 0;
            List<Miss> missed = new ArrayList<>();
            List<Destroyed> destroyed = new ArrayList<>();
            List<DateViolation> dates = new ArrayList<>();
            for (Table in : input.values()) {
                rows += in.rows.size();
                Optional<Table> out = Optional.ofNullable(output.get(key(in.name)));
                if (out.isPresent() && out.get().rows.size() != in.rows.size()) {
                    notes.add("table " + in.name + ": " + out.get().rows.size() + " output rows for " + in.rows.size() + " input rows; compared row by row up to the shorter");
                }
                for (int c = 0; c < in.columns.size(); c++) {
                    columns++;
                    String column = in.columns.get(c);
                    String qualified = in.name + "." + column;
                    Label label = gold.label(in.name, column).orElseThrow();
                    Proposed p = proposal.map(s -> proposed(s, in.name, column, 0))
                            .orElse(new Proposed("no proposal", "", false));
                    int oc = out.map(o -> indexOf(o.columns, column)).orElse(-1);
                    Comparison cmp = compare(in, c, out, oc);
                    if (label.category().protectedColumn()) {
                        idColumns++;
                        // An age is top-coded (Safe Harbor keeps ages up to 89): caught when its rule is not keep.
                        boolean generalized = label.identifier().filter(x -> x == IdentifierType.AGE).isPresent();
                        if (!p.keep && (cmp.unchanged == 0 || generalized)) {
                            caught++;
                        } else {
                            missed.add(new Miss(qualified, label.toString(), p.rule, p.comment, cmp.unchanged, cmp.nonEmpty));
                        }
                    } else if (label.category() == Category.NON_IDENTIFYING) {
                        niColumns++;
                        if (oc >= 0 && cmp.changed == 0 && out.get().rows.size() == in.rows.size()) {
                            niKept++;
                        } else {
                            destroyed.add(new Destroyed(qualified, p.rule, p.comment, oc < 0 ? -1 : cmp.changed, in.rows.size()));
                        }
                    }
                    if (label.date() && oc >= 0) {
                        long full = out.get().rows.stream().map(r -> r[oc]).filter(v -> v != null && FULL_DATE.matcher(v).matches()).count();
                        if (full > 0) {
                            dates.add(new DateViolation(qualified, label.toString(), p.rule, full));
                        }
                    }
                }
            }
            List<Leak> leaks = leaks();
            long leakCells = leaks.stream().mapToLong(Leak::cells).sum();
            List<String> fkFailures = foreignKeys();
            return new ClassificationEvaluation(gold.dataset(), cut, input.size(), columns, rows, idColumns, caught,
                    niColumns, niKept, proposal.isPresent() && runFailures.isEmpty(), runFailures, gold.foreignKeys().size(),
                    fkFailures, leakCells, leaks, dates, missed, destroyed, notes, proposeMillis, jobMillis);
        }

        private Comparison compare(Table in, int c, Optional<Table> out, int oc) {
            if (out.isEmpty() || oc < 0) {
                long nonEmpty = in.rows.stream().filter(r -> !norm(r[c]).isEmpty()).count();
                return new Comparison(0, nonEmpty, in.rows.size());
            }
            List<String[]> outRows = out.get().rows;
            int n = Math.min(outRows.size(), in.rows.size());
            long unchanged = 0;
            long nonEmpty = 0;
            long changed = 0;
            for (int r = 0; r < n; r++) {
                String a = norm(in.rows.get(r)[c]);
                String b = norm(outRows.get(r)[oc]);
                if (!a.isEmpty()) {
                    nonEmpty++;
                    if (a.equals(b)) {
                        unchanged++;
                    }
                }
                if (!a.equals(b)) {
                    changed++;
                }
            }
            return new Comparison(unchanged, nonEmpty, changed);
        }

        /** An age in years as exports write it: 58, 58.0, 0.08. */
        private static final java.util.regex.Pattern AGE_VALUE = java.util.regex.Pattern.compile("[0-9]{1,3}(\\.[0-9]+)?");

        private List<Leak> leaks() {
            Map<String, String> identifierValues = new HashMap<>();
            Set<String> vocabulary = new HashSet<>();
            for (Table in : input.values()) {
                for (int c = 0; c < in.columns.size(); c++) {
                    Label label = gold.label(in.name, in.columns.get(c)).orElseThrow();
                    boolean identifier = label.category().protectedColumn();
                    String qualified = in.name + "." + in.columns.get(c);
                    for (String[] row : in.rows) {
                        String v = norm(row[c]);
                        if (identifier) {
                            // an age up to 89 may stand (45 CFR 164.514(b)(2)(i)(C)), written 58 or 58.0; older ones are
                            // counted below
                            boolean keptAge = label.identifier().filter(x -> x == IdentifierType.AGE).isPresent()
                                    && AGE_VALUE.matcher(v).matches();
                            if (nonTrivial(v) && !OutputValidator.smallInteger(v) && !keptAge) { // a surrogate key, a count or a year
                                identifierValues.putIfAbsent(v, qualified);
                            }
                        } else {
                            vocabulary.add(v);
                        }
                    }
                }
            }
            identifierValues.keySet().removeAll(vocabulary);
            Map<String, long[]> counts = new TreeMap<>();
            Map<String, Set<String>> sources = new HashMap<>();
            for (Table out : output.values()) {
                Table in = input.get(key(out.name));
                for (int c = 0; c < out.columns.size(); c++) {
                    String qualified = out.name + "." + out.columns.get(c);
                    int ic = in == null ? -1 : indexOf(in.columns, out.columns.get(c));
                    for (int r = 0; r < out.rows.size(); r++) {
                        String value = norm(out.rows.get(r)[c]);
                        if (ic >= 0 && r < in.rows.size() && !value.equals(norm(in.rows.get(r)[ic]))) {
                            continue; // a transformed cell: equal to an input value only by coincidence (a surrogate, a shifted date)
                        }
                        String from = identifierValues.get(value);
                        if (from != null) {
                            counts.computeIfAbsent(qualified, k -> new long[1])[0]++;
                            sources.computeIfAbsent(qualified, k -> new java.util.TreeSet<>()).add(from);
                        }
                    }
                }
            }
            // An age over 89 written out as it came in is an identifier value too (45 CFR 164.514(b)(2)(i)(C)).
            for (Table out : output.values()) {
                Table in = input.get(key(out.name));
                for (int c = 0; in != null && c < out.columns.size(); c++) {
                    String column = out.columns.get(c);
                    int ic = indexOf(in.columns, column);
                    boolean age = ic >= 0 && gold.label(in.name, column)
                            .flatMap(Label::identifier).filter(x -> x == IdentifierType.AGE).isPresent();
                    for (int r = 0; age && r < Math.min(out.rows.size(), in.rows.size()); r++) {
                        String value = norm(out.rows.get(r)[c]);
                        if (value.equals(norm(in.rows.get(r)[ic])) && AGE_VALUE.matcher(value).matches()
                                && Double.parseDouble(value) >= 90) {
                            String qualified = out.name + "." + column;
                            counts.computeIfAbsent(qualified, k -> new long[1])[0]++;
                            sources.computeIfAbsent(qualified, k -> new java.util.TreeSet<>()).add(in.name + "." + column + " (age over 89)");
                        }
                    }
                }
            }
            List<Leak> leaks = new ArrayList<>();
            counts.forEach((column, n) -> leaks.add(new Leak(column, n[0], List.copyOf(sources.get(column)))));
            return leaks;
        }

        private List<String> foreignKeys() {
            List<String> failures = new ArrayList<>();
            for (Reference fk : gold.foreignKeys()) {
                Table child = input.get(key(fk.table()));
                Table parent = input.get(key(fk.referencedTable()));
                if (child == null || parent == null) {
                    throw new ConfigurationException("gold " + gold.dataset() + ": foreign key " + fk + " names a table the source does not have");
                }
                boolean declared = proposal.flatMap(s -> s.table(fk.table())).flatMap(t -> t.foreignKey(fk.column()))
                        .filter(f -> same(f, fk)).isPresent()
                        || source.schema(child.name).foreignKeys().stream().anyMatch(f -> f.column().equalsIgnoreCase(fk.column()) && same(f, fk));
                long inputOrphans = orphans(input, fk);
                if (inputOrphans < 0) {
                    throw new ConfigurationException("gold " + gold.dataset() + ": foreign key " + fk + " names a column the source does not have");
                }
                List<String> reasons = new ArrayList<>();
                if (!declared) {
                    if (nonEmpty(input, fk) == 0) {
                        notes.add("foreign key " + fk + ": the child column is empty in this input, so it need not be declared");
                    } else {
                        reasons.add("not declared by the proposal");
                    }
                }
                if (inputOrphans > 0) {
                    notes.add("foreign key " + fk + ": " + inputOrphans + " child values do not join in the input itself; join not checked");
                } else {
                    long outputOrphans = orphans(output, fk);
                    if (outputOrphans < 0) {
                        reasons.add("a key column is not in the output");
                    } else if (outputOrphans > 0) {
                        reasons.add(outputOrphans + " child values do not join in the output");
                    }
                }
                if (!reasons.isEmpty()) {
                    failures.add(fk + ": " + String.join("; ", reasons));
                }
            }
            return failures;
        }

        private static long nonEmpty(Map<String, Table> tables, Reference fk) {
            Table child = tables.get(key(fk.table()));
            int cc = indexOf(child.columns, fk.column());
            return child.rows.stream().filter(r -> !norm(r[cc]).isEmpty()).count();
        }

        private static boolean same(ForeignKey f, Reference fk) {
            return f.referencedTable().equalsIgnoreCase(fk.referencedTable()) && f.referencedColumn().equalsIgnoreCase(fk.referencedColumn());
        }

        /** @return non-empty child values without a parent, or -1 if a table or column is missing */
        private static long orphans(Map<String, Table> tables, Reference fk) {
            Table child = tables.get(key(fk.table()));
            Table parent = tables.get(key(fk.referencedTable()));
            if (child == null || parent == null) {
                return -1;
            }
            int cc = indexOf(child.columns, fk.column());
            int pc = indexOf(parent.columns, fk.referencedColumn());
            if (cc < 0 || pc < 0) {
                return -1;
            }
            Set<String> keys = new HashSet<>();
            parent.rows.forEach(r -> keys.add(norm(r[pc])));
            return child.rows.stream().map(r -> norm(r[cc])).filter(v -> !v.isEmpty() && !keys.contains(v)).count();
        }
    }

    private record Comparison(long unchanged, long nonEmpty, long changed) {
    }

    private record Proposed(String rule, String comment, boolean keep) {
    }

    private static Proposed proposed(JobSpec spec, String table, String column, int depth) {
        Optional<TableSpec> t = spec.table(table);
        if (t.isEmpty()) {
            return new Proposed("table not copied", "", false);
        }
        Optional<ColumnSpec> c = t.get().column(column);
        if (c.isPresent()) {
            return new Proposed(describe(c.get().rule()), c.get().comment().orElse(""), c.get().rule() instanceof ColumnRule.Keep);
        }
        Optional<ForeignKey> fk = t.get().foreignKey(column);
        if (fk.isPresent() && depth < 16) {
            Proposed parent = proposed(spec, fk.get().referencedTable(), fk.get().referencedColumn(), depth + 1);
            return new Proposed("via FK " + fk.get().referencedTable() + "." + fk.get().referencedColumn() + ": " + parent.rule,
                    parent.comment, parent.keep);
        }
        return new Proposed("unclassified", "", false);
    }

    private static String describe(ColumnRule rule) {
        if (rule instanceof ColumnRule.Keep) {
            return "keep";
        }
        if (rule instanceof ColumnRule.Drop) {
            return "drop";
        }
        if (rule instanceof ColumnRule.Identifier id) {
            return id.type().name();
        }
        ColumnRule.Explicit x = (ColumnRule.Explicit) rule;
        return TransformationJson.write(x.transformation()).toString() + x.type().map(t -> " as " + t.name()).orElse("");
    }

    private void checkLabels(Map<String, Table> input) {
        Set<String> present = new HashSet<>();
        List<String> unlabelled = new ArrayList<>();
        for (Table t : input.values()) {
            for (String c : t.columns) {
                present.add(key(t.name + "." + c));
                if (gold.label(t.name, c).isEmpty()) {
                    unlabelled.add(t.name + "." + c);
                }
            }
        }
        if (!unlabelled.isEmpty()) {
            throw new ConfigurationException("gold " + gold.dataset() + ": " + unlabelled.size() + " columns of the source have no label: "
                    + String.join(", ", unlabelled));
        }
        List<String> absent = gold.columns().keySet().stream().filter(k -> !present.contains(key(k))).toList();
        if (!absent.isEmpty()) {
            throw new ConfigurationException("gold " + gold.dataset() + ": labels columns the source does not have: " + String.join(", ", absent));
        }
    }

    private String entityTable(Map<String, Table> tables) {
        if (gold.entity().isPresent()) {
            Table t = tables.get(key(gold.entity().get()));
            if (t == null) {
                throw new ConfigurationException("gold " + gold.dataset() + ": entity table \"" + gold.entity().get() + "\" is not in the source");
            }
            return t.name;
        }
        if (tables.size() == 1) {
            return tables.values().iterator().next().name;
        }
        throw new ConfigurationException("gold " + gold.dataset() + ": a cut of a multi-table set needs \"entity\", the table of the people it describes");
    }

    /** The cut's row selection (see {@link #cut}). */
    private final class Cut {
        final Map<String, Table> tables;
        final String entity;
        /** Child table key to its gold foreign keys, self-references left out. */
        final Map<String, List<Reference>> parents = new HashMap<>();

        Cut(Map<String, Table> tables, String entity) {
            this.tables = tables;
            this.entity = key(entity);
            for (Reference fk : gold.foreignKeys()) {
                if (!key(fk.table()).equals(key(fk.referencedTable())) && tables.containsKey(key(fk.table()))
                        && tables.containsKey(key(fk.referencedTable()))) {
                    parents.computeIfAbsent(key(fk.table()), k -> new ArrayList<>()).add(fk);
                }
            }
        }

        Map<String, List<String[]>> rows(int n) {
            // tables below the entity: those that reach it through foreign keys, in parents-first order
            List<String> below = new ArrayList<>(List.of(entity));
            boolean grew = true;
            while (grew) {
                grew = false;
                for (String t : tables.keySet()) {
                    if (!below.contains(t) && parents.getOrDefault(t, List.of()).stream().anyMatch(f -> below.contains(key(f.referencedTable())))
                            && parents.getOrDefault(t, List.of()).stream().map(f -> key(f.referencedTable()))
                                    .filter(p -> reaches(p, entity)).allMatch(below::contains)) {
                        below.add(t);
                        grew = true;
                    }
                }
            }
            for (String t : tables.keySet()) { // cycles among tables below the entity: add the rest in any order
                if (!below.contains(t) && reaches(t, entity)) {
                    below.add(t);
                }
            }
            Map<String, List<String[]>> kept = new LinkedHashMap<>();
            Table e = tables.get(entity);
            kept.put(entity, new ArrayList<>(e.rows.subList(0, Math.min(n, e.rows.size()))));
            for (String t : below.subList(1, below.size())) {
                kept.put(t, filter(t, kept, below));
            }
            // reference tables: reached from below, restricted to the rows referred to (to a fixed point)
            Set<String> ancestors = new LinkedHashSet<>();
            ArrayDeque<String> todo = new ArrayDeque<>(below);
            while (!todo.isEmpty()) {
                for (Reference f : parents.getOrDefault(todo.pop(), List.of())) {
                    String p = key(f.referencedTable());
                    if (!below.contains(p) && ancestors.add(p)) {
                        todo.add(p);
                    }
                }
            }
            ancestors.forEach(a -> kept.put(a, new ArrayList<>()));
            boolean changed = true;
            while (changed) {
                changed = false;
                for (String a : ancestors) {
                    Set<String> referred = new HashSet<>();
                    for (Map.Entry<String, List<Reference>> ps : parents.entrySet()) {
                        if (!kept.containsKey(ps.getKey())) {
                            continue;
                        }
                        for (Reference f : ps.getValue()) {
                            if (key(f.referencedTable()).equals(a)) {
                                referred.addAll(values(ps.getKey(), f.column(), kept.get(ps.getKey())));
                            }
                        }
                    }
                    Table at = tables.get(a);
                    int k = keyColumn(a);
                    List<String[]> rows = k < 0 ? at.rows : at.rows.stream().filter(r -> referred.contains(norm(r[k]))).toList();
                    if (rows.size() != kept.get(a).size()) {
                        kept.put(a, new ArrayList<>(rows));
                        changed = true;
                    }
                }
            }
            // self-references (an employee's manager): add the rows referred to by kept rows, to a fixed point
            for (Reference fk : gold.foreignKeys()) {
                String t = key(fk.table());
                if (t.equals(key(fk.referencedTable())) && kept.containsKey(t) && !t.equals(entity)) {
                    Table tt = tables.get(t);
                    int cc = indexOf(tt.columns, fk.column());
                    int pc = indexOf(tt.columns, fk.referencedColumn());
                    int before = -1;
                    while (before != kept.get(t).size()) {
                        before = kept.get(t).size();
                        Set<String> referred = new HashSet<>();
                        kept.get(t).forEach(r -> referred.add(norm(r[cc])));
                        List<String[]> rows = tt.rows.stream().filter(r -> kept.get(t).contains(r) || referred.contains(norm(r[pc]))).toList();
                        kept.put(t, new ArrayList<>(rows));
                    }
                }
            }
            // other tables: whole, less rows that point at rows cut away
            for (String t : tables.keySet()) {
                if (!kept.containsKey(t)) {
                    kept.put(t, filter(t, kept, List.copyOf(kept.keySet())));
                }
            }
            return kept;
        }

        private int keyColumn(String table) {
            for (Reference f : gold.foreignKeys()) {
                if (key(f.referencedTable()).equals(table)) {
                    return indexOf(tables.get(table).columns, f.referencedColumn());
                }
            }
            return -1;
        }

        private boolean reaches(String from, String to) {
            Set<String> seen = new HashSet<>();
            ArrayDeque<String> todo = new ArrayDeque<>(List.of(from));
            while (!todo.isEmpty()) {
                String t = todo.pop();
                if (t.equals(to)) {
                    return true;
                }
                if (seen.add(t)) {
                    parents.getOrDefault(t, List.of()).forEach(f -> todo.add(key(f.referencedTable())));
                }
            }
            return false;
        }

        /** Rows of {@code t} whose foreign keys into restricted tables are empty or point at kept rows. */
        private List<String[]> filter(String t, Map<String, List<String[]>> kept, List<String> restricted) {
            Table table = tables.get(t);
            List<int[]> checks = new ArrayList<>();
            List<Set<String>> keys = new ArrayList<>();
            for (Reference f : parents.getOrDefault(t, List.of())) {
                String p = key(f.referencedTable());
                if (restricted.contains(p) && kept.containsKey(p)) {
                    checks.add(new int[] {indexOf(table.columns, f.column())});
                    keys.add(values(p, f.referencedColumn(), kept.get(p)));
                }
            }
            List<String[]> rows = new ArrayList<>();
            for (String[] r : table.rows) {
                boolean ok = true;
                for (int i = 0; i < checks.size() && ok; i++) {
                    String v = norm(r[checks.get(i)[0]]);
                    ok = v.isEmpty() || keys.get(i).contains(v);
                }
                if (ok) {
                    rows.add(r);
                }
            }
            return rows;
        }

        private Set<String> values(String table, String column, List<String[]> rows) {
            int c = indexOf(tables.get(table).columns, column);
            Set<String> values = new HashSet<>();
            if (c >= 0) {
                rows.forEach(r -> values.add(norm(r[c])));
            }
            return values;
        }
    }

    /** A table read whole: its name as the source spells it, its columns, its rows. */
    private record Table(String name, List<String> columns, List<String[]> rows) {
    }

    private static Map<String, Table> load(TableSource source) {
        Map<String, Table> tables = new LinkedHashMap<>();
        for (String name : source.tables()) {
            List<String> columns = source.schema(name).columnNames();
            List<String[]> rows = new ArrayList<>();
            try (RowReader r = source.open(name, columns)) {
                for (String[] row = r.next(); row != null; row = r.next()) {
                    rows.add(row);
                }
            }
            tables.put(key(name), new Table(name, columns, rows));
        }
        return tables;
    }

    /** A target that moves its output into place even when the job aborts, so a failed run can still be measured. */
    private static final class RetainingTarget implements TableTarget {
        private final TableTarget delegate;
        private boolean done;

        RetainingTarget(TableTarget delegate) {
            this.delegate = delegate;
        }

        @Override
        public String describe() {
            return delegate.describe();
        }

        @Override
        public TableWriter create(String table, List<SourceColumn> columns) {
            return delegate.create(table, columns);
        }

        @Override
        public TableSource staged() {
            return delegate.staged();
        }

        @Override
        public void commit() {
            finish();
        }

        @Override
        public void abort() {
            finish();
        }

        private void finish() {
            if (!done) {
                done = true;
                delegate.commit();
            }
        }

        @Override
        public void close() {
            delegate.close();
        }
    }

    static boolean nonTrivial(String v) {
        return v.length() >= 4 && v.chars().distinct().count() > 1;
    }

    /**
     * A cell as compared: null, blank (Synthea writes a single space for an absent value) and the markers of a missing
     * value ({@code NULL}, {@code \N}, {@code NA}: {@link MissingValues}) are empty.
     */
    private static String norm(String v) {
        return MissingValues.missing(v) ? "" : v;
    }


    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static int indexOf(List<String> columns, String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).equalsIgnoreCase(column)) {
                return i;
            }
        }
        return -1;
    }

    private static Path temporaryDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory", e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the temporary directory " + dir, e);
        }
    }
}
