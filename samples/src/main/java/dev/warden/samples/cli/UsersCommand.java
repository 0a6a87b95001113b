package dev.warden.samples.cli;

import dev.warden.InvalidInputException;
import dev.warden.core.auth.local.LocalAccounts;
import dev.warden.core.auth.local.LocalUser;
import dev.warden.policy.GlobalRole;
import dev.warden.policy.ProjectRole;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code warden users add|passwd|disable|list}: local accounts in the store the configuration names. */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = "Manage local accounts (the store of the 'local' provider in warden.json). Passwords are read "
                + "from a prompt or, with --password-stdin, from standard input; never from the command line.",
        subcommands = {UsersCommand.Add.class, UsersCommand.Passwd.class, UsersCommand.Disable.class,
            UsersCommand.ListUsers.class})
final class UsersCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing sub-command: add, passwd, disable or list");
    }

    static GlobalRole role(String text) {
        try {
            return GlobalRole.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("--role: expected member, administrator or owner");
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a person (with a password, or a generated one-time password that must be changed at "
                    + "first login) or a service account (API keys only).")
    static final class Add implements Callable<Integer> {
        @Mixin LocalStoreOptions store;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Parameters(paramLabel = "NAME", description = "The account name.") String name;
        @Option(names = "--role", paramLabel = "ROLE", defaultValue = "member",
                description = "Global role: member, administrator or owner (default: ${DEFAULT-VALUE}).") String role;
        @Option(names = "--password-stdin", description = "Read the password from standard input (one line).") boolean stdin;
        @Option(names = "--one-time-password",
                description = "Generate a one-time password, print it once; it must be changed at the first login. "
                        + "How the first administrator is created.") boolean oneTime;
        @Option(names = "--service-account", description = "A service account: no password, API keys only.") boolean service;
        @Option(names = "--project", paramLabel = "PROJECT=ROLE",
                description = "A project role of a service account (viewer, editor, admin, owner); repeatable.")
        Map<String, String> projects = new LinkedHashMap<>();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (LocalStoreOptions.Session session = store.open()) {
                LocalAccounts accounts = session.accounts();
                if (service) {
                    Map<String, ProjectRole> roles = new LinkedHashMap<>();
                    projects.forEach((p, r) -> roles.put(p, projectRole(r)));
                    accounts.addServiceAccount(name, roles);
                    out.println("added service account " + name);
                } else if (oneTime) {
                    char[] password = accounts.addUserWithOneTimePassword(name, role(role));
                    out.println("added " + name + " (" + role(role) + ") with one-time password: " + new String(password));
                    out.println("it is shown only now and must be changed at the first login");
                    Arrays.fill(password, '\0');
                } else {
                    char[] password = LocalStoreOptions.readPassword(stdin, "Password for " + name);
                    try {
                        accounts.addUser(name, role(role), password);
                    } finally {
                        Arrays.fill(password, '\0');
                    }
                    out.println("added " + name + " (" + role(role) + ")");
                }
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    static ProjectRole projectRole(String text) {
        try {
            return ProjectRole.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("project role: expected viewer, editor, admin or owner");
        }
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true,
            description = "Set a person's password (operator reset).")
    static final class Passwd implements Callable<Integer> {
        @Mixin LocalStoreOptions store;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Parameters(paramLabel = "NAME") String name;
        @Option(names = "--password-stdin", description = "Read the password from standard input (one line).") boolean stdin;
        @Option(names = "--must-change", description = "The user must change it at the next login.") boolean mustChange;

        @Override
        public Integer call() {
            try (LocalStoreOptions.Session session = store.open()) {
                LocalAccounts accounts = session.accounts();
                char[] password = LocalStoreOptions.readPassword(stdin, "New password for " + name);
                try {
                    accounts.setPassword(name, password, mustChange);
                } finally {
                    Arrays.fill(password, '\0');
                }
            }
            spec.commandLine().getOut().println("password of " + name + " set" + (mustChange ? "; to be changed at next login" : ""));
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Disable an account (its API keys stop working too), or with --inactive every account idle "
                    + "longer than the configured inactivityLimit.")
    static final class Disable implements Callable<Integer> {
        @Mixin LocalStoreOptions store;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Parameters(paramLabel = "NAME", arity = "0..1") String name;
        @Option(names = "--inactive", description = "Disable every idle account.") boolean inactive;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (inactive == (name != null)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "give either NAME or --inactive");
            }
            try (LocalStoreOptions.Session session = store.open()) {
                LocalAccounts accounts = session.accounts();
                if (inactive) {
                    List<String> disabled = accounts.disableInactive();
                    out.println("disabled " + disabled.size() + " inactive account(s)" + (disabled.isEmpty() ? "" : ": "
                            + String.join(", ", disabled)));
                } else {
                    accounts.disable(name);
                    out.println("disabled " + name);
                }
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts.")
    static final class ListUsers implements Callable<Integer> {
        @Mixin LocalStoreOptions store;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%-24s %-16s %-14s %-18s %-4s %s%n", "NAME", "KIND", "ROLE", "STATUS", "MFA", "LAST LOGIN");
            try (LocalStoreOptions.Session session = store.openForReading()) {
                LocalAccounts accounts = session.accounts();
                for (LocalUser u : accounts.list()) {
                    String status = u.disabled() ? "disabled:" + u.disabledReason() : u.mustChangePassword() ? "must-change" : "active";
                    out.printf("%-24s %-16s %-14s %-18s %-4s %s%n", u.username(), u.kind().name().toLowerCase(Locale.ROOT),
                            u.globalRole().name().toLowerCase(Locale.ROOT), status, u.mfa().isPresent() ? "yes" : "no",
                            u.lastLoginAt().map(Object::toString).orElse("never"));
                }
            }
            out.flush();
            return ExitCode.OK;
        }
    }
}
