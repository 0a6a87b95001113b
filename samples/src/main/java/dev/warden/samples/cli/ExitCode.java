package dev.warden.samples.cli;

import dev.warden.ConfigurationException;
import dev.warden.IntegrityException;
import dev.warden.InvalidInputException;
import dev.warden.auth.AuthenticationException;
import dev.warden.policy.AccessDeniedException;
import dev.warden.secrets.SecretNotFoundException;
import dev.warden.secrets.SecretUnavailableException;
import picocli.CommandLine;

/**
 * The exit codes every {@code warden} sub-command keeps, and the one mapping from what a command threw to its code
 * ({@link #of}), used by the command line's error handlers for every sub-command.
 *
 * <table>
 * <caption>Exit codes</caption>
 * <tr><th>code</th><th>meaning</th><th>raised by</th></tr>
 * <tr><td>0</td><td>success</td><td></td></tr>
 * <tr><td>1</td><td>usage: unknown sub-command or option, missing argument</td><td>picocli's parse errors</td></tr>
 * <tr><td>2</td><td>bad input or configuration: an option value, a file, a setting, a secret reference</td>
 *     <td>{@link ConfigurationException}, {@link InvalidInputException}, {@link SecretNotFoundException},
 *     {@link SecretUnavailableException}, a missing file, an option value picocli cannot convert</td></tr>
 * <tr><td>3</td><td>a validation found a problem (identifiers left, broken foreign keys, a broken or empty audit
 *     chain, a malformed audit record, posture findings)</td><td>{@link IntegrityException}, the commands' own
 *     results</td></tr>
 * <tr><td>4</td><td>authentication failed or access denied</td><td>{@link AuthenticationException},
 *     {@link AccessDeniedException}, {@link dev.warden.secrets.SecretAccessDeniedException} (a secret store refused
 *     the identity)</td></tr>
 * <tr><td>5</td><td>internal error</td><td>anything else</td></tr>
 * </table>
 */
public final class ExitCode {

    /** Success. */
    public static final int OK = 0;
    /** A usage error: unknown sub-command or option, missing argument. */
    public static final int USAGE = 1;
    /** Bad input or configuration, an option's value included. */
    public static final int BAD_INPUT = 2;
    /** A validation found a problem: identifiers left, broken foreign keys, a broken audit chain, posture findings. */
    public static final int VALIDATION_FAILED = 3;
    /** Authentication failed or access was denied. */
    public static final int DENIED = 4;
    /** An internal error. */
    public static final int INTERNAL = 5;

    private ExitCode() {
    }

    /**
     * @param failure what parsing or a sub-command threw
     * @return its exit code, per the table above
     */
    public static int of(Throwable failure) {
        if (failure instanceof CommandLine.ParameterException parameter) {
            // A value picocli could not convert is bad input like any other; the shape of the command line is usage.
            return parameter.getCause() instanceof CommandLine.TypeConversionException
                    || String.valueOf(parameter.getMessage()).startsWith("Invalid value") ? BAD_INPUT : USAGE;
        }
        if (failure instanceof AccessDeniedException || failure instanceof AuthenticationException
                || failure instanceof dev.warden.secrets.SecretAccessDeniedException) {
            return DENIED;
        }
        if (failure instanceof IntegrityException) {
            return VALIDATION_FAILED;
        }
        if (failure instanceof ConfigurationException || failure instanceof InvalidInputException
                || failure instanceof SecretNotFoundException || failure instanceof SecretUnavailableException) {
            return BAD_INPUT;
        }
        if (failure instanceof java.nio.file.NoSuchFileException || failure instanceof java.io.FileNotFoundException
                || failure instanceof java.nio.file.AccessDeniedException
                || failure instanceof java.nio.file.NotDirectoryException) {
            return BAD_INPUT;
        }
        if (failure instanceof java.io.UncheckedIOException unchecked) {
            return of(unchecked.getCause());
        }
        return INTERNAL;
    }
}
