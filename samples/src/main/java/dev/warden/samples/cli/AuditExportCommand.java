package dev.warden.samples.cli;

import dev.warden.core.audit.AuditExport;
import dev.warden.core.audit.ExportFormat;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warden audit export}: writes the events of a log as OCSF, CEF or JSON Lines. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export audit events, one per line, as OCSF 1.1 JSON, ArcSight CEF or Warden JSON Lines.")
final class AuditExportCommand implements Callable<Integer> {

    @CommandLine.Mixin
    AuditLogSource source;

    @Option(names = "--format", required = true, paramLabel = "ocsf|cef|jsonl", description = "The output format.")
    String format;

    @Option(names = "--from", paramLabel = "TIME", description = "Events at or after this time (2026-11-30 or 2026-11-30T08:00:00Z).")
    String from;

    @Option(names = "--to", paramLabel = "TIME", description = "Events before this time.")
    String to;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Option(names = "--config", paramLabel = "FILE", description = "A warden.json with the secret stores' settings.")
    Path config;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ExportFormat chosen = ExportFormat.parse(format);
        var fromTime = AuditOptions.time(from, "--from");
        var toTime = AuditOptions.time(to, "--to");
        try (AuditLogSource.Opened opened = source.open(config)) {
            if (output != null) {
                try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                    AuditExport.export(opened.reader(), chosen, fromTime, toTime, out);
                }
            } else {
                AuditExport.export(opened.reader(), chosen, fromTime, toTime, spec.commandLine().getOut());
            }
        }
        return ExitCode.OK;
    }
}
