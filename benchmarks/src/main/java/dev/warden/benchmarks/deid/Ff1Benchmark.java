package dev.warden.benchmarks.deid;

import dev.warden.core.deid.Deidentifiers;
import dev.warden.deid.Alphabet;
import dev.warden.deid.ConsistencyDomain;
import dev.warden.deid.Transformation;
import dev.warden.deid.ValueTransformer;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.fpe.FPEEngine;
import org.bouncycastle.crypto.fpe.FPEFF1Engine;
import org.bouncycastle.crypto.params.FPEParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * FF1 (AES-256, no tweak) on a 9-digit SSN (radix 10, Warden's long-arithmetic path) and on a 36-character UUID over
 * the 62-character alphanumeric alphabet (32 numerals, radix^16 about 2^95, Warden's 128-bit path): Warden (String
 * in, String out, the JDK's AES keyed once per thread) beside BouncyCastle's {@link FPEFF1Engine} used directly on
 * numeral bytes with its key set up once (peer; it works in BigInteger on BouncyCastle's Java AES). Target: Warden
 * at least 4x faster on both.
 *
 * <p>{@code partNewCipherPerCall}: what a fresh JDK AES cipher per value would cost (created, keyed, one block) —
 * why Warden keeps one per thread instead.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class Ff1Benchmark {

    private String ssn;
    private byte[] numerals;
    private byte[] out;
    private FPEEngine bouncyCastle;
    private ValueTransformer warden;
    private ValueTransformer wardenDashed;
    private String ssnDashed;
    private String uuid;
    private ValueTransformer wardenUuid;
    private byte[] uuidNumerals;
    private byte[] uuidOut;
    private FPEEngine bouncyCastleRadix62;
    private byte[] key;
    private byte[] block;
    private byte[] blockOut;

    @Setup
    public void setUp() {
        key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) i;
        }
        ssn = new StringBuilder("123456789").toString();
        ssnDashed = new StringBuilder("123-45-6789").toString();
        numerals = new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9};
        out = new byte[9];
        bouncyCastle = new FPEFF1Engine();
        bouncyCastle.init(true, new FPEParameters(new KeyParameter(key), 10, new byte[0]));
        Transformation.FormatPreservingEncryption ff1 = Transformation.FormatPreservingEncryption.ff1(Alphabet.DIGITS);
        warden = Deidentifiers.builder().directKey(key).build().compile(ff1, new ConsistencyDomain("bench"));
        wardenDashed = warden;
        uuid = new StringBuilder("0b7e4c2a-9f3d-4e8b-a1c6-5d2f8e9a7b3c").toString();
        wardenUuid = Deidentifiers.builder().directKey(key).build().compile(
                Transformation.FormatPreservingEncryption.ff1(Alphabet.ALPHANUMERIC), new ConsistencyDomain("bench"));
        String chars = Alphabet.ALPHANUMERIC.characters();
        String numeralsOnly = uuid.replace("-", "");
        uuidNumerals = new byte[numeralsOnly.length()];
        for (int i = 0; i < uuidNumerals.length; i++) {
            uuidNumerals[i] = (byte) chars.indexOf(numeralsOnly.charAt(i));
        }
        uuidOut = new byte[uuidNumerals.length];
        bouncyCastleRadix62 = new FPEFF1Engine();
        bouncyCastleRadix62.init(true, new FPEParameters(new KeyParameter(key), 62, new byte[0]));
        block = new byte[16];
        blockOut = new byte[16];
    }

    @Benchmark
    public byte[] peerBouncyCastleFpeFf1Engine() {
        bouncyCastle.processBlock(numerals, 0, numerals.length, out, 0);
        return out;
    }

    @Benchmark
    public String warden() {
        return warden.apply(ssn);
    }

    @Benchmark
    public String wardenWithDashes() {
        return wardenDashed.apply(ssnDashed);
    }

    /** The UUID's 32 numerals (radix 62) through BouncyCastle's engine. */
    @Benchmark
    public byte[] peerBouncyCastleUuidAlphanumeric() {
        bouncyCastleRadix62.processBlock(uuidNumerals, 0, uuidNumerals.length, uuidOut, 0);
        return uuidOut;
    }

    /** A fresh JDK cipher per value: created, keyed and one block (the cost a per-call cipher would add). */
    @Benchmark
    public byte[] partNewCipherPerCall() throws Exception {
        Cipher c = Cipher.getInstance("AES/ECB/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"));
        c.update(block, 0, 16, blockOut, 0);
        return blockOut;
    }

    /** A 36-character UUID (32 numerals, halves of 16) over the 62-character alphanumeric alphabet. */
    @Benchmark
    public String wardenUuidAlphanumeric() {
        return wardenUuid.apply(uuid);
    }
}
