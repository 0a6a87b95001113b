package dev.warden.core.auth;

/**
 * Makes an untrusted value (a user name as typed, a key prefix) safe to put into a log message: control characters,
 * line and paragraph separators are shown as {@code \\uXXXX}, so a CR/LF in a user name cannot forge a log line, and
 * the value is cut at 64 characters.
 */
public final class Printable {

    private static final int MAX = 64;

    private Printable() {
    }

    /**
     * @param untrusted any text
     * @return the text with control characters escaped, at most 64 characters before escaping, with {@code …} when cut
     */
    public static String of(String untrusted) {
        if (untrusted == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(untrusted.length(), MAX) + 8);
        int limit = Math.min(untrusted.length(), MAX);
        for (int i = 0; i < limit; i++) {
            char c = untrusted.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\\'
                    || Character.getType(c) == Character.FORMAT) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (untrusted.length() > MAX) {
            out.append('…');
        }
        return out.toString();
    }
}
