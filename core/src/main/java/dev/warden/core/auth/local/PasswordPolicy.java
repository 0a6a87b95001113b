package dev.warden.core.auth.local;

import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import dev.warden.config.ConfigNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must satisfy (NIST SP 800-63B section 5.1.1.2, OWASP Authentication Cheat Sheet): at least
 * {@code minLength} characters (Unicode code points; never fewer than 12), at most {@code maxBytes} bytes of UTF-8
 * (1,024 by default, so a huge password cannot tie up the CPU), not a common password (a built-in list, extended by
 * the operator's files, compared case-insensitively), and not the user name. No composition rules, as 800-63B advises.
 * With {@code minGuessesLog10} set, a {@link PasswordStrengthEstimator} (zxcvbn-style, from {@code warden-passwords})
 * must also estimate at least 10^{@code minGuessesLog10} guesses, so guessable and known-breached passwords are refused
 * beside the length rule.
 *
 * <p>Error messages say which rule failed and never contain the password.
 */
public final class PasswordPolicy {

    /** The fewest characters a password may have; configuration can raise it, never lower it. */
    public static final int MIN_LENGTH = 12;
    /** The default and greatest maximum length, in UTF-8 bytes. */
    public static final int MAX_BYTES = 1024;

    private final int minLength;
    private final int maxBytes;
    private final Set<String> common;
    private final int minGuessesLog10;
    private final PasswordStrengthEstimator estimator;

    private PasswordPolicy(int minLength, int maxBytes, Set<String> common) {
        this(minLength, maxBytes, common, 0, null);
    }

    private PasswordPolicy(int minLength, int maxBytes, Set<String> common, int minGuessesLog10,
                           PasswordStrengthEstimator estimator) {
        this.minLength = minLength;
        this.maxBytes = maxBytes;
        this.common = Set.copyOf(common);
        this.minGuessesLog10 = minGuessesLog10;
        this.estimator = estimator;
    }

    /**
     * @param value the estimator to ask
     * @param guessesLog10 the fewest guesses a new password must need, as a power of ten: 6 to 20 (zxcvbn's "safely
     *     unguessable" is 10; 8 already defeats online guessing and, with Argon2id, a slow offline attack)
     * @return this policy refusing passwords estimated below that
     */
    public PasswordPolicy withStrengthEstimator(PasswordStrengthEstimator value, int guessesLog10) {
        java.util.Objects.requireNonNull(value, "estimator");
        if (guessesLog10 < 6 || guessesLog10 > 20) {
            throw new ConfigurationException("passwordPolicy.minGuessesLog10 must be 6 to 20, was " + guessesLog10);
        }
        return new PasswordPolicy(minLength, maxBytes, common, guessesLog10, value);
    }

    /** @return 12 characters to 1,024 bytes, the built-in common password list */
    public static PasswordPolicy defaults() {
        return new PasswordPolicy(MIN_LENGTH, MAX_BYTES, builtInList());
    }

    /**
     * Reads {@code minLength} (12 or more), {@code maxBytes} (64 to 1024) and {@code commonPasswordFiles} (a list of
     * files, one password per line, {@code #} comments), each optional.
     *
     * @param node the {@code passwordPolicy} object
     * @return the policy
     * @throws ConfigurationException naming the setting or file when a value is out of range or a file unreadable
     */
    public static PasswordPolicy from(ConfigNode node) {
        node.requireOnlyKeys(java.util.Set.of("minLength", "maxBytes", "commonPasswordFiles", "minGuessesLog10"));
        int min = node.intValue("minLength", MIN_LENGTH);
        if (min < MIN_LENGTH || min > 256) {
            throw new ConfigurationException("configuration " + node.qualified("minLength") + ": must be "
                    + MIN_LENGTH + " to 256, was " + min);
        }
        int max = node.intValue("maxBytes", MAX_BYTES);
        if (max < 64 || max > MAX_BYTES || max < min) {
            throw new ConfigurationException("configuration " + node.qualified("maxBytes") + ": must be 64 to "
                    + MAX_BYTES + " and at least minLength, was " + max);
        }
        Set<String> common = new HashSet<>(builtInList());
        List<String> files = node.strings("commonPasswordFiles");
        for (int i = 0; i < files.size(); i++) {
            Path file = Path.of(files.get(i));
            try (InputStream in = Files.newInputStream(file)) {
                read(in, common);
            } catch (IOException e) {
                throw new ConfigurationException("configuration " + node.qualified("commonPasswordFiles") + "[" + i
                        + "]: cannot read " + file + " (" + e.getClass().getSimpleName() + ")", e);
            }
        }
        PasswordPolicy policy = new PasswordPolicy(min, max, common);
        if (node.has("minGuessesLog10")) {
            int guesses = node.intValue("minGuessesLog10", 10);
            if (guesses < 6 || guesses > 20) {
                throw new ConfigurationException("configuration " + node.qualified("minGuessesLog10") + ": must be 6 to 20, "
                        + "was " + guesses);
            }
            PasswordStrengthEstimator found = java.util.ServiceLoader.load(PasswordStrengthEstimator.class,
                    PasswordPolicy.class.getClassLoader()).findFirst().orElseThrow(() ->
                    dev.warden.core.plugin.MissingExtensionException.of("configuration "
                            + node.qualified("minGuessesLog10") + ": a password strength estimator", "warden-passwords"));
            policy = policy.withStrengthEstimator(found, guesses);
        }
        return policy;
    }

    /**
     * @param extra more common passwords to refuse
     * @return this policy with {@code extra} added to its list
     */
    public PasswordPolicy withCommonPasswords(Set<String> extra) {
        Set<String> all = new HashSet<>(common);
        extra.forEach(p -> all.add(p.toLowerCase(Locale.ROOT)));
        return new PasswordPolicy(minLength, maxBytes, all, minGuessesLog10, estimator);
    }

    /** @return the least number of characters */
    public int minLength() {
        return minLength;
    }

    /** @return the most UTF-8 bytes */
    public int maxBytes() {
        return maxBytes;
    }

    /**
     * @param password a password as given; only its length is looked at
     * @return whether it is longer than {@link #maxBytes()} and must be refused before any hashing; cheap
     */
    public boolean tooLong(char[] password) {
        if (password.length > maxBytes) {
            return true; // every char is at least one byte
        }
        int bytes = 0;
        for (char c : password) {
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes > maxBytes;
    }

    /**
     * @param username the account the password is for
     * @param password the new password (not wiped here)
     * @throws InvalidInputException naming the rule it breaks; the password itself is never in the message
     */
    public void check(String username, char[] password) {
        if (tooLong(password)) {
            throw new InvalidInputException("password: longer than " + maxBytes + " bytes (UTF-8); choose a shorter one");
        }
        if (PasswordHasher.utf8(password).isEmpty()) {
            throw new InvalidInputException("password: contains an unpaired surrogate character; it is not valid Unicode text");
        }
        String text = new String(password);
        int codePoints = text.codePointCount(0, text.length());
        if (codePoints < minLength) {
            throw new InvalidInputException("password: shorter than " + minLength + " characters; use a longer passphrase");
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            throw new InvalidInputException("password: it is on the list of common passwords; choose another");
        }
        if (!username.isEmpty() && lower.equals(username.toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException("password: it equals the user name; choose another");
        }
        if (text.codePoints().distinct().count() == 1) {
            throw new InvalidInputException("password: it repeats a single character; choose another");
        }
        if (estimator != null) {
            PasswordStrengthEstimator.Estimate estimate = estimator.estimate(password,
                    username.isEmpty() ? List.of("warden") : List.of(username, "warden"));
            if (estimate.guessesLog10() < minGuessesLog10) {
                throw new InvalidInputException("password: too easy to guess (about 10^"
                        + (int) Math.floor(estimate.guessesLog10()) + " guesses; at least 10^" + minGuessesLog10
                        + " required)" + (estimate.feedback().isBlank() ? "" : ": " + estimate.feedback())
                        + "; a passphrase of several unrelated words is easy to remember and hard to guess");
            }
        }
    }

    /** @return the fewest guesses a new password must need, as a power of ten; 0 when no estimator is used */
    public int minGuessesLog10() {
        return minGuessesLog10;
    }

    private static Set<String> builtInList() {
        Set<String> set = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from warden-core");
            }
            read(in, set);
        } catch (IOException e) {
            throw new IllegalStateException("common-passwords.txt cannot be read", e);
        }
        return set;
    }

    private static void read(InputStream in, Set<String> into) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = reader.readLine()) != null; ) {
            if (!line.isBlank() && !line.startsWith("#")) {
                into.add(line.strip().toLowerCase(Locale.ROOT));
            }
        }
    }
}
