package dev.warden.core.job;

import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import dev.warden.WardenException;
import dev.warden.deid.Deidentifier;
import dev.warden.deid.Profile;
import dev.warden.deid.Profiles;
import dev.warden.deid.ValueTransformer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The main job: de-identify a multi-table data set consistently, streaming table by table from a {@link TableSource}
 * to a {@link TableTarget}, optionally as a referentially complete subset, then validate and report.
 *
 * <pre>{@code
 * JobReport report = DeidentificationJob.builder()
 *         .spec(JobSpec.load(Path.of("job.json")))
 *         .source(Datasets.source("jdbc:postgresql://db/prod"))
 *         .target(Datasets.target("out/", Datasets.Format.CSV))
 *         .deidentifiers(profile -> Deidentifiers.forProfile(profile, jobKey))
 *         .build()
 *         .run();
 * }</pre>
 *
 * <p>Guarantees: a column the spec does not classify stops the job before anything is written
 * ({@link UnclassifiedColumnsException}); a foreign key column takes its parent key's transformation and consistency
 * domain; memory stays flat as tables grow (only key sets of referenced columns and of the subset, and the leak
 * check's 8-byte fingerprints are held: exact sets up to 2^19 distinct values per side, at most 8 MiB each, then two
 * Bloom filters of fixed size, 48 MiB; a table with statistical de-identification, {@link TableSpec#anonymity()}, also
 * holds its quasi-identifier and sensitive values: it is read once before anything is written, its optimal
 * generalization applied while it is copied and checked against the privacy models, see {@link AnonymitySpec}); the
 * output is staged and moved
 * into place only when every row is written and every check passed, so a failed job leaves the previous output
 * untouched. A row that cannot be transformed fails the job with an {@link InvalidInputException} naming the table,
 * row number and column, never the value. Failed checks throw {@link ValidationFailedException} carrying the report.
 * Not thread-safe; one run per instance.
 *
 * <p>Threads: each table is copied by three threads in a pipeline, so on a machine with free cores a table takes
 * about the time of its slowest stage: one reads the rows ahead ({@link RowReader#next()}), the calling thread
 * transforms them, and one runs the per-row checks and writes them ({@link TableWriter#write}); rows pass between them
 * in batches through bounded queues (memory stays flat), and the two helper threads end before the next table starts.
 * A reader and a writer are each used by one thread at a time, never concurrently, but not by the thread that created
 * them. A failure on any of them fails the job as before.
 */
public final class DeidentificationJob {

    private static final int PROGRESS_EVERY = 8192;

    private final JobSpec spec;
    private final TableSource source;
    private final TableTarget target;
    private final Function<Profile, Deidentifier> deidentifiers;
    private final ValueDetector detector;
    private final JobProgress progress;
    private final Clock clock;

    private DeidentificationJob(Builder b) {
        this.spec = b.subset.map(b.spec::withSubset).orElse(b.spec);
        this.source = Objects.requireNonNull(b.source, "source");
        this.target = Objects.requireNonNull(b.target, "target");
        this.deidentifiers = Objects.requireNonNull(b.deidentifiers, "deidentifiers");
        this.detector = b.detector;
        this.progress = b.progress;
        this.clock = b.clock;
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs the job. The caller closes the source and target.
     *
     * @return the report; validation passed
     * @throws UnclassifiedColumnsException before any output, if the spec leaves columns unclassified
     * @throws ConfigurationException before any output, if the spec does not fit the source
     * @throws InvalidInputException if a row cannot be read or transformed (names table, row and column)
     * @throws ValidationFailedException if a check failed; nothing was moved into place
     */
    public JobReport run() {
        Instant started = clock.instant();
        long startNanos = System.nanoTime();
        LocalDate asOf = spec.asOf().orElseGet(() -> LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        Profile profile;
        try {
            profile = Profiles.named(spec.profile(), asOf);
        } catch (WardenException e) {
            throw new ConfigurationException("job spec " + spec.name() + ", profile: unknown profile '" + spec.profile()
                    + "'; use " + String.join(", ", Profiles.NAMES));
        }
        Deidentifier deidentifier = deidentifiers.apply(profile);
        JobPlanner planner = new JobPlanner(spec, source, profile, deidentifier);
        List<TablePlan> plans = planner.plan();

        Map<String, Predicate<String[]>> subset = Map.of();
        if (spec.subset().isPresent()) {
            SubsetRule rule = spec.subset().get();
            subset = new SubsetPlanner(plans, source, progress).plan(rule, SubsetPlanner.selector(deidentifier, rule));
        }

        OutputValidator validator = new OutputValidator(plans, detector, spec.entity());
        Map<String, Long> written = new LinkedHashMap<>();
        Map<String, JobReport.TableReport> tableReports = new LinkedHashMap<>();
        long totalRead = 0;
        long totalWritten = 0;
        try {
            // Statistical de-identification (the spec's "anonymity") analyses its tables before anything is written.
            Map<String, TableAnonymization> anonymity = TableAnonymization.analyseAll(spec, plans, source, subset);
            List<JobReport.Check> anonymityChecks = new ArrayList<>();
            for (TablePlan plan : plans) {
                Predicate<String[]> include = subset.get(JobPlanner.key(plan.name));
                TableAnonymization anonymization = anonymity.get(plan.name);
                long[] counts = copy(plan, include, validator.table(plan), anonymization);
                written.put(plan.name, counts[1]);
                totalRead += counts[0];
                totalWritten += counts[1];
                Optional<JobReport.Anonymity> anonymityReport = Optional.empty();
                if (anonymization != null) {
                    anonymityChecks.add(anonymization.finish());
                    anonymityReport = Optional.of(anonymization.report());
                }
                tableReports.put(plan.name, new JobReport.TableReport(plan.name, counts[0], counts[1], plan.columnReports,
                        anonymityReport));
            }
            progress.phase("validating");
            List<JobReport.Check> checks = new ArrayList<>(validator.finish(source, target.staged(), written));
            checks.addAll(anonymityChecks);
            JobReport report = new JobReport(spec.name(), profile.name(), source.describe(), target.describe(),
                    spec.subset().map(SubsetRule::description), started, Duration.ofNanos(System.nanoTime() - startNanos),
                    totalRead, totalWritten, peakHeap(), List.copyOf(tableReports.values()), planner.notCopied(),
                    new JobReport.Validation(checks));
            if (!report.validation().passed()) {
                target.abort();
                throw new ValidationFailedException(report);
            }
            target.commit();
            return report;
        } catch (RuntimeException e) {
            target.abort();
            throw e;
        }
    }

    /** @return {rows read, rows written} */
    private long[] copy(TablePlan plan, Predicate<String[]> include, OutputValidator.TableCheck check,
            TableAnonymization anonymity) {
        int width = plan.outputColumns.size();
        int[] from = plan.outputFrom;
        ValueTransformer[] transformers = plan.transformers;
        boolean[] needsEntity = plan.needsEntity;
        int entityIndex = plan.entityInput;
        long read = 0;
        long out = 0;
        long tableStart = System.nanoTime();
        try (RowReader reader = new ReadAhead(plan.name, source.open(plan.name, plan.inputColumns));
             TableWriter writer = target.create(plan.name, plan.outputColumns);
             OutputStage output = new OutputStage(plan.name, check, writer)) {
            for (String[] row = reader.next(); row != null; row = reader.next()) {
                read++;
                if ((read & (PROGRESS_EVERY - 1)) == 0) {
                    progress.rows(plan.name, read, out, rate(read, tableStart), false);
                }
                if (include != null && !include.test(row)) {
                    continue;
                }
                String[] result = new String[width];
                String entity = entityIndex >= 0 ? row[entityIndex] : null;
                for (int o = 0; o < width; o++) {
                    String value = row[from[o]];
                    ValueTransformer t = transformers[o];
                    // a missing value (empty, NULL, \N, NA) stays as it is, as in CompiledPlan.Table's cells: no
                    // one, no reference
                    if (t == null || MissingValues.missing(value)) {
                        result[o] = value;
                        continue;
                    }
                    try {
                        result[o] = needsEntity[o] ? t.apply(value, entityOrFail(entity, plan, reader.rowNumber(), o)) : t.apply(value);
                    } catch (WardenException e) {
                        throw new InvalidInputException("table " + plan.name + ", row " + reader.rowNumber() + ", column "
                                + plan.outputColumns.get(o).name() + ": " + e.getMessage());
                    } catch (RuntimeException e) {
                        throw new InvalidInputException("table " + plan.name + ", row " + reader.rowNumber() + ", column "
                                + plan.outputColumns.get(o).name() + ": the transformation failed (" + e.getClass().getSimpleName() + ")");
                    }
                }
                if (anonymity != null && !anonymity.apply(result)) {
                    continue;
                }
                output.accept(row, result);
                out++;
            }
            output.finish();
        }
        check.finish();
        progress.rows(plan.name, read, out, rate(read, tableStart), true);
        return new long[] {read, out};
    }

    private static String entityOrFail(String entity, TablePlan plan, long row, int column) {
        if (entity == null || entity.isEmpty()) {
            throw new InvalidInputException("the entity key " + plan.inputColumns.get(plan.entityInput)
                    + " is empty, so the date cannot be shifted consistently");
        }
        return entity;
    }

    private static double rate(long rows, long startNanos) {
        return rows / Math.max((System.nanoTime() - startNanos) / 1e9, 1e-9);
    }

    static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** Builds a {@link DeidentificationJob}. */
    public static final class Builder {
        private JobSpec spec;
        private TableSource source;
        private TableTarget target;
        private Function<Profile, Deidentifier> deidentifiers;
        private Optional<SubsetRule> subset = Optional.empty();
        private ValueDetector detector = new ScannerDetector();
        private JobProgress progress = JobProgress.NONE;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** @param spec the job specification */
        public Builder spec(JobSpec spec) {
            this.spec = Objects.requireNonNull(spec, "spec");
            return this;
        }

        /** @param source where to read; the caller closes it */
        public Builder source(TableSource source) {
            this.source = Objects.requireNonNull(source, "source");
            return this;
        }

        /** @param target where to write; the caller closes it */
        public Builder target(TableTarget target) {
            this.target = Objects.requireNonNull(target, "target");
            return this;
        }

        /**
         * @param deidentifiers builds the deidentifier for the job's profile (so a profile with a random per-run key
         *     gets one), e.g. {@code p -> Deidentifiers.forProfile(p, jobKey)}
         */
        public Builder deidentifiers(Function<Profile, Deidentifier> deidentifiers) {
            this.deidentifiers = Objects.requireNonNull(deidentifiers, "deidentifiers");
            return this;
        }

        /** @param rule a subset rule that replaces the spec's */
        public Builder subset(SubsetRule rule) {
            this.subset = Optional.of(rule);
            return this;
        }

        Builder detector(ValueDetector detector) {
            this.detector = Objects.requireNonNull(detector, "detector");
            return this;
        }

        /** @param progress receives progress; default none */
        public Builder progress(JobProgress progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        /** @param clock the clock for the start time and the default as-of date; default UTC system clock */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** @return the job; run it once */
        public DeidentificationJob build() {
            Objects.requireNonNull(spec, "spec");
            return new DeidentificationJob(this);
        }
    }
}
