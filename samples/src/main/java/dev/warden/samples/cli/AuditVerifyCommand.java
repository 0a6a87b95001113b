package dev.warden.samples.cli;

import dev.warden.core.audit.Finding;
import dev.warden.core.audit.VerificationReport;
import dev.warden.spi.audit.ChainKey;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warden audit verify}: checks the hash chain. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Verify the hash chain of an audit log. Exit 0 when intact; exit 3 naming the first bad record and "
                + "the damage (MODIFIED, REMOVED, INSERTED, REORDERED, WRONG_KEY, MALFORMED), a torn last record "
                + "(TORN_TAIL, from a crash: run 'warden audit repair') or a gap the writer recorded (GAP); exit 3 with 'no records' for a log without any record. Reads only: opens "
                + "no audit sink and changes nothing.")
final class AuditVerifyCommand implements Callable<Integer> {

    @CommandLine.Mixin
    AuditLogSource source;

    @Option(names = "--key", required = true, paramLabel = "SECRET-REF",
            description = "The audit secret, as a reference: env:NAME, file:/path#field, keystore:name, vault:path#field.")
    String key;

    @Option(names = "--config", paramLabel = "FILE", description = "A warden.json with the secret stores' settings.")
    Path config;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ChainKey chainKey = AuditOptions.chainKey(key, config);
        VerificationReport report;
        String where;
        try (AuditLogSource.Opened opened = source.open(config)) {
            report = opened.verify(chainKey);
            where = opened.describe();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (report.records() == 0 && report.findings().isEmpty()) {
            out.println("no records: " + where + " hold no audit record, so there is nothing to verify");
            out.flush();
            return ExitCode.VALIDATION_FAILED;
        }
        if (report.intact()) {
            out.println("intact: " + report.records() + " records in " + where + ", last record " + report.lastSeq()
                    + ", last MAC " + report.lastMac() + " (key id " + chainKey.keyId() + ")");
            out.flush();
            return ExitCode.OK;
        }
        for (Finding finding : report.findings()) {
            out.println(finding);
        }
        out.println((report.firstTampering().isPresent() ? "NOT intact: " : "not intact (no tampering found): ")
                + report.records() + " records read, " + report.findings().size() + " finding(s)");
        out.flush();
        return ExitCode.VALIDATION_FAILED;
    }
}
