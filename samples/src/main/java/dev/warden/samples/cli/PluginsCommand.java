package dev.warden.samples.cli;

import dev.warden.core.Warden;
import dev.warden.core.plugin.PluginProblem;
import dev.warden.core.plugin.PluginRegistry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warden plugins}: lists the plug-ins found through ServiceLoader, and the ones that were skipped. */
@Command(name = "plugins", mixinStandardHelpOptions = true,
        description = "List the authentication providers, secret stores and audit sinks found on the class path, "
                + "and any plug-in that was skipped because it failed to load.")
final class PluginsCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE", description = "A warden.json to read (optional).")
    Path config;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Warden.Builder builder = Warden.builder();
        if (config != null) {
            builder.configuration(config);
        }
        try (Warden warden = builder.build()) {
            PrintWriter out = spec.commandLine().getOut();
            print(out, "authentication providers", warden.authenticationProviders());
            print(out, "secret stores (URI schemes)", warden.secretStores());
            print(out, "audit sinks", warden.auditSinkTypes());
            for (PluginProblem problem : warden.pluginProblems()) {
                out.println("skipped: " + problem.className() + " (" + problem.service() + "): " + problem.reason());
            }
            out.flush();
        }
        return ExitCode.OK;
    }

    private static void print(PrintWriter out, String title, PluginRegistry<?> registry) {
        out.println(title + ": " + (registry.names().isEmpty() ? "none" : String.join(", ", registry.names())));
    }
}
