package dev.warden.samples.cli;

import dev.warden.core.workflow.DataSource;
import dev.warden.secrets.SecretRef;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code warden datasource create|list|delete}: a project's data sources, as an authenticated operator. */
@Command(name = "datasource", mixinStandardHelpOptions = true,
        description = "Data sources of a project (a JDBC URL or a directory, credentials as secret references, role "
                + "source or target), as an authenticated operator; authorized and audited by Warden.",
        subcommands = {DataSourceCommand.Create.class, DataSourceCommand.List.class, DataSourceCommand.Delete.class})
final class DataSourceCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing sub-command: create, list or delete");
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Define a data source in a project.")
    static final class Create implements Callable<Integer> {
        @Mixin OperatorOptions operator;

        @Option(names = "--project", required = true, paramLabel = "PROJECT") String project;
        @Option(names = "--name", required = true, paramLabel = "NAME") String name;

        @Option(names = "--location", required = true, paramLabel = "JDBC-URL|DIR",
                description = "A JDBC URL (no password in it) or a directory.")
        String location;

        @Option(names = "--role", required = true, paramLabel = "source|target",
                description = "source (opened read-only) or target (written by workflows).")
        String role;

        @Option(names = "--user", paramLabel = "SECRET-REF", description = "The database user's reference, e.g. env:DB_USER.")
        String user;

        @Option(names = "--password", paramLabel = "SECRET-REF",
                description = "The database password's reference, e.g. vault:secret/data/db#password (never the password).")
        String password;

        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            DataSource source = new DataSource(project, name, location, DataSource.Role.parse(role),
                    Optional.ofNullable(user).map(SecretRef::parse), Optional.ofNullable(password).map(SecretRef::parse));
            try (OperatorOptions.Session s = operator.signIn(spec.commandLine().getErr())) {
                s.warden().dataSources().create(s.principal(), source);
                out.println("defined " + source.ref() + " (" + role.toLowerCase(java.util.Locale.ROOT) + ")");
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List a project's data sources.")
    static final class List implements Callable<Integer> {
        @Mixin OperatorOptions operator;

        @Option(names = "--project", required = true, paramLabel = "PROJECT") String project;

        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (OperatorOptions.Session s = operator.signIn(spec.commandLine().getErr())) {
                for (DataSource d : s.warden().dataSources().list(s.principal(), project)) {
                    out.println(d.name() + "  " + d.role().name().toLowerCase(java.util.Locale.ROOT) + "  "
                            + d.location() + (d.password().isPresent() ? "  (password: " + d.password().get().scheme()
                            + " reference)" : ""));
                }
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Remove a data source from a project.")
    static final class Delete implements Callable<Integer> {
        @Mixin OperatorOptions operator;

        @Option(names = "--project", required = true, paramLabel = "PROJECT") String project;
        @Option(names = "--name", required = true, paramLabel = "NAME") String name;

        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (OperatorOptions.Session s = operator.signIn(spec.commandLine().getErr())) {
                boolean removed = s.warden().dataSources().delete(s.principal(), project, name);
                out.println(removed ? "removed data-source:" + project + "/" + name
                        : "no data source " + project + "/" + name);
            }
            return ExitCode.OK;
        }
    }
}
