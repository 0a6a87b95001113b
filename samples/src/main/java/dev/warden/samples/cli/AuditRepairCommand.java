package dev.warden.samples.cli;

import dev.warden.InvalidInputException;
import dev.warden.audit.AuditEvent;
import dev.warden.core.audit.Finding;
import dev.warden.core.audit.VerificationReport;
import dev.warden.core.audit.jsonl.JsonlAuditReader;
import dev.warden.core.audit.jsonl.JsonlAuditSink;
import dev.warden.spi.audit.ChainKey;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code warden audit repair}: cuts off a torn last record and records that it did. */
@Command(name = "repair", mixinStandardHelpOptions = true,
        description = "Cut off a torn last record (left by a crash in the middle of a write) and append an "
                + "AUDIT_LOG_REPAIRED record saying how many bytes were cut and their SHA-256. Tampering is not "
                + "'repaired': a damaged log (MODIFIED, MALFORMED, ...) exits 3 and is left unchanged.")
final class AuditRepairCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "LOG", description = "The log directory or one of its files.")
    Path log;

    @Option(names = "--key", required = true, paramLabel = "SECRET-REF", description = "The audit secret, as a reference.")
    String key;

    @Option(names = "--config", paramLabel = "FILE", description = "A warden.json with the secret stores' settings.")
    Path config;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path directory = Files.isRegularFile(log) ? log.toAbsolutePath().getParent() : log;
        if (!Files.isDirectory(directory)) {
            throw new InvalidInputException("audit log " + log + " does not exist");
        }
        String name = log.getFileName().toString();
        String prefix = Files.isRegularFile(log) && name.matches(".+-\\d{8}-\\d{12}\\.jsonl")
                ? name.substring(0, name.length() - "-yyyyMMdd-000000000000.jsonl".length()) : "audit";
        PrintWriter out = spec.commandLine().getOut();
        ChainKey chainKey = AuditOptions.chainKey(key, config);
        VerificationReport report = new JsonlAuditReader(directory, prefix).verify(chainKey);
        if (report.firstTampering().isPresent()) {
            // Only a crash's torn tail is cut; anything else is evidence and stays as it is.
            for (Finding finding : report.findings()) {
                out.println(finding);
            }
            out.println("not repaired: the log is damaged, not just torn (" + report.firstTampering().get().damage()
                    + "); nothing was changed. Move the damaged file aside after investigating.");
            out.flush();
            return ExitCode.VALIDATION_FAILED;
        }
        try (JsonlAuditSink sink = JsonlAuditSink.builder().directory(directory).prefix(prefix)
                .chainKey(chainKey).open()) {
            if (sink.repairsOnOpen().isEmpty()) {
                out.println("nothing to repair: the last record is complete");
            }
            for (AuditEvent repair : sink.repairsOnOpen()) {
                out.println("cut " + repair.details().get("bytesCut") + " bytes of a torn record from "
                        + repair.details().get("file") + " (SHA-256 " + repair.details().get("sha256OfCut")
                        + "); recorded AUDIT_LOG_REPAIRED " + repair.id());
            }
        }
        out.flush();
        return ExitCode.OK;
    }
}
