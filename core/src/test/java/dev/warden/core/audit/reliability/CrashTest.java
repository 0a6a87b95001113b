package dev.warden.core.audit.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.audit.AuditEvent;
import dev.warden.core.audit.Damage;
import dev.warden.core.audit.VerificationReport;
import dev.warden.core.audit.jsonl.JsonlAuditReader;
import dev.warden.core.audit.HmacChainKey;
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
 * <p>Children boot {@value #PRESTARTED} ahead (waiting for \"go\" before they open the log), so JVM start-up overlaps
 * the runs. Set {@code -Dwarden.crash.kills=500} for a longer run.
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
        java.util.ArrayDeque<Child> booting = new java.util.ArrayDeque<>();
        for (int i = 0; i < PRESTARTED; i++) {
            booting.add(new Child(dir, acknowledged));
        }
        for (int run = 0; run < KILLS; run++) {
            Child child = booting.removeFirst();
            if (run + PRESTARTED < KILLS) {
                booting.add(new Child(dir, acknowledged));    // boots while this one runs
            }
            assertThat(child.ready.await(60, TimeUnit.SECONDS)).as("child %d booted", run).isTrue();
            child.go();
            assertThat(child.firstAck.await(30, TimeUnit.SECONDS)).as("child %d acknowledged an event", run).isTrue();
            Thread.sleep(random.nextInt(120));
            child.process.destroyForcibly();
            killedWhileWriting++;
            assertThat(child.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            child.reader.join(10_000);
        }
        for (Child spare : booting) {
            spare.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        ChainKey key = HmacChainKey.derive(SECRET.getBytes(StandardCharsets.US_ASCII));
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

    /** How many children boot ahead of the one running, so JVM start-up overlaps the runs. */
    static final int PRESTARTED = 3;

    /** A child JVM: booted, waiting for "go" on its standard input. */
    static final class Child {
        final Process process;
        final CountDownLatch ready = new CountDownLatch(1);
        final CountDownLatch firstAck = new CountDownLatch(1);
        final Thread reader;

        Child(Path dir, Set<String> acknowledged) throws IOException {
            process = new ProcessBuilder(javaBinary(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                    "-Xmx128m", "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(), dir.toString(), SECRET)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        if (line.equals("ready")) {
                            ready.countDown();
                        } else if (line.length() == 36) {     // a partial last line of a killed child is not an ack
                            acknowledged.add(line);
                            firstAck.countDown();
                        }
                    }
                } catch (IOException e) {
                    // The pipe closes when the child dies.
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        void go() throws IOException {
            process.getOutputStream().write("go\n".getBytes(StandardCharsets.US_ASCII));
            process.getOutputStream().flush();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
