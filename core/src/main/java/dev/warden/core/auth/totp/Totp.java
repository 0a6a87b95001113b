package dev.warden.core.auth.totp;

import dev.warden.ConfigurationException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords, RFC 6238 (on HOTP, RFC 4226): a 30-second time step counted from the Unix epoch,
 * 6 to 8 digits, HMAC-SHA-1, -256 or -512. Verification accepts the current step and one step either side (clock
 * drift), and only a step later than the last one used, so each code works once. Immutable and thread-safe.
 *
 * @param algorithm the HMAC
 * @param digits 6, 7 or 8
 */
public record Totp(TotpAlgorithm algorithm, int digits) {

    /** The time step in seconds (RFC 6238's default X = 30). */
    public static final long STEP_SECONDS = 30;
    /** Steps accepted either side of the current one. */
    public static final int DRIFT_STEPS = 1;
    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};
    private static final SecureRandom RANDOM = new SecureRandom();

    public Totp {
        Objects.requireNonNull(algorithm, "algorithm");
        if (digits < 6 || digits > 8) {
            throw new ConfigurationException("totp: digits must be 6, 7 or 8, was " + digits);
        }
    }

    /** @return SHA-1, 6 digits: what every authenticator app accepts */
    public static Totp defaults() {
        return new Totp(TotpAlgorithm.SHA1, 6);
    }

    /** @return a new random key of the algorithm's recommended length */
    public byte[] newKey() {
        byte[] key = new byte[algorithm.keyBytes()];
        RANDOM.nextBytes(key);
        return key;
    }

    /**
     * @param time a time
     * @return its time step: floor(unix seconds / 30)
     */
    public static long stepOf(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
    }

    /**
     * @param key the shared secret
     * @param step the time step (RFC 6238's T)
     * @return the code, zero-padded to {@link #digits()}
     */
    public String generate(byte[] key, long step) {
        return pad(codeOf(key, step));
    }

    private int codeOf(byte[] key, long step) {
        byte[] hash;
        try {
            Mac mac = Mac.getInstance(algorithm.jcaName());
            mac.init(new SecretKeySpec(key, algorithm.jcaName()));
            hash = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(step).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm.jcaName() + " is not available in this JVM", e);
        }
        int offset = hash[hash.length - 1] & 0xf; // RFC 4226 section 5.3, dynamic truncation
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        return binary % POWERS[digits];
    }

    private String pad(int code) {
        String text = Integer.toString(code);
        return "0".repeat(digits - text.length()) + text;
    }

    /**
     * Checks a code against the steps {@code now-1}, {@code now}, {@code now+1}, accepting only steps after
     * {@code lastUsedStep}. Every candidate step is computed and compared in constant time.
     *
     * @param key the shared secret
     * @param code the code as typed (spaces are not allowed; exactly {@link #digits()} ASCII digits)
     * @param now the current time
     * @param lastUsedStep the step of the last accepted code, or {@code Long.MIN_VALUE} if none
     * @return the matched step (the caller stores it as the new last used step), or empty
     */
    public OptionalLong verify(byte[] key, char[] code, Instant now, long lastUsedStep) {
        if (code.length != digits) {
            return OptionalLong.empty();
        }
        byte[] given = new byte[digits];
        for (int i = 0; i < digits; i++) {
            if (code[i] < '0' || code[i] > '9') {
                return OptionalLong.empty();
            }
            given[i] = (byte) code[i];
        }
        long current = stepOf(now);
        long matched = Long.MIN_VALUE;
        for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
            byte[] expected = generate(key, step).getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(expected, given) && step > lastUsedStep && matched == Long.MIN_VALUE) {
                matched = step;
            }
        }
        return matched == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(matched);
    }

    /**
     * The enrolment URI authenticator apps read (usually from a QR code), in the Key Uri Format of Google
     * Authenticator: {@code otpauth://totp/Issuer:account?secret=BASE32&issuer=Issuer&algorithm=SHA1&digits=6&period=30}.
     *
     * @param issuer the service name shown in the app
     * @param account the account name shown in the app
     * @param key the shared secret
     * @return the URI text; it contains the secret, so it is shown once and never logged
     */
    public String otpauthUri(String issuer, String account, byte[] key) {
        String label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + Base32.encode(key) + "&issuer=" + encode(issuer)
                + "&algorithm=" + algorithm.name() + "&digits=" + digits + "&period=" + STEP_SECONDS;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return "Totp[" + algorithm + ", " + digits + " digits, " + STEP_SECONDS + " s]";
    }
}
