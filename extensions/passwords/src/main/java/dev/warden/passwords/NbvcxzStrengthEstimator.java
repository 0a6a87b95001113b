package dev.warden.passwords;

import dev.warden.core.auth.local.PasswordStrengthEstimator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.Configuration;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.resources.Feedback;
import me.gosimple.nbvcxz.scoring.Result;

/**
 * A {@link PasswordStrengthEstimator} on nbvcxz (me.gosimple:nbvcxz, MIT licence), a Java port and extension of
 * zxcvbn: it matches the password against its bundled dictionaries (common and breached passwords, English words,
 * names, surnames, TV and film vocabulary), keyboard adjacency, dates, years, repeats, sequences and l33t
 * substitutions, plus the user's own inputs (the user name), and gives the guesses of the cheapest combination.
 *
 * <p>Registered for {@link java.util.ServiceLoader}; thread-safe (a fresh nbvcxz instance per estimate, since its
 * user dictionary differs per account). nbvcxz takes the password as a {@code String}, so a copy lives on the heap
 * until collected; the estimate is made only when a password is set, never at log-in. Feedback is nbvcxz's English
 * warning and suggestions, which never quote the password.
 */
public final class NbvcxzStrengthEstimator implements PasswordStrengthEstimator {

    /** Public no-argument constructor for {@link java.util.ServiceLoader}. */
    public NbvcxzStrengthEstimator() {
    }

    @Override
    public Estimate estimate(char[] password, List<String> userInputs) {
        List<Dictionary> dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
        DictionaryBuilder user = new DictionaryBuilder().setDictionaryName("user inputs").setExclusion(true);
        int rank = 1;
        for (String input : userInputs) {
            if (!input.isBlank()) {
                user.addWord(input.toLowerCase(Locale.ROOT), rank++);
            }
        }
        dictionaries.add(user.createDictionary());
        Configuration configuration = new ConfigurationBuilder().setDictionaries(dictionaries).setLocale(Locale.ENGLISH)
                .setMaxLength(1024).createConfiguration();
        Result result = new Nbvcxz(configuration).estimate(new String(password));
        double log10 = result.getGuesses().signum() <= 0 ? 0 : Math.log10(result.getGuesses().doubleValue());
        if (Double.isInfinite(log10) || Double.isNaN(log10)) {
            log10 = 308;
        }
        Feedback feedback = result.getFeedback();
        List<String> words = new ArrayList<>();
        if (feedback.getWarning() != null && !feedback.getWarning().isBlank()) {
            words.add(feedback.getWarning());
        }
        if (feedback.getSuggestion() != null) {
            feedback.getSuggestion().stream().filter(s -> s != null && !s.isBlank()).forEach(words::add);
        }
        return new Estimate(log10, String.join(" ", words));
    }

    @Override
    public String toString() {
        return "NbvcxzStrengthEstimator";
    }
}
