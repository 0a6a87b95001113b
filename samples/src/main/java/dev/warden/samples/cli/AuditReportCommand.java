package dev.warden.samples.cli;

import dev.warden.InvalidInputException;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditQuery;
import dev.warden.core.audit.ComplianceReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warden audit report}: a compliance report over a period. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "A compliance report: the period covered, the hash chain's verification (with --key), events per "
                + "type, authentications and failures per user and over time, lockouts, access denied, data source and "
                + "secret accesses, configuration and permission changes, workflow runs, erasures, re-identifications, alerts.")
final class AuditReportCommand implements Callable<Integer> {

    @CommandLine.Mixin
    AuditLogSource source;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|html", description = "Output format (default text).")
    String format;

    @Option(names = "--from", paramLabel = "TIME", description = "Period start (2026-11-30 or 2026-11-30T08:00:00Z).")
    String from;

    @Option(names = "--to", paramLabel = "TIME", description = "Period end, exclusive.")
    String to;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Option(names = "--config", paramLabel = "FILE", description = "A warden.json with the secret stores' settings.")
    Path config;

    @Option(names = "--key", paramLabel = "SECRET-REF",
            description = "The audit secret, as a reference: the hash chain is verified (read-only) and the result, key id "
                    + "and last MAC stated in the report. Without it the report says the chain was not verified.")
    String key;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String kind = format.toLowerCase(Locale.ROOT);
        if (!List.of("text", "json", "html").contains(kind)) {
            throw new InvalidInputException("--format: '" + format + "' is not one of text, json, html");
        }
        Optional<Instant> fromTime = AuditOptions.time(from, "--from");
        Optional<Instant> toTime = AuditOptions.time(to, "--to");
        AuditQuery period = AuditQuery.all();
        if (fromTime.isPresent()) {
            period = period.from(fromTime.get());
        }
        if (toTime.isPresent()) {
            period = period.to(toTime.get());
        }
        List<AuditEvent> events = new ArrayList<>();
        dev.warden.spi.audit.ChainKey chainKey = key == null ? null : AuditOptions.chainKey(key, config);
        ComplianceReport.ChainCheck chain = null;
        try (AuditLogSource.Opened opened = source.open(config)) {
            opened.forEach(period, events::add);
            if (chainKey != null) {
                chain = ComplianceReport.ChainCheck.of(opened.verify(chainKey), chainKey.keyId());
            }
        }
        ComplianceReport report = ComplianceReport.of(events, fromTime, toTime);
        if (chain != null) {
            report = report.withChain(chain);
        }
        String text = switch (kind) {
            case "json" -> report.toJson();
            case "html" -> report.toHtml();
            default -> report.toText();
        };
        if (output != null) {
            Files.writeString(output, text, StandardCharsets.UTF_8);
        } else {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        }
        return ExitCode.OK;
    }
}
