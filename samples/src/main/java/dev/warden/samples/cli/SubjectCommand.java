package dev.warden.samples.cli;

import dev.warden.InvalidInputException;
import dev.warden.core.job.ForeignKey;
import dev.warden.core.job.JobSpec;
import dev.warden.core.job.SubjectQuery;
import dev.warden.core.job.TableSpec;
import dev.warden.core.workflow.Erasure;
import dev.warden.core.workflow.ErasurePlan;
import dev.warden.core.workflow.SubjectExport;
import dev.warden.deid.Transformation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code warden subject export|erase}: the data-subject operations (GDPR Articles 15, 17 and 20) on a project's
 * database data source, as an authenticated operator ({@link OperatorOptions}); authorized and audited by Warden
 * ({@code Warden.dataSubjects()}).
 */
@Command(name = "subject", mixinStandardHelpOptions = true,
        description = "One data subject's rows in a project's database data source, found by following foreign keys: "
                + "export them as JSON (GDPR Art. 15, 20) or erase them in one transaction (Art. 17), as an "
                + "authenticated operator. Authorized and audited by Warden.",
        subcommands = {SubjectCommand.Export.class, SubjectCommand.Erase.class})
final class SubjectCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing sub-command: export or erase");
    }

    /** Which subject, where, and why. */
    static final class Which {
        @Option(names = "--project", required = true, paramLabel = "PROJECT") String project;

        @Option(names = "--data-source", required = true, paramLabel = "NAME",
                description = "The project's data source (a database) that holds the subject.")
        String dataSource;

        @Option(names = "--table", required = true, paramLabel = "TABLE", description = "The subject's table.")
        String table;

        @Option(names = "--column", paramLabel = "COLUMN",
                description = "The column that identifies the subject (default: the table's primary key).")
        String column;

        @Option(names = "--id-env", required = true, paramLabel = "NAME",
                description = "The environment variable holding the subject's identifier (kept off the command line "
                        + "and out of shell history; it is personal data).")
        String idEnv;

        @Option(names = "--spec", paramLabel = "FILE",
                description = "A job spec whose foreign keys are followed besides those the database declares.")
        Path spec;

        @Option(names = "--purpose", required = true, paramLabel = "TEXT",
                description = "Why (the request's reference); recorded with the event.")
        String purpose;

        SubjectQuery query() {
            String id = OperatorOptions.environment.apply(idEnv);
            if (id == null || id.isEmpty()) {
                throw new InvalidInputException("--id-env: set " + idEnv + " to the subject's identifier");
            }
            Map<String, List<ForeignKey>> keys = new LinkedHashMap<>();
            if (spec != null) {
                for (TableSpec t : JobSpec.load(spec).tables()) {
                    if (!t.foreignKeys().isEmpty()) {
                        keys.put(t.name(), t.foreignKeys());
                    }
                }
            }
            return new SubjectQuery(table, Optional.ofNullable(column), id, keys);
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Export every row of one data subject as JSON (the portability format); needs DATA_SOURCE_READ.")
    static final class Export implements Callable<Integer> {
        @Mixin OperatorOptions operator;
        @Mixin Which which;

        @Option(names = "--output", paramLabel = "FILE",
                description = "Write the JSON here (created readable by its owner only) instead of standard output.")
        Path output;

        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            SubjectQuery query = which.query();
            try (OperatorOptions.Session s = operator.signIn(spec.commandLine().getErr())) {
                SubjectExport export = s.warden().dataSubjects().export(s.principal(), which.project, which.dataSource,
                        query, which.purpose);
                if (output == null) {
                    out.println(export.toJson());
                } else {
                    write(output, export.toJson());
                    out.println("exported " + export.total() + " rows " + export.counts() + " to " + output);
                }
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "erase", mixinStandardHelpOptions = true,
            description = "Erase every row of one data subject in one transaction, recorded as DATA_ERASED with row "
                    + "counts; needs DATA_SOURCE_EXECUTE (project admin).")
    static final class Erase implements Callable<Integer> {
        @Mixin OperatorOptions operator;
        @Mixin Which which;

        @Option(names = "--keep", paramLabel = "TABLE",
                description = "Keep this table's rows unchanged (rows with no personal data); repeatable.")
        List<String> keep = new ArrayList<>();

        @Option(names = "--mask", paramLabel = "TABLE.COLUMN=suppress|redact|replace:TEXT",
                description = "Keep the table's rows and overwrite the column irreversibly; repeatable.")
        List<String> mask = new ArrayList<>();

        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            ErasurePlan plan = ErasurePlan.delete();
            for (String table : keep) {
                plan = plan.keep(table);
            }
            for (String m : mask) {
                plan = mask(plan, m);
            }
            SubjectQuery query = which.query();
            try (OperatorOptions.Session s = operator.signIn(spec.commandLine().getErr())) {
                Erasure e = s.warden().dataSubjects().erase(s.principal(), which.project, which.dataSource, query,
                        plan, which.purpose);
                out.println("erased " + e.total() + " rows in " + e.duration().toMillis() + " ms; deleted " + e.deleted()
                        + (e.masked().isEmpty() ? "" : ", masked " + e.masked()) + "; recorded as DATA_ERASED "
                        + e.eventId());
            }
            return ExitCode.OK;
        }

        private static ErasurePlan mask(ErasurePlan plan, String text) {
            int eq = text.indexOf('=');
            int dot = text.lastIndexOf('.', eq < 0 ? text.length() : eq);
            if (eq < 0 || dot <= 0 || dot + 1 >= eq) {
                throw new InvalidInputException("--mask " + text + ": expected TABLE.COLUMN=suppress|redact|replace:TEXT");
            }
            String how = text.substring(eq + 1);
            Transformation t = switch (how) {
                case "suppress" -> new Transformation.Suppress();
                case "redact" -> new Transformation.Redact();
                default -> {
                    if (!how.startsWith("replace:")) {
                        throw new InvalidInputException("--mask " + text.substring(0, eq) + ": expected suppress, redact "
                                + "or replace:TEXT after '='");
                    }
                    yield new Transformation.Replace(how.substring("replace:".length()));
                }
            };
            return plan.mask(text.substring(0, dot), text.substring(dot + 1, eq), t);
        }
    }

    private static void write(Path file, String json) {
        try {
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
            }
            Files.writeString(file, json + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("--output " + file + ": cannot write", e);
        }
    }
}
