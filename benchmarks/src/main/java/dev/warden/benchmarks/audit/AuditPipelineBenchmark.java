package dev.warden.benchmarks.audit;

import dev.warden.audit.Actor;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.core.audit.AuditPipeline;
import dev.warden.core.audit.HashChain;
import dev.warden.core.audit.jsonl.JsonlAuditSink;
import dev.warden.spi.audit.PipelinedAuditSink;
import dev.warden.core.audit.HmacChainKey;
import dev.warden.spi.audit.ChainKey;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Durable audit events per second through the fail-closed pipeline and the JSON Lines sink (HMAC chain, one write and
 * one {@code fdatasync} per group-committed batch) with 1, 8 and 64 producer threads, beside the physical limit: a bare
 * {@link FileChannel} write of the same record bytes followed by {@code force(false)}, at batch sizes 1, 8 and 64, from
 * one thread. Throughput mode gives events/s (an op is one event); sample-time mode gives the latency distribution of
 * {@code record} (p50, p99).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar -f 1 -wi 2 -w 1s -i 3 -r 1s -bm thrpt,sample AuditPipelineBenchmark}.
 * The files live in {@code java.io.tmpdir} (set {@code -Djava.io.tmpdir} to put them on the disk to measure).
 * At the end of each iteration the pipeline's average batch size is printed, to compare with the bare batch sizes.
 */
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.SECONDS)
public class AuditPipelineBenchmark {

    static final byte[] SECRET = "benchmark-audit-secret-0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    static AuditEvent event() {
        return AuditEvent.builder(AuditEventType.DATA_SOURCE_READ).actor(Actor.user("analyst-42", "oidc"))
                .sourceAddress("10.1.2.3").project("clinical").resource("data-source:clinical/patients")
                .correlationId("job-7").detail("rows", 1000).detail("table", "encounters").build();
    }

    /** The pipeline under test, shared by all producer threads. */
    @State(Scope.Benchmark)
    public static class Pipeline {
        Path dir;
        AuditPipeline pipeline;
        final AtomicLong batches = new AtomicLong();
        final AtomicLong events = new AtomicLong();

        @Setup(Level.Trial)
        public void open() throws IOException {
            dir = Files.createTempDirectory("warden-audit-bench");
            // A long timeout: on a loaded shared disk one fsync can exceed the 1 s default, and this measures throughput.
            AuditPipeline.Builder builder = AuditPipeline.builder().secret(SECRET).timeout(java.time.Duration.ofSeconds(30));
            JsonlAuditSink jsonl = JsonlAuditSink.builder().directory(dir).chainKey(builder.chainKey())
                    .maxFileBytes(256L << 20).open();
            // Counts fsyncs and the events they covered (a PipelinedAuditSink, so Builder.pipelined(true) would apply).
            AtomicLong appended = new AtomicLong();
            pipeline = builder.sink(new PipelinedAuditSink() {
                @Override public String name() { return jsonl.name(); }
                @Override public void append(List<AuditEvent> batch) throws IOException {
                    jsonl.append(batch);
                    appended.addAndGet(batch.size());
                }
                @Override public void sync() throws IOException {
                    long covered = appended.getAndSet(0);
                    jsonl.sync();
                    batches.incrementAndGet();
                    events.addAndGet(covered);
                }
                @Override public void discard() throws IOException { jsonl.discard(); }
                @Override public void close() throws IOException { jsonl.close(); }
            }).build();
        }

        @TearDown(Level.Iteration)
        public void report() throws IOException {
            long b = batches.getAndSet(0);
            long e = events.getAndSet(0);
            System.out.printf("%n[audit] average batch %.1f events (%d events, %d fsyncs)%n", b == 0 ? 0.0 : (double) e / b, e, b);
            // Keep the disk from filling: drop all files but the one being written.
            List<Path> files;
            try (Stream<Path> list = Files.list(dir)) {
                files = list.sorted().toList();
            }
            for (int i = 0; i < files.size() - 1; i++) {
                Files.deleteIfExists(files.get(i));
            }
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            pipeline.close();
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** The bare limit: one thread appending pre-made record bytes and forcing them. */
    @State(Scope.Thread)
    public static class Bare {
        Path file;
        FileChannel channel;
        ByteBuffer one;
        ByteBuffer eight;
        ByteBuffer sixtyFour;

        @Setup(Level.Trial)
        public void open() throws IOException {
            file = Files.createTempFile("warden-audit-bare", ".jsonl");
            channel = FileChannel.open(file, StandardOpenOption.WRITE);
            HashChain chain = new HashChain(HmacChainKey.derive(SECRET), 0, HashChain.GENESIS);
            byte[] record = chain.next(event()).getBytes(StandardCharsets.US_ASCII);
            one = repeat(record, 1);
            eight = repeat(record, 8);
            sixtyFour = repeat(record, 64);
        }

        private static ByteBuffer repeat(byte[] record, int n) {
            ByteBuffer buffer = ByteBuffer.allocateDirect(record.length * n);
            for (int i = 0; i < n; i++) {
                buffer.put(record);
            }
            return buffer.flip();
        }

        void append(ByteBuffer batch) throws IOException {
            ByteBuffer b = batch.duplicate();
            while (b.hasRemaining()) {
                channel.write(b);
            }
            channel.force(false);
            if (channel.position() > (256L << 20)) {
                channel.truncate(0).position(0);
            }
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            channel.close();
            Files.deleteIfExists(file);
        }
    }

    @Benchmark
    @Threads(1)
    public void pipeline01Producer(Pipeline p) {
        p.pipeline.record(event());
    }

    @Benchmark
    @Threads(8)
    public void pipeline08Producers(Pipeline p) {
        p.pipeline.record(event());
    }

    @Benchmark
    @Threads(64)
    public void pipeline64Producers(Pipeline p) {
        p.pipeline.record(event());
    }

    @Benchmark
    @OperationsPerInvocation(1)
    public void bareWriteForceBatch01(Bare b) throws IOException {
        b.append(b.one);
    }

    @Benchmark
    @OperationsPerInvocation(8)
    public void bareWriteForceBatch08(Bare b) throws IOException {
        b.append(b.eight);
    }

    @Benchmark
    @OperationsPerInvocation(64)
    public void bareWriteForceBatch64(Bare b) throws IOException {
        b.append(b.sixtyFour);
    }
}
