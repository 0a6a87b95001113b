package dev.warden.benchmarks.deid;

import dev.warden.core.deid.Deidentifiers;
import dev.warden.deid.ConsistencyDomain;
import dev.warden.deid.Transformation;
import dev.warden.deid.ValueTransformer;
import java.nio.charset.StandardCharsets;
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
 * HMAC-SHA256 of a 9-digit SSN: Warden's keyed hash (UTF-8 encoding, per-thread Mac, hex output) beside a bare JDK
 * {@code Mac.doFinal} on the same, already encoded bytes (lower bound). Target: within 1.2x. Run with {@code -prof gc}:
 * the bare {@code doFinal} allocates its 32-byte tag (48 B/op); Warden that tag and the 64-character String.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class KeyedHashBenchmark {

    private String ssn;
    private byte[] ssnBytes;
    private Mac mac;
    private ValueTransformer warden;

    @Setup
    public void setUp() throws Exception {
        ssn = new StringBuilder("123456789").toString();
        ssnBytes = ssn.getBytes(StandardCharsets.UTF_8);
        mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(new byte[32], "HmacSHA256"));
        warden = Deidentifiers.create(new byte[32]).compile(Transformation.KeyedHash.hex(),
                new ConsistencyDomain("bench"));
    }

    /** Lower bound: one doFinal on pre-encoded bytes, no encoding of the result. */
    @Benchmark
    public byte[] baselineMacDoFinal() {
        return mac.doFinal(ssnBytes);
    }

    @Benchmark
    public String warden() {
        return warden.apply(ssn);
    }
}
