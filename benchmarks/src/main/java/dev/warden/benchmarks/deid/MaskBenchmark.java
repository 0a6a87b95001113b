package dev.warden.benchmarks.deid;

import dev.warden.core.deid.Deidentifiers;
import dev.warden.deid.ConsistencyDomain;
import dev.warden.deid.Transformation;
import dev.warden.deid.ValueTransformer;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.shardingsphere.mask.algorithm.cover.KeepFirstNLastMMaskAlgorithm;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Character mask of a 16-digit card number keeping the first six and the last four (PCI DSS 3.4): Warden beside a hand-written {@code char[]} loop
 * (lower bound) and ShardingSphere's {@code KEEP_FIRST_N_LAST_M} (peer). Target: within 1.2x of the loop, no slower
 * than the peer. Warden works on code points (the peer splits surrogate pairs); {@code wardenKeepSeparators} also
 * keeps separators in place, which the others do not do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MaskBenchmark {

    private String card;
    private ValueTransformer warden;
    private ValueTransformer wardenKeepSeparators;
    private KeepFirstNLastMMaskAlgorithm shardingSphere;

    @Setup
    public void setUp() {
        // Built at run time so the JIT cannot fold the input.
        card = new StringBuilder("4111111111111234").toString();
        // Same semantics as the baseline and the peer: N first and M last characters kept, nothing else.
        warden = Deidentifiers.create(new byte[32]).compile(new Transformation.CharacterMask(6, 4, '*', false),
                new ConsistencyDomain("bench"));
        // More work than the others: separators - . @ ( ) and space found, kept and not counted.
        wardenKeepSeparators = Deidentifiers.create(new byte[32])
                .compile(new Transformation.CharacterMask(6, 4, '*', true), new ConsistencyDomain("bench"));
        shardingSphere = new KeepFirstNLastMMaskAlgorithm();
        Properties p = new Properties();
        p.setProperty("first-n", "6");
        p.setProperty("last-m", "4");
        p.setProperty("replace-char", "*");
        shardingSphere.init(p);
    }

    /** Lower bound: copy to a char[], overwrite all but the first six and last four, make a String. */
    @Benchmark
    public String baselineCharArrayLoop() {
        String s = card;
        int len = s.length();
        char[] buf = new char[len];
        s.getChars(0, len, buf, 0);
        for (int i = 6; i < len - 4; i++) {
            buf[i] = '*';
        }
        return new String(buf);
    }

    @Benchmark
    public String warden() {
        return warden.apply(card);
    }

    @Benchmark
    public String wardenKeepSeparators() {
        return wardenKeepSeparators.apply(card);
    }

    @Benchmark
    public String peerShardingSphereKeepFirstNLastM() {
        return shardingSphere.mask(card);
    }
}
