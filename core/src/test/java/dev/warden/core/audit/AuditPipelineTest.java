package dev.warden.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import dev.warden.audit.Actor;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.audit.AuditUnavailableException;
import dev.warden.core.audit.jsonl.JsonlAuditReader;
import dev.warden.core.audit.jsonl.JsonlAuditSink;
import dev.warden.core.config.Environment;
import dev.warden.spi.audit.AuditSink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline's guarantees: durable on return, group commit, fail closed, hung sinks timed out. */
class AuditPipelineTest {

    static final byte[] SECRET = "pipeline-test-secret-0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    private static AuditEvent login(String user) {
        return AuditEvent.builder(AuditEventType.LOGIN).actor(Actor.user(user, "password")).build();
    }

    private JsonlAuditSink jsonl(AuditPipeline.Builder builder) throws IOException {
        return JsonlAuditSink.builder().directory(dir).chainKey(builder.chainKey()).open();
    }

    /** Counts batches and can be made to fail or to hang. */
    static final class ScriptedSink implements AuditSink {
        final String name;
        final List<AuditEvent> stored = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger batches = new AtomicInteger();
        volatile IOException failWith;
        final CountDownLatch hang = new CountDownLatch(1);
        volatile boolean hanging;

        ScriptedSink(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void write(List<AuditEvent> batch) throws IOException {
            if (hanging) {
                try {
                    hang.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (failWith != null) {
                throw failWith;
            }
            batches.incrementAndGet();
            stored.addAll(batch);
        }

        @Override
        public void close() {
            hang.countDown();
        }
    }

    @Test
    void anEventIsOnDiskWhenRecordReturns() throws IOException {
        AuditPipeline.Builder builder = AuditPipeline.builder().secret(SECRET);
        try (AuditPipeline pipeline = builder.sink(jsonl(builder)).build()) {
            AuditEvent event = login("alice");
            pipeline.record(event);
            assertThat(new JsonlAuditReader(dir).readAll()).extracting(AuditEvent::id).containsExactly(event.id());
        }
    }

    @Test
    void concurrentCallersShareWrites() throws Exception {
        ScriptedSink sink = new ScriptedSink("slow");
        AuditPipeline pipeline = AuditPipeline.builder().secret(SECRET).sink(new AuditSink() {
            @Override public String name() { return "slow"; }
            @Override public void write(List<AuditEvent> batch) throws IOException {
                try {
                    Thread.sleep(2);   // an fsync's worth of latency
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                sink.write(batch);
            }
            @Override public void close() { }
        }).build();
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                done.add(threads.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        pipeline.record(login("u"));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdown();
            pipeline.close();
        }
        assertThat(sink.stored).hasSize(800);
        assertThat(sink.batches.get()).as("batches for 800 events from 16 threads").isLessThan(400);
    }

    @Test
    void whenEverySinkFailsRecordThrowsAndTheGuardedActionIsRefused() {
        ScriptedSink broken = new ScriptedSink("disk");
        broken.failWith = new IOException("No space left on device");
        try (AuditPipeline pipeline = AuditPipeline.builder().secret(SECRET).sink(broken).build()) {
            AtomicBoolean actionRan = new AtomicBoolean();
            assertThatThrownBy(() -> {
                pipeline.record(login("alice"));
                actionRan.set(true);
            }).isInstanceOf(AuditUnavailableException.class)
                    .hasMessageContaining("disk: IOException No space left on device")
                    .hasMessageNotContaining("alice");
            assertThat(actionRan).isFalse();
        }
    }

    @Test
    void aHungSinkIsTimedOutNotWaitedOn() {
        ScriptedSink hung = new ScriptedSink("hung");
        hung.hanging = true;
        try (AuditPipeline pipeline = AuditPipeline.builder().secret(SECRET).timeout(Duration.ofMillis(200)).sink(hung).build()) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> pipeline.record(login("alice")))
                    .isInstanceOf(AuditUnavailableException.class).hasMessageContaining("hung: timed out");
            long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertThat(elapsedMs).isBetween(190L, 1_000L);
        }
    }

    @Test
    void oneWorkingSinkIsEnough() {
        ScriptedSink broken = new ScriptedSink("broken");
        broken.failWith = new IOException("Input/output error");
        ScriptedSink good = new ScriptedSink("good");
        try (AuditPipeline pipeline = AuditPipeline.builder().secret(SECRET).sink(broken).sink(good).build()) {
            pipeline.record(login("alice"));
            assertThat(good.stored).hasSize(1);
        }
    }

    @Test
    void aHungSinkBesideAWorkingOneDoesNotDelayRecording() {
        ScriptedSink hung = new ScriptedSink("hung");
        hung.hanging = true;
        ScriptedSink good = new ScriptedSink("good");
        try (AuditPipeline pipeline = AuditPipeline.builder().secret(SECRET).timeout(Duration.ofMillis(500))
                .sink(hung).sink(good).build()) {
            long start = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                pipeline.record(login("alice"));
            }
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(500);
        }
    }

    @Test
    void bestEffortLogsInsteadOfThrowingOutsideProduction() {
        ScriptedSink broken = new ScriptedSink("broken");
        broken.failWith = new IOException("boom");
        try (AuditPipeline pipeline = AuditPipeline.builder().secret(SECRET).environment(Environment.STAGING)
                .bestEffort().sink(broken).build()) {
            pipeline.record(login("alice"));
            assertThat(pipeline.mode()).isEqualTo(AuditPipeline.Mode.BEST_EFFORT);
        }
    }

    @Test
    void bestEffortIsRefusedInProduction() {
        assertThatThrownBy(() -> AuditPipeline.builder().secret(SECRET).environment(Environment.PRODUCTION).bestEffort()
                .sink(new ScriptedSink("s")).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("best-effort is not allowed in production");
    }

    @Test
    void failClosedIsTheDefault() {
        try (AuditPipeline pipeline = AuditPipeline.builder().secret(SECRET).sink(new ScriptedSink("s")).build()) {
            assertThat(pipeline.mode()).isEqualTo(AuditPipeline.Mode.FAIL_CLOSED);
        }
    }

    @Test
    void sensitiveDetailsReachNoSinkInClearAndCanBeSearchedByDigest() {
        ScriptedSink sink = new ScriptedSink("s");
        try (AuditPipeline pipeline = AuditPipeline.builder().secret(SECRET).sink(sink).build()) {
            pipeline.record(AuditEvent.builder(AuditEventType.DATA_ERASED).sensitiveDetail("email", "jane@example.org")
                    .detail("table", "patients").build());
            AuditEvent stored = sink.stored.get(0);
            assertThat(stored.details().get("email")).startsWith("hmac-sha256:").hasSize(12 + 64)
                    .isEqualTo(pipeline.sensitiveDigest("jane@example.org"));
            assertThat(stored.toString()).doesNotContain("jane@example.org");
            assertThat(stored.details()).containsEntry("table", "patients");
        }
    }

    @Test
    void listenersSeeEachStoredEventOnceInOrder() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        CountDownLatch three = new CountDownLatch(3);
        try (AuditPipeline pipeline = AuditPipeline.builder().secret(SECRET).sink(new ScriptedSink("a"))
                .sink(new ScriptedSink("b")).listener(e -> {
                    seen.add(e.actor().principalId());
                    three.countDown();
                }).build()) {
            pipeline.record(login("1"));
            pipeline.record(login("2"));
            pipeline.record(login("3"));
            assertThat(three.await(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(seen).containsExactly("1", "2", "3");
    }

    @Test
    void recordAfterCloseThrows() {
        AuditPipeline pipeline = AuditPipeline.builder().secret(SECRET).sink(new ScriptedSink("s")).build();
        pipeline.close();
        assertThatThrownBy(() -> pipeline.record(login("a"))).isInstanceOf(AuditUnavailableException.class);
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> AuditPipeline.builder().secret(new byte[8]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 16 bytes");
    }
}
