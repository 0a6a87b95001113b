package dev.warden.benchmarks.job;

import dev.warden.core.deid.Deidentifiers;
import dev.warden.core.job.Datasets;
import dev.warden.core.job.DeidentificationJob;
import dev.warden.core.job.JobReport;
import dev.warden.core.job.JobSpec;
import dev.warden.core.job.TableSource;
import dev.warden.core.job.TableTarget;
import dev.warden.spark.SparkDeidentificationJob;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.sql.SparkSession;

/**
 * Rows per second of the de-identification job on Spark in local mode ({@code local[1]}, {@code local[2]}), beside
 * the single-machine job and a plain Spark copy (the same CSV read, every row written back as CSV, no plan: the lower
 * bound a Spark job cannot beat) on one generated table of N rows (2,000,000 by default; the {@code LargeTable} shape:
 * id, SSN, name, birth date, ZIP, city, amount; Safe Harbor). Each Spark figure is the whole job, validation included
 * (gathered in the write's pass: rows, detector hits, keyed fingerprint sets of keys and identifier values); the copy
 * only reads and writes. A benchmark command, not JMH and not part of {@code mvn verify}: one operation is a job of
 * seconds.
 *
 * <p>System properties: {@code -Dbench.jobs=true} prints each Spark job's wall time, executor run and CPU time and shuffle
 * bytes by its description (where the time goes); {@code -Dbench.threads=1,2} the local modes to run;
 * {@code -Dbench.skipSingle=true} and {@code -Dbench.skipCopy=true} leave those runs out.
 *
 * <pre>
 * mvn -B -q package -pl benchmarks -am -DskipTests
 * mvn -B -q dependency:build-classpath -pl benchmarks -Dmdep.outputFile=/tmp/cp.txt
 * java -Xmx3g $(spark-flags) -cp benchmarks/target/benchmarks.jar:$(cat /tmp/cp.txt) \
 *     dev.warden.benchmarks.job.SparkThroughput [rows [runs]]
 * </pre>
 *
 * where {@code spark-flags} are the {@code --add-opens} flags of {@code spark.jvm.flags} in extensions/spark/pom.xml.
 * The input is split into partitions of 16 MiB ({@code spark.sql.files.maxPartitionBytes}), read with
 * {@code multiLine=false} (the generated cells hold no line breaks), so both executor threads have work.
 */
public final class SparkThroughput {

    private static final byte[] KEY = "large-table-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8);

    private SparkThroughput() {
    }

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Path work = Files.createTempDirectory("warden-spark-bench");
        try {
            Path in = Files.createDirectories(work.resolve("in"));
            generate(in.resolve("people.csv"), rows);
            Path key = work.resolve("job.key");
            Files.write(key, KEY);
            JobSpec spec = JobSpec.parse(LargeTable.SPEC, "large-table");
            System.out.printf(Locale.ROOT, "%,d rows (%d MiB of CSV), best of %d runs after one warm-up; machine: %d cores%n",
                    rows, Files.size(in.resolve("people.csv")) >> 20, runs, Runtime.getRuntime().availableProcessors());

            double single = Boolean.getBoolean("bench.skipSingle") ? Double.NaN : best(runs, i -> {
                try (TableSource source = Datasets.source(in.toString());
                     TableTarget target = Datasets.target(work.resolve("single-" + i).toString(), Datasets.Format.CSV)) {
                    JobReport r = DeidentificationJob.builder().spec(spec).source(source).target(target)
                            .deidentifiers(p -> Deidentifiers.forProfile(p, KEY)).build().run();
                    check(r);
                }
            }, rows);
            System.out.printf(Locale.ROOT, "  single-machine job        %,10.0f rows/s %,10.0f rows per CPU-second%n", single,
                    Boolean.getBoolean("bench.skipSingle") ? Double.NaN : lastCpuRate);

            for (String cores : System.getProperty("bench.threads", "1,2").split(",")) {
                int threads = Integer.parseInt(cores.strip());
                SparkSession spark = SparkSession.builder().master("local[" + threads + "]").appName("warden-bench")
                        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", String.valueOf(2 * threads))
                        .config("spark.sql.files.maxPartitionBytes", String.valueOf(16 << 20))
                        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
                spark.sparkContext().setLogLevel("ERROR");
                JobTimes times = new JobTimes();
                if (Boolean.getBoolean("bench.jobs")) {
                    spark.sparkContext().addSparkListener(times);
                }
                try {
                    double copy = Boolean.getBoolean("bench.skipCopy") ? Double.NaN : best(runs, i -> spark.read().format("csv").option("header", "true").option("multiLine", "false")
                            .option("escape", "\"").load(in.resolve("people.csv").toString())
                            .write().option("header", "true").csv(work.resolve("copy-" + threads + "-" + i).toString()), rows);
                    double copyCpu = Boolean.getBoolean("bench.skipCopy") ? Double.NaN : lastCpuRate;
                    double job = best(runs, i -> check(SparkDeidentificationJob.builder(spark).spec(spec).key("file:" + key)
                            .input(in.toString()).output(work.resolve("spark-" + threads + "-" + i).toString()).multiLine(false)
                            .build().run()), rows);
                    double jobCpu = lastCpuRate;
                    System.out.printf(Locale.ROOT, "  local[%d] plain Spark copy %,10.0f rows/s %,10.0f rows per CPU-second%n", threads, copy, copyCpu);
                    times.print();
                    System.out.printf(Locale.ROOT, "  local[%d] Warden on Spark  %,10.0f rows/s %,10.0f rows per CPU-second  %.2fx of the copy "
                            + "(%.2fx by CPU time), %.2fx of the single-machine job%n", threads, job, jobCpu, job / copy, jobCpu / copyCpu, job / single);
                } finally {
                    spark.stop();
                }
            }
        } finally {
            deleteTree(work);
        }
    }

    /**
     * With {@code -Dbench.jobs=true}: the wall time of each Spark job by its description, and its stages' executor run
     * time and shuffle bytes, summed over all runs of a session (where the job's time goes).
     */
    private static final class JobTimes extends SparkListener {
        private final Map<Integer, Long> started = new ConcurrentHashMap<>();
        private final Map<Integer, String> names = new ConcurrentHashMap<>();
        private final Map<Integer, Integer> stageJob = new ConcurrentHashMap<>();
        private final Map<String, long[]> byName = new ConcurrentSkipListMap<>();

        @Override
        public void onJobStart(SparkListenerJobStart start) {
            String d = start.properties() == null ? null : start.properties().getProperty("spark.job.description");
            names.put(start.jobId(), d == null ? "(no description)" : d);
            started.put(start.jobId(), start.time());
            scala.collection.Iterator<Object> ids = start.stageIds().iterator();
            while (ids.hasNext()) {
                stageJob.put((Integer) ids.next(), start.jobId());
            }
        }

        @Override
        public void onJobEnd(SparkListenerJobEnd end) {
            Long t = started.remove(end.jobId());
            if (t != null) {
                byName.computeIfAbsent(names.get(end.jobId()), k -> new long[5])[0] += end.time() - t;
                byName.get(names.get(end.jobId()))[3]++;
            }
        }

        @Override
        public void onStageCompleted(SparkListenerStageCompleted done) {
            Integer job = stageJob.get(done.stageInfo().stageId());
            String name = job == null ? "(unknown)" : names.getOrDefault(job, "(unknown)");
            long[] v = byName.computeIfAbsent(name, k -> new long[5]);
            v[1] += done.stageInfo().taskMetrics().executorRunTime();
            v[2] += done.stageInfo().taskMetrics().shuffleWriteMetrics().bytesWritten();
            v[4] += done.stageInfo().taskMetrics().executorCpuTime() / 1_000_000;
        }

        void print() {
            byName.forEach((name, v) -> System.out.printf(Locale.ROOT, "    %-40s %3d jobs %,9d ms wall %,9d ms executor run %,9d ms executor CPU %,12d B shuffled%n",
                    name, v[3], v[0], v[1], v[4], v[2]));
            byName.clear();
        }
    }

    private interface Run {
        void run(int i) throws IOException;
    }

    /** The best rows per CPU second of the last {@link #best} call: the whole JVM's CPU time (driver, executors, GC). */
    private static double lastCpuRate;

    /**
     * @return the best rows/s of {@code runs} runs after one warm-up run; {@link #lastCpuRate} gets the best rows per
     *     second of the process's CPU time, which waiting for a core on a shared machine does not inflate
     */
    private static double best(int runs, Run run, long rows) throws IOException {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        double best = 0;
        double bestCpu = 0;
        for (int i = -1; i < runs; i++) {
            long start = System.nanoTime();
            long cpu = os.getProcessCpuTime();
            run.run(i + 1);
            double rate = rows / ((System.nanoTime() - start) / 1e9);
            double cpuRate = rows / ((os.getProcessCpuTime() - cpu) / 1e9);
            if (i >= 0) {
                best = Math.max(best, rate);
                bestCpu = Math.max(bestCpu, cpuRate);
            }
        }
        lastCpuRate = bestCpu;
        return best;
    }

    private static void check(JobReport report) {
        if (!report.validation().passed()) {
            throw new IllegalStateException("validation failed: " + report.validation().failures());
        }
    }

    static void generate(Path file, int rows) throws IOException {
        SplittableRandom random = new SplittableRandom(1);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("id,ssn,name,birth_date,zip,city,amount\n");
            for (int i = 0; i < rows; i++) {
                w.write(String.format(Locale.ROOT, "P%09d,9%02d-%02d-%04d,Person %d,%d-%02d-%02d,%05d,Town %d,%d.%02d%n", i,
                        random.nextInt(100), 1 + random.nextInt(99), 1 + random.nextInt(9999), i,
                        1925 + random.nextInt(95), 1 + random.nextInt(12), 1 + random.nextInt(28),
                        random.nextInt(100_000), random.nextInt(5000), random.nextInt(10_000), random.nextInt(100)));
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
