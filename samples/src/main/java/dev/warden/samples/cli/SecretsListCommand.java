package dev.warden.samples.cli;

import dev.warden.core.Warden;
import dev.warden.core.secrets.keystore.Keystore;
import dev.warden.core.secrets.keystore.KeystoreEntry;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code warden secrets list}: the keystore's entries with their versions and times; never a value. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the keystore's entries: name, current version, kept versions, created and updated times. "
                + "Values are never shown.")
final class SecretsListCommand implements Callable<Integer> {

    @Mixin
    SecretsCommand.KeystoreOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Warden warden = options.warden(); Keystore keystore = options.open(warden, spec)) {
            List<KeystoreEntry> entries = keystore.list();
            PrintWriter out = spec.commandLine().getOut();
            if (entries.isEmpty()) {
                out.println("(no entries in " + keystore.file() + ")");
            }
            for (KeystoreEntry entry : entries) {
                out.println(entry.name() + "\tversion " + entry.currentVersion() + "\tversions "
                        + entry.versions().stream().map(String::valueOf).collect(Collectors.joining(","))
                        + "\tcreated " + entry.created() + "\tupdated " + entry.updated());
            }
            out.flush();
        }
        return ExitCode.OK;
    }
}
