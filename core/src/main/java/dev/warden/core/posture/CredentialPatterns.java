package dev.warden.core.posture;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Hard-coded credentials in configuration text: known token prefixes (GitHub, AWS, Slack, HashiCorp Vault, Stripe,
 * GitLab, Google API, Warden API keys), PEM private keys, passwords in URLs, and high-entropy strings. Says which kind
 * matched, never the value.
 */
final class CredentialPatterns {

    private record Kind(String name, Pattern pattern) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("GitHub token (ghp_/gho_/ghu_/ghs_/ghr_)", Pattern.compile("\\bgh[pousr]_[A-Za-z0-9]{30,}")),
            new Kind("GitHub fine-grained token (github_pat_)", Pattern.compile("\\bgithub_pat_[A-Za-z0-9_]{40,}")),
            new Kind("AWS access key id (AKIA/ASIA)", Pattern.compile("\\b(?:AKIA|ASIA)[A-Z0-9]{16}\\b")),
            new Kind("Slack token (xoxb-/xoxp-/xoxa-/xoxr-/xoxs-)", Pattern.compile("\\bxox[bpars]-[A-Za-z0-9-]{10,}")),
            new Kind("HashiCorp Vault token (hvs./hvb./hvr.)", Pattern.compile("\\bhv[sbr]\\.[A-Za-z0-9_-]{20,}")),
            new Kind("Stripe secret key (sk_live_/rk_live_)", Pattern.compile("\\b[sr]k_live_[A-Za-z0-9]{16,}")),
            new Kind("GitLab token (glpat-)", Pattern.compile("\\bglpat-[A-Za-z0-9_-]{20,}")),
            new Kind("Google API key (AIza)", Pattern.compile("\\bAIza[0-9A-Za-z_-]{35}")),
            new Kind("Warden API key (wdn_)", Pattern.compile("\\bwdn_[a-z2-7]{12}_[a-z2-7]{20,}")),
            new Kind("JSON Web Token", Pattern.compile("\\beyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]*")),
            new Kind("PEM private key", Pattern.compile("-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----")),
            new Kind("password in a URL (user:password@host)", Pattern.compile("^[a-z][a-z0-9+.-]*:(?:[a-z0-9+.-]+:)?//[^/@\\s:]+:[^/@\\s]+@")),
            new Kind("password parameter in a URL", Pattern.compile("[?&;](?i:password|pwd|passwd)=[^&;${}\\s]+")));

    /** The shortest string looked at for entropy; shorter random strings are too common to flag. */
    static final int MIN_ENTROPY_LENGTH = 24;
    /** Shannon entropy per character above which a token-like string is taken as a secret. */
    static final double MIN_BITS_PER_CHAR = 4.0;
    private static final Pattern TOKEN_LIKE = Pattern.compile("[A-Za-z0-9+/=_-]+");

    private CredentialPatterns() {
    }

    /**
     * @param value a string value from the configuration
     * @return the kind of credential it looks like, if any
     */
    static Optional<String> match(String value) {
        if (value.length() > 64 * 1024) {
            return Optional.empty();
        }
        for (Kind kind : KINDS) {
            if (kind.pattern.matcher(value).find()) {
                return Optional.of(kind.name);
            }
        }
        if (value.length() >= MIN_ENTROPY_LENGTH && !pathLike(value) && TOKEN_LIKE.matcher(value).matches() && hasDigitAndLetter(value)
                && entropy(value) >= MIN_BITS_PER_CHAR) {
            return Optional.of(String.format(java.util.Locale.ROOT, "high-entropy string (%.1f bits per character)",
                    entropy(value)));
        }
        return Optional.empty();
    }

    /** File paths (temporary folders have random names) are not secrets. */
    private static boolean pathLike(String value) {
        return value.startsWith("/") || value.startsWith("./") || value.startsWith("../") || value.startsWith("~")
                || value.matches("^[A-Za-z]:[\\\\/].*");
    }

    private static boolean hasDigitAndLetter(String value) {
        boolean digit = false;
        boolean letter = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            digit |= c >= '0' && c <= '9';
            letter |= Character.isLetter(c);
        }
        return digit && letter;
    }

    /** @return the Shannon entropy of the string's characters, in bits per character */
    static double entropy(String value) {
        int[] counts = new int[128];
        int other = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 128) {
                counts[c]++;
            } else {
                other++;
            }
        }
        double bits = 0;
        int n = value.length();
        for (int count : counts) {
            if (count > 0) {
                double p = (double) count / n;
                bits -= p * (Math.log(p) / Math.log(2));
            }
        }
        if (other > 0) {
            double p = (double) other / n;
            bits -= p * (Math.log(p) / Math.log(2));
        }
        return bits;
    }
}
