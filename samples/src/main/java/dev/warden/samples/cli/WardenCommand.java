package dev.warden.samples.cli;

import dev.warden.ConfigurationException;
import dev.warden.IntegrityException;
import dev.warden.InvalidInputException;
import dev.warden.WardenException;
import dev.warden.auth.AuthenticationException;
import dev.warden.policy.AccessDeniedException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code warden} command: {@code java -jar samples/target/warden.jar <sub-command> [options]}.
 *
 * <p>Exit codes ({@link ExitCode}): 0 success; 1 usage error; 2 bad input or configuration; 3 a validation found a
 * problem; 4 authentication failed or access denied; 5 internal error. Errors go to standard error as one line
 * ({@code --verbose} adds the stack trace); results go to standard output.
 */
@Command(name = "warden",
        mixinStandardHelpOptions = true,
        versionProvider = WardenCommand.Version.class,
        description = "Warden: policy checks, de-identification and audit events for Java data platforms.",
        subcommands = {
            PluginsCommand.class,
            SecretsCommand.class,
            AuditCommand.class,
            PolicyCommand.class,
            TransformCommand.class,
            ScanCommand.class,
            UsersCommand.class,
            ApiKeyCommand.class,
            MfaCommand.class,
            DeidentifyCommand.class,
            ClassifyCommand.class,
            RiskCommand.class,
            AnonymizeCommand.class,
            DemoCommand.class,
            PostureCommand.class,
            CommandLine.HelpCommand.class,
        },
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  success",
            "  1  usage error",
            "  2  bad input or configuration",
            "  3  a validation found a problem (identifiers left, broken foreign keys, broken audit chain, posture findings)",
            "  4  authentication failed or access denied",
            "  5  internal error"})
public final class WardenCommand implements Runnable {

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "On error, print the stack trace as well as the one-line message.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs the command line and exits the JVM with its exit code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        java.io.PrintStream out = new java.io.PrintStream(new MaskingOutputStream(System.out), true,
                java.nio.charset.StandardCharsets.UTF_8);
        java.io.PrintStream err = new java.io.PrintStream(new MaskingOutputStream(System.err), true,
                java.nio.charset.StandardCharsets.UTF_8);
        System.setOut(out);
        System.setErr(err);
        int code = execute(args);
        out.close();
        err.close();
        System.exit(code);
    }

    /**
     * Runs the command line without exiting, for tests and embedding.
     *
     * @param args the arguments
     * @return the exit code
     */
    public static int execute(String... args) {
        return newCommandLine().execute(args);
    }

    /** @return the configured command line, with Warden's exit-code mapping and error reporting */
    public static CommandLine newCommandLine() {
        WardenCommand root = new WardenCommand();
        CommandLine commandLine = new CommandLine(root);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            // Values substituted from ${secret:...} are masked in everything printed here.
            err.println("warden " + cmd.getCommandName() + ": "
                    + dev.warden.core.secrets.SubstitutedSecrets.mask(oneLine(exception)));
            if (root.verbose) {
                err.print(dev.warden.core.secrets.SubstitutedSecrets.maskedStackTrace(exception));
            }
            err.flush();
            return exitCodeOf(exception);
        });
        commandLine.setParameterExceptionHandler((exception, args) -> {
            CommandLine cmd = exception.getCommandLine();
            PrintWriter err = cmd.getErr();
            err.println("warden " + cmd.getCommandName() + ": " + exception.getMessage());
            err.println("Try 'warden " + (cmd == commandLine ? "" : cmd.getCommandName() + " ") + "--help'.");
            err.flush();
            return ExitCode.USAGE;
        });
        return commandLine;
    }

    /**
     * @param exception what a sub-command threw
     * @return the documented exit code for it
     */
    static int exitCodeOf(Exception exception) {
        if (exception instanceof AccessDeniedException || exception instanceof AuthenticationException
                || exception instanceof dev.warden.secrets.SecretAccessDeniedException) {
            return ExitCode.DENIED;
        }
        if (exception instanceof IntegrityException) {
            return ExitCode.VALIDATION_FAILED;
        }
        if (exception instanceof ConfigurationException || exception instanceof InvalidInputException) {
            return ExitCode.BAD_INPUT;
        }
        if (exception instanceof java.nio.file.NoSuchFileException || exception instanceof java.io.FileNotFoundException) {
            return ExitCode.BAD_INPUT;
        }
        return ExitCode.INTERNAL;
    }

    private static String oneLine(Exception exception) {
        String message = exception.getMessage();
        if (exception instanceof WardenException && message != null) {
            return message.replace('\n', ' ').replace('\r', ' ');
        }
        String kind = exception.getClass().getSimpleName();
        return message == null ? kind : kind + ": " + message.replace('\n', ' ').replace('\r', ' ');
    }

    /** Reads the version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = WardenCommand.class.getPackage().getImplementationVersion();
            return new String[] {"warden " + (version == null ? "development build" : version)};
        }
    }
}
