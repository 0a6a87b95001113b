package dev.warden.samples.cli;

import dev.warden.ConfigurationException;
import dev.warden.WardenException;
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
            WorkflowCommand.class,
            DataSourceCommand.class,
            SubjectCommand.class,
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

    /**
     * @param timeout how long any database connection may take, e.g. {@code 5s}; sets
     *     {@link dev.warden.jdbc.ConnectTimeout#PROPERTY} for this process
     */
    @Option(names = "--connect-timeout", scope = CommandLine.ScopeType.INHERIT, paramLabel = "DURATION",
            description = "How long to wait for a database connection (default 5s; e.g. 500ms, 30s).")
    void connectTimeout(String timeout) {
        String previous = System.setProperty(dev.warden.jdbc.ConnectTimeout.PROPERTY, timeout);
        try {
            dev.warden.jdbc.ConnectTimeout.processDefault();
        } catch (ConfigurationException e) {
            if (previous == null) {
                System.clearProperty(dev.warden.jdbc.ConnectTimeout.PROPERTY);
            } else {
                System.setProperty(dev.warden.jdbc.ConnectTimeout.PROPERTY, previous);
            }
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--connect-timeout': '"
                    + timeout + "' is not a duration of at least 250ms (e.g. 500ms, 5s, 1m)");
        }
    }

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
        System.exit(runMasked(args, System.out, System.err));
    }

    /**
     * Runs the command line as {@link #main} does, without exiting: standard output and error (and so every log line
     * and stack trace printed there) go through {@link MaskingOutputStream} to {@code out} and {@code err}, so no value
     * substituted from {@code ${secret:...}} reaches them. {@code System.out} and {@code System.err} are restored after.
     *
     * @param args the arguments
     * @param out  where standard output goes
     * @param err  where standard error goes
     * @return the exit code
     */
    static int runMasked(String[] args, java.io.OutputStream out, java.io.OutputStream err) {
        java.io.PrintStream previousOut = System.out;
        java.io.PrintStream previousErr = System.err;
        MaskingOutputStream outLines = new MaskingOutputStream(out);
        MaskingOutputStream errLines = new MaskingOutputStream(err);
        java.io.PrintStream maskedOut = new java.io.PrintStream(outLines, true, java.nio.charset.StandardCharsets.UTF_8);
        java.io.PrintStream maskedErr = new java.io.PrintStream(errLines, true, java.nio.charset.StandardCharsets.UTF_8);
        System.setOut(maskedOut);
        System.setErr(maskedErr);
        try {
            return execute(args);
        } finally {
            maskedOut.flush();
            maskedErr.flush();
            outLines.finish();
            errLines.finish();
            System.setOut(previousOut);
            System.setErr(previousErr);
        }
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
            err.println(path(cmd) + ": " + dev.warden.core.secrets.SubstitutedSecrets.mask(oneLine(exception)));
            if (root.verbose) {
                err.print(dev.warden.core.secrets.SubstitutedSecrets.maskedStackTrace(exception));
            }
            err.flush();
            return ExitCode.of(exception);
        });
        commandLine.setParameterExceptionHandler((exception, args) -> {
            CommandLine cmd = exception.getCommandLine();
            PrintWriter err = cmd.getErr();
            err.println(path(cmd) + ": " + dev.warden.core.secrets.SubstitutedSecrets.mask(exception.getMessage())
                    + suggestion(exception));
            err.println("Try '" + path(cmd) + " --help'.");
            err.flush();
            return ExitCode.of(exception);
        });
        return commandLine;
    }

    /** @return the full command path, e.g. {@code warden audit verify} */
    static String path(CommandLine cmd) {
        return cmd.getCommandSpec().qualifiedName(" ");
    }

    /** @return {@code " (did you mean 'x'?)"} for an unknown sub-command or option with a near miss, else "" */
    private static String suggestion(CommandLine.ParameterException exception) {
        if (exception instanceof CommandLine.UnmatchedArgumentException unmatched) {
            // picocli lists the candidates nearest first.
            java.util.List<String> near = unmatched.getSuggestions();
            if (!near.isEmpty()) {
                return " (did you mean '" + near.get(0) + "'?)";
            }
        }
        return "";
    }

    private static String oneLine(Exception exception) {
        String message = exception.getMessage();
        if (exception instanceof WardenException && message != null) {
            return message.replace('\n', ' ').replace('\r', ' ');
        }
        String kind = exception.getClass().getSimpleName();
        return message == null ? kind : kind + ": " + message.replace('\n', ' ').replace('\r', ' ');
    }

    /** The version Maven wrote into {@code version.properties} when it built the command. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws java.io.IOException {
            java.util.Properties build = new java.util.Properties();
            try (java.io.InputStream in = WardenCommand.class.getResourceAsStream("version.properties")) {
                if (in == null) {
                    throw new IllegalStateException("version.properties is missing from the warden command's jar");
                }
                build.load(in);
            }
            return new String[] {"warden " + build.getProperty("version"), "Java " + Runtime.version()
                    + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
