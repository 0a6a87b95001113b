package dev.warden.benchmarks.audit;

import dev.warden.audit.AuditEvent;
import dev.warden.core.audit.AuditPipeline;
import dev.warden.core.audit.HashChain;
import dev.warden.core.audit.HmacChainKey;
import dev.warden.core.audit.jsonl.JsonlAuditSink;
import dev.warden.spi.audit.PipelinedAuditSink;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * A documented companion to {@link AuditPipelineBenchmark} for a shared, noisy machine: it <em>interleaves</em> short
 * slices of the pipeline (N producers) and of the bare limit (one thread, write + {@code force(false)} of N records'
 * bytes per sync), so both see the same disk load, and reports the median of the slices' rates, their ratio, and the
 * p50/p99 latency of {@code record} over all pipeline slices. {@code batch} is the pipeline's achieved group-commit
 * size (events per fsync); {@code bare@batch} is the bare limit at that batch size (rounded), measured in the same
 * interleaved slices, then the pipeline's ratio to it; {@code cpu us/ev} is the CPU time of the whole process (every
 * thread, producers included) per recorded event during the pipeline slices, the figure least disturbed by other load
 * on a shared machine.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.warden.benchmarks.audit.AuditThroughputRun [slices] [sliceMillis] [serial|pipelined] [producer counts, e.g. 1,8,64]}
 * (default 10 slices of 300 ms per producer count: 1, 8, 64). {@code serial} (the default) or {@code pipelined}
 * chooses {@code AuditPipeline.Builder.pipelined}: run both back to back to compare them on the same machine state.
 */
public final class AuditThroughputRun {

    static final java.util.concurrent.atomic.AtomicLong REFUSED = new java.util.concurrent.atomic.AtomicLong();
    /** CPU time of the whole process (all threads) while pipeline slices run: less sensitive to other load than rates. */
    static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    /** [0]: CPU nanoseconds spent in pipeline slices, [1]: events recorded in them (for one producer count). */
    static final long[] CPU = new long[2];
    private static boolean pipelined;
    /**
     * {@code -Dwarden.bench.fsyncMicros=N}: add N µs to every fsync of both the pipeline and the bare limit. With the
     * files on tmpfs ({@code -Djava.io.tmpdir=/dev/shm}, where fsync itself costs nothing) this emulates a disk whose
     * fsync takes exactly N µs, so a shared machine's disk noise does not drown the comparison. 0 (default): off.
     */
    private static final long FSYNC_NANOS = Long.getLong("warden.bench.fsyncMicros", 0) * 1_000;

    private static void emulatedFsyncLatency() {
        if (FSYNC_NANOS > 0) {
            long end = System.nanoTime() + FSYNC_NANOS;
            for (long left; (left = end - System.nanoTime()) > 0; ) {
                java.util.concurrent.locks.LockSupport.parkNanos(left);
            }
        }
    }

    private AuditThroughputRun() {
    }

    public static void main(String[] args) throws Exception {
        int slices = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        long sliceMillis = args.length > 1 ? Long.parseLong(args[1]) : 300;
        pipelined = args.length > 2 && args[2].equals("pipelined");
        System.out.println(pipelined ? "pipelined group commit (AuditPipeline.Builder.pipelined(true))"
                : "serial group commit (the default)");
        Path dir = Files.createTempDirectory("warden-audit-run");
        try {
            System.out.printf("%-10s %14s %14s %7s %10s %10s %9s %14s %7s %10s%n", "producers", "pipeline ev/s", "bare rec/s", "ratio",
                    "p50 us", "p99 us", "batch", "bare@batch", "ratio", "cpu us/ev");
            int[] counts = args.length > 3 ? java.util.Arrays.stream(args[3].split(",")).mapToInt(Integer::parseInt).toArray()
                    : new int[] {1, 8, 64};
            for (int producers : counts) {
                run(dir, producers, slices, sliceMillis);
            }
            System.out.println("records refused (timeout): " + REFUSED.get());
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void run(Path dir, int producers, int slices, long sliceMillis) throws Exception {
        Path logDir = Files.createDirectories(dir.resolve("log-" + producers));
        // A long timeout: on a loaded shared disk one fsync can exceed the 1 s default, and this measures throughput.
        AuditPipeline.Builder builder = AuditPipeline.builder().secret(AuditPipelineBenchmark.SECRET).timeout(java.time.Duration.ofSeconds(30));
        // batches[0]: fsyncs, batches[1]: events made durable by them (the pipeline's achieved group-commit size).
        long[] batches = new long[2];
        long[] appended = new long[1];
        JsonlAuditSink jsonl = JsonlAuditSink.builder().directory(logDir).chainKey(builder.chainKey()).maxFileBytes(256L << 20).open();
        PipelinedAuditSink counted = new PipelinedAuditSink() {
            @Override public String name() { return "jsonl"; }
            @Override public void append(List<AuditEvent> batch) throws IOException {
                jsonl.append(batch);
                appended[0] += batch.size();
            }
            @Override public void sync() throws IOException {
                long covered = appended[0];
                jsonl.sync();
                emulatedFsyncLatency();
                batches[0]++;
                batches[1] = covered;
            }
            @Override public void discard() throws IOException { jsonl.discard(); }
            @Override public void close() throws IOException { jsonl.close(); }
        };
        AuditPipeline pipeline = builder.pipelined(pipelined).sink(counted).build();
        byte[] record = new HashChain(HmacChainKey.derive(AuditPipelineBenchmark.SECRET), 0, HashChain.GENESIS)
                .next(AuditPipelineBenchmark.event()).getBytes(StandardCharsets.US_ASCII);
        ByteBuffer bareBatch = repeat(record, producers);
        Path bareFile = dir.resolve("bare-" + producers + ".jsonl");
        double[] pipelineRates = new double[slices];
        double[] bareRates = new double[slices];
        double[] bareAchievedRates = new double[slices];
        List<long[]> latencies = new ArrayList<>();
        try (FileChannel bare = FileChannel.open(bareFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            sliceOfPipeline(pipeline, producers, sliceMillis / 2, new ArrayList<>());           // warm-up
            for (int s = 0; s < slices; s++) {
                pipelineRates[s] = sliceOfPipeline(pipeline, producers, sliceMillis, latencies);
                bareRates[s] = sliceOfBare(bare, bareBatch, producers, sliceMillis);
                // The bare limit at the batch size the pipeline actually achieved so far (events per fsync).
                int achieved = (int) Math.max(1, Math.round((double) batches[1] / Math.max(1, batches[0])));
                bareAchievedRates[s] = sliceOfBare(bare, repeat(record, achieved), achieved, sliceMillis);
            }
        } finally {
            pipeline.close();
            Files.deleteIfExists(bareFile);
        }
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).filter(v -> v > 0).sorted().toArray();
        double pipelineMedian = median(pipelineRates);
        double bareMedian = median(bareRates);
        double bareAchievedMedian = median(bareAchievedRates);
        System.out.printf("%-10d %14.0f %14.0f %7.2f %10.0f %10.0f %9.1f %14.0f %7.2f %10.1f%n", producers, pipelineMedian, bareMedian,
                pipelineMedian / bareMedian, all.length == 0 ? 0 : all[all.length / 2] / 1e3,
                all.length == 0 ? 0 : all[(int) (all.length * 0.99)] / 1e3, (double) batches[1] / Math.max(1, batches[0]),
                bareAchievedMedian, pipelineMedian / bareAchievedMedian, CPU[0] / 1e3 / Math.max(1, CPU[1]));
        CPU[0] = 0;
        CPU[1] = 0;
    }

    private static ByteBuffer repeat(byte[] record, int n) {
        ByteBuffer buffer = ByteBuffer.allocateDirect(record.length * n);
        for (int i = 0; i < n; i++) {
            buffer.put(record);
        }
        return buffer.flip();
    }

    private static double sliceOfPipeline(AuditPipeline pipeline, int producers, long millis, List<long[]> latencies)
            throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        long[] counts = new long[producers];
        CountDownLatch done = new CountDownLatch(producers);
        List<long[]> mine = new ArrayList<>();
        for (int t = 0; t < producers; t++) {
            long[] samples = new long[200_000];
            mine.add(samples);
            int index = t;
            Thread thread = new Thread(() -> {
                int n = 0;
                while (!stop.get()) {
                    AuditEvent event = AuditPipelineBenchmark.event();
                    long start = System.nanoTime();
                    try {
                        pipeline.record(event);
                    } catch (RuntimeException e) {
                        REFUSED.incrementAndGet();
                        continue;
                    }
                    long took = System.nanoTime() - start;
                    if (n < samples.length) {
                        samples[n] = took;
                    }
                    n++;
                }
                counts[index] = n;
                done.countDown();
            });
            thread.start();
        }
        long begin = System.nanoTime();
        long cpuBegin = PROCESS.getProcessCpuTime();
        Thread.sleep(millis);
        stop.set(true);
        done.await();
        long elapsed = System.nanoTime() - begin;
        long events = Arrays.stream(counts).sum();
        CPU[0] += PROCESS.getProcessCpuTime() - cpuBegin;
        CPU[1] += events;
        latencies.addAll(mine);
        return events * 1e9 / elapsed;
    }

    private static double sliceOfBare(FileChannel channel, ByteBuffer batch, int perSync, long millis) throws IOException {
        long end = System.nanoTime() + millis * 1_000_000;
        long begin = System.nanoTime();
        long records = 0;
        while (System.nanoTime() < end) {
            ByteBuffer b = batch.duplicate();
            while (b.hasRemaining()) {
                channel.write(b);
            }
            channel.force(false);
            emulatedFsyncLatency();
            records += perSync;
            if (channel.position() > (256L << 20)) {
                channel.truncate(0).position(0);
            }
        }
        return records * 1e9 / (System.nanoTime() - begin);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
