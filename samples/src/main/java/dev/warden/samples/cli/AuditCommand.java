package dev.warden.samples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code warden audit}: operator tasks on a JSON Lines audit log. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Export, report on, verify and repair a JSON Lines audit log (a directory of audit-*.jsonl files, or one file).",
        subcommands = {
            AuditExportCommand.class,
            AuditReportCommand.class,
            AuditVerifyCommand.class,
            AuditRepairCommand.class,
        })
final class AuditCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
