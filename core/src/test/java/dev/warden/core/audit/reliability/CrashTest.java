package dev.warden.core.audit.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.audit.AuditEvent;
import dev.warden.core.audit.Damage;
import dev.warden.core.audit.VerificationReport;
import dev.warden.core.audit.jsonl.JsonlAuditReader;
import dev.warden.spi.audit.ChainKey;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: a child JVM records events continuously and prints each acknowledged id; it is killed with SIGKILL
 * ({@link Process#destroyForcibly()}) at a random moment, then restarted on the same log, {@value #KILLS} times. Every
 * acknowledged event must be in the log, and the chain must verify (a torn tail allowed, since the last child was
 * killed mid-write). Restarts exercise the sink's recovery: finding the chain's end, cutting a torn tail.
 *
 * <p>Runs in about 30-60 s on two cores. Set {@code -Dwarden.crash.kills=500} for a longer run.
 */
class CrashTest {

    static final int KILLS = Integer.getInteger("warden.crash.kills", 50);
    static final String SECRET = "crash-test-secret-0123456789abcdef";

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedEventSurvivesRepeatedSigkillAndTheChainVerifies() throws Exception {
        Random random = new Random(20261130L);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        int killedWhileWriting = 0;
        for (int run = 0; run < KILLS; run++) {
            Process child = new ProcessBuilder(javaBinary(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                    "-Xmx128m", "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(),
                    dir.toString(), SECRET)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            CountDownLatch firstAck = new CountDownLatch(1);
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        if (line.length() == 36) {     // a partial last line of a killed child is not an ack
                            acknowledged.add(line);
                            firstAck.countDown();
                        }
                    }
                } catch (IOException e) {
                    // The pipe closes when the child dies.
                }
            });
            reader.start();
            boolean started = firstAck.await(30, TimeUnit.SECONDS);
            assertThat(started).as("child %d acknowledged an event", run).isTrue();
            Thread.sleep(random.nextInt(120));
            killedWhileWriting++;
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            reader.join(10_000);
        }
        ChainKey key = ChainKey.derive(SECRET.getBytes(StandardCharsets.US_ASCII));
        JsonlAuditReader log = new JsonlAuditReader(dir);
        VerificationReport report = log.verify(key);
        assertThat(report.firstTampering()).as("tampering findings: %s", report.findings()).isEmpty();
        assertThat(report.findings()).extracting(f -> f.damage()).allMatch(d -> d == Damage.TORN_TAIL);
        Set<String> stored = log.readAll().stream().map(AuditEvent::id).collect(Collectors.toCollection(HashSet::new));
        List<String> missing = new ArrayList<>(acknowledged);
        missing.removeAll(stored);
        assertThat(missing).as("acknowledged but not in the log").isEmpty();
        assertThat(killedWhileWriting).isGreaterThanOrEqualTo(KILLS);
        assertThat(acknowledged.size()).isGreaterThan(KILLS);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
