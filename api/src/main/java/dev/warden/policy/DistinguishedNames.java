package dev.warden.policy;

import java.util.Locale;
import java.util.Optional;

/** The little of RFC 4514 (string form of LDAP distinguished names) role mapping needs: the common name of a DN. */
final class DistinguishedNames {

    private DistinguishedNames() {
    }

    /**
     * @param dn a distinguished name in RFC 4514 string form, e.g. {@code cn=warden-admins,ou=groups,dc=example,dc=com}
     * @return the value of its first RDN when that is a single {@code cn} attribute (escapes {@code \,}, {@code \+},
     *     {@code \"}, {@code \\} and {@code \XX} hex pairs undone, surrounding spaces trimmed); empty for anything
     *     else, including a name that is not a DN
     */
    static Optional<String> commonName(String dn) {
        int eq = dn.indexOf('=');
        if (eq < 0 || !dn.substring(0, eq).strip().toLowerCase(Locale.ROOT).equals("cn")) {
            return Optional.empty();
        }
        StringBuilder value = new StringBuilder();
        java.io.ByteArrayOutputStream hex = new java.io.ByteArrayOutputStream();
        int i = eq + 1;
        while (i < dn.length()) {
            char c = dn.charAt(i);
            if (c == '\\' && i + 1 < dn.length()) {
                char next = dn.charAt(i + 1);
                if (i + 2 < dn.length() && isHex(next) && isHex(dn.charAt(i + 2))) {
                    hex.write(Integer.parseInt(dn.substring(i + 1, i + 3), 16));
                    i += 3;
                    continue;
                }
                flush(hex, value);
                value.append(next);
                i += 2;
                continue;
            }
            flush(hex, value);
            if (c == ',' || c == ';') {
                break;
            }
            if (c == '+') {
                return Optional.empty(); // a multi-valued RDN is not a plain common name
            }
            value.append(c);
            i++;
        }
        flush(hex, value);
        String cn = value.toString().strip();
        return cn.isEmpty() ? Optional.empty() : Optional.of(cn);
    }

    private static void flush(java.io.ByteArrayOutputStream hex, StringBuilder value) {
        if (hex.size() > 0) {
            value.append(new String(hex.toByteArray(), java.nio.charset.StandardCharsets.UTF_8));
            hex.reset();
        }
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
