package dev.warden.benchmarks.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warden.audit.AuditEvent;
import dev.warden.core.audit.AsciiBuffer;
import dev.warden.core.audit.HashChain;
import dev.warden.core.audit.HmacChainKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The per-event CPU of the audit writer: turning one event into its chained record line (canonical JSON, the link to
 * the previous MAC, HMAC-SHA256, hex) — Warden's hand-written encoder into a reused byte buffer — beside the lower
 * bound (HMAC-SHA256 alone over the same bytes, which no encoder can avoid) and the peer (Jackson
 * {@code ObjectMapper.writeValueAsBytes} of the same fields as a map, then the same HMAC).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar -f 1 -wi 3 -w 1s -i 5 -r 1s AuditRecordEncodingBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AuditRecordEncodingBenchmark {

    private AuditEvent event;
    private HashChain chain;
    private final AsciiBuffer buffer = new AsciiBuffer(1 << 12);
    private Mac mac;
    private byte[] covered;
    private final ObjectMapper json = new ObjectMapper();

    @Setup
    public void setUp() throws GeneralSecurityException {
        event = AuditPipelineBenchmark.event();
        chain = new HashChain(HmacChainKey.derive(AuditPipelineBenchmark.SECRET), 0, HashChain.GENESIS);
        String line = chain.next(event);
        covered = line.substring(0, line.length() - HashChain.MAC_SUFFIX_LENGTH - 1).getBytes(StandardCharsets.US_ASCII);
        mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(new byte[32], "HmacSHA256"));
    }

    @Benchmark
    public int wardenChainedRecord() {
        buffer.setLength(0);
        chain.next(event, buffer);
        return buffer.length();
    }

    @Benchmark
    public byte[] baselineHmacOnly() {
        mac.update(covered, 0, covered.length);
        return mac.doFinal();
    }

    @Benchmark
    public byte[] peerJacksonThenHmac() throws Exception {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", event.id());
        fields.put("time", event.time().toString());
        fields.put("type", event.type().name());
        fields.put("outcome", event.outcome().name());
        Map<String, Object> actor = new LinkedHashMap<>();
        actor.put("principalId", event.actor().principalId());
        actor.put("kind", event.actor().kind().name());
        actor.put("authenticationMethod", event.actor().authenticationMethod());
        actor.put("mfa", event.actor().mfa());
        fields.put("actor", actor);
        fields.put("sourceAddress", event.sourceAddress());
        fields.put("project", event.project());
        fields.put("resource", event.resource());
        fields.put("correlationId", event.correlationId());
        fields.put("details", new TreeMap<>(event.details()));
        fields.put("sensitiveKeys", event.sensitiveKeys());
        byte[] bytes = json.writeValueAsBytes(fields);
        mac.update(bytes, 0, bytes.length);
        return mac.doFinal();
    }
}
