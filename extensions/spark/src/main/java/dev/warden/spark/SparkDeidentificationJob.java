package dev.warden.spark;

import dev.warden.ConfigurationException;
import dev.warden.WardenException;
import dev.warden.core.deid.Deidentifiers;
import dev.warden.core.job.CompiledPlan;
import dev.warden.core.job.JobReport;
import dev.warden.core.job.JobSpec;
import dev.warden.core.job.SubsetRule;
import dev.warden.core.job.TableAnonymization;
import dev.warden.core.job.TableSchema;
import dev.warden.core.job.TableSpec;
import dev.warden.core.job.ValidationFailedException;
import java.io.Serializable;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * The main job on Apache Spark: the same spec, key and input give the same output cells as
 * {@link dev.warden.core.job.DeidentificationJob} on one machine, so data de-identified on a laptop and on a cluster
 * still join.
 *
 * <pre>{@code
 * JobReport report = SparkDeidentificationJob.builder(spark)
 *         .spec(JobSpec.parse(specJson, "job.json"))
 *         .key("env:WARDEN_JOB_KEY")                 // resolved on each executor, never shipped
 *         .input("hdfs:///raw/synthea")              // <table>.csv files, or <table>/ CSV or Parquet part files
 *         .output("hdfs:///deid/synthea")            // <table>/part-*.csv, staged and moved into place
 *         .build()
 *         .run();
 * }</pre>
 *
 * <p>How it runs: the driver reads the tables' headers, compiles the plan once to check the spec (unclassified
 * columns, keys, binary columns: the same errors as on one machine, before anything is written), and ships a
 * {@link PlanRecipe} (the spec as JSON, the tables' shapes, the key's secret reference). Each executor resolves the key
 * once through Warden's secret resolver and compiles the plan once per thread; each partition streams through it
 * ({@code mapPartitions}, no shuffle: every transformation is keyed and deterministic, and a date shift per entity is
 * computed from the row's own entity key). Tables are written by Spark's commit protocol into a staging directory
 * beside the output; the validation's facts (row counts, detector hits, keyed fingerprint sets of keys and identifier
 * values) are gathered in the same pass, checked on the driver ({@link SparkValidation}; the staged tables are read
 * again only to count exactly what a check found wrong), and the output is moved into place only when every check
 * passed.
 *
 * <p>Output: CSV ({@code <table>/part-*.csv}, each part with the header; the parts concatenated in order, headers after
 * the first removed, are byte for byte the single-machine job's {@code <table>.csv}) or Parquet (every column a string).
 *
 * <p>A subset ({@link JobSpec#subset()}) is planned on the driver as broadcast joins of key sets
 * ({@link SubsetJoins}): the same rows as the single-machine job, in the same order.
 *
 * <p>A table with statistical de-identification ({@code anonymity}: k-anonymity, l-diversity, t-closeness) is analysed
 * on the driver by core's own search, before anything is written ({@link SparkAnonymity}): the executors apply the
 * column rules to its quasi-identifiers and sensitive column, the driver collects those cells in the single-machine
 * job's row order and finds the generalization and the classes to suppress, and broadcasts that decision, which each
 * executor applies to every row it writes. The written classes are counted by a Spark aggregation and checked against
 * the privacy models. Same output cells, suppressed records and report as on one machine. Bound: the driver holds the
 * table's analysed cells (rows x analysed columns) during the search; see the README for the memory per million rows.
 *
 * <p>Not built here: profiles whose key is random per run ({@code gdpr-erasure}: executors could not share it;
 * refused).
 */
public final class SparkDeidentificationJob {

    /** Output formats. */
    public enum Format {
        /** RFC 4180 CSV part files with a header each, UTF-8, formatted as the single-machine job formats CSV. */
        CSV,
        /** Parquet part files, every column a string. */
        PARQUET
    }

    /** Table write jobs submitted at once. */
    private static final int CONCURRENT_WRITES = 4;

    private final SparkSession spark;
    private final JobSpec spec;
    private final String keyRef;
    private final String configuration;
    private final String input;
    private final String output;
    private final Format format;
    private final boolean multiLine;
    private final Properties jdbc;
    private final Clock clock;

    private SparkDeidentificationJob(Builder b) {
        this.spark = b.spark;
        this.spec = Objects.requireNonNull(b.spec, "spec");
        this.keyRef = Objects.requireNonNull(b.keyRef, "key");
        this.configuration = b.configuration;
        this.input = Objects.requireNonNull(b.input, "input");
        this.output = Objects.requireNonNull(b.output, "output");
        this.format = b.format;
        this.multiLine = b.multiLine;
        this.jdbc = b.jdbc;
        this.clock = b.clock;
    }

    /**
     * @param spark the session to run in
     * @return a builder
     */
    public static Builder builder(SparkSession spark) {
        return new Builder(Objects.requireNonNull(spark, "spark"));
    }

    /**
     * Runs the job.
     *
     * @return the report; validation passed and the output is in place
     * @throws dev.warden.core.job.UnclassifiedColumnsException before any output, if the spec leaves columns
     *     unclassified
     * @throws ConfigurationException before any output, if the spec does not fit the input (e.g. a quasi-identifier
     *     that is not written), uses a random-per-run profile, or the key cannot be resolved
     * @throws dev.warden.InvalidInputException before any output, if a table with a privacy model is empty, holds a value
     *     missing from its hierarchy, or cannot meet its models within the suppression limit
     * @throws dev.warden.InvalidInputException if a row cannot be read or transformed (names table, partition, row and
     *     column, never the value); the previous output is untouched
     * @throws ValidationFailedException if a check failed; nothing was moved into place
     */
    public JobReport run() {
        Instant started = clock.instant();
        long startNanos = System.nanoTime();
        Optional<SubsetRule> subset = spec.subset();
        JobSpec job = portable(spec, clock);
        checkKey();
        Map<String, SparkTables.Table> tables = SparkTables.open(spark, input, multiLine,
                job.tables().stream().map(t -> t.name()).toList(), jdbc);
        List<TableSchema> schemas = tables.values().stream().map(SparkTables.Table::schema).toList();
        // The driver compiles the plan to check the spec and learn its shape, under a throwaway key: it never holds the
        // job key beyond the check above.
        byte[] throwaway = new byte[32];
        new SecureRandom().nextBytes(throwaway);
        CompiledPlan shape = CompiledPlan.compile(job, schemas, p -> Deidentifiers.create(throwaway));
        Arrays.fill(throwaway, (byte) 0);
        // The tables' privacy models are analysed on the driver; the executors get the decision, not the spec's part.
        Map<String, TableAnonymization> anonymity = new LinkedHashMap<>();
        for (CompiledPlan.Table t : shape.tables()) {
            shape.anonymization(t.name()).ifPresent(a -> anonymity.put(t.name(), a));
        }
        PlanRecipe recipe = new PlanRecipe(withoutAnonymity(job), keyRef, configuration, schemas);

        Staging staging = Staging.open(spark.sparkContext().hadoopConfiguration(), output);
        SubsetJoins joins = subset.isEmpty() ? null : new SubsetJoins(spark, shape, recipe,
                name -> find(tables, name).data().select(columns(shape.table(name).inputColumns())),
                input.startsWith("jdbc:") ? input : null, jdbc);
        Map<String, Broadcast<TableAnonymization.Release>> releases = new LinkedHashMap<>();
        try {
            Map<String, Dataset<Row>> subsetted = joins == null ? Map.of() : joins.plan(subset.get());
            for (Map.Entry<String, TableAnonymization> a : anonymity.entrySet()) {
                releases.put(a.getKey(), SparkAnonymity.analyse(spark, a.getValue(), input(tables, subsetted, shape, a.getKey()),
                        recipe, a.getKey(), joins != null));
            }
            Map<String, Dataset<Row>> staged = new LinkedHashMap<>();
            Map<String, TableCounts> counts = new LinkedHashMap<>();
            String run = UUID.randomUUID().toString();
            FingerprintSets sets = new FingerprintSets();
            spark.sparkContext().register(sets, "warden fingerprints");
            List<Callable<Void>> writes = new ArrayList<>();
            for (CompiledPlan.Table t : shape.tables()) {
                Dataset<Row> in = input(tables, subsetted, shape, t.name());
                TableCounts c = new TableCounts(t.outputColumns().size());
                spark.sparkContext().register(c, "warden " + t.name());
                String path = staging.table(t.name());
                PartitionTransform transform = new PartitionTransform(recipe, t.name(), run, c, sets, joins != null,
                        releases.get(t.name()));
                counts.put(t.name(), c);
                writes.add(() -> {
                    spark.sparkContext().setJobDescription("warden: de-identify " + t.name());
                    if (format == Format.CSV) {
                        // Spark's internal rows in, UTF-8 lines out: the text writer writes the bytes as they are.
                        RDD<InternalRow> rows = internalRows(in);
                        RDD<InternalRow> lines = rows.toJavaRDD().mapPartitions(new CsvPartition(transform, t.outputColumns())).rdd();
                        textLines(spark, lines).write().option("lineSep", "\n").text(path);
                    } else {
                        in.mapPartitions(new RowPartition(transform), Encoders.row(SparkTables.strings(t.outputColumns())))
                                .write().parquet(path);
                    }
                    return null;
                });
            }
            writeAll(writes);
            for (CompiledPlan.Table t : shape.tables()) {
                String path = staging.table(t.name());
                staged.put(t.name(), format == Format.CSV
                        ? SparkTables.csv(spark, true).schema(SparkTables.strings(t.outputColumns())).load(path)
                        : spark.read().schema(SparkTables.strings(t.outputColumns())).parquet(path));
            }
            spark.sparkContext().setJobDescription("warden: validate");
            List<JobReport.Check> checks = new ArrayList<>(new SparkValidation(spark, shape, recipe, run, staged, counts,
                    sets.value(), format == Format.CSV ? staging::bytes : null).checks());
            for (Map.Entry<String, TableAnonymization> a : anonymity.entrySet()) {
                spark.sparkContext().setJobDescription("warden: check " + a.getKey() + " against its privacy models");
                checks.add(SparkAnonymity.check(a.getValue(), staged.get(a.getKey()), shape.table(a.getKey()).outputColumns(),
                        counts.get(a.getKey()).value()[TableCounts.DROPPED]));
            }
            spark.sparkContext().setJobDescription(null);
            List<JobReport.TableReport> reports = new ArrayList<>();
            long read = 0;
            long written = 0;
            for (CompiledPlan.Table t : shape.tables()) {
                long[] v = counts.get(t.name()).value();
                read += v[TableCounts.ROWS_IN];
                written += v[TableCounts.ROWS_OUT];
                TableAnonymization a = anonymity.get(t.name());
                reports.add(new JobReport.TableReport(t.name(), v[TableCounts.ROWS_IN], v[TableCounts.ROWS_OUT], t.columnReports(),
                        a == null ? Optional.empty() : Optional.of(a.report())));
            }
            JobReport report = new JobReport(job.name(), shape.profileName(), describeInput(), describeOutput(staging),
                    subset.map(SubsetRule::description), started, Duration.ofNanos(System.nanoTime() - startNanos), read, written, peakHeap(),
                    reports, shape.notCopied(), new JobReport.Validation(checks));
            if (!report.validation().passed()) {
                staging.abort();
                throw new ValidationFailedException(report);
            }
            staging.commit();
            return report;
        } catch (RuntimeException e) {
            staging.abort();
            throw unwrap(e);
        } finally {
            if (joins != null) {
                joins.release();
            }
            releases.values().forEach(b -> b.destroy());
        }
    }

    /** @return a table's rows as the plan reads them: subsetted (with the flag column) or all of them */
    private static Dataset<Row> input(Map<String, SparkTables.Table> tables, Map<String, Dataset<Row>> subsetted,
            CompiledPlan shape, String table) {
        CompiledPlan.Table t = shape.table(table);
        return !subsetted.isEmpty() ? subsetted.get(t.name().toLowerCase(java.util.Locale.ROOT))
                : find(tables, t.name()).data().select(columns(t.inputColumns()));
    }

    /**
     * Submits the tables' write jobs from a few driver threads, so that small tables share the executors instead of
     * queueing one job at a time; the first failure is thrown once every job has ended.
     */
    private static void writeAll(List<Callable<Void>> writes) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(CONCURRENT_WRITES, Math.max(1, writes.size())), r -> {
            Thread t = new Thread(r, "warden-spark-write");
            t.setDaemon(true);
            return t;
        });
        try {
            RuntimeException failure = null;
            for (Future<Void> f : pool.invokeAll(writes)) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    RuntimeException r = e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
                    if (failure == null) {
                        failure = r;
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the tables", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The spec as every executor must read it: with its as-of date fixed by the driver, a shared key, and without its
     * subset (which the driver plans, {@link SubsetJoins}; the executors transform rows one by one).
     */
    static JobSpec portable(JobSpec spec, Clock clock) {
        JobSpec fixed = new JobSpec(spec.name(), spec.profile(),
                Optional.of(spec.asOf().orElseGet(() -> LocalDate.now(clock.withZone(ZoneOffset.UTC)))), spec.entity(),
                Optional.empty(), spec.tables());
        if (CompiledPlan.randomKeyPerRun(fixed)) {
            throw new ConfigurationException("job spec " + spec.name() + ", profile: " + spec.profile() + " draws a random "
                    + "key per run, which executors that compile the plan each for themselves cannot share; run it on one "
                    + "machine, or use a profile with a job key");
        }
        return fixed;
    }

    /**
     * The spec as the executors compile it: without the tables' {@code anonymity}, which the driver analyses
     * ({@link SparkAnonymity}) and whose decision it broadcasts; its hierarchy files then need not reach the executors.
     */
    static JobSpec withoutAnonymity(JobSpec spec) {
        return new JobSpec(spec.name(), spec.profile(), spec.asOf(), spec.entity(), spec.subset(), spec.tables().stream()
                .map(t -> new TableSpec(t.name(), t.primaryKeyColumns(), t.foreignKeys(), t.entityColumn(), t.columns()))
                .toList());
    }

    /** Resolves the key once on the driver and wipes it, so a wrong reference fails before any task starts. */
    private void checkKey() {
        byte[] key = ExecutorPlans.resolveKey(keyRef, configuration);
        Arrays.fill(key, (byte) 0);
    }

    private static SparkTables.Table find(Map<String, SparkTables.Table> tables, String name) {
        return tables.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new ConfigurationException("table " + name + ": not in the input"));
    }

    static Column[] columns(List<String> names) {
        return names.stream().map(SparkTables::column).toArray(Column[]::new);
    }

    /**
     * @return the rows of a Dataset as Spark's scan produces them (reused objects: read each before the next)
     * @throws ConfigurationException for a Spark Connect session, whose Datasets run remotely
     */
    static RDD<InternalRow> internalRows(Dataset<Row> data) {
        if (!(data instanceof org.apache.spark.sql.classic.Dataset<Row> classic)) {
            throw new ConfigurationException("the Spark job needs a classic Spark session (spark-submit, local mode), not a "
                    + "Spark Connect client");
        }
        return classic.queryExecution().toRdd();
    }

    /**
     * @param lines rows of one string column, each a line's UTF-8 bytes
     * @return them as a DataFrame of one column {@code value} for Spark's text writer, with no encoder: the scan of an
     *     RDD of internal rows copies each line once into Spark's row format (a Dataset of {@code byte[]} cast to
     *     strings copied it three times: into a binary row, out of it, and into the string row)
     * @throws ConfigurationException for a Spark Connect session
     */
    static Dataset<Row> textLines(SparkSession spark, RDD<InternalRow> lines) {
        if (!(spark instanceof org.apache.spark.sql.classic.SparkSession classic)) {
            throw new ConfigurationException("the Spark job needs a classic Spark session (spark-submit, local mode), not a "
                    + "Spark Connect client");
        }
        return classic.internalCreateDataFrame(lines, new StructType().add("value", DataTypes.StringType, false), false);
    }

    /** A task failure arrives wrapped in Spark's exceptions; the Warden exception inside says what went wrong. */
    private static RuntimeException unwrap(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof WardenException w) {
                return w;
            }
        }
        return e;
    }

    private String describeInput() {
        return input.startsWith("jdbc:") ? "JDBC tables (Spark)" : "Spark tables in " + input;
    }

    private String describeOutput(Staging staging) {
        return (format == Format.CSV ? "CSV" : "Parquet") + " part files in " + staging.output();
    }

    /** @return the driver's peak heap use (all heap pools, since its JVM started) */
    static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /**
     * A partition as CSV lines, UTF-8 encoded, each an internal row of one string: the header first (always in
     * partition 0, so an empty table still has one). Reads Spark's internal rows, so no external {@link Row} is built
     * per input row, and writes bytes, so no Java string is built per output line.
     */
    static final class CsvPartition implements FlatMapFunction<Iterator<InternalRow>, InternalRow>, Serializable {
        private static final long serialVersionUID = 1L;
        private final PartitionTransform transform;
        private final ArrayList<String> names;

        CsvPartition(PartitionTransform transform, List<String> names) {
            this.transform = transform;
            this.names = new ArrayList<>(names);
        }

        @Override
        public Iterator<InternalRow> call(Iterator<InternalRow> input) {
            PartitionTransform.Rows rows = transform.apply(input, PartitionTransform.INTERNAL_ROWS);
            CsvLines csv = new CsvLines(names);
            TaskContext task = TaskContext.get();
            boolean first = task == null || task.partitionId() == 0;
            return new Iterator<>() {
                private boolean header = true;

                @Override
                public boolean hasNext() {
                    if (header) {
                        if (first || rows.hasNext()) {
                            return true;
                        }
                        header = false;
                        return false;
                    }
                    return rows.hasNext();
                }

                @Override
                public InternalRow next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    byte[] line;
                    if (header) {
                        header = false;
                        line = csv.line(names.toArray(String[]::new)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    } else {
                        line = csv.bytes(rows.next());
                    }
                    rows.wrote(line.length + 1L);
                    return new GenericInternalRow(new Object[] {UTF8String.fromBytes(line)});
                }
            };
        }
    }

    /** A partition as rows of strings. */
    static final class RowPartition implements MapPartitionsFunction<Row, Row>, Serializable {
        private static final long serialVersionUID = 1L;
        private final PartitionTransform transform;

        RowPartition(PartitionTransform transform) {
            this.transform = transform;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> input) {
            Iterator<String[]> rows = transform.apply(input, PartitionTransform.ROWS);
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public Row next() {
                    return RowFactory.create((Object[]) rows.next());
                }
            };
        }
    }

    /** Builds a {@link SparkDeidentificationJob}. */
    public static final class Builder {
        private final SparkSession spark;
        private JobSpec spec;
        private String keyRef;
        private String configuration;
        private String input;
        private String output;
        private Format format = Format.CSV;
        private boolean multiLine = true;
        private Properties jdbc = new Properties();
        private Clock clock = Clock.systemUTC();

        private Builder(SparkSession spark) {
            this.spark = spark;
        }

        /** @param spec the job specification; without {@code asOf}, the driver's UTC date is fixed for every executor */
        public Builder spec(JobSpec spec) {
            this.spec = Objects.requireNonNull(spec, "spec");
            return this;
        }

        /**
         * @param keyRef the job key's secret reference ({@code env:NAME}, {@code file:/path}, {@code vault:...}, or a
         *     plug-in scheme), resolved on the driver once (to fail early) and on each executor; at least 16 bytes
         */
        public Builder key(String keyRef) {
            this.keyRef = Objects.requireNonNull(keyRef, "key");
            return this;
        }

        /**
         * @param wardenJson a {@code warden.json} with the secret stores, readable at this path on the driver and on
         *     every executor (e.g. shipped with {@code spark-submit --files}); default: none (env:, file: and keystore:)
         */
        public Builder configuration(String wardenJson) {
            this.configuration = Objects.requireNonNull(wardenJson, "configuration");
            return this;
        }

        /**
         * @param location a directory (any Hadoop file system: {@code file:}, {@code hdfs:}, {@code s3a:}) of
         *     {@code <table>.csv} files or of {@code <table>/} directories of CSV or Parquet part files; or a JDBC URL
         *     (the spec's tables are read; credentials in {@link #jdbcProperties})
         */
        public Builder input(String location) {
            this.input = Objects.requireNonNull(location, "input");
            return this;
        }

        /** @param location the output directory; it must be new, empty, or written by Warden before */
        public Builder output(String location) {
            this.output = Objects.requireNonNull(location, "output");
            return this;
        }

        /** @param format the output format; default CSV */
        public Builder format(Format format) {
            this.format = Objects.requireNonNull(format, "format");
            return this;
        }

        /**
         * @param multiLine whether quoted CSV cells may hold line breaks (RFC 4180; the default, true). Spark cannot
         *     split such a file, so one input file is one partition; give false for large files known to have none
         *     (a line break inside a cell then fails the job), or split the input into several files.
         */
        public Builder multiLine(boolean multiLine) {
            this.multiLine = multiLine;
            return this;
        }

        /** @param properties JDBC connection properties (user, password, driver, fetchsize) for a JDBC input */
        public Builder jdbcProperties(Properties properties) {
            this.jdbc = Objects.requireNonNull(properties, "properties");
            return this;
        }

        /** @param clock the clock for the start time and the default as-of date; default UTC system clock */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** @return the job; run it once */
        public SparkDeidentificationJob build() {
            return new SparkDeidentificationJob(this);
        }
    }
}
