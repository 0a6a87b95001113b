package dev.warden.core.auth.local;

import java.util.List;

/**
 * Estimates how many guesses an attacker needs to find a password, with dictionaries of common and breached
 * passwords, names, words, keyboard patterns, dates, repeats, sequences and l33t substitutions (the zxcvbn approach,
 * Wheeler, USENIX Security 2016). The password policy refuses a new password estimated below its
 * {@code minGuessesLog10}.
 *
 * <p>Found with {@link java.util.ServiceLoader}: {@code dev.warden:warden-passwords} provides one on nbvcxz. An
 * implementation is thread-safe and never puts the password into its feedback.
 */
public interface PasswordStrengthEstimator {

    /**
     * An estimate.
     *
     * @param guessesLog10 the base-10 logarithm of the estimated number of guesses (e.g. 10 for 10^10)
     * @param feedback why it is weak and what would help, in words fit to show the user (no part of the password);
     *     may be empty
     */
    record Estimate(double guessesLog10, String feedback) {
    }

    /**
     * @param password the password (not wiped here)
     * @param userInputs words that an attacker who targets this account would try first: the user name, the service
     *     name
     * @return the estimate
     */
    Estimate estimate(char[] password, List<String> userInputs);
}
