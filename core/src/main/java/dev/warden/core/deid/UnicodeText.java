package dev.warden.core.deid;

import dev.warden.InvalidInputException;
import java.nio.charset.StandardCharsets;

/**
 * The one place where a value becomes bytes for a keyed transformation. {@link String#getBytes(java.nio.charset.Charset)}
 * replaces an unpaired surrogate with {@code '?'}, so {@code "a\uD800"}, {@code "a\uDC00"} and {@code "a?"} would
 * share one hash, token and pseudonym. A Java string with an unpaired surrogate is not Unicode text (it has no UTF-8
 * form, RFC 3629 section 3), so it is refused rather than encoded lossily.
 */
final class UnicodeText {

    private UnicodeText() {
    }

    /**
     * @param value a value
     * @return its UTF-8 bytes (RFC 3629), a new array
     * @throws InvalidInputException if it holds an unpaired surrogate; the message gives its position, not the value
     */
    static byte[] utf8(String value) {
        int bad = loneSurrogate(value);
        if (bad >= 0) {
            throw new InvalidInputException("the value holds an unpaired UTF-16 surrogate at character " + (bad + 1)
                    + ", so it is not Unicode text and has no UTF-8 form; fix the input's encoding");
        }
        return value.getBytes(StandardCharsets.UTF_8);
    }

    /** @return the index of the first unpaired surrogate, or -1 */
    static int loneSurrogate(String value) {
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
