package dev.warden.samples.cli;

import dev.warden.InvalidInputException;
import dev.warden.core.policy.GrantStore;
import dev.warden.jdbc.JdbcGrantStore;
import dev.warden.core.policy.JsonFileGrantStore;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code warden policy}: access review and single checks against a policy file or database. */
@Command(name = "policy", mixinStandardHelpOptions = true,
        description = "Review who can do what, or check one request, against a Warden policy "
                + "(a JSON policy file or a JDBC database).",
        subcommands = {PolicyReviewCommand.class, PolicyCheckCommand.class})
final class PolicyCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Opens the store a {@code --policy} value names: a {@code jdbc:} URL (credentials from {@code --jdbc-user} and the
     * environment variable named by {@code --jdbc-password-env}, never from the command line) or a JSON file path.
     */
    static GrantStore open(String policy, String jdbcUser, String passwordEnv) {
        if (policy.startsWith("jdbc:")) {
            char[] password = new char[0];
            if (passwordEnv != null) {
                String value = System.getenv(passwordEnv);
                if (value == null) {
                    throw new InvalidInputException("--jdbc-password-env: environment variable " + passwordEnv + " is not set");
                }
                password = value.toCharArray();
            }
            return new JdbcGrantStore(policy, jdbcUser, password);
        }
        Path file = Path.of(policy);
        if (!file.toFile().isFile()) {
            throw new InvalidInputException("--policy: file " + policy + " does not exist; give a policy JSON file or a jdbc: URL");
        }
        return new JsonFileGrantStore(file);
    }
}
