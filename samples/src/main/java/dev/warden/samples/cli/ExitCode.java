package dev.warden.samples.cli;

/** The exit codes every {@code warden} sub-command keeps. */
public final class ExitCode {

    /** Success. */
    public static final int OK = 0;
    /** A usage error: unknown option, missing argument. */
    public static final int USAGE = 1;
    /** Bad input or configuration. */
    public static final int BAD_INPUT = 2;
    /** A validation found a problem: identifiers left, broken foreign keys, a broken audit chain, posture findings. */
    public static final int VALIDATION_FAILED = 3;
    /** Authentication failed or access was denied. */
    public static final int DENIED = 4;
    /** An internal error. */
    public static final int INTERNAL = 5;

    private ExitCode() {
    }
}
