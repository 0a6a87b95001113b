package dev.warden.core.auth.totp;

import dev.warden.InvalidInputException;
import java.io.ByteArrayOutputStream;

/** RFC 4648 base32 (upper case, no padding), the encoding authenticator apps expect for TOTP secrets. */
public final class Base32 {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Base32() {
    }

    /**
     * @param data bytes
     * @return upper-case base32 without padding
     */
    public static String encode(byte[] data) {
        StringBuilder out = new StringBuilder((data.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET.charAt((buffer >>> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }

    /**
     * @param text base32, either case, padding and spaces ignored
     * @return the bytes
     * @throws InvalidInputException if a character is not in the alphabet (the message does not repeat the text)
     */
    public static byte[] decode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toUpperCase(text.charAt(i));
            if (c == '=' || c == ' ') {
                continue;
            }
            int v = ALPHABET.indexOf(c);
            if (v < 0) {
                throw new InvalidInputException("base32: character " + (i + 1) + " is not in the RFC 4648 alphabet");
            }
            buffer = (buffer << 5) | v;
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >>> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
