package dev.warden.benchmarks.auth;

import dev.warden.core.auth.local.Argon2idParameters;
import dev.warden.core.auth.local.PasswordHasher;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * One Argon2id password hash at the OWASP defaults (19 MiB, 2 iterations, parallelism 1): Warden's
 * {@link PasswordHasher} (salt, UTF-8, PHC string) beside the bare BouncyCastle generator with the same parameters
 * (the lower bound: Warden adds only encoding around it) and Spring Security's {@code Argon2PasswordEncoder} (the
 * peer, also on BouncyCastle), set to the same parameters. Verification costs one hash as well.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class PasswordHashBenchmark {

    private static final String PASSWORD = "violet tractor ink harbour";

    private PasswordHasher warden;
    private String stored;
    private Argon2PasswordEncoder spring;
    private byte[] salt;

    @Setup
    public void setUp() {
        warden = new PasswordHasher(Argon2idParameters.OWASP);
        stored = warden.hash(PASSWORD.toCharArray());
        spring = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
        salt = new byte[16];
    }

    @Benchmark
    public String wardenHash() {
        return warden.hash(PASSWORD.toCharArray());
    }

    @Benchmark
    public boolean wardenVerify() {
        return warden.verify(stored, PASSWORD.toCharArray());
    }

    @Benchmark
    public byte[] baselineBouncyCastle() {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withMemoryAsKB(19 * 1024).withIterations(2)
                .withParallelism(1).withSalt(salt).build());
        byte[] out = new byte[32];
        generator.generateBytes(PASSWORD.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }

    @Benchmark
    public String peerSpringSecurity() {
        return spring.encode(PASSWORD);
    }
}
