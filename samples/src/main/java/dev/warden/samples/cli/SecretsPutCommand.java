package dev.warden.samples.cli;

import dev.warden.core.Warden;
import dev.warden.core.secrets.keystore.Argon2idParameters;
import dev.warden.core.secrets.keystore.Keystore;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code warden secrets put <name>}: adds a version of a keystore entry, the value read from stdin or a prompt. */
@Command(name = "put", mixinStandardHelpOptions = true,
        description = "Add a keystore entry, or a new version of it. The value is read from standard input (one "
                + "trailing line end dropped) or, on a terminal, prompted for twice; it is never taken from the "
                + "command line. Resolve it later as keystore:<name>.")
final class SecretsPutCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME", description = "The entry name: letters, digits, '.', '_', '-'.")
    String name;

    /** Caught so that a value typed after the name is refused without being echoed back. */
    @Parameters(index = "1..*", hidden = true)
    java.util.List<String> extra;

    @Mixin
    SecretsCommand.KeystoreOptions options;

    @Option(names = "--create", description = "Create the keystore file if it does not exist.")
    boolean create;

    @Option(names = "--argon2-memory-kib", paramLabel = "KIB", defaultValue = "65536",
            description = "Argon2id memory when creating (KiB; at least 19456). Default: ${DEFAULT-VALUE}.")
    int memoryKiB;

    @Option(names = "--argon2-iterations", paramLabel = "N", defaultValue = "3",
            description = "Argon2id passes when creating (at least 2). Default: ${DEFAULT-VALUE}.")
    int iterations;

    @Option(names = "--argon2-parallelism", paramLabel = "N", defaultValue = "4",
            description = "Argon2id lanes when creating (1 to 16). Default: ${DEFAULT-VALUE}.")
    int parallelism;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (SecretsCommand.ValueInput.refusedOnCommandLine(extra, spec)) {
            return ExitCode.USAGE;
        }
        SecretsCommand.KeystoreOptions keystoreOptions = options;
        try (Warden warden = keystoreOptions.warden()) {
            Path file = keystoreOptions.file(warden);
            Argon2idParameters parameters = new Argon2idParameters(memoryKiB, iterations, parallelism);
            byte[] value = SecretsCommand.ValueInput.read(name);
            try (Keystore keystore = create && !SecretsCommand.exists(file)
                    ? keystoreOptions.create(warden, spec, parameters) : keystoreOptions.open(warden, spec)) {
                int version = keystore.put(name, value);
                spec.commandLine().getOut().println("keystore:" + name + " version " + version + " written to " + file);
                spec.commandLine().getOut().flush();
            } finally {
                Arrays.fill(value, (byte) 0);
            }
        }
        return ExitCode.OK;
    }
}
