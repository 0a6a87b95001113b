package dev.warden.samples.cli;

import dev.warden.InvalidInputException;
import dev.warden.core.auth.local.LocalAccounts;
import dev.warden.core.auth.local.LocalApiKey;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code warden apikey create|list|revoke}: API keys of service accounts. */
@Command(name = "apikey", mixinStandardHelpOptions = true,
        description = "Manage API keys of service accounts: wdn_<id>_<secret><checksum>, shown once, stored as a "
                + "SHA-256, scoped to projects and a role ceiling, always expiring.",
        subcommands = {ApiKeyCommand.Create.class, ApiKeyCommand.ListKeys.class, ApiKeyCommand.Revoke.class})
final class ApiKeyCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing sub-command: create, list or revoke");
    }

    static Duration lifetime(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (t.endsWith("d")) {
                return Duration.ofDays(Long.parseLong(t.substring(0, t.length() - 1)));
            }
            if (t.endsWith("h")) {
                return Duration.ofHours(Long.parseLong(t.substring(0, t.length() - 1)));
            }
            return Duration.parse(text.strip());
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new InvalidInputException("--expires-in: expected days such as 30d, hours such as 12h, or ISO-8601 such as P30D");
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a key for a service account and print it once. At most two active keys per account.")
    static final class Create implements Callable<Integer> {
        @Mixin LocalStoreOptions store;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Parameters(paramLabel = "ACCOUNT", description = "The service account.") String account;
        @Option(names = "--project", paramLabel = "PROJECT", required = true,
                description = "A project the key may act in; repeatable.") List<String> projects;
        @Option(names = "--ceiling", paramLabel = "ROLE", defaultValue = "viewer",
                description = "The highest project role it may exercise: viewer, editor, admin, owner (default: ${DEFAULT-VALUE}).")
        String ceiling;
        @Option(names = "--expires-in", paramLabel = "DURATION", defaultValue = "90d",
                description = "Lifetime, at most the configured apiKeyMaxLifetime (default: ${DEFAULT-VALUE}).")
        String expiresIn;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (LocalAccounts accounts = store.open()) {
                LocalAccounts.CreatedApiKey created = accounts.createApiKey(account, new LinkedHashSet<>(projects),
                        UsersCommand.projectRole(ceiling), lifetime(expiresIn));
                out.println(new String(created.key()));
                out.println("id " + created.record().keyId() + ", expires " + created.record().expiresAt()
                        + "; the key is shown only now");
                Arrays.fill(created.key(), '\0');
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List keys (never the keys themselves).")
    static final class ListKeys implements Callable<Integer> {
        @Mixin LocalStoreOptions store;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Parameters(paramLabel = "ACCOUNT", arity = "0..1", description = "Only this account's keys.") String account;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Instant now = Instant.now();
            out.printf("%-12s %-20s %-8s %-8s %-21s %-21s %s%n", "ID", "ACCOUNT", "CEILING", "STATUS", "EXPIRES", "LAST USED", "PROJECTS");
            try (LocalAccounts accounts = store.open()) {
                for (LocalApiKey k : accounts.apiKeys(account == null ? "" : account)) {
                    String status = k.revokedAt().isPresent() ? "revoked" : k.activeAt(now) ? "active" : "expired";
                    out.printf("%-12s %-20s %-8s %-8s %-21s %-21s %s%n", k.keyId(), k.account(),
                            k.roleCeiling().name().toLowerCase(Locale.ROOT), status, k.expiresAt(),
                            k.lastUsedAt().map(Object::toString).orElse("never"), String.join(",", k.projects()));
                }
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a key by its id.")
    static final class Revoke implements Callable<Integer> {
        @Mixin LocalStoreOptions store;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Parameters(paramLabel = "ID", description = "The key's id (the 12 characters after wdn_).") String keyId;

        @Override
        public Integer call() {
            try (LocalAccounts accounts = store.open()) {
                accounts.revokeApiKey(keyId);
            }
            spec.commandLine().getOut().println("revoked " + keyId);
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
    }
}
