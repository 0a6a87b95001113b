package dev.warden.core.deid;

import dev.warden.InvalidInputException;
import java.math.BigInteger;
import org.bouncycastle.crypto.fpe.FPEEngine;
import org.bouncycastle.crypto.fpe.FPEFF3_1Engine;
import org.bouncycastle.crypto.params.FPEParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * FF3-1 (NIST SP 800-38G Rev. 1, section 6.3) with AES, through BouncyCastle's {@link FPEFF3_1Engine}: a
 * per-thread engine for each direction, keyed once. Numerals 0..radix-1, radix at most 256; length from the
 * 1,000,000 domain minimum up to 2·⌊log_radix(2^96)⌋.
 */
final class Ff3One {

    private final ThreadLocal<FPEEngine> encryptor;
    private final ThreadLocal<FPEEngine> decryptor;
    private final int minLength;
    private final int maxLength;

    Ff3One(byte[] key, int radix, byte[] tweak) {
        if (radix < 2 || radix > 256) {
            throw new InvalidInputException("ff3-1: the radix must be between 2 and 256");
        }
        if (key.length != 16 && key.length != 24 && key.length != 32) {
            throw new InvalidInputException("ff3-1: the AES key must be 16, 24 or 32 bytes");
        }
        if (tweak.length != 7) {
            throw new InvalidInputException("ff3-1: the tweak must be 56 bits");
        }
        byte[] k = key.clone();
        byte[] t = tweak.clone();
        this.encryptor = ThreadLocal.withInitial(() -> engine(true, k, radix, t));
        this.decryptor = ThreadLocal.withInitial(() -> engine(false, k, radix, t));
        int min = 2;
        BigInteger r = BigInteger.valueOf(radix);
        while (r.pow(min).compareTo(BigInteger.valueOf(1_000_000)) < 0) {
            min++;
        }
        this.minLength = min;
        // maxlen = 2 * floor(log_radix(2^96))
        int m = 0;
        while (r.pow(m + 1).bitLength() <= 97 && r.pow(m + 1).compareTo(BigInteger.ONE.shiftLeft(96)) <= 0) {
            m++;
        }
        this.maxLength = 2 * m;
    }

    private static FPEEngine engine(boolean encrypt, byte[] key, int radix, byte[] tweak) {
        FPEEngine e = new FPEFF3_1Engine();
        e.init(encrypt, new FPEParameters(new KeyParameter(key), radix, tweak));
        return e;
    }

    int minLength() {
        return minLength;
    }

    int maxLength() {
        return maxLength;
    }

    void process(int[] x, boolean encrypt) {
        byte[] in = new byte[x.length];
        for (int i = 0; i < x.length; i++) {
            in[i] = (byte) x[i];
        }
        byte[] out = new byte[x.length];
        (encrypt ? encryptor : decryptor).get().processBlock(in, 0, in.length, out, 0);
        for (int i = 0; i < x.length; i++) {
            x[i] = out[i] & 0xFF;
        }
    }
}
