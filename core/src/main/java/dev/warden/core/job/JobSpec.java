package dev.warden.core.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A de-identification job: which tables, what to do with each column, which profile decides for identifier columns,
 * and optionally a subset. Read one with {@link #load(Path)} or {@link #parse(String, String)}; the JSON form is
 * described in the README ("The main job") and written back by {@link #toJson()}.
 *
 * @param name a name for reports
 * @param profile the default profile, e.g. {@code hipaa-safe-harbor}, {@code test-data} or {@code gdpr-erasure}
 * @param asOf the date ages are computed at (Safe Harbor's "over 89"); today when the spec does not say
 * @param entity the table whose rows are the data subjects (e.g. {@code patients}); dates of one subject are shifted
 *     by the same amount in every table
 * @param subset the rows to start a subset from, if any
 * @param tables the tables, in the order given
 */
public record JobSpec(String name, String profile, Optional<LocalDate> asOf, Optional<String> entity,
        Optional<SubsetRule> subset, List<TableSpec> tables) {

    public JobSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(profile, "profile");
        asOf = asOf == null ? Optional.empty() : asOf;
        entity = entity == null ? Optional.empty() : entity;
        subset = subset == null ? Optional.empty() : subset;
        tables = List.copyOf(tables);
    }

    /**
     * @param file a job specification in JSON
     * @return the parsed specification
     * @throws dev.warden.ConfigurationException if the file is missing, not JSON, or wrong; the message names the file
     *     and the JSON path of the problem, e.g. {@code tables.patients.columns.SSN}
     */
    public static JobSpec load(Path file) {
        return JobSpecJson.load(file);
    }

    /**
     * @param json the specification's text
     * @param source a name for messages, e.g. the file name
     * @return the parsed specification
     * @throws dev.warden.ConfigurationException if it is not JSON or wrong; the message names {@code source} and the
     *     JSON path of the problem
     */
    public static JobSpec parse(String json, String source) {
        return JobSpecJson.parse(json, source);
    }

    /**
     * @param json the specification's text
     * @param source a name for messages, e.g. the file name
     * @param baseDir the directory that relative file names in the spec (hierarchy files) are resolved against
     * @return the parsed specification
     * @throws dev.warden.ConfigurationException if it is not JSON or wrong; the message names {@code source} and the
     *     JSON path of the problem
     */
    public static JobSpec parse(String json, String source, Path baseDir) {
        return JobSpecJson.parse(json, source, baseDir);
    }

    /** @return the specification as pretty-printed JSON that {@link #parse} reads back to an equal value */
    public String toJson() {
        return JobSpecJson.write(this);
    }

    /**
     * @param table a table name, matched case-insensitively
     * @return its spec, if listed
     */
    public Optional<TableSpec> table(String table) {
        return tables.stream().filter(t -> t.name().equalsIgnoreCase(table)).findFirst();
    }

    /** @return a copy with this subset rule instead of the spec's */
    public JobSpec withSubset(SubsetRule rule) {
        return new JobSpec(name, profile, asOf, entity, Optional.of(rule), tables);
    }

    /** @return a copy with this table list */
    public JobSpec withTables(List<TableSpec> newTables) {
        return new JobSpec(name, profile, asOf, entity, subset, newTables);
    }

    /** @return a copy with this profile */
    public JobSpec withProfile(String newProfile) {
        return new JobSpec(name, newProfile, asOf, entity, subset, tables);
    }
}
