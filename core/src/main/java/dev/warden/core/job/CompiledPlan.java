package dev.warden.core.job;

import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import dev.warden.WardenException;
import dev.warden.deid.ConsistencyDomain;
import dev.warden.deid.Deidentifier;
import dev.warden.deid.IdentifierType;
import dev.warden.deid.KeyPolicy;
import dev.warden.deid.Profile;
import dev.warden.deid.Profiles;
import dev.warden.deid.Transformation;
import dev.warden.deid.ValueTransformer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A job spec compiled against its tables' schemas: the column plan that {@link DeidentificationJob} runs, without the
 * reading, writing and whole-data-set validation, for an engine that moves the rows itself (the {@code warden-spark}
 * module runs one per executor thread over each partition). For the same spec, key and input row, every output cell
 * equals the cell {@link DeidentificationJob} writes: both run the same {@code JobPlanner} and transformers.
 *
 * <p>The per-row facts that the job's validation gathers are exposed per table ({@link Table#leaksUnchanged},
 * {@link Table#fingerprinted}, {@link Table#detect}) with the same rules, so an engine can compute the checks of a
 * {@link JobReport} as its own aggregations.
 *
 * <p>Not thread-safe: the keyed transformers keep small memos, and the detectors remember clean values. Compile one
 * per thread (compiling is cheap once the {@link Deidentifier} exists: key derivation per column, no I/O).
 */
public final class CompiledPlan {

    private final JobSpec spec;
    private final Profile profile;
    private final List<Table> tables;
    private final List<String> notCopied;
    private final Deidentifier deidentifier;

    private CompiledPlan(JobSpec spec, Profile profile, List<Table> tables, List<String> notCopied, Deidentifier deidentifier) {
        this.spec = spec;
        this.profile = profile;
        this.tables = tables;
        this.notCopied = notCopied;
        this.deidentifier = deidentifier;
    }

    /**
     * Compiles a spec against the schemas of its source.
     *
     * @param spec the job spec; it must give {@code asOf} (the date "today" would mean differs between machines and
     *     runs) and no subset (subsetting reads the whole source; see the caller's engine)
     * @param schemas the source's tables, as many as the source has (those the spec does not list are reported as not
     *     copied)
     * @param deidentifiers builds the deidentifier for the spec's profile, e.g.
     *     {@code p -> Deidentifiers.forProfile(p, jobKey)}
     * @return the compiled plan; tables in the order the job writes them (parents first)
     * @throws UnclassifiedColumnsException if the spec leaves columns unclassified
     * @throws ConfigurationException if the spec has no {@code asOf}, has a subset, names an unknown profile, or does
     *     not fit the schemas (the message names the table and column)
     */
    public static CompiledPlan compile(JobSpec spec, List<TableSchema> schemas, Function<Profile, Deidentifier> deidentifiers) {
        if (spec.asOf().isEmpty()) {
            throw new ConfigurationException("job spec " + spec.name() + ": asOf is needed to compile the plan on several "
                    + "machines (each would take its own today); set \"asOf\": \"yyyy-MM-dd\"");
        }
        if (spec.subset().isPresent()) {
            throw new ConfigurationException("job spec " + spec.name() + ": a compiled plan transforms rows one by one; "
                    + "the subset is planned by the engine that reads the whole source");
        }
        Profile profile = profile(spec);
        Deidentifier deidentifier = deidentifiers.apply(profile);
        SchemaSource source = new SchemaSource(schemas);
        JobPlanner planner = new JobPlanner(spec, source, profile, deidentifier);
        List<Table> tables = new ArrayList<>();
        for (TablePlan p : planner.plan()) {
            tables.add(new Table(p, spec.entity()));
        }
        return new CompiledPlan(spec, profile, List.copyOf(tables), List.copyOf(planner.notCopied()), deidentifier);
    }

    /**
     * @param spec a job spec
     * @return its profile
     * @throws ConfigurationException if the profile is unknown
     */
    public static Profile profile(JobSpec spec) {
        try {
            return Profiles.named(spec.profile(), spec.asOf().orElseThrow());
        } catch (WardenException | java.util.NoSuchElementException e) {
            throw new ConfigurationException("job spec " + spec.name() + ", profile: unknown profile '" + spec.profile()
                    + "' or no asOf; use " + String.join(", ", Profiles.NAMES));
        }
    }

    /**
     * @param spec a job spec
     * @return whether its profile draws a random key per run ({@link KeyPolicy#RANDOM_PER_RUN}), which machines that
     *     compile the plan each for themselves cannot share
     */
    public static boolean randomKeyPerRun(JobSpec spec) {
        return profile(spec).keyPolicy() == KeyPolicy.RANDOM_PER_RUN;
    }

    /** @return the spec compiled */
    public JobSpec spec() {
        return spec;
    }

    /** @return the profile's name */
    public String profileName() {
        return profile.name();
    }

    /** @return the tables, parents before children */
    public List<Table> tables() {
        return tables;
    }

    /**
     * @param name a table name, matched case-insensitively
     * @return its plan
     * @throws ConfigurationException if the spec does not list it
     */
    public Table table(String name) {
        return tables.stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new ConfigurationException("job spec " + spec.name() + ": no table " + name));
    }

    /**
     * The statistical de-identification of a table, for an engine that moves the rows itself: see
     * {@link TableAnonymization} for the steps and the order the rows must come in.
     *
     * @param table a table name, matched case-insensitively
     * @return a fresh, not yet analysed anonymization; empty when the spec gives the table no {@code anonymity}
     * @throws ConfigurationException if the spec does not list the table, or a quasi-identifier or the sensitive
     *     column is not among the columns written (dropped, or absent from the input); the message names both
     */
    public Optional<TableAnonymization> anonymization(String table) {
        Table t = table(table);
        return spec.table(t.name()).flatMap(TableSpec::anonymity).map(a -> new TableAnonymization(t.plan, a));
    }

    /** @return source tables the spec does not list, which are not copied */
    public List<String> notCopied() {
        return notCopied;
    }

    /**
     * Transformed columns whose output the detectors do not check: format-preserving transformations, whose output
     * rightly keeps the shape of an identifier. Foreign keys are checked at their parent key and are not listed.
     *
     * @return {@code table.column} names, in plan order
     */
    public List<String> detectorNotApplicable() {
        List<String> skipped = new ArrayList<>();
        for (Table t : tables) {
            TablePlan p = t.plan;
            for (int o = 0; o < p.outputColumns.size(); o++) {
                if (p.transformers[o] != null && !p.detectorCheck[o] && !p.columnReports.get(p.outputFrom[o]).reason().startsWith("foreign key")) {
                    skipped.add(p.name + "." + p.outputColumns.get(o).name());
                }
            }
        }
        return skipped;
    }

    /**
     * A keyed 64-bit fingerprint of values for the original-value check, the same on every machine that compiles the
     * plan with the same key and {@code run}: SipHash-1-3 of the value's UTF-8 bytes (as the single-machine check uses;
     * Aumasson and Bernstein 2012, one compression and three finalization rounds) under a 128-bit key that
     * is the first half of HMAC-SHA256 under a key derived (HKDF, RFC 5869) from the job key for the consistency domain
     * {@code warden-validation:<run>}. Use a fresh {@code run} per job, so fingerprints of one run say nothing about
     * another's.
     *
     * @param run an identifier of the job run, e.g. a random UUID chosen by the driver
     * @return a new fingerprint function; not thread-safe (it copies ASCII values into a buffer of its own to hash
     *     them): one per thread or partition
     */
    public Fingerprinter fingerprinter(String run) {
        String hex = deidentifier.compile(Transformation.KeyedHash.hex(), new ConsistencyDomain("warden-validation:" + run))
                .apply("siphash key");
        long k0 = Long.parseUnsignedLong(hex.substring(0, 16), 16);
        long k1 = Long.parseUnsignedLong(hex.substring(16, 32), 16);
        byte[] scratch = new byte[256];
        return value -> Fingerprints.fingerprint(k0, k1, value, scratch);
    }

    /**
     * The root rows' selector of a subset rule, as the single-machine job chooses them: for a percentage, the first 48
     * bits of HMAC-SHA256 of the row's primary key ({@link Table#keyOf} of {@link Table#primaryKeyInputs()}) under the
     * consistency domain {@code subset:<root table>}, modulo 10,000, below the percentage in hundredths; for a filter,
     * every key (the filter, {@link Table#rowFilter}, chooses).
     *
     * @param rule the subset rule
     * @return whether a primary key is chosen; not thread-safe (the keyed hash keeps a memo)
     */
    public Predicate<String> subsetSelector(SubsetRule rule) {
        SubsetPlanner.KeySelector selector = SubsetPlanner.selector(deidentifier, rule);
        return selector::selected;
    }

    /**
     * A foreign key as declared, for subsetting: positions in the input row of the referencing table, whether or not
     * the columns are written.
     *
     * @param columns the referencing columns
     * @param inputs their input positions, pairwise with {@code parentColumns}
     * @param parentTable the referenced table
     * @param parentColumns the referenced columns, as the spec names them
     */
    public record Reference(List<String> columns, int[] inputs, String parentTable, List<String> parentColumns) {
    }

    /** A keyed 64-bit fingerprint of a value; see {@link CompiledPlan#fingerprinter(String)}. */
    @FunctionalInterface
    public interface Fingerprinter {
        /**
         * @param value a non-null value
         * @return its fingerprint
         */
        long of(String value);
    }

    /**
     * A foreign key as written: positions in the output of the referencing table, and the referenced table and columns
     * (when the parent drops one of them, no child value can join).
     *
     * @param name {@code table.fk} as reports name it, e.g. {@code encounters.PATIENT -> patients.Id}
     * @param outputs the referencing columns' output positions, pairwise with {@code parentColumns}
     * @param parentTable the referenced table
     * @param parentColumns the referenced columns, as the spec names them
     */
    public record ForeignKeyCheck(String name, int[] outputs, String parentTable, List<String> parentColumns) {
    }

    /** One table's compiled plan. Not thread-safe. */
    public static final class Table {
        final TablePlan plan;
        private final List<String> outputNames;
        private final ScannerDetector detector = new ScannerDetector();
        private final KeptColumnDetector[] kept;
        private final boolean[] generalizing;
        private final boolean[] surrogate;
        private final Optional<String> entity;

        Table(TablePlan plan, Optional<String> entity) {
            this.plan = plan;
            this.entity = entity;
            this.outputNames = plan.outputColumns.stream().map(SourceColumn::name).toList();
            int n = outputNames.size();
            kept = new KeptColumnDetector[n];
            generalizing = new boolean[n];
            surrogate = new boolean[n];
            for (int o = 0; o < n; o++) {
                if (plan.transformers[o] == null) {
                    kept[o] = new KeptColumnDetector(outputNames.get(o));
                }
                JobReport.ColumnReport r = plan.columnReports.get(plan.outputFrom[o]);
                generalizing[o] = OutputValidator.GENERALIZING.contains(r.action());
                surrogate[o] = OutputValidator.smallIntegersIdentifyNoOne(r.identifier());
            }
        }

        /** @return the table's name as the spec spells it */
        public String name() {
            return plan.name;
        }

        /** @return the columns read, in source order; {@link #apply} takes cells in this order */
        public List<String> inputColumns() {
            return plan.inputColumns;
        }

        /** @return the columns written, in source order, dropped columns left out */
        public List<String> outputColumns() {
            return outputNames;
        }

        /** @return what happens to every source column, dropped ones included, as {@link JobReport} shows it */
        public List<JobReport.ColumnReport> columnReports() {
            return plan.columnReports;
        }

        /**
         * De-identifies one row.
         *
         * @param row the cells in {@link #inputColumns()} order; {@code null} for SQL NULL or an empty CSV cell
         * @param part where the rows come from, for messages, e.g. {@code "partition 3, "} (or empty)
         * @param rowNumber the row's 1-based number in {@code part}, for messages
         * @return the cells in {@link #outputColumns()} order
         * @throws InvalidInputException if a cell cannot be transformed; the message names the table, part, row and
         *     column, never the value
         */
        public String[] apply(String[] row, String part, long rowNumber) {
            int width = plan.outputColumns.size();
            String[] result = new String[width];
            String entityKey = plan.entityInput >= 0 ? row[plan.entityInput] : null;
            for (int o = 0; o < width; o++) {
                result[o] = cell(row, o, entityKey, part, rowNumber);
            }
            return result;
        }

        /**
         * De-identifies some cells of one row, as {@link #apply(String[], String, long)} would write them.
         *
         * @param row the cells in {@link #inputColumns()} order; {@code null} for SQL NULL or an empty CSV cell
         * @param outputs the output positions wanted
         * @param part where the rows come from, for messages, e.g. {@code "partition 3, "} (or empty)
         * @param rowNumber the row's 1-based number in {@code part}, for messages
         * @return the cells at {@code outputs}, in that order
         * @throws InvalidInputException if a cell cannot be transformed; the message names the table, part, row and
         *     column, never the value
         */
        public String[] apply(String[] row, int[] outputs, String part, long rowNumber) {
            String[] result = new String[outputs.length];
            String entityKey = plan.entityInput >= 0 ? row[plan.entityInput] : null;
            for (int i = 0; i < outputs.length; i++) {
                result[i] = cell(row, outputs[i], entityKey, part, rowNumber);
            }
            return result;
        }

        private String cell(String[] row, int o, String entityKey, String part, long rowNumber) {
            String value = row[plan.outputFrom[o]];
            ValueTransformer t = plan.transformers[o];
            // A missing value (JSON Lines' "", a database's '', NULL, \N, NA: MissingValues) names no one and refers
            // to nothing: it stays as it is, as a CSV file's empty cell (read as null) does, so a missing foreign key
            // is no reference rather than a code that joins nothing.
            if (t == null || MissingValues.missing(value)) {
                return value;
            }
            try {
                if (plan.needsEntity[o]) {
                    if (entityKey == null || entityKey.isEmpty()) {
                        throw new InvalidInputException("the entity key " + plan.inputColumns.get(plan.entityInput)
                                + " is empty, so the date cannot be shifted consistently");
                    }
                    return t.apply(value, entityKey);
                }
                return t.apply(value);
            } catch (WardenException e) {
                throw new InvalidInputException("table " + plan.name + ", " + part + "row " + rowNumber + ", column " + outputNames.get(o) + ": " + e.getMessage());
            } catch (RuntimeException e) {
                throw new InvalidInputException("table " + plan.name + ", " + part + "row " + rowNumber + ", column " + outputNames.get(o)
                        + ": the transformation failed (" + e.getClass().getSimpleName() + ")");
            }
        }

        /**
         * @param column a column name, matched case-insensitively
         * @return its output position, or -1 when the table drops it or has no such column
         */
        public int outputIndex(String column) {
            return plan.outputIndex(column);
        }

        /**
         * Transforms one cell of one column, as {@link #apply} would in a row.
         *
         * @param o an output position
         * @param value the input cell; null gives null and an empty value itself
         * @param entity the row's entity key, needed only where {@link #needsEntity} says so
         * @return the output cell
         * @throws InvalidInputException if the value cannot be transformed, or an entity is needed and missing; the
         *     message names the table and column, never the value
         */
        public String transform(int o, String value, String entity) {
            ValueTransformer t = plan.transformers[o];
            // A missing value (JSON Lines' "", a database's '', NULL, \N, NA: MissingValues) names no one and refers
            // to nothing: it stays as it is, as a CSV file's empty cell (read as null) does, so a missing foreign key
            // is no reference rather than a code that joins nothing.
            if (t == null || MissingValues.missing(value)) {
                return value;
            }
            try {
                if (plan.needsEntity[o]) {
                    if (entity == null || entity.isEmpty()) {
                        throw new InvalidInputException("the date is shifted per entity, and no entity key was given");
                    }
                    return t.apply(value, entity);
                }
                return t.apply(value);
            } catch (WardenException e) {
                throw new InvalidInputException("table " + plan.name + ", column " + outputNames.get(o) + ": " + e.getMessage());
            } catch (RuntimeException e) {
                throw new InvalidInputException("table " + plan.name + ", column " + outputNames.get(o)
                        + ": the transformation failed (" + e.getClass().getSimpleName() + ")");
            }
        }

        /** @param o an output position @return whether its transformation shifts dates per entity */
        public boolean needsEntity(int o) {
            return plan.needsEntity[o];
        }

        /** @param o an output position @return the position of its cell in the input row */
        public int inputOf(int o) {
            return plan.outputFrom[o];
        }

        /** @param o an output position @return whether the column is transformed (not copied unchanged) */
        public boolean transformed(int o) {
            return plan.transformers[o] != null;
        }

        /**
         * @param o an output position
         * @param input the row's input cell of that column
         * @param output the row's output cell
         * @return whether the cell is an identifier value that its transformation left as it was (a leak), by the job's
         *     rules: placeholders ({@code 00000}), small surrogate keys and generalizations are not counted
         */
        public boolean leaksUnchanged(int o, String input, String output) {
            return plan.identifier[o] && input != null && OutputValidator.informative(input) && !MissingValues.missing(input)
                    && !(surrogate[o] && OutputValidator.smallInteger(input)) && !generalizing[o] && input.equals(output);
        }

        /**
         * @param o an output position
         * @param input the row's input cell of that column
         * @return whether the input value is an identifier value that the original-value check looks for in copied
         *     columns (identifier columns; not placeholders, small surrogate keys, or ages and years of a generalized
         *     column)
         */
        public boolean fingerprinted(int o, String input) {
            return plan.identifier[o] && input != null && OutputValidator.informative(input) && !MissingValues.missing(input)
                    && !(surrogate[o] && OutputValidator.smallInteger(input))
                    && !(generalizing[o] && OutputValidator.shortNumber(input));
        }

        /** @param o an output position @return whether {@link #fingerprinted} can be true for it */
        public boolean identifier(int o) {
            return plan.identifier[o];
        }

        /** @param o an output position @return whether the detectors check the column's output */
        public boolean detectorChecked(int o) {
            return plan.transformers[o] == null || plan.detectorCheck[o];
        }

        /**
         * Runs the validation's detectors on an output cell: a copied column's detector looks inside the text, a
         * transformed column's at the whole value (format-preserving and foreign key columns are not checked).
         *
         * @param o an output position
         * @param output a non-empty output cell
         * @return the identifier type found, or empty
         */
        public Optional<IdentifierType> detect(int o, String output) {
            if (plan.transformers[o] == null) {
                return Optional.ofNullable(kept[o].detect(output));
            }
            return plan.detectorCheck[o] ? Optional.ofNullable(detector.detect(output)) : Optional.empty();
        }

        /** Slots of one copied column's evidence in {@link #detect(int, String, long[], int)}'s counts. */
        public static final int KEPT_EVIDENCE = KeptColumnDetector.EVIDENCE;

        /**
         * {@link #detect(int, String)}, counting into a copied column's evidence what decides its bare yyyymmdd dates
         * ({@code 20151222}): those are not returned but counted, and judged on the whole column by
         * {@link #keptDates}, summed over rows and partitions. No allocation beyond {@link #detect(int, String)}'s.
         *
         * @param o an output position
         * @param output a non-empty output cell
         * @param evidence the table's counts, {@link #KEPT_EVIDENCE} slots per copied column
         * @param at the column's first slot
         * @return the identifier type found, or empty (also for a bare yyyymmdd date of a copied column)
         */
        public Optional<IdentifierType> detect(int o, String output, long[] evidence, int at) {
            if (plan.transformers[o] != null) {
                return detect(o, output);
            }
            IdentifierType found = kept[o].detect(output);
            kept[o].tally(evidence, at, found);
            return kept[o].bareDate(found) ? Optional.empty() : Optional.ofNullable(found);
        }

        /**
         * @param o the output position of a copied column
         * @param evidence the column's counts, summed over every row
         * @param at the column's first slot
         * @return its bare yyyymmdd dates that count as identifiers found: none when they are coincidences of a column
         *     of numbers (see {@code KeptColumnDetector}), else all of them
         */
        public long keptDates(int o, long[] evidence, int at) {
            return kept[o] == null || kept[o].coincidental(evidence, at) ? 0 : evidence[at + KeptColumnDetector.BARE_DATES];
        }

        /**
         * @param o an output position
         * @param evidence the column's counts, summed over every row
         * @param at the column's first slot
         * @return "dates of date-shaped numbers" when the column is copied and its bare yyyymmdd dates were judged
         *     coincidences, as the report names it; else empty
         */
        public Optional<String> coincidentalDates(int o, long[] evidence, int at) {
            return kept[o] != null && kept[o].coincidental(evidence, at)
                    ? Optional.of(KeptColumnDetector.dates(evidence, at)) : Optional.empty();
        }

        /**
         * @param columns per "table.column" whose bare dates were coincidences, {@link #coincidentalDates(int, long[], int)}'s text
         * @return the detectors check's note on them, or empty
         */
        public static String coincidentalDatesNote(Map<String, String> columns) {
            return OutputValidator.coincidentalDates(columns);
        }

        /** @return the input positions of the primary key, in key order; empty when the table has none */
        public int[] primaryKeyInputs() {
            return plan.primaryKeyInputs.clone();
        }

        /** @return every foreign key the spec declares for the table, dropped columns included */
        public List<Reference> references() {
            return plan.foreignKeys.stream()
                    .map(f -> new Reference(f.columns(), f.inputs().clone(), f.parentTable(), f.parentColumns())).toList();
        }

        /**
         * @param column a column name, matched case-insensitively
         * @return its position in {@link #inputColumns()}, or -1
         */
        public int inputIndex(String column) {
            return plan.inputIndex(column);
        }

        /**
         * A subset filter over input rows, as the single-machine job evaluates it on files: conditions joined by
         * {@code AND}, each {@code column op literal} ({@code = != <> < <= > >=}; numeric when both sides are numbers),
         * {@code column IN (...)}, {@code column IS [NOT] NULL}.
         *
         * @param condition the condition
         * @return whether an input row (in {@link #inputColumns()} order) matches
         * @throws ConfigurationException if the condition does not parse or names an unknown column
         */
        public Predicate<String[]> rowFilter(String condition) {
            return RowPredicate.parse(condition, plan.name, plan.inputColumns);
        }

        /** @return the output positions of the primary key, or empty when the table has none or drops one of them */
        public int[] primaryKeyOutputs() {
            return plan.primaryKeyOutputs.clone();
        }

        /** @return the foreign keys whose referencing columns are all written */
        public List<ForeignKeyCheck> foreignKeys() {
            return plan.foreignKeys.stream().filter(TablePlan.Fk::written)
                    .map(f -> new ForeignKeyCheck(plan.name + "." + f, f.outputs().clone(), f.parentTable(), f.parentColumns()))
                    .toList();
        }

        /**
         * @return the output position of the column naming the row's entity (the entity table's key, or a single-column
         *     foreign key to it), used to tell whether a value is shared by several entities; -1 when none
         */
        public int entityOutput() {
            if (entity.isEmpty()) {
                return -1;
            }
            if (plan.name.equalsIgnoreCase(entity.get())) {
                return plan.primaryKey.size() == 1 ? plan.outputIndex(plan.primaryKey.get(0)) : -1;
            }
            for (TablePlan.Fk f : plan.foreignKeys) {
                if (f.parentTable().equalsIgnoreCase(entity.get()) && f.columns().size() == 1 && f.written()) {
                    return plan.outputIndex(f.columns().get(0));
                }
            }
            return -1;
        }

        /**
         * The key of a row at some positions, as the job compares keys: the cell itself for one position; for several,
         * each cell prefixed by its length. Null when any cell is null or empty (SQL {@code MATCH SIMPLE}).
         *
         * @param row cells
         * @param positions positions in {@code row}
         * @return the key, or null
         */
        public static String keyOf(String[] row, int[] positions) {
            return TablePlan.keyOf(row, positions);
        }

        @Override
        public String toString() {
            return "Table[" + plan.name + ", " + plan.inputColumns.size() + " columns in, " + outputNames.size() + " out]";
        }
    }

    /** A source that only describes its tables, for planning without data. */
    private static final class SchemaSource implements TableSource {
        private final List<TableSchema> schemas;

        SchemaSource(List<TableSchema> schemas) {
            this.schemas = List.copyOf(schemas);
        }

        @Override
        public String describe() {
            return "tables " + String.join(", ", tables());
        }

        @Override
        public List<String> tables() {
            return schemas.stream().map(TableSchema::name).toList();
        }

        @Override
        public TableSchema schema(String table) {
            return schemas.stream().filter(s -> s.name().equalsIgnoreCase(table)).findFirst()
                    .orElseThrow(() -> new ConfigurationException("table " + table + ": not in the source (it has "
                            + String.join(", ", tables()) + ")"));
        }

        @Override
        public RowReader open(String table, List<String> columns) {
            throw new UnsupportedOperationException("a compiled plan reads no rows");
        }

        @Override
        public void close() {
        }
    }

    @Override
    public String toString() {
        return "CompiledPlan[" + spec.name() + ", " + tables.size() + " tables: " + Arrays.toString(tables.stream().map(Table::name).toArray()) + "]";
    }
}
