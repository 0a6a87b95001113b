package dev.warden.secrets;

import dev.warden.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A reference to a secret, never the secret itself. Configuration holds references; a secret store resolves them.
 *
 * <p>Text form: {@code scheme:path[#field][?name=value&...]}. The scheme selects the store; the rest is the store's
 * business. Examples: {@code env:WARDEN_JOB_KEY}, {@code file:/etc/warden/db.json#password},
 * {@code keystore:job-key}, {@code vault:secret/data/app#password?version=3}.
 *
 * <p>Messages about a malformed reference name its scheme but never its path, field or parameters, since a literal
 * secret is sometimes pasted where a reference belongs.
 *
 * @param scheme lower-case store selector: a letter, then letters, digits, {@code +}, {@code -} or {@code .}
 * @param path the store-specific location; never empty
 * @param field the field inside the secret (a JSON or properties key, a Vault KV field), if any
 * @param parameters query parameters such as {@code version}, in the order given
 */
public record SecretRef(String scheme, String path, Optional<String> field, Map<String, String> parameters) {

    private static final int MAX_LENGTH = 4096;

    public SecretRef {
        if (scheme == null || !validScheme(scheme)) {
            throw new InvalidInputException("secret reference: the scheme must be a letter followed by letters, digits, '+', '-' or '.'");
        }
        if (path == null || path.isEmpty()) {
            throw new InvalidInputException("secret reference with scheme '" + scheme + "': the path is empty");
        }
        field = field == null ? Optional.empty() : field;
        if (field.isPresent() && field.get().isEmpty()) {
            throw new InvalidInputException("secret reference with scheme '" + scheme + "': the field after '#' is empty");
        }
        parameters = Map.copyOf(parameters == null ? Map.of() : parameters);
    }

    /**
     * Parses the text form.
     *
     * @param text for example {@code vault:secret/data/app#password?version=3}
     * @return the reference
     * @throws InvalidInputException if it is empty, too long (over 4096 characters), has no scheme, an empty path or
     *     field, a control character, or a malformed parameter; the message names the scheme only
     */
    public static SecretRef parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("secret reference: empty; expected scheme:path such as env:NAME or keystore:name");
        }
        int colon = text.indexOf(':');
        String scheme = colon > 0 ? text.substring(0, colon) : "";
        if (!validScheme(scheme)) {
            throw new InvalidInputException("secret reference: no valid scheme; expected scheme:path such as env:NAME, "
                    + "file:/path#field, keystore:name or vault:mount/path#field");
        }
        String shownScheme = scheme.toLowerCase(Locale.ROOT);
        if (text.length() > MAX_LENGTH) {
            throw new InvalidInputException("secret reference with scheme '" + shownScheme + "': longer than " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                throw new InvalidInputException("secret reference with scheme '" + shownScheme + "': contains a control character");
            }
        }
        String rest = text.substring(colon + 1);
        Map<String, String> parameters = new LinkedHashMap<>();
        int query = rest.indexOf('?');
        if (query >= 0) {
            String queryText = rest.substring(query + 1);
            rest = rest.substring(0, query);
            for (String pair : queryText.split("&", -1)) {
                int eq = pair.indexOf('=');
                if (eq <= 0 || eq == pair.length() - 1) {
                    throw new InvalidInputException("secret reference with scheme '" + shownScheme + "': malformed parameter; expected name=value");
                }
                if (parameters.put(pair.substring(0, eq), pair.substring(eq + 1)) != null) {
                    throw new InvalidInputException("secret reference with scheme '" + shownScheme + "': a parameter is given twice");
                }
            }
        }
        Optional<String> field = Optional.empty();
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            field = Optional.of(rest.substring(hash + 1));
            rest = rest.substring(0, hash);
        }
        return new SecretRef(shownScheme, rest, field, parameters);
    }

    /**
     * @param name a parameter name such as {@code version}
     * @return its value, if given
     */
    public Optional<String> parameter(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    /** @return the text form, which {@link #parse} reads back to an equal reference */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(scheme).append(':').append(path);
        field.ifPresent(f -> out.append('#').append(f));
        if (!parameters.isEmpty()) {
            out.append('?');
            parameters.forEach((k, v) -> out.append(k).append('=').append(v).append('&'));
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    private static boolean validScheme(String scheme) {
        if (scheme.isEmpty() || !isAsciiLetter(scheme.charAt(0))) {
            return false;
        }
        for (int i = 1; i < scheme.length(); i++) {
            char c = scheme.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
