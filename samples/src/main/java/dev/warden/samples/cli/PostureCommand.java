package dev.warden.samples.cli;

import dev.warden.core.config.Environment;
import dev.warden.core.config.WardenConfiguration;
import dev.warden.core.posture.PostureCheck;
import dev.warden.core.posture.PostureReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warden posture}: the production hardening checklist, item by item. */
@Command(name = "posture", mixinStandardHelpOptions = true,
        description = {"Checks a warden.json (and the user store, grants, API keys, audit log and job specs it names) "
                + "against the production hardening checklist: each item PASS, FAIL or NOT_APPLICABLE, with what to "
                + "change and the standard it comes from. Exit 3 when any item fails, 2 on a bad configuration."})
final class PostureCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json, html }

    @Option(names = "--config", required = true, paramLabel = "FILE", description = "The warden.json to check.")
    Path config;

    @Option(names = "--env", paramLabel = "ENV",
            description = "Check as development, staging or production (default: the configuration's environment).")
    String environment;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text, json or html (one self-contained file) (default ${DEFAULT-VALUE}).")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PostureCheck.Builder builder = PostureCheck.builder(WardenConfiguration.load(config));
        if (environment != null) {
            builder.environment(Environment.parse(environment));
        }
        PostureReport report = builder.build().evaluate();
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> out.println(report.toJson());
            case html -> out.print(report.toHtml());
            default -> report.writeText(out);
        }
        out.flush();
        return report.passed() ? ExitCode.OK : ExitCode.VALIDATION_FAILED;
    }
}
