package dev.warden.core.secrets;

import dev.warden.ConfigurationException;
import dev.warden.WardenException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The values {@code ${secret:...}} substitution put into a configuration, kept so that they can be masked wherever
 * text leaves Warden: exception messages ({@link #masked(RuntimeException)}), the CLI's error line and
 * {@code --verbose} stack trace, reports. A substituted value ends up in ordinary settings (a JDBC URL, a sink's
 * directory) and from there in error messages of code that cannot know it is secret; this registry knows.
 *
 * <p>Process-wide, since the values are in memory as configuration anyway. Values shorter than
 * {@value #MIN_LENGTH} characters are not tracked (masking them would garble ordinary text). Each is replaced by
 * {@value #MASK}, longest first.
 */
public final class SubstitutedSecrets {

    /** The replacement text. */
    public static final String MASK = "***";
    /** The shortest value tracked. */
    public static final int MIN_LENGTH = 4;

    private static final Set<String> VALUES = ConcurrentHashMap.newKeySet();

    private SubstitutedSecrets() {
    }

    /** @param value a value substituted from a secret reference */
    static void track(CharSequence value) {
        if (value.length() >= MIN_LENGTH) {
            String text = value.toString();
            VALUES.add(text);
            String encoded = java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
            if (!encoded.equals(text)) {
                VALUES.add(encoded);
            }
        }
    }

    /**
     * @param text any text, or null
     * @return the text with every tracked value replaced by {@value #MASK}
     */
    public static String mask(String text) {
        if (text == null || VALUES.isEmpty()) {
            return text;
        }
        String out = text;
        List<String> values = VALUES.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String value : values) {
            if (out.contains(value)) {
                out = out.replace(value, MASK);
            }
        }
        return out;
    }

    /**
     * @param failure an exception about to leave Warden
     * @return whether any message in its cause chain (suppressed included, via its stack trace text) holds a value
     */
    public static boolean leaks(Throwable failure) {
        if (VALUES.isEmpty()) {
            return false;
        }
        String text = stackTrace(failure);
        return !mask(text).equals(text);
    }

    /**
     * @param failure an exception about to leave Warden
     * @return {@code failure} itself when no message in its chain holds a tracked value; else an exception of the same
     *     type where possible (else a {@link ConfigurationException}) whose message is the masked message followed by
     *     the masked causes, with no cause attached (the causes' own messages held the value)
     */
    public static RuntimeException masked(RuntimeException failure) {
        if (!leaks(failure)) {
            return failure;
        }
        StringBuilder message = new StringBuilder(String.valueOf(mask(failure.getMessage())));
        for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            message.append(" (caused by ").append(cause.getClass().getSimpleName());
            if (cause.getMessage() != null) {
                message.append(": ").append(mask(cause.getMessage()));
            }
            message.append(')');
        }
        RuntimeException copy;
        if (failure instanceof WardenException) {
            try {
                copy = failure.getClass().getConstructor(String.class).newInstance(message.toString());
            } catch (ReflectiveOperationException | RuntimeException e) {
                copy = new ConfigurationException(message.toString());
            }
        } else {
            copy = new ConfigurationException(message.toString());
        }
        copy.setStackTrace(failure.getStackTrace());
        return copy;
    }

    /** @return the stack trace of {@code failure} as printed, masked */
    public static String maskedStackTrace(Throwable failure) {
        return mask(stackTrace(failure));
    }

    private static String stackTrace(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
