package dev.warden.core.auth.local;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Hashes and verifies passwords with Argon2id (RFC 9106) through BouncyCastle, stored in the PHC string format:
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} (salt 16 bytes, hash 32 bytes, both unpadded standard
 * base64), as written by the reference implementation, so stored hashes can be checked by other tools and parameters
 * can change: {@link #needsRehash} says when a stored hash was made with other parameters.
 *
 * <p>Passwords are encoded as UTF-8; an unpaired surrogate makes a password that never verifies. Hashing has no
 * length truncation (unlike bcrypt's 72 bytes): every byte counts. Thread-safe.
 */
public final class PasswordHasher {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final int MAX_STORED_HASH_BYTES = 64;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private final Argon2idParameters parameters;

    /** @param parameters the cost for new hashes */
    public PasswordHasher(Argon2idParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    /** @return the cost for new hashes */
    public Argon2idParameters parameters() {
        return parameters;
    }

    /**
     * @param password the password (not wiped here)
     * @return its PHC string with a fresh random salt
     */
    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] utf8 = utf8(password).orElseGet(() -> new byte[0]);
        try {
            byte[] out = argon2id(utf8, salt, parameters, HASH_BYTES);
            return "$argon2id$v=19$m=" + parameters.memoryKiB() + ",t=" + parameters.iterations() + ",p="
                    + parameters.parallelism() + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(out);
        } finally {
            Arrays.fill(utf8, (byte) 0);
        }
    }

    /**
     * @param phc a stored PHC string
     * @param password the presented password (not wiped here)
     * @return whether it matches; {@code false} for a malformed stored string or a password that is not valid UTF-16
     */
    public boolean verify(String phc, char[] password) {
        Optional<Phc> parsed = Phc.parse(phc);
        if (parsed.isEmpty()) {
            return false;
        }
        Optional<byte[]> utf8 = utf8(password);
        byte[] bytes = utf8.orElseGet(() -> new byte[0]);
        try {
            Phc stored = parsed.get();
            byte[] computed = argon2id(bytes, stored.salt, stored.parameters, stored.hash.length);
            return MessageDigest.isEqual(computed, stored.hash) & utf8.isPresent();
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /**
     * @param phc a stored PHC string
     * @return whether it was made with other parameters (or is not an Argon2id string this class wrote) and should be
     *     replaced at the next successful login
     */
    public boolean needsRehash(String phc) {
        return Phc.parse(phc).map(p -> !p.parameters.equals(parameters) || p.hash.length != HASH_BYTES).orElse(true);
    }

    /**
     * Raw Argon2id, version 0x13.
     *
     * @param password the password bytes
     * @param salt the salt
     * @param parameters the cost
     * @param length the tag length in bytes
     * @return the tag
     */
    static byte[] argon2id(byte[] password, byte[] salt, Argon2idParameters parameters, int length) {
        return argon2id(password, salt, new byte[0], new byte[0], parameters, length);
    }

    static byte[] argon2id(byte[] password, byte[] salt, byte[] secret, byte[] associated,
                           Argon2idParameters parameters, int length) {
        Argon2Parameters p = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(parameters.memoryKiB())
                .withIterations(parameters.iterations())
                .withParallelism(parameters.parallelism())
                .withSalt(salt)
                .withSecret(secret)
                .withAdditional(associated)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(p);
        byte[] out = new byte[length];
        generator.generateBytes(password, out);
        return out;
    }

    /** Strict UTF-8: an unpaired surrogate is an error, not a silent '?'. */
    static Optional<byte[]> utf8(char[] password) {
        try {
            ByteBuffer buffer = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(password));
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            if (buffer.hasArray()) {
                Arrays.fill(buffer.array(), (byte) 0);
            }
            return Optional.of(bytes);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** A parsed PHC string, bounded so a hostile stored value cannot ask for unbounded memory. */
    private record Phc(Argon2idParameters parameters, byte[] salt, byte[] hash) {
        static Optional<Phc> parse(String text) {
            if (text == null || text.length() > 512) {
                return Optional.empty();
            }
            String[] parts = text.split("\\$", -1);
            // "", "argon2id", "v=19", "m=..,t=..,p=..", salt, hash
            if (parts.length != 6 || !parts[0].isEmpty() || !parts[1].equals("argon2id") || !parts[2].equals("v=19")) {
                return Optional.empty();
            }
            try {
                int m = -1;
                int t = -1;
                int p = -1;
                String[] params = parts[3].split(",", -1);
                if (params.length != 3) {
                    return Optional.empty();
                }
                for (String param : params) {
                    if (param.startsWith("m=")) {
                        m = Integer.parseInt(param.substring(2));
                    } else if (param.startsWith("t=")) {
                        t = Integer.parseInt(param.substring(2));
                    } else if (param.startsWith("p=")) {
                        p = Integer.parseInt(param.substring(2));
                    } else {
                        return Optional.empty();
                    }
                }
                byte[] salt = B64D.decode(parts[4]);
                byte[] hash = B64D.decode(parts[5]);
                if (salt.length < 8 || salt.length > 64 || hash.length < 16 || hash.length > MAX_STORED_HASH_BYTES) {
                    return Optional.empty();
                }
                return Optional.of(new Phc(new Argon2idParameters(m, t, p), salt, hash));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
    }
}
