package dev.warden.benchmarks.job;

import dev.warden.core.deid.Deidentifiers;
import dev.warden.core.job.Datasets;
import dev.warden.core.job.DeidentificationJob;
import dev.warden.core.job.JobReport;
import dev.warden.core.job.JobSpec;
import dev.warden.core.job.RowReader;
import dev.warden.core.job.TableSource;
import dev.warden.core.job.TableTarget;
import dev.warden.core.job.TableWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * End-to-end throughput of the main job on a CSV directory (the Synthea Nebraska export), per profile, beside a plain
 * copy measured in the same JVM: the same CSV reader and writer moving every row of every table with no plan, no
 * transformation and no validation (the lower bound the job cannot beat). Reports rows/s, the ratio to the copy and
 * the peak heap of each. A benchmark command rather than JMH, because one operation is a whole job of a fraction
 * of a second to seconds.
 *
 * <p>Warm-up and order: the job's code path is much larger than the copy's, and the JIT compiler needs about ten
 * jobs on this data set before the job runs at its steady speed (the first job takes several times longer than the
 * tenth). Runs of different kinds interleaved in one JVM also disturb each other's compiled code (type profiles of
 * shared call sites switch at every run: measured, the test-data job took twice the CPU time interleaved than in a
 * block). So each kind runs as a block, like one JMH benchmark after another: {@code warmups} runs (default 10), then
 * {@code iterations} measured runs, median reported; the copy first, then each profile. It also prints the first run
 * of each block (the copy's is a cold JVM, what a one-off command sees). Beside wall-clock rows/s it prints the
 * median CPU time of the job thread per run and its ratio (copy CPU / job CPU), which a loaded machine disturbs much
 * less (it leaves out the JIT compiler and GC threads), and the CPU time of all the process's threads but the JIT
 * compiler's per run: the job reads ahead and checks and writes each table's rows on two more threads, which the
 * calling thread's CPU leaves out, so this figure (which counts them and the GC's threads, in 10 ms clock ticks, the
 * JIT's subtracted, see {@link #compilerNanos()}) is the job's whole cost.
 *
 * <p>No GC is forced between runs (as in JMH), so the peak heap of a run also counts garbage left by the run before:
 * an upper bound. {@code -Dbench.gc=true} forces a full GC before every run; measured on this machine, that slows the
 * test-data job's later runs markedly (job-thread CPU ~270 to ~500 ms per run) while a run in a fresh JVM never
 * follows a forced GC, so it is not the default.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.warden.benchmarks.job.JobThroughput \
 *     core/src/test/resources/data/synthea-nebraska samples/specs [iterations [warmups]]
 * </pre>
 */
public final class JobThroughput {

    private static final byte[] KEY = "benchmark-job-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8);

    /** {@code -Dbench.gc=true}: a full GC before every run (off by default, as in JMH). */
    private static final boolean FORCE_GC = Boolean.getBoolean("bench.gc");

    private JobThroughput() {
    }

    public static void main(String[] args) throws IOException {
        Path input = Path.of(args.length > 0 ? args[0] : "core/src/test/resources/data/synthea-nebraska");
        Path specs = Path.of(args.length > 1 ? args[1] : "samples/specs");
        int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int warmups = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        Path work = Files.createTempDirectory("warden-bench");
        try {
            String[] names = {"plain copy", "hipaa-safe-harbor", "test-data"};
            double[][] rates = new double[names.length][iterations];
            double[][] cpu = new double[names.length][iterations];
            double[][] processCpu = new double[names.length][iterations];
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long[] peaks = new long[names.length];
            double[] cold = new double[names.length];
            long rows = 0;
            // -Dbench.only=hipaa-safe-harbor|test-data: the copy and that one profile only, as JMH gives each benchmark
            // its own fork, so the other profile's compiled code cannot disturb it.
            String only = System.getProperty("bench.only", "");
            for (int k = 0; k < names.length; k++) {
                if (k > 0 && !only.isEmpty() && !names[k].equals(only)) {
                    continue;
                }
                for (int i = -warmups; i < iterations; i++) {
                    if (FORCE_GC) {
                        System.gc();
                    }
                    resetPeaks();
                    long start = System.nanoTime();
                    long cpuStart = threads.getCurrentThreadCpuTime();
                    long processStart = os.getProcessCpuTime() - compilerNanos();
                    Path out = work.resolve(k + "-" + i);
                    rows = switch (k) {
                        case 0 -> copy(input, out);
                        case 1 -> job(input, specs.resolve("synthea-hipaa.json"), out).rowsRead();
                        default -> job(input, specs.resolve("synthea-test-data.json"), out).rowsRead();
                    };
                    double rate = rows / ((System.nanoTime() - start) / 1e9);
                    double cpuMs = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
                    double processMs = (os.getProcessCpuTime() - compilerNanos() - processStart) / 1e6;
                    if (i == -warmups) {
                        cold[k] = rate;
                    }
                    if (i >= 0) {
                        rates[k][i] = rate;
                        cpu[k][i] = cpuMs;
                        processCpu[k][i] = processMs;
                        peaks[k] = Math.max(peaks[k], peakHeap());
                    }
                    deleteTree(out);
                }
            }
            double copyRate = median(rates[0]);
            double copyCpu = median(cpu[0]);
            double copyProcess = median(processCpu[0]);
            System.out.printf(Locale.ROOT, "%d rows per run (15 tables), %d warm-up runs and %d measured runs per block, "
                    + "median rows/s; heap peak per run%s%n", rows, warmups, iterations, FORCE_GC ? " (full GC before each run)" : "");
            for (int k = 0; k < names.length; k++) {
                if (k > 0 && !only.isEmpty() && !names[k].equals(only)) {
                    continue;
                }
                double r = median(rates[k]);
                System.out.printf(Locale.ROOT, "  %-18s %,10.0f rows/s  %.2fx of plain copy  peak heap %d MiB  "
                        + "(calling thread CPU %.0f ms/run, %.2fx of the copy's; all threads but the JIT's %.0f ms/run, %.2fx)%n",
                        names[k], r, r / copyRate, peaks[k] >> 20, median(cpu[k]), copyCpu / median(cpu[k]),
                        median(processCpu[k]), copyProcess / median(processCpu[k]));
            }
            System.out.printf(Locale.ROOT, "first run of each block (the copy's in a cold JVM):");
            for (int k = 0; k < names.length; k++) {
                System.out.printf(Locale.ROOT, "  %s %,.0f rows/s", names[k], cold[k]);
            }
            System.out.println();
            int pairs = Integer.getInteger("bench.pairs", 0);
            if (pairs > 0 && !only.isEmpty()) {
                pairs(input, specs, work, only, pairs, os, threads);
            }
        } finally {
            deleteTree(work);
        }
    }

    /**
     * {@code -Dbench.pairs=N} (with {@code -Dbench.only=}): after the blocks (which warm both up), N pairs of one copy
     * and one job run back to back, the order alternating, and the median and quartiles of the per-pair ratios (copy /
     * job) of the three figures: on a shared machine whose load drifts over the seconds between two blocks, the two
     * runs of a pair see about the same load.
     */
    private static void pairs(Path input, Path specs, Path work, String only, int pairs,
            com.sun.management.OperatingSystemMXBean os, java.lang.management.ThreadMXBean threads) throws IOException {
        Path spec = specs.resolve(only.equals("test-data") ? "synthea-test-data.json" : "synthea-hipaa.json");
        double[][] ratio = new double[3][pairs];
        double[][] job = new double[3][pairs];
        for (int i = 0; i < pairs; i++) {
            double[][] m = new double[2][3];
            for (int j = 0; j < 2; j++) {
                int kind = (i + j) % 2; // 0 copy, 1 job; the first of a pair alternates
                long start = System.nanoTime();
                long cpuStart = threads.getCurrentThreadCpuTime();
                long processStart = os.getProcessCpuTime() - compilerNanos();
                Path out = work.resolve("pair-" + i + "-" + j);
                if (kind == 0) {
                    copy(input, out);
                } else {
                    job(input, spec, out);
                }
                m[kind][0] = (System.nanoTime() - start) / 1e6;
                m[kind][1] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
                m[kind][2] = (os.getProcessCpuTime() - compilerNanos() - processStart) / 1e6;
                deleteTree(out);
            }
            for (int f = 0; f < 3; f++) {
                ratio[f][i] = m[0][f] / m[1][f];
                job[f][i] = m[1][f];
            }
        }
        String[] figures = {"wall clock", "calling thread CPU", "all threads but the JIT's"};
        System.out.printf(Locale.ROOT, "%d pairs (copy, %s) back to back, ratio copy / job per pair: median [quartiles]; job ms median%n",
                pairs, only);
        for (int f = 0; f < 3; f++) {
            double[] r = ratio[f].clone();
            java.util.Arrays.sort(r);
            System.out.printf(Locale.ROOT, "  %-26s %.2fx [%.2f-%.2f]  job %.0f ms%n", figures[f], r[pairs / 2], r[pairs / 4],
                    r[(3 * pairs) / 4], median(job[f]));
        }
    }

    /** The baseline: every row of every table read and written with the same CSV source and target, nothing else. */
    static long copy(Path input, Path out) {
        long rows = 0;
        try (TableSource source = Datasets.source(input.toString());
             TableTarget target = Datasets.target(out.toString(), Datasets.Format.CSV)) {
            for (String table : source.tables()) {
                var schema = source.schema(table);
                try (RowReader reader = source.open(table, schema.columnNames());
                     TableWriter writer = target.create(table, schema.columns())) {
                    for (String[] row = reader.next(); row != null; row = reader.next()) {
                        writer.write(row);
                        rows++;
                    }
                }
            }
            target.commit();
        }
        return rows;
    }

    static JobReport job(Path input, Path spec, Path out) {
        try (TableSource source = Datasets.source(input.toString());
             TableTarget target = Datasets.target(out.toString(), Datasets.Format.CSV)) {
            return DeidentificationJob.builder().spec(JobSpec.load(spec)).source(source).target(target)
                    .deidentifiers(p -> Deidentifiers.forProfile(p, KEY)).build().run();
        }
    }

    /**
     * CPU time of the JIT compiler threads so far (Linux: {@code /proc/self/task/<tid>/schedstat}, nanoseconds), taken
     * out of the process's CPU time: compilation goes on for many runs on a loaded machine and is not the job's work.
     * Run with {@code -XX:-UseDynamicNumberOfCompilerThreads}, so no compiler thread ends and takes its time with it.
     * Zero where {@code /proc} is not available.
     */
    static long compilerNanos() {
        long sum = 0;
        try (var tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path t : tasks) {
                try {
                    String comm = Files.readString(t.resolve("comm"));
                    if (comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler")) {
                        sum += Long.parseLong(Files.readString(t.resolve("schedstat")).split(" ")[0]);
                    }
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return sum;
    }

    static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    static double median(double[] values) {
        double[] v = values.clone();
        java.util.Arrays.sort(v);
        return v[v.length / 2];
    }

    static void deleteTree(Path root) throws IOException {
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
