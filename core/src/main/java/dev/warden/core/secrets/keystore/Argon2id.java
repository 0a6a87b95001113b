package dev.warden.core.secrets.keystore;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/** Argon2id (RFC 9106, version 0x13) through BouncyCastle's {@link Argon2BytesGenerator}. */
final class Argon2id {

    private Argon2id() {
    }

    /**
     * @param passphrase the passphrase, encoded as UTF-8 (the caller wipes its array; the encoded copy is wiped here)
     * @param salt at least 16 random bytes
     * @param parameters the cost
     * @param length the key length in bytes
     * @return the derived key
     */
    static byte[] derive(char[] passphrase, byte[] salt, Argon2idParameters parameters, int length) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(passphrase));
        byte[] password = new byte[encoded.remaining()];
        encoded.get(password);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        try {
            return derive(password, salt, null, null, parameters.memoryKiB(), parameters.iterations(),
                    parameters.parallelism(), length);
        } finally {
            Arrays.fill(password, (byte) 0);
        }
    }

    /** The raw function, with RFC 9106's optional secret and associated data (used by the test vectors). */
    static byte[] derive(byte[] password, byte[] salt, byte[] secret, byte[] associatedData, int memoryKiB,
                         int iterations, int parallelism, int length) {
        Argon2Parameters.Builder builder = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(memoryKiB)
                .withIterations(iterations)
                .withParallelism(parallelism);
        if (secret != null) {
            builder.withSecret(secret);
        }
        if (associatedData != null) {
            builder.withAdditional(associatedData);
        }
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(builder.build());
        byte[] out = new byte[length];
        generator.generateBytes(password, out);
        return out;
    }
}
