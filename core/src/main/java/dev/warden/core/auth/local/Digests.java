package dev.warden.core.auth.local;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of high-entropy secrets (API keys, recovery codes), where a slow password hash buys nothing. */
final class Digests {

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    });

    private Digests() {
    }

    /** @return SHA-256 of the ASCII characters (each char's low byte) */
    static byte[] sha256Ascii(char[] text) {
        byte[] bytes = new byte[text.length];
        for (int i = 0; i < text.length; i++) {
            bytes[i] = (byte) text[i];
        }
        MessageDigest digest = SHA256.get();
        byte[] out = digest.digest(bytes);
        java.util.Arrays.fill(bytes, (byte) 0);
        return out;
    }

    static String sha256Hex(String text) {
        return HexFormat.of().formatHex(SHA256.get().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    static byte[] unhex(String hex) {
        return HexFormat.of().parseHex(hex);
    }
}
