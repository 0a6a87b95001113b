package dev.warden.core.job;

import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import dev.warden.deid.Deidentifier;
import dev.warden.core.deid.Deidentifiers;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Record-level de-identification: one table of a {@link JobSpec}, compiled once, applied to one record at a time (a
 * message, an API response, a row a host reads itself). For the same job key, spec, table and input, every value
 * equals the cell that {@link DeidentificationJob} writes for that table and column: both run the same planner and
 * the same transformers, so consistency domains, foreign keys (a reference takes its parent key's value) and the
 * per-entity date shift are the job's.
 *
 * <pre>{@code
 * RecordDeidentifier patients = RecordDeidentifier.compile(JobSpec.load(Path.of("job.json")), "patients", jobKey);
 * Map<String, String> out = patients.apply(Map.of("Id", "b9c610cd-...", "SSN", "999-49-3983", "BIRTHDATE", "1978-12-15"));
 * }</pre>
 *
 * <p>Compiling derives every column's key (HKDF-SHA256, RFC 5869) once; {@link #apply} does no parsing and no key
 * derivation. The table's columns are those the spec names (its column rules, primary and foreign key columns);
 * foreign keys the job would read from a database's metadata must be written in the spec to be taken here. A table
 * under statistical de-identification ({@code anonymity}) and the spec's subset are whole-data-set operations and are
 * refused or ignored as documented on {@link #compile(JobSpec, String, byte[])}.
 *
 * <p>Thread-safe: {@link #apply} is serialized on this instance (the compiled transformers keep small memos that are
 * not shared across threads); compile one per thread for parallel use.
 */
public final class RecordDeidentifier {

    private final CompiledPlan.Table table;
    private final Map<String, Integer> inputIndex = new LinkedHashMap<>();
    private long records;

    private RecordDeidentifier(CompiledPlan.Table table) {
        this.table = table;
        List<String> columns = table.inputColumns();
        for (int i = 0; i < columns.size(); i++) {
            inputIndex.put(columns.get(i).toLowerCase(Locale.ROOT), i);
        }
    }

    /**
     * Compiles one table of a spec with a job key, as {@code DeidentificationJob} with
     * {@code p -> Deidentifiers.forProfile(p, jobKey)} does.
     *
     * @param spec the job spec; its {@code asOf} (today in UTC when absent, as the job takes it), profile, entity and
     *     tables are used; its subset, if any, is ignored (a record is never subsetted)
     * @param table the table, matched case-insensitively
     * @param jobKey the job key, at least 16 bytes (32 recommended); copied, so the caller may wipe its array
     * @return the compiled record de-identifier
     * @throws ConfigurationException if the spec does not list the table, the table has an {@code anonymity} section
     *     (k-anonymity needs the whole data set: run the job), the profile is unknown, the key is shorter than 16
     *     bytes, or the spec's keys name columns or tables it does not have
     * @throws UnclassifiedColumnsException never for a spec that loads: every column of the table comes from a rule
     */
    public static RecordDeidentifier compile(JobSpec spec, String table, byte[] jobKey) {
        Objects.requireNonNull(jobKey, "jobKey");
        byte[] key = jobKey.clone();
        try {
            return compile(spec, table, p -> Deidentifiers.forProfile(p, key), Clock.systemUTC());
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /**
     * As {@link #compile(JobSpec, String, byte[])} with the job's own choice of deidentifier (e.g. one with
     * re-identification enabled) and clock (for {@code asOf} when the spec gives none).
     *
     * @param spec the job spec
     * @param table the table, matched case-insensitively
     * @param deidentifiers builds the deidentifier for the spec's profile, as {@code DeidentificationJob.Builder#deidentifiers}
     * @param clock gives today (UTC) when the spec has no {@code asOf}
     * @return the compiled record de-identifier
     * @throws ConfigurationException as {@link #compile(JobSpec, String, byte[])}
     */
    public static RecordDeidentifier compile(JobSpec spec, String table,
            java.util.function.Function<dev.warden.deid.Profile, Deidentifier> deidentifiers, Clock clock) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(table, "table");
        TableSpec wanted = spec.table(table).orElseThrow(() -> new ConfigurationException("job spec " + spec.name()
                + ": no table '" + table + "' (it lists " + String.join(", ", spec.tables().stream().map(TableSpec::name).toList())
                + ")"));
        if (wanted.anonymity().isPresent()) {
            throw new ConfigurationException("job spec " + spec.name() + ", tables." + wanted.name() + ".anonymity: "
                    + "statistical de-identification generalizes against the whole table, which one record cannot show; "
                    + "run the job on the data set instead");
        }
        LocalDate asOf = spec.asOf().orElseGet(() -> LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        JobSpec compiled = new JobSpec(spec.name(), spec.profile(), Optional.of(asOf), spec.entity(), Optional.empty(),
                spec.tables());
        List<TableSchema> schemas = spec.tables().stream().map(RecordDeidentifier::schema).toList();
        CompiledPlan plan = CompiledPlan.compile(compiled, schemas, deidentifiers);
        return new RecordDeidentifier(plan.table(wanted.name()));
    }

    /** The shape the job would read for a table: the columns the spec names, in the order it names them. */
    private static TableSchema schema(TableSpec t) {
        List<String> names = new ArrayList<>();
        t.columns().forEach(c -> add(names, c.name()));
        t.primaryKeyColumns().forEach(c -> add(names, c));
        t.foreignKeys().forEach(fk -> fk.columns().forEach(c -> add(names, c)));
        t.entityColumn().ifPresent(c -> add(names, c));
        return new TableSchema(t.name(), names.stream().map(SourceColumn::text).toList(), t.primaryKeyColumns(), List.of());
    }

    private static void add(List<String> names, String column) {
        if (names.stream().noneMatch(n -> n.equalsIgnoreCase(column))) {
            names.add(column);
        }
    }

    /** @return the table's name as the spec spells it */
    public String table() {
        return table.name();
    }

    /** @return the columns a record may hold, as the spec spells them */
    public List<String> inputColumns() {
        return table.inputColumns();
    }

    /** @return the columns of a de-identified record, dropped columns left out, in the spec's order */
    public List<String> outputColumns() {
        return table.outputColumns();
    }

    /**
     * De-identifies one record.
     *
     * @param record column name (matched case-insensitively) to value; a column the record leaves out, or maps to
     *     {@code null}, is absent (SQL NULL, an empty CSV cell) and stays {@code null}. A date shifted per entity needs
     *     the entity's key column in the record (e.g. {@code PATIENT} in an encounter)
     * @return the de-identified record, in {@link #outputColumns()} order, dropped columns left out, absent ones
     *     mapped to {@code null}; a new, modifiable map
     * @throws InvalidInputException if the record has a column the spec does not classify (nothing unclassified is
     *     copied), or a value cannot be transformed; the message names the table and column, never the value
     */
    public Map<String, String> apply(Map<String, String> record) {
        Objects.requireNonNull(record, "record");
        String[] row = new String[inputIndex.size()];
        for (Map.Entry<String, String> cell : record.entrySet()) {
            Integer i = inputIndex.get(cell.getKey().toLowerCase(Locale.ROOT));
            if (i == null) {
                throw new InvalidInputException("table " + table.name() + ", column " + cell.getKey()
                        + ": not classified by the job spec, so it cannot be copied; add a rule for it (or \"drop\") "
                        + "to the spec's table, or leave it out of the record");
            }
            row[i] = cell.getValue();
        }
        String[] out;
        synchronized (this) {
            out = table.apply(row, "", ++records);
        }
        List<String> names = table.outputColumns();
        Map<String, String> result = new LinkedHashMap<>();
        for (int o = 0; o < out.length; o++) {
            result.put(names.get(o), out[o]);
        }
        return result;
    }
}
