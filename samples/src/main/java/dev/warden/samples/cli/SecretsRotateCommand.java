package dev.warden.samples.cli;

import dev.warden.InvalidInputException;
import dev.warden.core.Warden;
import dev.warden.core.secrets.keystore.Keystore;
import dev.warden.secrets.SecretNotFoundException;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code warden secrets rotate <name>}: a new version of an existing entry; older versions stay readable. */
@Command(name = "rotate", mixinStandardHelpOptions = true,
        description = "Add a new version of an existing keystore entry (older versions stay readable as "
                + "keystore:<name>?version=N). The value is read from standard input or a prompt, never the command "
                + "line. Running Warden processes see it after their cache time-to-live.")
final class SecretsRotateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME", description = "An existing entry's name.")
    String name;

    /** Caught so that a value typed after the name is refused without being echoed back. */
    @Parameters(index = "1..*", hidden = true)
    java.util.List<String> extra;

    @Mixin
    SecretsCommand.KeystoreOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (SecretsCommand.ValueInput.refusedOnCommandLine(extra, spec)) {
            return ExitCode.USAGE;
        }
        try (Warden warden = options.warden()) {
            byte[] value = SecretsCommand.ValueInput.read(name);
            try (Keystore keystore = options.open(warden, spec)) {
                int version = keystore.rotate(name, value);
                spec.commandLine().getOut().println("keystore:" + name + " rotated to version " + version);
                spec.commandLine().getOut().flush();
            } catch (SecretNotFoundException e) {
                throw new InvalidInputException(e.getMessage(), e);
            } finally {
                Arrays.fill(value, (byte) 0);
            }
        }
        return ExitCode.OK;
    }
}
