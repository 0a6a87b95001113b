package dev.warden.core.audit.jsonl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.audit.Actor;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.audit.AuditUnavailableException;
import dev.warden.core.audit.AuditPipeline;
import dev.warden.core.audit.HmacChainKey;
import dev.warden.core.audit.VerificationReport;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipelined group commit of the JSON Lines sink: the next batch is written while the previous one is being
 * fsynced, yet no {@code record} returns before an fsync covering its event has returned, a failed fsync fails exactly
 * the events it would have covered, and the chain order stays the file order.
 */
class PipelinedGroupCommitTest {

    static final byte[] SECRET = "pipelined-commit-secret-0123456789".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    /** Channels whose {@code force} can be held (blocked until released) or made to fail once. */
    static final class GatedChannels {
        volatile CountDownLatch gate;
        final AtomicInteger forcesStarted = new AtomicInteger();
        final AtomicInteger failForces = new AtomicInteger();
        final AtomicInteger writes = new AtomicInteger();

        FileChannel open(Path path, Set<? extends OpenOption> options) throws IOException {
            FileChannel real = FileChannel.open(path, options);
            return new DelegatingFileChannel(real) {
                @Override
                public int write(ByteBuffer src, long position) throws IOException {
                    writes.incrementAndGet();
                    return real.write(src, position);
                }

                @Override
                public void force(boolean metaData) throws IOException {
                    forcesStarted.incrementAndGet();
                    CountDownLatch held = gate;
                    if (held != null) {
                        try {
                            held.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IOException("interrupted");
                        }
                    }
                    if (failForces.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                        throw new IOException("Input/output error");
                    }
                    real.force(metaData);
                }
            };
        }
    }

    private static AuditEvent login(String user) {
        return AuditEvent.builder(AuditEventType.LOGIN).actor(Actor.user(user, "password")).build();
    }

    private AuditPipeline pipeline(GatedChannels disk, Duration timeout) throws IOException {
        AuditPipeline.Builder builder = AuditPipeline.builder().secret(SECRET).timeout(timeout).pipelined(true);
        JsonlAuditSink sink = JsonlAuditSink.builder().directory(dir).chainKey(builder.chainKey())
                .channelOpener(disk::open).open();
        return builder.sink(sink).build();
    }

    private String logText() throws IOException {
        StringBuilder all = new StringBuilder();
        try (var files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                all.append(Files.readString(file, StandardCharsets.US_ASCII));
            }
        }
        return all.toString();
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not reached in 10 s").isLessThan(deadline);
            Thread.sleep(2);
        }
    }

    /** Holds every fsync, records {@code event} from another thread and returns once its fsync has begun. */
    private static CompletableFuture<Void> recordBehindHeldFsync(AuditPipeline pipeline, GatedChannels disk,
                                                                 AuditEvent event) throws InterruptedException {
        disk.gate = new CountDownLatch(1);
        CompletableFuture<Void> recorded = CompletableFuture.runAsync(() -> pipeline.record(event));
        await(() -> disk.forcesStarted.get() >= 1);
        return recorded;
    }

    @Test
    void recordDoesNotReturnWhileTheFsyncCoveringItsEventIsBlocked() throws Exception {
        GatedChannels disk = new GatedChannels();
        try (AuditPipeline pipeline = pipeline(disk, Duration.ofSeconds(30))) {
            AuditEvent event = login("alice");
            CompletableFuture<Void> recorded = recordBehindHeldFsync(pipeline, disk, event);
            assertThat(logText()).as("written to the file (not yet durable)").contains(event.id());
            Thread.sleep(150);
            assertThat(recorded).as("acknowledged before its fsync returned").isNotDone();
            disk.gate.countDown();
            recorded.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void theNextBatchIsWrittenWhileTheFsyncOfThePreviousOneIsInFlight() throws Exception {
        GatedChannels disk = new GatedChannels();
        try (AuditPipeline pipeline = pipeline(disk, Duration.ofSeconds(30))) {
            AuditEvent first = login("first");
            AuditEvent second = login("second");
            CompletableFuture<Void> one = recordBehindHeldFsync(pipeline, disk, first);
            CompletableFuture<Void> two = CompletableFuture.runAsync(() -> pipeline.record(second));
            await(() -> {
                try {
                    return logText().contains(second.id());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(disk.forcesStarted.get()).as("the second write did not wait for the first fsync").isEqualTo(1);
            assertThat(one).isNotDone();
            assertThat(two).isNotDone();
            disk.gate.countDown();
            one.get(10, TimeUnit.SECONDS);
            two.get(10, TimeUnit.SECONDS);
        }
        String text = logText();
        assertThat(text.indexOf("\"seq\":1,")).isLessThan(text.indexOf("\"seq\":2,"));
        assertThat(new JsonlAuditReader(dir).verify(HmacChainKey.derive(SECRET)).intact()).isTrue();
    }

    @Test
    void aHungFsyncMakesRecordThrowWithinTheTimeout() throws Exception {
        GatedChannels disk = new GatedChannels();
        try (AuditPipeline pipeline = pipeline(disk, Duration.ofMillis(300))) {
            disk.gate = new CountDownLatch(1);
            long start = System.nanoTime();
            assertThatThrownBy(() -> pipeline.record(login("alice"))).isInstanceOf(AuditUnavailableException.class)
                    .hasMessageContaining("within 300 ms");
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(2_000);
            disk.gate.countDown();
        }
    }

    @Test
    void aFailedFsyncFailsTheEventsItCoveredAndOnlyAcknowledgedEventsAreInTheVerifiedLog() throws Exception {
        GatedChannels disk = new GatedChannels();
        List<String> acknowledged = java.util.Collections.synchronizedList(new ArrayList<>());
        Set<String> refused = ConcurrentHashMap.newKeySet();
        try (AuditPipeline pipeline = pipeline(disk, Duration.ofSeconds(30))) {
            pipeline.record(login("before"));
            disk.gate = new CountDownLatch(1);
            disk.failForces.set(1);
            List<CompletableFuture<Void>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                AuditEvent event = login("u" + i);
                calls.add(CompletableFuture.runAsync(() -> {
                    try {
                        pipeline.record(event);
                        acknowledged.add(event.id());
                    } catch (AuditUnavailableException e) {
                        refused.add(event.id());
                    }
                }));
            }
            await(() -> disk.forcesStarted.get() >= 2);
            Thread.sleep(50);                      // let more batches be appended behind the held fsync
            disk.gate.countDown();
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
            assertThat(refused).as("events covered by the failed fsync").isNotEmpty();
            AuditEvent after = login("after");
            pipeline.record(after);
            acknowledged.add(after.id());
        }
        List<String> stored = new JsonlAuditReader(dir).readAll().stream().map(AuditEvent::id).toList();
        assertThat(stored).containsAll(acknowledged).doesNotContainAnyElementsOf(refused);
        VerificationReport report = new JsonlAuditReader(dir).verify(HmacChainKey.derive(SECRET));
        assertThat(report.intact()).as(report.toString()).isTrue();
    }

    @Test
    void manyProducersShareFsyncsAndEveryAcknowledgedEventIsStoredInChainOrder() throws Exception {
        GatedChannels disk = new GatedChannels();
        int producers = 32;
        int each = 40;
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(producers);
        try (AuditPipeline pipeline = pipeline(disk, Duration.ofSeconds(30))) {
            List<CompletableFuture<Void>> calls = new ArrayList<>();
            for (int t = 0; t < producers; t++) {
                int thread = t;
                calls.add(CompletableFuture.runAsync(() -> {
                    for (int i = 0; i < each; i++) {
                        AuditEvent event = login("p" + thread + "-" + i);
                        pipeline.record(event);
                        acknowledged.add(event.id());
                    }
                }, threads));
            }
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } finally {
            threads.shutdown();
        }
        assertThat(acknowledged).hasSize(producers * each);
        assertThat(disk.forcesStarted.get()).as("fsyncs for %d events", producers * each).isLessThan(producers * each);
        List<AuditEvent> stored = new JsonlAuditReader(dir).readAll();
        assertThat(stored).extracting(AuditEvent::id).containsExactlyInAnyOrderElementsOf(acknowledged);
        assertThat(new JsonlAuditReader(dir).verify(HmacChainKey.derive(SECRET)).intact()).isTrue();
    }
}
