package dev.warden.samples.cli;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.InvalidInputException;
import dev.warden.core.job.JobSpec;
import dev.warden.core.job.SubsetRule;
import dev.warden.core.workflow.WorkflowDefinition;
import dev.warden.core.workflow.WorkflowJson;
import dev.warden.core.workflow.WorkflowRun;
import dev.warden.core.workflow.WorkflowVersion;
import dev.warden.secrets.SecretRef;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code warden workflow create|update|show|history|run}: the library's governed workflow calls for an authenticated
 * operator ({@link OperatorOptions}); every change and run is authorized and audited by Warden.
 */
@Command(name = "workflow", mixinStandardHelpOptions = true,
        description = "Versioned de-identification workflows of a project, as an authenticated operator: create, update, "
                + "show, history, run (or --dry-run). Authorized and audited by Warden.",
        subcommands = {WorkflowCommand.Create.class, WorkflowCommand.Update.class, WorkflowCommand.Show.class,
            WorkflowCommand.History.class, WorkflowCommand.Run.class})
final class WorkflowCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing sub-command: create, update, show, history or run");
    }

    /** The workflow a sub-command acts on. */
    static final class Target {
        @Option(names = "--project", required = true, paramLabel = "PROJECT", description = "The project.")
        String project;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The workflow's name.")
        String name;
    }

    /** What a workflow does, for create and update. */
    static final class Definition {
        @Option(names = "--spec", required = true, paramLabel = "FILE", description = "The job spec (JSON).")
        Path spec;

        @Option(names = "--source", required = true, paramLabel = "DATA-SOURCE",
                description = "The project's data source to read (role source).")
        String source;

        @Option(names = "--target", required = true, paramLabel = "DATA-SOURCE",
                description = "The project's data source to write (role target).")
        String target;

        @Option(names = "--key", required = true, paramLabel = "SECRET-REF",
                description = "The job key's reference, e.g. env:WARDEN_JOB_KEY or vault:secret/data/clinical#key.")
        String key;

        @Option(names = "--profile", paramLabel = "NAME", description = "A profile replacing the spec's.")
        String profile;

        WorkflowDefinition toDefinition() {
            return new WorkflowDefinition(JobSpec.load(spec), source, target, SecretRef.parse(key),
                    Optional.ofNullable(profile));
        }
    }

    static String describe(WorkflowVersion v) {
        return "version " + v.version() + (v.deleted() ? " (deleted)" : "") + " by " + v.author() + " at " + v.at()
                + ", sha256 " + v.contentHash();
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a workflow (version 1).")
    static final class Create implements Callable<Integer> {
        @Mixin OperatorOptions operator;
        @Mixin Target workflow;
        @Mixin Definition definition;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (OperatorOptions.Session s = operator.signIn(spec.commandLine().getErr())) {
                WorkflowVersion v = s.warden().workflows().create(s.principal(), workflow.project, workflow.name,
                        definition.toDefinition());
                out.println("created workflow " + workflow.project + "/" + workflow.name + ": " + describe(v));
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "update", mixinStandardHelpOptions = true,
            description = "Store a new version of a workflow; the previous versions stay in its history.")
    static final class Update implements Callable<Integer> {
        @Mixin OperatorOptions operator;
        @Mixin Target workflow;
        @Mixin Definition definition;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (OperatorOptions.Session s = operator.signIn(spec.commandLine().getErr())) {
                WorkflowVersion v = s.warden().workflows().update(s.principal(), workflow.project, workflow.name,
                        definition.toDefinition());
                out.println("workflow " + workflow.project + "/" + workflow.name + ": " + describe(v));
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Print the latest version of a workflow as JSON (definition, version, author, time, hash).")
    static final class Show implements Callable<Integer> {
        @Mixin OperatorOptions operator;
        @Mixin Target workflow;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            try (OperatorOptions.Session s = operator.signIn(spec.commandLine().getErr())) {
                WorkflowVersion v = s.warden().workflows().find(s.principal(), workflow.project, workflow.name)
                        .orElseThrow(() -> new InvalidInputException("workflow " + workflow.project + "/"
                                + workflow.name + ": no such workflow"));
                ObjectNode json = WorkflowJson.version(v);
                out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(json));
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true,
            description = "List every version of a workflow (oldest first) and its latest runs.")
    static final class History implements Callable<Integer> {
        @Mixin OperatorOptions operator;
        @Mixin Target workflow;

        @Option(names = "--runs", defaultValue = "10", paramLabel = "N", description = "How many of the latest runs (default ${DEFAULT-VALUE}).")
        int runs;

        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (OperatorOptions.Session s = operator.signIn(spec.commandLine().getErr())) {
                List<WorkflowVersion> versions = s.warden().workflows().history(s.principal(), workflow.project,
                        workflow.name);
                if (versions.isEmpty()) {
                    throw new InvalidInputException("workflow " + workflow.project + "/" + workflow.name
                            + ": no such workflow");
                }
                out.println("versions of " + workflow.project + "/" + workflow.name + ":");
                versions.forEach(v -> out.println("  " + describe(v)));
                List<WorkflowRun> list = s.warden().workflows().runs(s.principal(), workflow.project, workflow.name,
                        Math.max(1, runs));
                out.println("runs (" + list.size() + "):");
                for (WorkflowRun r : list) {
                    out.println("  " + r.started() + "  " + r.status() + (r.dryRun() ? " (dry run)" : "") + "  version "
                            + r.version() + "  by " + r.actor() + "  rows read " + r.rowsRead() + ", written "
                            + r.rowsWritten() + r.error().map(e -> "  error: " + e).orElse("") + "  id " + r.id());
                }
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = {"Run the workflow's latest version: read the source (read-only), de-identify, validate, and "
                    + "move the output into the target only when every check passed.",
                "--dry-run tests it on a subset (10% of the spec's entity table, or --subset) without writing the target."})
    static final class Run implements Callable<Integer> {
        @Mixin OperatorOptions operator;
        @Mixin Target workflow;

        @Option(names = "--dry-run", description = "Validate on a subset; nothing is written to the target.")
        boolean dryRun;

        @Option(names = "--subset", paramLabel = "TABLE:PERCENT|TABLE:CONDITION", description = "The dry run's subset.")
        String subset;

        @Option(names = "--report", paramLabel = "FILE", description = "Write the run's JSON report here.")
        Path report;

        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            if (subset != null && !dryRun) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--subset goes with --dry-run");
            }
            try (OperatorOptions.Session s = operator.signIn(spec.commandLine().getErr())) {
                var workflows = s.warden().workflows();
                WorkflowRun run = !dryRun ? workflows.run(s.principal(), workflow.project, workflow.name)
                        : subset == null ? workflows.dryRun(s.principal(), workflow.project, workflow.name)
                        : workflows.dryRun(s.principal(), workflow.project, workflow.name, SubsetRule.parse(subset));
                out.println((dryRun ? "dry run of " : "ran ") + workflow.project + "/" + workflow.name + " version "
                        + run.version() + ": " + run.status() + ", rows read " + run.rowsRead() + ", written "
                        + (dryRun ? "0 (would write " + run.rowsWritten() + ")" : String.valueOf(run.rowsWritten()))
                        + ", run id " + run.id());
                if (report != null && run.report().isPresent()) {
                    Files.writeString(report, run.report().get());
                }
            }
            return ExitCode.OK;
        }
    }
}
